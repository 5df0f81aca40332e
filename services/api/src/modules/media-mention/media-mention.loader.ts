import { childrenLoader } from '../../dataloader/loader-factories.js';
import { MediaMention } from './media-mention.entity.js';

export const mediaMentionsByProgramme = childrenLoader({ entity: MediaMention, foreignKey: 'programme', orderBy: { code: 'asc' } });

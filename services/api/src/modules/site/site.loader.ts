import { childrenLoader } from '../../dataloader/loader-factories.js';
import { Site } from './site.entity.js';

export const sitesByProgramme = childrenLoader({ entity: Site, foreignKey: 'programme', orderBy: { code: 'asc' } });

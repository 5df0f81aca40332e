import { childrenLoader } from '../../dataloader/loader-factories.js';
import { Indicator } from './indicator.entity.js';

export const indicatorsByProgramme = childrenLoader({ entity: Indicator, foreignKey: 'programme', orderBy: { position: 'asc' } });

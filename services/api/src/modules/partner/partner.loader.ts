import { byIdLoader, childrenLoader } from '../../dataloader/loader-factories.js';
import { Partner } from './partner.entity.js';

export const partnersByProgramme = childrenLoader({ entity: Partner, foreignKey: 'programme', orderBy: { code: 'asc' } });
export const partnerById = byIdLoader(Partner);

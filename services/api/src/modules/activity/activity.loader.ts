import { byIdLoader, childrenLoader } from '../../dataloader/loader-factories.js';
import { Activity } from './activity.entity.js';

export const activitiesByProgramme = childrenLoader({ entity: Activity, foreignKey: 'programme', orderBy: { code: 'asc' } });
export const activitiesByPartner = childrenLoader({ entity: Activity, foreignKey: 'partner', orderBy: { code: 'asc' } });
export const activitiesByTask = childrenLoader({ entity: Activity, foreignKey: 'task', orderBy: { code: 'asc' } });
export const activityById = byIdLoader(Activity);

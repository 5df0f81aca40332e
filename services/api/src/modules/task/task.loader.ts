import { byIdLoader, childrenLoader } from '../../dataloader/loader-factories.js';
import { Task } from './task.entity.js';

export const tasksByProgramme = childrenLoader({ entity: Task, foreignKey: 'programme', orderBy: { code: 'asc' } });
export const tasksByPartner = childrenLoader({ entity: Task, foreignKey: 'partner', orderBy: { code: 'asc' } });
export const taskById = byIdLoader(Task);

import { byIdLoader, childrenLoader } from '../../dataloader/loader-factories.js';
import { Session } from './session.entity.js';

export const sessionsByActivity = childrenLoader({ entity: Session, foreignKey: 'activity', orderBy: { date: 'asc' } });

export const sessionById = byIdLoader(Session);

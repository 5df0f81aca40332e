import { childrenLoader } from '../../dataloader/loader-factories.js';
import { ProgrammeEvent } from './programme-event.entity.js';

export const eventsByProgramme = childrenLoader({ entity: ProgrammeEvent, foreignKey: 'programme', orderBy: { date: 'asc', code: 'asc' } });

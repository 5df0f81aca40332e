import { childrenLoader } from '../../dataloader/loader-factories.js';
import { ProgrammeSupportKind } from './support-kind.entity.js';

export const supportKindsByProgramme = childrenLoader({ entity: ProgrammeSupportKind, foreignKey: 'programme', orderBy: { position: 'asc' } });

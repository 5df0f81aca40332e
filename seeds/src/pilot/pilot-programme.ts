import { loadProgrammeDefinitionFile, shippedProgrammesDir } from '../definition/definition-file.js';
import type { IndicatorDefinition, ProgrammeDefinition } from '../programme-definition.js';

/**
 * The pilot „Razem dla rewitalizacji" (Płock, 2011-09-01 … 2012-11-30), read from its definition file
 * `seeds/programmes/RDR-PLOCK-2011.yaml` (checked against the published schema on load).
 */
export const pilotProgramme: ProgrammeDefinition = loadProgrammeDefinitionFile(`${shippedProgrammesDir}RDR-PLOCK-2011.yaml`).definition;

export const pilotIndicators: IndicatorDefinition[] = pilotProgramme.indicators;

/** The pilot's eight partner file layouts (docs/interfaces.md §3), as its definition gives them. */
export const pilotFileLayouts = pilotProgramme.fileLayouts;

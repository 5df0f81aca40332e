import type { ProgrammeDefinition } from '../programme-definition.js';
import { pilotProgramme } from '../pilot/pilot-programme.js';
import { buildCohortProgramme, listCohorts, PILOT_COHORT, type CohortSpec } from './cohorts.js';

export type SyntheticScale = 'pilot' | 'city' | 'region';

export const SYNTHETIC_SCALES: readonly SyntheticScale[] = ['pilot', 'city', 'region'];

/** How one programme's synthetic participants are laid out: cohorts, codes, and the PESEL serials it may use. */
export interface ProgrammeLayout {
  programme: ProgrammeDefinition;
  cohorts: readonly CohortSpec[];
  participantsPerCohort: number;
  /** The register code of the n-th participant (1-based, in order of entry). */
  formatParticipantCode(n: number): string;
  /**
   * PESEL serials (0–4999) this programme draws from. Scales and programmes get disjoint ranges so
   * PESELs stay unique even when pilot, city and region data share one database.
   */
  peselSerials: { from: number; to: number };
  /** Share of participants still in the programme (no exit yet); never in the pilot, whose register is closed. */
  openShare: number;
}

const COHORT_SIZE = 100;
const LARGE_SCALE_COHORTS = 100;
const REGION_PROGRAMMES = 10;

/** The pilot: its real structure, 100 participants RDR-001…RDR-100. */
function layoutPilot(): ProgrammeLayout {
  return {
    programme: pilotProgramme,
    cohorts: [PILOT_COHORT],
    participantsPerCohort: COHORT_SIZE,
    formatParticipantCode: (n) => `RDR-${String(n).padStart(3, '0')}`,
    peselSerials: { from: 0, to: 499 },
    openShare: 0,
  };
}

/** RDR-CITY-SYN: 100 cohorts × 100 participants, RDR-00001…RDR-10000. */
function layoutCity(): ProgrammeLayout {
  const cohorts = listCohorts({ count: LARGE_SCALE_COHORTS });
  return {
    programme: buildCohortProgramme({
      code: 'RDR-CITY-SYN',
      name: 'Razem dla rewitalizacji — skala miasta (dane syntetyczne)',
      description:
        'Program syntetyczny do testów skali: struktura pilotażu „Razem dla rewitalizacji” powtórzona w 100 kohortach ' +
        'po 100 fikcyjnych uczestników (10 000 osób). Dane uczestników są wygenerowane, nie prawdziwe.',
      cohorts,
      participantsPerCohort: COHORT_SIZE,
      tag: 'CITY',
    }),
    cohorts,
    participantsPerCohort: COHORT_SIZE,
    formatParticipantCode: (n) => `RDR-${String(n).padStart(5, '0')}`,
    peselSerials: { from: 500, to: 999 },
    openShare: 0.002,
  };
}

/**
 * RDR-REGION-NN-SYN: like the city programme. Cohort suffixes (`R03-C001`) and participant codes
 * (`RDR-0300001`: programme number, then a 5-digit number) carry the programme number so no code
 * repeats across the region's programmes or collides with the city's.
 */
function layoutRegionProgramme(programmeNumber: number): ProgrammeLayout {
  const tag = `R${String(programmeNumber).padStart(2, '0')}`;
  const cohorts = listCohorts({ count: LARGE_SCALE_COHORTS, tag });
  const serialsPerProgramme = 400;
  const firstSerial = 1000 + (programmeNumber - 1) * serialsPerProgramme;
  return {
    programme: buildCohortProgramme({
      code: `RDR-REGION-${String(programmeNumber).padStart(2, '0')}-SYN`,
      name: `Razem dla rewitalizacji — skala regionu, program ${String(programmeNumber).padStart(2, '0')} (dane syntetyczne)`,
      description:
        `Program syntetyczny do testów skali (region, program ${programmeNumber} z ${REGION_PROGRAMMES}): struktura pilotażu ` +
        '„Razem dla rewitalizacji” powtórzona w 100 kohortach po 100 fikcyjnych uczestników. Dane uczestników są wygenerowane, nie prawdziwe.',
      cohorts,
      participantsPerCohort: COHORT_SIZE,
      tag,
    }),
    cohorts,
    participantsPerCohort: COHORT_SIZE,
    formatParticipantCode: (n) => `RDR-${String(programmeNumber).padStart(2, '0')}${String(n).padStart(5, '0')}`,
    peselSerials: { from: firstSerial, to: firstSerial + serialsPerProgramme - 1 },
    openShare: 0.002,
  };
}

const layoutCache = new Map<SyntheticScale, ProgrammeLayout[]>();

/** The layouts of every programme a scale generates (built once, then shared). */
export function layoutSyntheticProgrammes(scale: SyntheticScale): ProgrammeLayout[] {
  let layouts = layoutCache.get(scale);
  if (!layouts) {
    if (scale === 'pilot') layouts = [layoutPilot()];
    else if (scale === 'city') layouts = [layoutCity()];
    else if (scale === 'region') layouts = Array.from({ length: REGION_PROGRAMMES }, (_, i) => layoutRegionProgramme(i + 1));
    else throw new Error(`unknown synthetic scale: ${String(scale)}`);
    layoutCache.set(scale, layouts);
  }
  return layouts;
}

/** Programme structures the scale needs (pilot: [pilotProgramme]; city: one big cohort programme; region: several). */
export function syntheticProgrammes(scale: SyntheticScale): ProgrammeDefinition[] {
  return layoutSyntheticProgrammes(scale).map((layout) => layout.programme);
}

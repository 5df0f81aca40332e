import type { ProgrammeDefinition } from '../programme-definition.js';
import { addMonths, dayFromIso, type Day } from './dates.js';

/**
 * The programme's calendar as the generator plans it. Every synthetic programme reuses the pilot's
 * period (2011-09-01 … 2012-11-30); the schedule below is written for that period, so a programme with
 * other dates is refused rather than silently given sessions outside its period.
 */
export const PROGRAMME_START: Day = dayFromIso('2011-09-01');
export const PROGRAMME_END: Day = dayFromIso('2012-11-30');
/** Results may be recorded up to six months after the end; 2013-05-30 is inside that whichever way it is counted. */
export const RESULTS_CUTOFF: Day = addMonths(PROGRAMME_END, 6);
/** MOPS recruits over the first five months. */
export const RECRUITMENT_MONTHS: readonly (readonly [firstDay: Day, lastDay: Day, weight: number])[] = [
  [dayFromIso('2011-09-01'), dayFromIso('2011-09-30'), 0.36],
  [dayFromIso('2011-10-01'), dayFromIso('2011-10-31'), 0.27],
  [dayFromIso('2011-11-01'), dayFromIso('2011-11-30'), 0.17],
  [dayFromIso('2011-12-01'), dayFromIso('2011-12-22'), 0.08],
  [dayFromIso('2012-01-02'), dayFromIso('2012-01-31'), 0.12],
];
/** The Final Gala closes the classes; completers leave between it and the last day. */
export const FINAL_GALA: Day = dayFromIso('2012-11-23');
/** Drop-outs leave before the final month. */
export const LAST_DROPOUT_DAY: Day = dayFromIso('2012-10-31');

/** Throws unless the programme runs over the period this generator's schedule is written for. */
export function assertPilotPeriod(programme: ProgrammeDefinition): void {
  if (dayFromIso(programme.startDate) !== PROGRAMME_START || dayFromIso(programme.endDate) !== PROGRAMME_END) {
    throw new Error(
      `synthetic data is planned for 2011-09-01…2012-11-30; ${programme.code} runs ${programme.startDate}…${programme.endDate}`,
    );
  }
}

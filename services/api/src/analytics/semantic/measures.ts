import type { ListFilterField } from '../analytics-filter.js';
import { Dimension } from './dimension.js';
import {
  attendanceFacts,
  certificateFacts,
  childcareFacts,
  rawAttendanceFacts,
  registerFacts,
  resultFacts,
  sessionFacts,
  supportFacts,
  type FactNeeds,
  type FactSelection,
} from './fact-sources.js';
import { Measure } from './measure.js';
import type { PerturbationKind } from '../perturbation/publish-cell.js';

/**
 * One aggregation over one fact source. Rows are first summed per (cell keys, unit) — the unit is
 * the participant, or the session for SESSIONS — into `partials`; then per cell, `value` and
 * `contributors` are computed over those partial rows (so distinct counts are plain `count(*)`).
 * SQL here is trusted text from the code; values never appear in it.
 */
export interface MeasurePart {
  facts: FactSelection;
  unit: 'participant_id' | 'session_id';
  /** Per-unit partial sums: name → expression over the fact row `f`. */
  partials: Readonly<Record<string, string>>;
  /** The cell's value over the partial rows (stage two). */
  value?: string;
  /** The cell's contributing participants over the partial rows. */
  contributors?: string;
  /**
   * The same value and contributors summed over attendance cube rows (rollups/attendance-cube.ts), for
   * parts reading attendance: used instead of the two stages when a cube answers the query exactly.
   */
  cube?: { value?: string; contributors?: string };
  /**
   * For a rate: its numerator and denominator as counts of their own, so a restricted answer can publish
   * the perturbed numerator over the perturbed denominator. The denominator's contributors are the part's.
   */
  ratio?: { numerator: string; numeratorContributors: string; denominator: string; cube: { numerator: string; numeratorKey: string; denominator: string } };
}

export interface MeasureDeclaration {
  measure: Measure;
  /** The value of a cell with no data (a MONTH gap, an empty answer): 0 for counts and sums, null for rates. */
  emptyValue: 0 | null;
  /** How activity filters and keys reach the facts: their own activity column, or attendance ("with ≥1 record in"). */
  activityLink: 'column' | 'attendance';
  /** Dimensions that are columns of this measure's facts rather than participant sets. */
  nativeDimensions: Partial<Record<Dimension, string>>;
  /** Filters that test this measure's own fact column. */
  nativeFilters: Partial<Record<ListFilterField, string>>;
  /** How restricted viewers' cells are perturbed (perturbation/publish-cell.ts). */
  perturbation: PerturbationKind;
  parts(needs: FactNeeds): MeasurePart[];
  /**
   * For a count of participants that depends only on their register, certificates and results: which
   * register cube cells (row `f`, rollups/register-cube.ts) it sums, as a condition. The cube answers
   * such a measure whenever the question stays within the whole programme and participant attributes.
   */
  registerCells?: string;
}

const participantCount = { value: 'count(*)', contributors: 'count(*)' } as const;

/** The attendance measures differ only in what they sum and who contributes. */
function attendanceMeasure(
  measure: Measure,
  perturbation: PerturbationKind,
  part: Pick<MeasurePart, 'partials' | 'value' | 'contributors' | 'cube' | 'ratio'>,
  emptyValue: 0 | null = 0,
): MeasureDeclaration {
  return {
    measure,
    emptyValue,
    perturbation,
    activityLink: 'column',
    nativeDimensions: {},
    nativeFilters: {},
    parts: (needs) => [{ facts: attendanceFacts(needs), unit: 'participant_id', ...part }],
  };
}

/**
 * A count of participants from the register: all of them (by entry date), or those who left for one
 * exit reason (by exit date). The same reason selects the base rows and the register cube cells.
 */
function registerMeasure(measure: Measure, options: { dateColumn: string; exitReason?: 'COMPLETED' | 'DROPPED_OUT' }): MeasureDeclaration {
  const reason = options.exitReason ? `exit_reason = '${options.exitReason}'` : null;
  return {
    measure,
    emptyValue: 0,
    perturbation: 'count',
    activityLink: 'attendance',
    nativeDimensions: {},
    nativeFilters: {},
    parts: (needs) => [
      { facts: registerFacts(needs, { dateColumn: options.dateColumn, condition: reason ? `p0.${reason}` : undefined }), unit: 'participant_id', partials: {}, ...participantCount },
    ],
    registerCells: reason ? `f.${reason}` : 'true',
  };
}

/** Every measure, declared once: the builder derives all SQL from these. */
export const MEASURES: Readonly<Record<Measure, MeasureDeclaration>> = {
  [Measure.PARTICIPANTS]: registerMeasure(Measure.PARTICIPANTS, { dateColumn: 'entry_date' }),
  [Measure.COMPLETIONS]: registerMeasure(Measure.COMPLETIONS, { dateColumn: 'exit_date', exitReason: 'COMPLETED' }),
  [Measure.DROPOUTS]: registerMeasure(Measure.DROPOUTS, { dateColumn: 'exit_date', exitReason: 'DROPPED_OUT' }),

  [Measure.ACTIVE_PARTICIPANTS]: attendanceMeasure(Measure.ACTIVE_PARTICIPANTS, 'count', {
    partials: { present: 'f.present' },
    value: 'count(*) filter (where present > 0)',
    contributors: 'count(*) filter (where present > 0)',
    cube: { value: 'sum(active)', contributors: 'sum(active)' },
  }),
  [Measure.ATTENDANCES]: attendanceMeasure(Measure.ATTENDANCES, 'count', {
    partials: { present: 'f.present' },
    value: 'sum(present)',
    contributors: 'count(*) filter (where present > 0)',
    cube: { value: 'sum(present)', contributors: 'sum(active)' },
  }),
  [Measure.ATTENDANCE_RECORDS]: attendanceMeasure(Measure.ATTENDANCE_RECORDS, 'count', {
    partials: { records: 'f.records' },
    value: 'sum(records)',
    contributors: 'count(*) filter (where records > 0)',
    cube: { value: 'sum(records)', contributors: 'sum(participants)' },
  }),
  [Measure.ATTENDANCE_HOURS]: attendanceMeasure(Measure.ATTENDANCE_HOURS, 'sum', {
    partials: { present: 'f.present', present_minutes: 'f.present_minutes' },
    // Minutes are summed exactly and turned into hours once (50 min ÷ 60 per row would drift).
    value: 'sum(present_minutes) / 60',
    contributors: 'count(*) filter (where present > 0)',
    cube: { value: 'sum(present_minutes) / 60', contributors: 'sum(active)' },
  }),
  [Measure.ATTENDANCE_RATE]: attendanceMeasure(
    Measure.ATTENDANCE_RATE,
    'rate',
    {
      partials: { present: 'f.present', records: 'f.records' },
      value: 'sum(present)::float8 / nullif(sum(records), 0)',
      contributors: 'count(*) filter (where records > 0)',
      cube: { value: 'sum(present)::float8 / nullif(sum(records), 0)', contributors: 'sum(participants)' },
      // The numerator is ATTENDANCES' cell (present records, active participants), the denominator ATTENDANCE_RECORDS'.
      ratio: {
        numerator: 'sum(present)',
        numeratorContributors: 'count(*) filter (where present > 0)',
        denominator: 'sum(records)',
        cube: { numerator: 'sum(present)', numeratorKey: 'sum(active_key)', denominator: 'sum(records)' },
      },
    },
    null,
  ),

  [Measure.SESSIONS]: {
    measure: Measure.SESSIONS,
    emptyValue: 0,
    perturbation: 'count',
    activityLink: 'column',
    nativeDimensions: {},
    nativeFilters: {},
    // Sessions are counted from the session list; the participants who attended them are the cell's
    // contributors. Participant filters or keys need each session's attendees, so they read attendance row by row.
    parts: (needs): MeasurePart[] =>
      needs.participantSide
        ? [
            { facts: rawAttendanceFacts(), unit: 'session_id', partials: {}, value: 'count(*)' },
            { facts: rawAttendanceFacts(), unit: 'participant_id', partials: {}, contributors: 'count(*)' },
          ]
        : [
            { facts: sessionFacts(), unit: 'session_id', partials: {}, value: 'count(*)' },
            {
              facts: attendanceFacts(needs),
              unit: 'participant_id',
              partials: { records: 'f.records' },
              contributors: 'count(*) filter (where records > 0)',
              cube: { contributors: 'sum(participants)' },
            },
          ],
  },

  [Measure.CERTIFICATES]: {
    measure: Measure.CERTIFICATES,
    emptyValue: 0,
    perturbation: 'count',
    activityLink: 'column',
    nativeDimensions: {},
    nativeFilters: {},
    parts: () => [{ facts: certificateFacts(), unit: 'participant_id', partials: { certificates: '1' }, value: 'sum(certificates)', contributors: 'count(*)' }],
  },
  [Measure.CERTIFIED_PARTICIPANTS]: {
    measure: Measure.CERTIFIED_PARTICIPANTS,
    emptyValue: 0,
    perturbation: 'count',
    activityLink: 'column',
    nativeDimensions: {},
    nativeFilters: {},
    parts: () => [{ facts: certificateFacts(), unit: 'participant_id', partials: {}, ...participantCount }],
    registerCells: 'f.certified',
  },
  [Measure.RESULTS]: {
    measure: Measure.RESULTS,
    emptyValue: 0,
    perturbation: 'count',
    activityLink: 'attendance',
    nativeDimensions: { [Dimension.RESULT_TYPE]: 'f.result_type' },
    nativeFilters: { resultTypes: 'f.result_type' },
    parts: (needs) => [{ facts: resultFacts(needs), unit: 'participant_id', partials: {}, ...participantCount }],
    // Participants with any result; a result type filter narrows it like any register measure's.
    registerCells: "f.result_types <> '{}'",
  },
  [Measure.CHILDCARE_HOURS]: {
    measure: Measure.CHILDCARE_HOURS,
    emptyValue: 0,
    perturbation: 'sum',
    activityLink: 'column',
    nativeDimensions: {},
    nativeFilters: {},
    parts: () => [{ facts: childcareFacts(), unit: 'participant_id', partials: { hours: 'f.hours' }, value: 'sum(hours)', contributors: 'count(*)' }],
  },
  [Measure.SUPPORT_ITEMS]: {
    measure: Measure.SUPPORT_ITEMS,
    emptyValue: 0,
    perturbation: 'sum',
    activityLink: 'column',
    nativeDimensions: { [Dimension.SUPPORT_KIND]: 'f.support_kind' },
    nativeFilters: { supportKinds: 'f.support_kind' },
    parts: () => [{ facts: supportFacts(), unit: 'participant_id', partials: { quantity: 'f.quantity' }, value: 'sum(quantity)', contributors: 'count(*)' }],
  },
};

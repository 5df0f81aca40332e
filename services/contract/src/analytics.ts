/**
 * The analytics vocabulary of docs/interfaces.md §4: what `aggregate` measures and groups by.
 * Their meaning is in the GraphQL schema's descriptions; here are the codes every package shares.
 */

export const MEASURES = [
  'PARTICIPANTS',
  'ACTIVE_PARTICIPANTS',
  'SESSIONS',
  'ATTENDANCES',
  'ATTENDANCE_RECORDS',
  'ATTENDANCE_HOURS',
  'ATTENDANCE_RATE',
  'CERTIFICATES',
  'CERTIFIED_PARTICIPANTS',
  'COMPLETIONS',
  'DROPOUTS',
  'RESULTS',
  'CHILDCARE_HOURS',
  'SUPPORT_ITEMS',
] as const;
export type Measure = (typeof MEASURES)[number];

/** Counts of the programme's structure (not of partner-file facts) that indicators may use besides the measures. */
export const STRUCTURAL_MEASURES = ['SITES', 'EVENTS', 'MEDIA_MENTIONS'] as const;
export type StructuralMeasure = (typeof STRUCTURAL_MEASURES)[number];

/** What an indicator's numerator or denominator may count. */
export type IndicatorMeasure = Measure | StructuralMeasure;
export const INDICATOR_MEASURES: readonly IndicatorMeasure[] = [...MEASURES, ...STRUCTURAL_MEASURES];

export const DIMENSIONS = [
  'PARTNER',
  'TASK',
  'ACTIVITY',
  'ACTIVITY_KIND',
  'MONTH',
  'SEX',
  'AGE_BAND',
  'LABOUR_STATUS',
  'EDUCATION',
  'RESULT_TYPE',
  'SUPPORT_KIND',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

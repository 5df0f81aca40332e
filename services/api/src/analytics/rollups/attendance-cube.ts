import { rawSql, sql, type SqlFragment } from '../../database/sql-fragment.js';
import { ACTIVITY_FILTER_FIELDS, PARTICIPANT_ATTRIBUTE_FILTER_FIELDS, type ListFilterField, type NormalisedFilter } from '../analytics-filter.js';
import { Dimension } from '../semantic/dimension.js';
import { RECORD_KEY_MODULUS_SQL } from '../perturbation/cell-key.js';
import { AGE_BAND_SQL, EDUCATION_SQL } from '../semantic/dimensions.js';

/**
 * The attendance cube (`analytics_attendance_cube`, migration …AnalyticsCubes): attendance summed per
 * cell of (activity level, month or whole programme, participant attributes), with the distinct
 * participants of each cell. A participant has exactly one sex, age band, status and education, so
 * distinct-participant counts of cells that differ only in those add up exactly; cells that differ in
 * activity or month do not (one participant attends many), which is why each level and the monthly /
 * whole-programme split is a cube of its own, and why only queries that keep to one of them can read it.
 * Next to each count of participants (`participants`, `active`) the cube keeps the sum of the same
 * participants' record keys mod 2^32 (`participants_key`, `active_key`): the cell key method's input
 * (perturbation/cell-key.ts), which adds up across cube rows exactly as the counts do.
 */

/** Which activity key a cube's cells carry. */
export type CubeLevel = 'ALL' | 'PARTNER' | 'TASK' | 'ACTIVITY_KIND' | 'ACTIVITY';

/** A cube a query can be answered from. */
export interface CubeChoice {
  level: CubeLevel;
  monthly: boolean;
  /** No participant attribute filter or key: the rows summed over every attribute answer it. */
  allAttributes: boolean;
}

const ATTRIBUTE_DIMENSIONS: ReadonlySet<Dimension> = new Set([Dimension.SEX, Dimension.AGE_BAND, Dimension.LABOUR_STATUS, Dimension.EDUCATION]);

const LEVELS: readonly CubeLevel[] = ['ALL', 'PARTNER', 'TASK', 'ACTIVITY_KIND', 'ACTIVITY'];

/** The level of each activity dimension, and the filter restricting it. */
const LEVEL_OF_DIMENSION: Partial<Record<Dimension, CubeLevel>> = {
  [Dimension.PARTNER]: 'PARTNER',
  [Dimension.TASK]: 'TASK',
  [Dimension.ACTIVITY_KIND]: 'ACTIVITY_KIND',
  [Dimension.ACTIVITY]: 'ACTIVITY',
};
const LEVEL_OF_FILTER: Partial<Record<ListFilterField, CubeLevel>> = {
  partners: 'PARTNER',
  tasks: 'TASK',
  activityKinds: 'ACTIVITY_KIND',
  activities: 'ACTIVITY',
};

/** The cube column each cube-answerable dimension groups by. */
export const CUBE_DIMENSION_COLUMN: Partial<Record<Dimension, string>> = {
  [Dimension.PARTNER]: 'f.partner_id',
  [Dimension.TASK]: 'f.task_id',
  [Dimension.ACTIVITY]: 'f.activity_id',
  [Dimension.ACTIVITY_KIND]: 'f.kind',
  [Dimension.MONTH]: 'f.month',
  [Dimension.SEX]: 'f.sex',
  [Dimension.AGE_BAND]: 'f.age_band',
  [Dimension.LABOUR_STATUS]: 'f.labour_status',
  [Dimension.EDUCATION]: 'f.education',
};

/** The cube column each participant attribute filter tests. */
export const CUBE_ATTRIBUTE_FILTER_COLUMN: Partial<Record<ListFilterField, string>> = {
  sexes: 'f.sex',
  ageBands: 'f.age_band',
  labourStatuses: 'f.labour_status',
  educations: 'f.education',
};

/**
 * The cube that answers a query exactly, or null. Exact when every cell of the answer is a sum of
 * cube cells over participant attributes only:
 * - no participant sets (result types, support kinds);
 * - month: grouped by MONTH (monthly cells; from/to on whole months then just pick months), or no
 *   period at all (whole-programme cells);
 * - activity: grouped by ACTIVITY (every activity filter is then a property of the cell's activity), or
 *   by one other activity dimension filtered at most on that same dimension, or not grouped by
 *   activity and filtered on at most one activity (partner, task, kind) — a single cell.
 */
export function cubeChoiceFor(
  groupBy: readonly Dimension[],
  filter: NormalisedFilter,
  period: { wholeMonths: boolean },
): CubeChoice | null {
  if (filter.resultTypes || filter.supportKinds) return null;
  if (groupBy.some((dimension) => !CUBE_DIMENSION_COLUMN[dimension])) return null;
  const monthly = groupBy.includes(Dimension.MONTH);
  if ((filter.from || filter.to) && !(monthly && period.wholeMonths)) return null;

  const activityLevels = groupBy.flatMap((dimension) => LEVEL_OF_DIMENSION[dimension] ?? []);
  const activityFilters = ACTIVITY_FILTER_FIELDS.filter((field) => filter[field]);
  let level: CubeLevel;
  if (activityLevels.includes('ACTIVITY')) level = 'ACTIVITY';
  else if (activityLevels.length > 1) return null;
  else if (activityLevels.length === 1) {
    level = activityLevels[0]!;
    if (activityFilters.some((field) => LEVEL_OF_FILTER[field] !== level)) return null;
  } else if (activityFilters.length === 0) level = 'ALL';
  else if (activityFilters.length === 1 && filter[activityFilters[0]!]!.length === 1) level = LEVEL_OF_FILTER[activityFilters[0]!]!;
  else return null;

  if (!cubeKept({ level, monthly })) return null;
  const allAttributes =
    !PARTICIPANT_ATTRIBUTE_FILTER_FIELDS.some((field) => filter[field]) && !groupBy.some((dimension) => ATTRIBUTE_DIMENSIONS.has(dimension));
  return { level, monthly, allAttributes };
}

/** The key columns a level's cells set (besides partner_id, which every cell sets when it has one partner). */
const LEVEL_KEY: Record<CubeLevel, { key: string | null; select: string }> = {
  ALL: { key: null, select: 'null::int as task_id, null::int as activity_id, null::text as kind' },
  PARTNER: { key: 'a.partner_id', select: 'null::int as task_id, null::int as activity_id, null::text as kind' },
  TASK: { key: 'a.task_id', select: 'u.k as task_id, null::int as activity_id, null::text as kind' },
  ACTIVITY_KIND: { key: 'a.kind', select: 'null::int as task_id, null::int as activity_id, u.k as kind' },
  ACTIVITY: { key: 'a.id', select: 'min(u.task_id) as task_id, u.k as activity_id, min(u.kind) as kind' },
};

const CUBE_COLUMNS =
  'programme_id, level, monthly, all_attributes, month, partner_id, task_id, activity_id, kind, ' +
  'sex, age_band, labour_status, education, records, present, present_minutes, participants, active, participants_key, active_key';

/**
 * The cubes kept: every level for the whole programme, and every level but ACTIVITY by month
 * (activity × month cells hold a handful of participants each: nearly as many rows as the per-participant
 * rollup `analytics_attendance_pam`, which answers those queries without a per-participant stage already).
 */
export const CUBES: readonly { level: CubeLevel; monthly: boolean }[] = LEVELS.flatMap((level): { level: CubeLevel; monthly: boolean }[] =>
  level === 'ACTIVITY' ? [{ level, monthly: false }] : [{ level, monthly: false }, { level, monthly: true }],
);

/** True when the cube a choice names is kept. */
export function cubeKept(choice: Pick<CubeChoice, 'level' | 'monthly'>): boolean {
  return CUBES.some((cube) => cube.level === choice.level && cube.monthly === choice.monthly);
}

/**
 * One cube's rows for one programme, from the per-participant rollup at the same activity grain (pa or
 * pam): first per (cell key, participant) — a participant counted once per cell — then per cell and
 * attributes, with the all-attributes row as a second grouping set. Attributes are worked out once
 * per participant (the materialized `t`), not once per row.
 */
function cubeInsert(level: CubeLevel, monthly: boolean, programmeId: SqlFragment): SqlFragment {
  const source = monthly ? 'analytics_attendance_pam' : 'analytics_attendance_pa';
  const { key, select } = LEVEL_KEY[level];
  const keyColumn = key ? `${key} as k, ` : '';
  const month = monthly ? 'r.month' : 'null::date';
  const groupKeys = [...(key ? ['u.k'] : []), 'u.month'].join(', ');
  const partner = level === 'PARTNER' ? 'u.k' : 'case when min(u.partner_min) = max(u.partner_max) then min(u.partner_min) end';
  return sql`insert into analytics_attendance_cube (${rawSql(CUBE_COLUMNS)})
    with t as materialized (select p.id, p.record_key, p.sex, ${rawSql(AGE_BAND_SQL)} as age_band, p.labour_status, ${rawSql(EDUCATION_SQL)} as education
      from participant p where p.programme_id = ${programmeId})
    select ${programmeId}, ${level}::text, ${monthly}::boolean, grouping(t.sex) = 1, u.month, ${rawSql(partner)}, ${rawSql(select)},
      t.sex, t.age_band, t.labour_status, t.education,
      sum(u.records), sum(u.present), sum(u.present_minutes), count(*), count(*) filter (where u.present > 0),
      mod(sum(t.record_key), ${rawSql(RECORD_KEY_MODULUS_SQL)}), coalesce(mod(sum(t.record_key) filter (where u.present > 0), ${rawSql(RECORD_KEY_MODULUS_SQL)}), 0)
    from (select ${rawSql(keyColumn)}${rawSql(month)} as month, r.participant_id,
        sum(r.records) as records, sum(r.present) as present, sum(r.present_minutes) as present_minutes,
        min(a.partner_id) as partner_min, max(a.partner_id) as partner_max, min(a.task_id) as task_id, min(a.kind) as kind
      from ${rawSql(source)} r join activity a on a.id = r.activity_id
      where r.programme_id = ${programmeId}
      group by ${rawSql([...(key ? ['k'] : []), 'month', 'r.participant_id'].join(', '))}) u
    join t on t.id = u.participant_id
    group by ${rawSql(groupKeys)}, grouping sets ((t.sex, t.age_band, t.labour_status, t.education), ())`;
}

/** Statements rebuilding every cube of a programme (after the per-participant rollups they read). */
export function cubeRefreshStatements(programmeId: SqlFragment): SqlFragment[] {
  return [
    sql`delete from analytics_attendance_cube where programme_id = ${programmeId}`,
    ...CUBES.map((cube) => cubeInsert(cube.level, cube.monthly, programmeId)),
  ];
}

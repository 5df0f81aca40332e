import { rawSql, sql, sqlArray, type SqlFragment } from '../../database/sql-fragment.js';
import { ACTIVITY_FILTER_FIELDS, PARTICIPANT_ATTRIBUTE_FILTER_FIELDS, type ListFilterField, type NormalisedFilter } from '../analytics-filter.js';
import { Dimension } from '../semantic/dimension.js';
import { AGE_BAND_SQL, EDUCATION_SQL } from '../semantic/dimensions.js';

/**
 * The attendance cube (`analytics_attendance_cube`, migration …AnalyticsCubes): attendance summed per
 * cell of (activity level, month or whole programme, participant attributes), with the distinct
 * participants of each cell. A participant has exactly one sex, age band, status and education, so
 * distinct-participant counts of cells that differ only in those add up exactly; cells that differ in
 * activity or month do not (one participant attends many), which is why each level and the monthly /
 * whole-programme split is a cube of its own, and why only queries that keep to one of them can read it.
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

/**
 * Per level: the activity key its cells are grouped by (`key`), what the cell's key columns are set to
 * (`select`), and which cube column and which list of `CubeCells` name a cell's key.
 */
const LEVEL_KEY: Record<CubeLevel, { key: string | null; select: string; cubeColumn: string | null; cells: keyof CubeCells | null }> = {
  ALL: { key: null, select: 'null::int as task_id, null::int as activity_id, null::text as kind', cubeColumn: null, cells: null },
  PARTNER: { key: 'a.partner_id', select: 'null::int as task_id, null::int as activity_id, null::text as kind', cubeColumn: 'partner_id', cells: 'partners' },
  TASK: { key: 'a.task_id', select: 'u.k as task_id, null::int as activity_id, null::text as kind', cubeColumn: 'task_id', cells: 'tasks' },
  ACTIVITY_KIND: { key: 'a.kind', select: 'null::int as task_id, null::int as activity_id, u.k as kind', cubeColumn: 'kind', cells: 'kinds' },
  ACTIVITY: { key: 'a.id', select: 'min(u.task_id) as task_id, u.k as activity_id, min(u.kind) as kind', cubeColumn: 'activity_id', cells: 'activities' },
};

/**
 * The cells an incremental refresh recomputes: at each level, those whose key is listed (and at monthly
 * cubes whose month is listed too); the ALL level's cells of the listed months and the whole programme.
 * A superset of the cells a change touched is fine: a cell is recomputed whole, from every participant.
 */
export interface CubeCells {
  activities: readonly number[];
  partners: readonly number[];
  tasks: readonly number[];
  kinds: readonly string[];
  /** First days of months, YYYY-MM-DD. */
  months: readonly string[];
}

const CELL_TYPES: Record<keyof CubeCells, 'int' | 'text' | 'date'> = {
  activities: 'int',
  partners: 'int',
  tasks: 'int',
  kinds: 'text',
  months: 'date',
};

/** A condition limiting a column to the listed cells' values (nothing when every cell is meant). */
function cellCondition(column: string, cells: CubeCells | undefined, list: keyof CubeCells | null): SqlFragment {
  if (!cells || !list) return rawSql('');
  return sql` and ${rawSql(column)} = any(${sqlArray(cells[list], CELL_TYPES[list])})`;
}

const CUBE_COLUMNS =
  'programme_id, level, monthly, all_attributes, month, partner_id, task_id, activity_id, kind, ' +
  'sex, age_band, labour_status, education, records, present, present_minutes, participants, active';

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
 * per participant (the materialized `t`), not once per row. Every per-cell aggregate is defined here,
 * for the full rebuild and the incremental refresh alike (`cells` limits it to some cells).
 */
function cubeInsert(level: CubeLevel, monthly: boolean, programmeId: SqlFragment, cells?: CubeCells): SqlFragment {
  const source = monthly ? 'analytics_attendance_pam' : 'analytics_attendance_pa';
  const { key, select, cells: list } = LEVEL_KEY[level];
  const keyColumn = key ? `${key} as k, ` : '';
  const month = monthly ? 'r.month' : 'null::date';
  const groupKeys = [...(key ? ['u.k'] : []), 'u.month'].join(', ');
  const partner = level === 'PARTNER' ? 'u.k' : 'case when min(u.partner_min) = max(u.partner_max) then min(u.partner_min) end';
  return sql`insert into analytics_attendance_cube (${rawSql(CUBE_COLUMNS)})
    with t as materialized (select p.id, p.sex, ${rawSql(AGE_BAND_SQL)} as age_band, p.labour_status, ${rawSql(EDUCATION_SQL)} as education
      from participant p where p.programme_id = ${programmeId})
    select ${programmeId}, ${level}::text, ${monthly}::boolean, grouping(t.sex) = 1, u.month, ${rawSql(partner)}, ${rawSql(select)},
      t.sex, t.age_band, t.labour_status, t.education,
      sum(u.records), sum(u.present), sum(u.present_minutes), count(*), count(*) filter (where u.present > 0)
    from (select ${rawSql(keyColumn)}${rawSql(month)} as month, r.participant_id,
        sum(r.records) as records, sum(r.present) as present, sum(r.present_minutes) as present_minutes,
        min(a.partner_id) as partner_min, max(a.partner_id) as partner_max, min(a.task_id) as task_id, min(a.kind) as kind
      from ${rawSql(source)} r join activity a on a.id = r.activity_id
      where r.programme_id = ${programmeId}${cellCondition(key ?? '', cells, list)}${monthly ? cellCondition('r.month', cells, 'months') : rawSql('')}
      group by ${rawSql([...(key ? ['k'] : []), 'month', 'r.participant_id'].join(', '))}) u
    join t on t.id = u.participant_id
    group by ${rawSql(groupKeys)}, grouping sets ((t.sex, t.age_band, t.labour_status, t.education), ())`;
}

/**
 * Statements recomputing a programme's cubes (after the per-participant rollups they read): every cell,
 * or only the given ones (each deleted, then summed anew from every participant's rollup rows).
 */
export function cubeRefreshStatements(programmeId: SqlFragment, cells?: CubeCells): SqlFragment[] {
  if (!cells) {
    return [sql`delete from analytics_attendance_cube where programme_id = ${programmeId}`, ...CUBES.map((cube) => cubeInsert(cube.level, cube.monthly, programmeId))];
  }
  return CUBES.flatMap((cube) => {
    const { cubeColumn, cells: list } = LEVEL_KEY[cube.level];
    return [
      sql`delete from analytics_attendance_cube where programme_id = ${programmeId} and level = ${cube.level} and monthly = ${cube.monthly}${cellCondition(cubeColumn ?? '', cells, list)}${cube.monthly ? cellCondition('month', cells, 'months') : rawSql('')}`,
      cubeInsert(cube.level, cube.monthly, programmeId, cells),
    ];
  });
}

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
 * Next to each count of participants (`participants`, `active`) the cube keeps the sum of the same
 * participants' record keys (`participants_key`, `active_key`; plain sums, reduced mod 2^32 only when read):
 * the cell key method's input (perturbation/cell-key.ts), which adds up across cube rows and incremental
 * differences exactly as the counts do.
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
  'sex, age_band, labour_status, education, records, present, present_minutes, participants, active, ' +
  'single_partner_participants, partner_sum, partner_square_sum, participants_key, active_key';

/**
 * A cell's partner from its additive partner columns: its participants each attended one partner's
 * activities in the cell (single_partner_participants = participants), and all the same one (the sum
 * of squares times the count equals the square of the sum only when every value is equal).
 */
const PARTNER_OF_CELL = `case when single_partner_participants = participants
  and partner_square_sum::numeric * single_partner_participants = partner_sum::numeric * partner_sum
  then (partner_sum / single_partner_participants)::int end`;

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

/** Which participants and which version of their attributes and activity keys a cube select sums. */
export interface CubeSource {
  /** Only these participants (an int[] fragment); all the programme's when absent. */
  participants?: SqlFragment;
  /**
   * 'BEFORE': attributes and activity keys as of the last refresh (the pending queues keep the ones
   * changed since), to take back the participants' old contributions; 'NOW': as they are.
   */
  as: 'BEFORE' | 'NOW';
}

/** The participants with the columns the attribute expressions read (aliased `p` by the caller). */
function participantSource(programmeId: SqlFragment, source: CubeSource): SqlFragment {
  if (source.as === 'NOW') {
    return sql`(select p.id, p.record_key, p.sex, p.birth_date, p.entry_date, p.labour_status, p.education_level from participant p
      where p.programme_id = ${programmeId}${source.participants ? sql` and p.id = any(${source.participants})` : rawSql('')})`;
  }
  const old = (column: string) => rawSql(`case when q.attributes_recorded then q.old_${column} else p.${column} end as ${column}`);
  return sql`(select q.participant_id as id, ${old('record_key')}, ${old('sex')}, ${old('birth_date')}, ${old('entry_date')}, ${old('labour_status')}, ${old('education_level')}
      from analytics_rollup_pending q left join participant p on p.id = q.participant_id where q.programme_id = ${programmeId})`;
}

/** The activities with their keys (aliased `a` by the caller). */
function activitySource(programmeId: SqlFragment, source: CubeSource): SqlFragment {
  if (source.as === 'NOW') return rawSql('activity');
  return sql`(select k.activity_id as id, k.partner_id, k.task_id, k.kind from analytics_rollup_pending_keys k where k.programme_id = ${programmeId}
      union all
      select a.id, a.partner_id, a.task_id, a.kind from activity a where a.programme_id = ${programmeId}
        and not exists (select 1 from analytics_rollup_pending_keys k where k.programme_id = ${programmeId} and k.activity_id = a.id))`;
}

/**
 * One cube's rows for one programme, in CUBE_COLUMNS order, from the per-participant rollup at the same
 * activity grain (pa or pam): first per (cell key, participant) — a participant counted once per cell —
 * then per cell and attributes, with the all-attributes row as a second grouping set. Attributes are
 * worked out once per participant (the materialized `t`), not once per row. Every per-cell aggregate
 * is defined here, for the full rebuild and the incremental refresh alike: `cells` limits it to some
 * cells, `source` to some participants' contributions (their old ones with `as: 'BEFORE'`), `sign` -1
 * negates the sums and counts (to take contributions back). Without `source.participants` the partner
 * of a cell is worked out; a partial sum cannot know it (null): it follows from the additive partner
 * columns once the cell is whole (PARTNER_OF_CELL).
 */
function cubeSelect(
  level: CubeLevel,
  monthly: boolean,
  programmeId: SqlFragment,
  options: { cells?: CubeCells; source?: CubeSource; sign?: 1 | -1 } = {},
): SqlFragment {
  const rollup = monthly ? 'analytics_attendance_pam' : 'analytics_attendance_pa';
  const source = options.source ?? { as: 'NOW' };
  const sign = options.sign ?? 1;
  const { key, select, cells: list } = LEVEL_KEY[level];
  const keyColumn = key ? `${key} as k, ` : '';
  const month = monthly ? 'r.month' : 'null::date';
  const groupKeys = [...(key ? ['u.k'] : []), 'u.month'].join(', ');
  const partner =
    level === 'PARTNER' ? 'u.k' : source.participants ? 'null::int' : 'case when min(u.partner_min) = max(u.partner_max) then min(u.partner_min) end';
  const total = (expression: string) => rawSql(sign === 1 ? expression : `-${expression}`);
  const single = 'filter (where u.partner_min = u.partner_max)';
  return sql`with t as materialized (select p.id, p.record_key, p.sex, ${rawSql(AGE_BAND_SQL)} as age_band, p.labour_status, ${rawSql(EDUCATION_SQL)} as education
      from ${participantSource(programmeId, source)} p)
    select ${programmeId}, ${level}::text, ${monthly}::boolean, grouping(t.sex) = 1, u.month, ${rawSql(partner)}, ${rawSql(select)},
      t.sex, t.age_band, t.labour_status, t.education,
      ${total('sum(u.records)')}, ${total('sum(u.present)')}, ${total('sum(u.present_minutes)')}, ${total('count(*)')}, ${total('count(*) filter (where u.present > 0)')},
      ${total(`count(*) ${single}`)}, ${total(`coalesce(sum(u.partner_min::bigint) ${single}, 0)`)}, ${total(`coalesce(sum(u.partner_min::bigint * u.partner_min) ${single}, 0)`)},
      ${total('sum(t.record_key)')}, ${total('coalesce(sum(t.record_key) filter (where u.present > 0), 0)')}
    from (select ${rawSql(keyColumn)}${rawSql(month)} as month, r.participant_id,
        sum(r.records) as records, sum(r.present) as present, sum(r.present_minutes) as present_minutes,
        min(a.partner_id) as partner_min, max(a.partner_id) as partner_max, min(a.task_id) as task_id, min(a.kind) as kind
      from ${rawSql(rollup)} r join ${activitySource(programmeId, source)} a on a.id = r.activity_id
      where r.programme_id = ${programmeId}${source.participants ? sql` and r.participant_id = any(${source.participants})` : rawSql('')}${cellCondition(key ?? '', options.cells, list)}${monthly ? cellCondition('r.month', options.cells, 'months') : rawSql('')}
      group by ${rawSql([...(key ? ['k'] : []), 'month', 'r.participant_id'].join(', '))}) u
    join t on t.id = u.participant_id
    group by ${rawSql(groupKeys)}, grouping sets ((t.sex, t.age_band, t.labour_status, t.education), ())`;
}

/** Statements rebuilding every cube of a programme (after the per-participant rollups they read). */
export function cubeRebuildStatements(programmeId: SqlFragment): SqlFragment[] {
  return [
    sql`delete from analytics_attendance_cube where programme_id = ${programmeId}`,
    ...CUBES.map((cube) => sql`insert into analytics_attendance_cube (${rawSql(CUBE_COLUMNS)}) ${cubeSelect(cube.level, cube.monthly, programmeId)}`),
  ];
}

/** The table collecting an incremental refresh's signed cube contributions (dropped at commit). */
const DELTA_TABLE = 'analytics_cube_delta';

/**
 * Incremental maintenance of the cubes, in three steps around the rewrite of the participants'
 * rollup rows: `before` (their old contributions, negated, while the rollups still hold their old
 * rows), then `after` (their new contributions, and the merge). Cells of levels whose cells are big
 * (ALL, PARTNER, TASK, ACTIVITY_KIND) are corrected by the difference; ACTIVITY cells, small, are
 * recomputed whole.
 */
export const incrementalCubeStatements = {
  before(programmeId: SqlFragment, participants: SqlFragment): SqlFragment[] {
    return [
      rawSql(`create temp table if not exists ${DELTA_TABLE} (like analytics_attendance_cube) on commit drop`),
      rawSql(`truncate ${DELTA_TABLE}`),
      ...summedCubes().map(
        (cube) =>
          sql`insert into ${rawSql(DELTA_TABLE)} (${rawSql(CUBE_COLUMNS)}) ${cubeSelect(cube.level, cube.monthly, programmeId, { source: { participants, as: 'BEFORE' }, sign: -1 })}`,
      ),
    ];
  },
  after(programmeId: SqlFragment, participants: SqlFragment, cells: CubeCells): SqlFragment[] {
    const match = (cube: string, delta: string) =>
      rawSql(
        `${cube}.level = ${delta}.level and ${cube}.monthly = ${delta}.monthly and ${cube}.all_attributes = ${delta}.all_attributes and ` +
          CELL_IDENTITY.map((identity) => `${identity(cube)} = ${identity(delta)}`).join(' and '),
      );
    return [
      ...summedCubes().map(
        (cube) => sql`insert into ${rawSql(DELTA_TABLE)} (${rawSql(CUBE_COLUMNS)}) ${cubeSelect(cube.level, cube.monthly, programmeId, { source: { participants, as: 'NOW' } })}`,
      ),
      sql`create temp table analytics_cube_change on commit drop as
        select level, monthly, all_attributes, month, partner_id, task_id, kind, sex, age_band, labour_status, education,
          ${rawSql(SUMMED_COLUMNS.map((column) => `sum(${column}) as ${column}`).join(', '))}
        from ${rawSql(DELTA_TABLE)} group by level, monthly, all_attributes, month, partner_id, task_id, kind, sex, age_band, labour_status, education`,
      sql`update analytics_attendance_cube c set ${rawSql(SUMMED_COLUMNS.map((column) => `${column} = c.${column} + d.${column}`).join(', '))}
        from analytics_cube_change d where c.programme_id = ${programmeId} and c.level <> 'ACTIVITY' and ${match('c', 'd')}`,
      sql`insert into analytics_attendance_cube (${rawSql(CUBE_COLUMNS)})
        select ${programmeId}, d.level, d.monthly, d.all_attributes, d.month, d.partner_id, d.task_id, null, d.kind, d.sex, d.age_band, d.labour_status,
          d.education, ${rawSql(SUMMED_COLUMNS.map((column) => `d.${column}`).join(', '))}
        from analytics_cube_change d where d.participants <> 0 and not exists (
          select 1 from analytics_attendance_cube c where c.programme_id = ${programmeId} and c.level <> 'ACTIVITY' and ${match('c', 'd')})`,
      // A cell exists while at least one participant has records in it.
      sql`delete from analytics_attendance_cube where programme_id = ${programmeId} and level <> 'ACTIVITY' and participants = 0`,
      rawSql('drop table analytics_cube_change'),
      sql`update analytics_attendance_cube set partner_id = ${rawSql(PARTNER_OF_CELL)}
        where programme_id = ${programmeId} and level in ('ALL', 'TASK', 'ACTIVITY_KIND') and partner_id is distinct from ${rawSql(PARTNER_OF_CELL)}`,
      ...CUBES.filter((cube) => cube.level === 'ACTIVITY').flatMap((cube) => [
        sql`delete from analytics_attendance_cube where programme_id = ${programmeId} and level = ${cube.level} and monthly = ${cube.monthly}${cellCondition('activity_id', cells, 'activities')}${cube.monthly ? cellCondition('month', cells, 'months') : rawSql('')}`,
        sql`insert into analytics_attendance_cube (${rawSql(CUBE_COLUMNS)}) ${cubeSelect(cube.level, cube.monthly, programmeId, { cells })}`,
      ]),
    ];
  },
};

/**
 * What identifies a cell besides level/monthly/all_attributes, per table alias, with a stand-in for
 * null (so that hash joins apply). The partner is part of a cell's key only at the PARTNER level.
 */
const CELL_IDENTITY: readonly ((table: string) => string)[] = [
  (t) => `coalesce(${t}.month, '-infinity'::date)`,
  (t) => `coalesce(case when ${t}.level = 'PARTNER' then ${t}.partner_id end, 0)`,
  ...['task_id'].map((column) => (t: string) => `coalesce(${t}.${column}, 0)`),
  ...['kind', 'sex', 'age_band', 'labour_status', 'education'].map((column) => (t: string) => `coalesce(${t}.${column}, '')`),
];

/** The columns of a cell that are sums over its participants (what a difference corrects). */
const SUMMED_COLUMNS = ['records', 'present', 'present_minutes', 'participants', 'active', 'single_partner_participants', 'partner_sum', 'partner_square_sum', 'participants_key', 'active_key'];

/** The cubes corrected by differences (every level but ACTIVITY). */
function summedCubes(): readonly { level: CubeLevel; monthly: boolean }[] {
  return CUBES.filter((cube) => cube.level !== 'ACTIVITY');
}

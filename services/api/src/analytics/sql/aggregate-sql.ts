import { pgArray } from '../../database/pg-array.js';
import { joinSql, rawSql, sql, type SqlFragment } from '../../database/sql-fragment.js';
import {
  ACTIVITY_FILTER_FIELDS,
  hasAny,
  PARTICIPANT_ATTRIBUTE_FILTER_FIELDS,
  type ListFilterField,
  type NormalisedFilter,
} from '../analytics-filter.js';
import { ACTIVITY_DIMENSIONS, Dimension, PARTICIPANT_DIMENSIONS } from '../semantic/dimension.js';
import { DIMENSIONS, PARTICIPANT_FILTER_SQL } from '../semantic/dimensions.js';
import { CUBE_ATTRIBUTE_FILTER_COLUMN, CUBE_DIMENSION_COLUMN, cubeChoiceFor, type CubeChoice } from '../rollups/attendance-cube.js';
import { registerCubeAnswers } from '../rollups/register-cube.js';
import { freshOrBase, type FactNeeds, type RollupState } from '../semantic/fact-sources.js';
import type { Measure } from '../semantic/measure.js';
import { MEASURES, type MeasurePart } from '../semantic/measures.js';
import { RECORD_KEY_MODULUS_SQL } from '../perturbation/cell-key.js';

/** One aggregate, as the builder sees it: validated input, no viewer beyond the partner whose cells are its own. */
export interface AggregateQuery {
  measure: Measure;
  groupBy: readonly Dimension[];
  /** `empty` marks a filter that can match nothing (an indicator term's list disjoint from the caller's). */
  filter: NormalisedFilter & { empty?: boolean };
  /** For a PARTNER viewer: cells resting only on this partner's activities are marked `own` (shown exact). */
  ownPartnerCode: string | null;
  /**
   * For a restricted viewer: each cell also carries its contributors' record-key sum (`key_sum`), and a
   * rate its numerator and denominator (`num`, `num_key`, `den`), for the cell key method
   * (perturbation/). ADMIN and STEERING statements stay exactly as they were.
   */
  recordKeys?: boolean;
  /**
   * false: never answer from the attendance cubes, only from the per-participant rollups or the base
   * tables (an internal switch: the cross-path test compares the three paths one by one).
   */
  cubes?: boolean;
  /** The programme's rollups as the request found them (default UNKNOWN: the statement tests it itself). */
  rollups?: RollupState;
  /**
   * The most cells the answer may have: when the statement finds more (before MONTH gaps are filled),
   * it returns none, only their count and what the caller needs to count the gaps (`cell_rows`,
   * `first_month`, `last_month`, `combinations`), so that a refused question never carries its rows.
   */
  maxCells?: number;
}

/**
 * The sum of the record keys of the participants a contributor count counts, over the same rows:
 * `count(*)…` over per-participant rows (joined to `participant rk`) becomes `sum(rk.record_key)…`;
 * a cube's `sum(participants)` / `sum(active)` becomes the sum of the matching key column.
 */
function keySumOf(contributors: string): string {
  if (contributors.startsWith('count(*)')) return `sum(rk.record_key)${contributors.slice('count(*)'.length)}`;
  const cube = /^sum\((participants|active)\)$/.exec(contributors);
  if (cube) return `sum(${cube[1]}_key)`;
  throw new Error(`No record-key sum is declared for the contributor count ${contributors}.`);
}

/** True when from/to fall on whole months, so monthly rollups can answer. */
function periodOnWholeMonths(filter: NormalisedFilter): boolean {
  const fromOk = !filter.from || filter.from.endsWith('-01');
  if (!filter.to) return fromOk;
  const [year, month] = filter.to.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return fromOk && Number(filter.to.slice(8, 10)) === lastDay;
}

/** What the query asks of its facts (which decides the source each part reads). */
export function factNeedsOf(query: AggregateQuery): FactNeeds {
  const period = Boolean(query.filter.from || query.filter.to);
  const wholeMonths = periodOnWholeMonths(query.filter);
  const native = MEASURES[query.measure].nativeDimensions;
  return {
    activity: hasAny(query.filter, ACTIVITY_FILTER_FIELDS) || query.groupBy.some((dimension) => ACTIVITY_DIMENSIONS.has(dimension)),
    ownership: query.ownPartnerCode !== null,
    month: query.groupBy.includes(Dimension.MONTH) || (period && wholeMonths),
    exactDate: period && !wholeMonths,
    participantSide:
      hasAny(query.filter, [...PARTICIPANT_ATTRIBUTE_FILTER_FIELDS, 'resultTypes', 'supportKinds']) ||
      query.groupBy.some((dimension) => PARTICIPANT_DIMENSIONS.has(dimension) && !native[dimension]),
    cube: query.cubes === false ? null : cubeChoiceFor(query.groupBy, query.filter, { wholeMonths }),
    rollups: query.rollups ?? 'UNKNOWN',
  };
}

const keyNames = (count: number): string[] => Array.from({ length: count }, (_, index) => `k${index}`);

function textArray(values: readonly string[]): SqlFragment {
  return sql`${pgArray(values)}::text[]`;
}

/**
 * Where a read path finds what the filters test (aliases of its statement). The filters mean the
 * same on every path; only the columns differ, so they are compiled to SQL in one place.
 */
interface FilterColumns {
  partnerId: string;
  taskId: string;
  /** The activity's code, or only its id (then matched through the programme's activities by code). */
  activity: { code: string } | { id: string };
  activityKind: string;
  /** Each participant attribute filter's column or expression. */
  attributes: Partial<Record<ListFilterField, string>>;
  /** The date from/to bound. */
  date: string;
}

/** The base tables' stage one: the fact row `f`, its activity `a`, its participant `p`. */
const BASE_FILTER_COLUMNS: FilterColumns = {
  partnerId: 'a.partner_id',
  taskId: 'a.task_id',
  activity: { code: 'a.code' },
  activityKind: 'a.kind',
  attributes: PARTICIPANT_FILTER_SQL,
  date: 'f.fact_date',
};

/** A cube row `f`. Only monthly cubes are read with a period, and only one on whole months: a month is in or out. */
const CUBE_FILTER_COLUMNS: FilterColumns = {
  partnerId: 'f.partner_id',
  taskId: 'f.task_id',
  activity: { id: 'f.activity_id' },
  activityKind: 'f.kind',
  attributes: CUBE_ATTRIBUTE_FILTER_COLUMN,
  date: 'f.month',
};

/** The conditions of the activity, participant attribute and period filters (result types and support kinds are the base path's own). */
function filterConditions(filter: AggregateQuery['filter'], columns: FilterColumns): SqlFragment[] {
  const conditions: SqlFragment[] = [];
  if (filter.empty) conditions.push(rawSql('false'));
  if (filter.partners) {
    conditions.push(
      sql`${rawSql(columns.partnerId)} in (select pt.id from partner pt where pt.programme_id = (select id from prog) and pt.code = any(${textArray(filter.partners)}))`,
    );
  }
  if (filter.tasks) {
    conditions.push(
      sql`${rawSql(columns.taskId)} in (select tk.id from task tk where tk.programme_id = (select id from prog) and tk.code = any(${textArray(filter.tasks)}))`,
    );
  }
  if (filter.activities) {
    conditions.push(
      'code' in columns.activity
        ? sql`${rawSql(columns.activity.code)} = any(${textArray(filter.activities)})`
        : sql`${rawSql(columns.activity.id)} in (select ac.id from activity ac where ac.programme_id = (select id from prog) and ac.code = any(${textArray(filter.activities)}))`,
    );
  }
  if (filter.activityKinds) conditions.push(sql`${rawSql(columns.activityKind)} = any(${textArray(filter.activityKinds)})`);
  for (const field of PARTICIPANT_ATTRIBUTE_FILTER_FIELDS) {
    const values = filter[field];
    const column = columns.attributes[field];
    if (!values) continue;
    if (!column) throw new Error(`No column is declared for the ${field} filter on this read path.`);
    conditions.push(sql`${rawSql(column)} = any(${textArray(values)})`);
  }
  if (filter.from) conditions.push(sql`${rawSql(columns.date)} >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`${rawSql(columns.date)} <= ${filter.to}::date`);
  return conditions;
}

/**
 * A register cube row `f`: its attribute columns are named as the attendance cube's. It has no activity
 * or month columns; registerCubeAnswers keeps questions with those filters away from it.
 */
const REGISTER_FILTER_COLUMNS: FilterColumns = CUBE_FILTER_COLUMNS;

/**
 * A register measure's cells summed from the register cube (rollups/register-cube.ts): the cells its
 * condition names, within the filter; each participant is in one cell, so the sums are distinct counts.
 */
function partFromRegisterCube(query: AggregateQuery, registerCells: string): SqlFragment {
  const keys = query.groupBy.map((dimension, index) => `${CUBE_DIMENSION_COLUMN[dimension]!} as k${index}`);
  const conditions: SqlFragment[] = [
    sql`f.programme_id = (select id from prog) and ${rawSql(registerCells)}`,
    ...filterConditions(query.filter, REGISTER_FILTER_COLUMNS),
  ];
  if (query.filter.resultTypes) conditions.push(sql`f.result_types && ${textArray(query.filter.resultTypes)}`);
  const columns = [...keys, 'sum(participants) as value', 'sum(participants) as contributors', ...(query.recordKeys ? [`${keySumOf('sum(participants)')} as key_sum`] : [])];
  const groupBy = keys.length ? rawSql(` group by ${keys.map((_, index) => String(index + 1)).join(', ')}`) : rawSql('');
  return sql`select ${rawSql(columns.join(', '))} from analytics_register_cube f where ${joinSql(conditions, ' and ')}${groupBy}`;
}

/** Stage one of one part: rows per (cell keys, unit) with the part's partial sums. */
function partStageOne(query: AggregateQuery, part: MeasurePart, withOwnership: boolean): SqlFragment {
  const declaration = MEASURES[query.measure];
  const { facts } = part;
  const filter = query.filter;
  const keys = query.groupBy.map((dimension) => declaration.nativeDimensions[dimension] ?? DIMENSIONS[dimension].key);

  const usesActivity =
    hasAny(filter, ACTIVITY_FILTER_FIELDS) ||
    query.groupBy.some((dimension) => DIMENSIONS[dimension].source === 'activity') ||
    (withOwnership && facts.hasActivity);
  if (usesActivity && !facts.hasActivity) throw new Error(`${query.measure}: a fact source without activities was chosen for an activity query.`);
  const usesParticipant =
    hasAny(filter, PARTICIPANT_ATTRIBUTE_FILTER_FIELDS) ||
    query.groupBy.some((dimension) => DIMENSIONS[dimension].source === 'participant');
  const groupsByResultSet = query.groupBy.includes(Dimension.RESULT_TYPE) && !declaration.nativeDimensions[Dimension.RESULT_TYPE];
  const groupsBySupportSet = query.groupBy.includes(Dimension.SUPPORT_KIND) && !declaration.nativeDimensions[Dimension.SUPPORT_KIND];
  if ((usesParticipant || groupsByResultSet || groupsBySupportSet) && !facts.hasParticipant) {
    throw new Error(`${query.measure}: a fact source without participants was chosen for a participant query.`);
  }

  const joins: SqlFragment[] = [];
  if (usesActivity) joins.push(rawSql('join activity a on a.id = f.activity_id'));
  if (usesParticipant) joins.push(rawSql('join participant p on p.id = f.participant_id'));
  if (groupsByResultSet) {
    const only = filter.resultTypes ? sql` where type = any(${textArray(filter.resultTypes)})` : rawSql('');
    joins.push(sql`join (select distinct participant_id, type from participant_result${only}) rt on rt.participant_id = f.participant_id`);
  }
  if (groupsBySupportSet) {
    const only = filter.supportKinds ? sql` where kind = any(${textArray(filter.supportKinds)})` : rawSql('');
    joins.push(sql`join (select distinct participant_id, kind from support_item${only}) sk on sk.participant_id = f.participant_id`);
  }

  const conditions = filterConditions(filter, BASE_FILTER_COLUMNS);
  if (filter.resultTypes) {
    const native = declaration.nativeFilters.resultTypes;
    if (native) conditions.push(sql`${rawSql(native)} = any(${textArray(filter.resultTypes)})`);
    else if (!groupsByResultSet) {
      conditions.push(sql`exists (select 1 from participant_result r where r.participant_id = f.participant_id and r.type = any(${textArray(filter.resultTypes)}))`);
    }
  }
  if (filter.supportKinds) {
    const native = declaration.nativeFilters.supportKinds;
    if (native) conditions.push(sql`${rawSql(native)} = any(${textArray(filter.supportKinds)})`);
    else if (!groupsBySupportSet) {
      conditions.push(sql`exists (select 1 from support_item si where si.participant_id = f.participant_id and si.kind = any(${textArray(filter.supportKinds)}))`);
    }
  }

  // Skipping the per-unit grouping is exact when the source already has one row per unit for every
  // cell: it is unique per (unit, its grain) and every grain column is one of the cell's keys.
  const covered = (grain: string) => query.groupBy.includes(grain === 'activity' ? Dimension.ACTIVITY : Dimension.MONTH);
  const grouped = !(facts.uniqueBy && facts.uniqueBy.every(covered));
  const aggregate = (expression: string, fn: 'sum' | 'bool_and') => (grouped ? `${fn}(${expression})` : expression);

  const columns = [
    ...keys.map((key, index) => `${key} as k${index}`),
    `f.${part.unit} as unit`,
    ...Object.entries(part.partials).map(([name, expression]) => `${aggregate(expression, 'sum')} as ${name}`),
  ];
  if (withOwnership) {
    const own = facts.hasActivity ? 'coalesce(a.partner_id = (select own_partner_id from prog), false)' : '(select own_is_leader from prog)';
    columns.push(`${aggregate(own, 'bool_and')} as own`);
  }
  const groupBy = grouped ? rawSql(` group by ${[...keys, `f.${part.unit}`].join(', ')}`) : rawSql('');
  const where = conditions.length ? sql` where ${joinSql(conditions, ' and ')}` : rawSql('');
  return sql`select ${rawSql(columns.join(', '))} from ${facts.sql} f ${joinSql(joins, ' ')}${where}${groupBy}`;
}

/**
 * One part's cells (keys, value, contributors, own) summed from the attendance cube: no per-participant
 * stage, the cube's cells already count each participant once (see rollups/attendance-cube.ts).
 */
function partFromCube(query: AggregateQuery, part: MeasurePart, choice: CubeChoice, withOwnership: boolean): SqlFragment {
  const keys = query.groupBy.map((dimension, index) => `${CUBE_DIMENSION_COLUMN[dimension]!} as k${index}`);
  const conditions: SqlFragment[] = [
    sql`f.programme_id = (select id from prog) and f.level = ${choice.level}::text and f.monthly = ${choice.monthly} and f.all_attributes = ${choice.allAttributes}`,
    ...filterConditions(query.filter, CUBE_FILTER_COLUMNS),
  ];
  const columns = [
    ...keys,
    ...(part.cube?.value ? [`${part.cube.value} as value`] : []),
    ...(part.cube?.contributors ? [`${part.cube.contributors} as contributors`] : []),
    ...(part.cube?.contributors && withOwnership ? ['bool_and(coalesce(f.partner_id = (select own_partner_id from prog), false)) as own'] : []),
    ...(part.cube?.contributors && query.recordKeys ? [`${keySumOf(part.cube.contributors)} as key_sum`] : []),
    ...(part.ratio && query.recordKeys
      ? [`${part.ratio.cube.numerator} as num`, `${part.ratio.cube.numeratorKey} as num_key`, `${part.ratio.cube.denominator} as den`]
      : []),
  ];
  const groupBy = keys.length ? rawSql(` group by ${keys.map((_, index) => String(index + 1)).join(', ')}`) : rawSql('');
  return sql`select ${rawSql(columns.join(', '))} from analytics_attendance_cube f where ${joinSql(conditions, ' and ')}${groupBy}`;
}

/**
 * The CTEs computing one aggregate's cells into `<prefix>cells` (k0…, value, contributors, own).
 * Reads the programme from a `prog` CTE the caller puts first (programmeCte).
 */
export function buildCellsCtes(query: AggregateQuery, prefix: string): { ctes: SqlFragment; cells: string } {
  const declaration = MEASURES[query.measure];
  const needs = factNeedsOf(query);
  const parts = declaration.parts(needs);
  const keys = keyNames(query.groupBy.length);
  const keyList = keys.join(', ');
  const ownership = query.ownPartnerCode !== null;
  const keyed = query.recordKeys === true;
  const registerCells =
    query.cubes !== false && declaration.registerCells && registerCubeAnswers(query.groupBy, query.filter, query.ownPartnerCode)
      ? declaration.registerCells
      : null;

  const partCtes = parts.map((part, index) => {
    const stageTwo = [
      ...keys,
      ...(part.value ? [`${part.value} as value`] : []),
      ...(part.contributors ? [`${part.contributors} as contributors`] : []),
      ...(part.contributors && ownership ? ['bool_and(own) as own'] : []),
      ...(part.contributors && keyed ? [`${keySumOf(part.contributors)} as key_sum`] : []),
      ...(part.ratio && keyed ? [`${part.ratio.numerator} as num`, `${keySumOf(part.ratio.numeratorContributors)} as num_key`, `${part.ratio.denominator} as den`] : []),
    ];
    const groupBy = keys.length ? ` group by ${keyList}` : '';
    const stageOne = partStageOne(query, part, ownership && Boolean(part.contributors));
    if (keyed && part.contributors && part.unit !== 'participant_id') throw new Error(`${query.measure}: contributors counted over ${part.unit}, not participants.`);
    // The record keys join the per-participant rows of stage one: the same rows the contributors count.
    const keyJoin = keyed && part.contributors ? rawSql(' join participant rk on rk.id = s1.unit') : rawSql('');
    const stages = sql`select ${rawSql(stageTwo.join(', '))} from (${stageOne}) s1${keyJoin}${rawSql(groupBy)}`;
    const name = rawSql(`${prefix}p${index}`);
    // The register cube while the programme's rollups are fresh (it is refreshed with them), else the stages.
    if (registerCells) return sql`${name} as (${freshOrBase(needs.rollups, partFromRegisterCube(query, registerCells), stages)})`;
    if (!(needs.cube && part.cube)) return sql`${name} as (${stages})`;
    // The cube while the programme's rollups are fresh, else the two stages (over the base tables then).
    // Unless the state is known, the freshness test gates each branch from above, so only one runs (and
    // an aggregate without keys still gives exactly one row).
    const cube = partFromCube(query, part, needs.cube, ownership && Boolean(part.contributors));
    return sql`${name} as (${freshOrBase(needs.rollups, cube, stages)})`;
  });

  const valuePart = parts.findIndex((part) => part.value);
  const contributorPart = parts.findIndex((part) => part.contributors);
  const from = parts
    .map((_, index) => `${prefix}p${index} p${index}`)
    .reduce((joined, next) => (keys.length ? `${joined} full join ${next} using (${keyList})` : `${joined} cross join ${next}`));
  const empty = declaration.emptyValue === null ? 'null' : '0';
  const cellColumns = [
    ...keys,
    `coalesce(p${valuePart}.value, ${empty})::float8 as value`,
    `coalesce(p${contributorPart}.contributors, 0)::int as contributors`,
    ownership ? `coalesce(p${contributorPart}.own, true) as own` : 'true as own',
    ...(keyed ? [`coalesce(mod(p${contributorPart}.key_sum, ${RECORD_KEY_MODULUS_SQL}), 0)::float8 as key_sum`] : []),
    ...(keyed && parts[valuePart]!.ratio
      ? [`p${valuePart}.num::float8 as num`, `coalesce(mod(p${valuePart}.num_key, ${RECORD_KEY_MODULUS_SQL}), 0)::float8 as num_key`, `p${valuePart}.den::float8 as den`]
      : []),
  ];
  const cells = `${prefix}cells`;
  const cellsCte = rawSql(`${cells} as (select ${cellColumns.join(', ')} from ${from})`);
  return { ctes: joinSql([...partCtes, cellsCte], ',\n'), cells };
}

/**
 * The `prog` CTE: the programme by code, its data version and whether its rollups are fresh (read in
 * the statement's own snapshot: the version of the very data it answers from), and (for a PARTNER viewer)
 * the viewer's partner in it and whether that partner is the leader (who keeps the register).
 */
export function programmeCte(programmeCode: string, ownPartnerCode: string | null): SqlFragment {
  return sql`prog as (select pr.id, pr.start_date, pr.end_date,
      coalesce(not st.dirty, false) as fresh,
      st.version::text as data_version,
      (select pt.id from partner pt where pt.programme_id = pr.id and pt.code = ${ownPartnerCode}::text) as own_partner_id,
      coalesce((select pt.role = 'LEADER' from partner pt where pt.programme_id = pr.id and pt.code = ${ownPartnerCode}::text), false) as own_is_leader,
      -- JSON text, not a text[]: the aggregate statement repeats it on every cell row, and the driver
      -- parses an array column on every row (a third of the client's time on a 2,000-row answer).
      (select coalesce(json_agg(sk.code order by sk.position), '[]')::text from support_kind sk where sk.programme_id = pr.id) as support_kinds
    from programme pr left join analytics_rollup_state st on st.programme_id = pr.id
    where pr.code = ${programmeCode})`;
}

/** A row of the aggregate statement: the programme's period, then one cell (or none: has_cell null). */
export interface AggregateStatementRow {
  start_date: string;
  end_date: string;
  /** The programme's support kind codes as a JSON array (parsed once, from the first row): what a supportKinds filter may name. */
  support_kinds: string;
  /** The programme's data version and rollup freshness in the statement's snapshot (null: no state row yet). */
  data_version: string | null;
  fresh: boolean;
  has_cell: boolean | null;
  value: number | null;
  contributors: number | null;
  own: boolean | null;
  /** With maxCells: the cells found (before MONTH gaps), the first and last month among them, and the distinct combinations of the other keys. */
  cell_rows?: number;
  first_month?: string | null;
  last_month?: string | null;
  combinations?: number;
  /** With recordKeys: the contributors' key sum mod 2^32, and a rate's numerator and denominator. */
  key_sum?: number | null;
  num?: number | null;
  num_key?: number | null;
  den?: number | null;
  [column: `code_${number}` | `label_${number}` | `ord_${number}`]: string | number | null;
}

/**
 * The whole `aggregate` as ONE statement: the programme (a row even when there are no cells, none when
 * the code is unknown), every cell with its keys' codes, database labels and sort order.
 */
export function buildAggregateStatement(programmeCode: string, query: AggregateQuery): SqlFragment {
  const { ctes, cells } = buildCellsCtes(query, 'q_');
  const labelColumns: string[] = [];
  const labelJoins: string[] = [];
  query.groupBy.forEach((dimension, index) => {
    const table = DIMENSIONS[dimension].labelTable;
    if (table) {
      labelJoins.push(`left join ${table} l${index} on l${index}.id = c.k${index}`);
      labelColumns.push(`l${index}.code as code_${index}`, `l${index}.name as label_${index}`, `l${index}.id as ord_${index}`);
    } else if (dimension === Dimension.SUPPORT_KIND) {
      // The programme's own kinds and labels; a code it no longer defines still shows, by its code.
      labelJoins.push(`left join support_kind l${index} on l${index}.programme_id = prog.id and l${index}.code = c.k${index}`);
      labelColumns.push(`c.k${index}::text as code_${index}`, `l${index}.name_pl as label_${index}`, `l${index}.position as ord_${index}`);
    } else if (dimension === Dimension.MONTH) {
      labelColumns.push(`to_char(c.k${index}, 'YYYY-MM') as code_${index}`, `null as label_${index}`, `null as ord_${index}`);
    } else {
      labelColumns.push(`c.k${index}::text as code_${index}`, `null as label_${index}`, `null as ord_${index}`);
    }
  });
  const select = [
    'prog.start_date::text as start_date',
    'prog.end_date::text as end_date',
    'prog.support_kinds',
    'prog.data_version',
    'prog.fresh',
    'c.has_cell',
    ...labelColumns,
    'c.value',
    'c.contributors',
    'c.own',
    ...(query.recordKeys ? ['c.key_sum'] : []),
    ...(query.recordKeys && MEASURES[query.measure].perturbation === 'rate' ? ['c.num', 'c.num_key', 'c.den'] : []),
  ].join(', ');
  if (query.maxCells === undefined) {
    return sql`with ${programmeCte(programmeCode, query.ownPartnerCode)},
${ctes}
select ${rawSql(select)} from prog left join (select true as has_cell, * from ${rawSql(cells)}) c on true ${rawSql(labelJoins.join(' '))}`;
  }
  const monthIndex = query.groupBy.indexOf(Dimension.MONTH);
  const month = (aggregate: string) => (monthIndex === -1 ? 'null::text' : `to_char(${aggregate}(k${monthIndex}), 'YYYY-MM')`);
  const others = keyNames(query.groupBy.length).filter((_, index) => index !== monthIndex);
  const stats = rawSql(
    `stats as (select count(*)::int as cell_rows, ${month('min')} as first_month, ${month('max')} as last_month, ` +
      `(select count(*) from (select distinct ${others.length ? others.join(', ') : '1'} from ${cells}) d)::int as combinations from ${cells})`,
  );
  return sql`with ${programmeCte(programmeCode, query.ownPartnerCode)},
${ctes},
${stats}
select ${rawSql(select)}, stats.cell_rows, stats.first_month, stats.last_month, stats.combinations
from prog cross join stats left join (select true as has_cell, * from ${rawSql(cells)} where (select cell_rows from stats) <= ${query.maxCells}::int) c on true ${rawSql(labelJoins.join(' '))}`;
}

import { ACTIVITY_FILTER_FIELDS, hasAny, type NormalisedFilter } from '../analytics-filter.js';
import { rawSql, sql, type SqlFragment } from '../../database/sql-fragment.js';
import { Dimension } from '../semantic/dimension.js';
import { AGE_BAND_SQL, EDUCATION_SQL } from '../semantic/dimensions.js';

/**
 * The register cube (`analytics_register_cube`, migration …AnalyticsRegisterCube): participants counted
 * per cell of their attributes, exit reason, whether they hold a certificate and which result types they
 * have. A participant is in exactly one cell, so every count of participants that depends only on
 * those (the register measures over the whole programme) is a sum of cells, exactly. The per-participant
 * rows (`analytics_register_p`) say which cell each participant is in, so a change is applied as a
 * difference: the changed participants' old cells lose them, their new cells gain them.
 */

/** The columns naming a cell, in table order. */
const CELL_COLUMNS = ['sex', 'age_band', 'labour_status', 'education', 'exit_reason', 'certified', 'result_types'] as const;
const CELLS = CELL_COLUMNS.join(', ');

/** Dimensions a register cube cell carries (the participant attributes). */
const REGISTER_DIMENSIONS: ReadonlySet<Dimension> = new Set([Dimension.SEX, Dimension.AGE_BAND, Dimension.LABOUR_STATUS, Dimension.EDUCATION]);

/**
 * True when the register cube answers a register measure's question exactly: no activity (filter, key
 * or PARTNER ownership, which the register rows do not carry), no period (cells are whole-programme),
 * no support kinds, and keys among the participant attributes. Result types filter through each
 * cell's set of them (`result_types && …`: the participant has one of them).
 */
export function registerCubeAnswers(groupBy: readonly Dimension[], filter: NormalisedFilter, ownPartnerCode: string | null): boolean {
  return (
    ownPartnerCode === null &&
    !filter.from &&
    !filter.to &&
    !filter.supportKinds &&
    !hasAny(filter, ACTIVITY_FILTER_FIELDS) &&
    groupBy.every((dimension) => REGISTER_DIMENSIONS.has(dimension))
  );
}

/** Per-participant register rows (in analytics_register_p column order) from the base tables. */
function registerRowsFromBase(programmeId: SqlFragment, participants?: SqlFragment): SqlFragment {
  return sql`select p.programme_id, p.id, p.record_key, p.sex, ${rawSql(AGE_BAND_SQL)}, p.labour_status, ${rawSql(EDUCATION_SQL)}, p.exit_reason,
      exists (select 1 from exam_result e where e.participant_id = p.id and e.passed and e.programme_id = p.programme_id),
      coalesce((select array_agg(distinct r.type order by r.type) from participant_result r where r.participant_id = p.id), '{}')
    from participant p where p.programme_id = ${programmeId}${participants ? sql` and p.id = any(${participants})` : rawSql('')}`;
}

const P_COLUMNS = `programme_id, participant_id, record_key, ${CELLS}`;

/** Statements rebuilding a programme's register rows and cube from the base tables. */
export function registerRebuildStatements(programmeId: SqlFragment): SqlFragment[] {
  return [
    sql`delete from analytics_register_p where programme_id = ${programmeId}`,
    sql`insert into analytics_register_p (${rawSql(P_COLUMNS)}) ${registerRowsFromBase(programmeId)}`,
    sql`delete from analytics_register_cube where programme_id = ${programmeId}`,
    sql`insert into analytics_register_cube (programme_id, ${rawSql(CELLS)}, participants, participants_key)
      select programme_id, ${rawSql(CELLS)}, count(*), sum(record_key) from analytics_register_p where programme_id = ${programmeId}
      group by programme_id, ${rawSql(CELLS)}`,
  ];
}

/** The table collecting an incremental refresh's signed contributions (dropped before the transaction ends). */
const DELTA_TABLE = 'analytics_register_delta';

/**
 * Statements applying the changes of some participants (`participants`, an int[] fragment) to the
 * programme's register rows and cube: their old rows' cells lose them, their rows are recomputed from
 * the base tables (a deleted participant has none), the new rows' cells gain them, and cells left with
 * no participant go.
 */
export function incrementalRegisterStatements(programmeId: SqlFragment, participants: SqlFragment): SqlFragment[] {
  const mine = sql`programme_id = ${programmeId} and participant_id = any(${participants})`;
  return [
    sql`create temp table ${rawSql(DELTA_TABLE)} on commit drop as
      select ${rawSql(CELLS)}, -1 as participants, -record_key as participants_key from analytics_register_p where ${mine}`,
    sql`delete from analytics_register_p where ${mine}`,
    sql`insert into analytics_register_p (${rawSql(P_COLUMNS)}) ${registerRowsFromBase(programmeId, participants)}`,
    sql`insert into ${rawSql(DELTA_TABLE)} select ${rawSql(CELLS)}, 1, record_key from analytics_register_p where ${mine}`,
    sql`insert into analytics_register_cube as c (programme_id, ${rawSql(CELLS)}, participants, participants_key)
      select ${programmeId}, ${rawSql(CELLS)}, sum(participants), sum(participants_key) from ${rawSql(DELTA_TABLE)} group by ${rawSql(CELLS)}
      on conflict on constraint analytics_register_cube_cell_unique
      do update set participants = c.participants + excluded.participants, participants_key = c.participants_key + excluded.participants_key`,
    sql`delete from analytics_register_cube where programme_id = ${programmeId} and participants = 0`,
    rawSql(`drop table ${DELTA_TABLE}`),
  ];
}

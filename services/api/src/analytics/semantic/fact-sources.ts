import { rawSql, sql, type SqlFragment } from '../../database/sql-fragment.js';
import type { CubeChoice } from '../rollups/attendance-cube.js';
import { attendanceRollupFor, attendanceRollupFromBase, type RollupGrain } from '../rollups/attendance-rollups.js';

/**
 * Fact sources: where each measure's rows come from. Every source yields rows with the same
 * columns, so the SQL builder never needs to know which table it reads:
 * - `participant_id` — the contributing participant (absent only for the bare session list);
 * - `activity_id` — the activity the row belongs to (when `hasActivity`);
 * - `fact_date` — the measure's own date ("month"); a month's first day when read from a monthly rollup;
 * - family columns: `records`, `present`, `present_minutes`, `session_id`, `result_type`, `support_kind`,
 *   `quantity`, `hours`.
 * SQL refers to the query's programme through the `prog` CTE (see sql/aggregate-sql.ts).
 */

/** The programme's id, read from the statement's `prog` CTE. */
export const PROGRAMME_ID = rawSql('(select id from prog)');
/** True while the programme's rollups match the base tables (analytics_rollup_state). */
const ROLLUPS_FRESH = rawSql('(select fresh from prog)');

/**
 * Whether the programme's rollups were fresh when the request read its data version: 'FRESH' or
 * 'DIRTY' lets a statement name only the source that will answer (PostgreSQL then neither plans nor
 * sets up the other branch, a quarter of a 2,000-row cube read); 'UNKNOWN' keeps both, gated on the
 * state the statement itself sees. Either way the answer is exact: rollups only become stale by a
 * write that also raises the data version, so an answer read from them belongs to the version read
 * (or a later one), which is what the answer cache keys it by.
 */
export type RollupState = 'FRESH' | 'DIRTY' | 'UNKNOWN';

/**
 * `rollup` while the rollups are fresh, else `base` (the same rows computed from the base tables): one
 * branch when the state is known, else both behind the freshness test (evaluated once).
 */
export function freshOrBase(state: RollupState, rollup: SqlFragment, base: SqlFragment): SqlFragment {
  if (state === 'FRESH') return rollup;
  if (state === 'DIRTY') return base;
  return sql`select * from (${rollup}) r where ${ROLLUPS_FRESH}
      union all select * from (${base}) b where not ${ROLLUPS_FRESH}`;
}

/** What a query asks of its facts; it decides which source (base table or rollup) can answer. */
export interface FactNeeds {
  /** Activity-side filters or keys: facts must carry their activity. */
  activity: boolean;
  /** PARTNER viewer: facts that have an activity must carry it to tell own cells from others'. */
  ownership: boolean;
  /** MONTH in groupBy, or from/to on whole months: a monthly rollup will do. */
  month: boolean;
  /** from/to falling inside a month: only rows with their exact dates will do. */
  exactDate: boolean;
  /** Participant filters or keys (attributes, results, support received). */
  participantSide: boolean;
  /** The attendance cube that answers the query exactly, if one does (rollups/attendance-cube.ts). */
  cube: CubeChoice | null;
  /** The programme's rollups as the request found them. */
  rollups: RollupState;
}

/** A chosen source for one part of a measure. */
export interface FactSelection {
  /** A parenthesised subquery; the builder aliases it `f`. */
  sql: SqlFragment;
  hasActivity: boolean;
  hasParticipant: boolean;
  /**
   * Grain columns which, with the part's unit (participant or session), make a row unique; null when
   * rows may repeat. When the query groups by all of them, the first aggregation stage is skipped.
   */
  uniqueBy: readonly RollupGrain[] | null;
}

/** Attendance rows one by one, with exact dates and sessions: the most general (and slowest) source. */
export function rawAttendanceFacts(): FactSelection {
  return {
    sql: sql`(select at.participant_id, s.activity_id, s.date as fact_date, at.session_id,
        1 as records, (at.status = 'PRESENT')::int as present,
        case when at.status = 'PRESENT' then s.minutes else 0 end as present_minutes
      from attendance at
      join session s on s.id = at.session_id
      join activity a0 on a0.id = s.activity_id
      where a0.programme_id = ${PROGRAMME_ID})`,
    hasActivity: true,
    hasParticipant: true,
    uniqueBy: null,
  };
}

/**
 * Attendance summed per participant at the smallest rollup grain the query needs. While the
 * programme's rollups are being rebuilt (dirty), the same rows are computed from the base tables;
 * PostgreSQL evaluates the freshness test once and runs only one branch.
 */
export function attendanceFacts(needs: FactNeeds): FactSelection {
  if (needs.exactDate) return rawAttendanceFacts();
  const rollup = attendanceRollupFor({ activity: needs.activity || needs.ownership, month: needs.month });
  const grainSelect = rollup.grain.map((column) => (column === 'activity' ? 'activity_id' : 'month as fact_date'));
  const columns = rawSql(['participant_id', ...grainSelect, 'records', 'present', 'present_minutes'].join(', '));
  return {
    sql: sql`(${freshOrBase(
      needs.rollups,
      sql`select ${columns} from ${rawSql(rollup.table)} where programme_id = ${PROGRAMME_ID}`,
      sql`select ${columns} from (${attendanceRollupFromBase(rollup, PROGRAMME_ID)}) base`,
    )})`,
    hasActivity: rollup.grain.includes('activity'),
    hasParticipant: true,
    uniqueBy: rollup.grain,
  };
}

/** Sessions of the programme, one row each (unit: session). */
export function sessionFacts(): FactSelection {
  return {
    sql: sql`(select s.id as session_id, s.activity_id, s.date as fact_date
      from session s join activity a0 on a0.id = s.activity_id
      where a0.programme_id = ${PROGRAMME_ID})`,
    hasActivity: true,
    hasParticipant: false,
    uniqueBy: [],
  };
}

/**
 * Distinct (participant, activity) pairs with at least one attendance record (any status): how
 * participant-level facts (register, results) reach activities.
 */
function participantActivityBridge(state: RollupState): SqlFragment {
  return sql`(${freshOrBase(
    state,
    sql`select participant_id, activity_id from analytics_attendance_pa where programme_id = ${PROGRAMME_ID}`,
    sql`select distinct at.participant_id, s.activity_id
      from attendance at join session s on s.id = at.session_id join activity a0 on a0.id = s.activity_id
      where a0.programme_id = ${PROGRAMME_ID}`,
  )})`;
}

/**
 * Registered participants, one row each (or one per attended activity when the query restricts or
 * groups by activity), dated by `dateColumn` and limited by `condition` (trusted SQL on `p0`).
 */
export function registerFacts(needs: FactNeeds, options: { dateColumn: string; condition?: string }): FactSelection {
  const bridged = needs.activity;
  const condition = options.condition ? rawSql(` and ${options.condition}`) : rawSql('');
  return {
    sql: sql`(select p0.id as participant_id, ${rawSql(bridged ? 'b.activity_id, ' : '')}p0.${rawSql(options.dateColumn)} as fact_date
      from participant p0 ${bridged ? sql`join ${participantActivityBridge(needs.rollups)} b on b.participant_id = p0.id` : rawSql('')}
      where p0.programme_id = ${PROGRAMME_ID}${condition})`,
    hasActivity: bridged,
    hasParticipant: true,
    uniqueBy: bridged ? ['activity'] : [],
  };
}

/** Results recorded at or after exit (bridged to attended activities like the register). */
export function resultFacts(needs: FactNeeds): FactSelection {
  const bridged = needs.activity;
  return {
    sql: sql`(select r.participant_id, ${rawSql(bridged ? 'b.activity_id, ' : '')}r.date as fact_date, r.type as result_type
      from participant_result r join participant p0 on p0.id = r.participant_id
      ${bridged ? sql`join ${participantActivityBridge(needs.rollups)} b on b.participant_id = r.participant_id` : rawSql('')}
      where p0.programme_id = ${PROGRAMME_ID})`,
    hasActivity: bridged,
    hasParticipant: true,
    uniqueBy: null,
  };
}

/** Passed exams: certificates. */
export function certificateFacts(): FactSelection {
  return {
    sql: sql`(select e.participant_id, e.activity_id, e.exam_date as fact_date
      from exam_result e where e.passed and e.programme_id = ${PROGRAMME_ID})`,
    hasActivity: true,
    hasParticipant: true,
    uniqueBy: null,
  };
}

/** Days of childcare for participants' children. */
export function childcareFacts(): FactSelection {
  return {
    sql: sql`(select c.participant_id, c.activity_id, c.date as fact_date, c.hours
      from childcare c join participant p0 on p0.id = c.participant_id
      where p0.programme_id = ${PROGRAMME_ID})`,
    hasActivity: true,
    hasParticipant: true,
    uniqueBy: null,
  };
}

/** Material support given. */
export function supportFacts(): FactSelection {
  return {
    sql: sql`(select si.participant_id, si.activity_id, si.date as fact_date, si.kind as support_kind, si.quantity
      from support_item si join participant p0 on p0.id = si.participant_id
      where p0.programme_id = ${PROGRAMME_ID})`,
    hasActivity: true,
    hasParticipant: true,
    uniqueBy: null,
  };
}

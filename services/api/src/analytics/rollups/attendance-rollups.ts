import { rawSql, sql, type SqlFragment } from '../../database/sql-fragment.js';

/** A grain column of an attendance rollup, besides the participant every rollup keeps. */
export type RollupGrain = 'activity' | 'month';

/** One pre-aggregated attendance table: present/records/hours summed per participant at its grain. */
export interface AttendanceRollup {
  table: string;
  grain: readonly RollupGrain[];
}

/**
 * Smallest first: the query planner (semantic/fact-sources.ts) takes the first whose grain covers what
 * the query needs. Participant is in every grain because cells count distinct participants.
 */
export const ATTENDANCE_ROLLUPS: readonly AttendanceRollup[] = [
  { table: 'analytics_attendance_p', grain: [] },
  { table: 'analytics_attendance_pm', grain: ['month'] },
  { table: 'analytics_attendance_pa', grain: ['activity'] },
  { table: 'analytics_attendance_pam', grain: ['activity', 'month'] },
];

/** The rollup for a need: the smallest one holding every grain column asked for. */
export function attendanceRollupFor(needs: { activity: boolean; month: boolean }): AttendanceRollup {
  const rollup = ATTENDANCE_ROLLUPS.find(
    (candidate) => (!needs.activity || candidate.grain.includes('activity')) && (!needs.month || candidate.grain.includes('month')),
  );
  if (!rollup) throw new Error('No attendance rollup covers the query (the list must end with the finest grain).');
  return rollup;
}

/** The grain columns as the rollup tables name them. */
function grainColumns(grain: readonly RollupGrain[]): string[] {
  return grain.map((column) => (column === 'activity' ? 'activity_id' : 'month'));
}

/**
 * The rollup's rows computed from the base tables for one programme, in the rollup's column order
 * (programme_id, grain…, participant_id, records, present, present_minutes): every per-participant
 * aggregate of attendance is defined here, for the full rebuild and the incremental refresh alike (a
 * new aggregate column goes here, in `attendanceRollupFromFinest` and in the table). `participants`
 * limits it to those participants' rows (an int[] fragment). A query reads it directly while the
 * programme's rollups are dirty (never a stale answer).
 */
export function attendanceRollupFromBase(rollup: AttendanceRollup, programmeId: SqlFragment, participants?: SqlFragment): SqlFragment {
  const grainSelect = rollup.grain.map((column) =>
    column === 'activity' ? 's.activity_id' : `date_trunc('month', s.date)::date as month`,
  );
  const groupCount = 2 + grainSelect.length;
  return sql`select a0.programme_id, ${rawSql([...grainSelect, 'at.participant_id'].join(', '))},
      count(*)::int as records,
      (count(*) filter (where at.status = 'PRESENT'))::int as present,
      coalesce(sum(s.minutes) filter (where at.status = 'PRESENT'), 0)::numeric(16,4) as present_minutes
    from attendance at
    join session s on s.id = at.session_id
    join activity a0 on a0.id = s.activity_id
    where a0.programme_id = ${programmeId}${participants ? sql` and at.participant_id = any(${participants})` : rawSql('')}
    group by ${rawSql(Array.from({ length: groupCount }, (_, index) => String(index + 1)).join(', '))}`;
}

/** A coarser rollup summed from the finest one (much cheaper than from the base tables), optionally for some participants only. */
export function attendanceRollupFromFinest(rollup: AttendanceRollup, programmeId: SqlFragment, participants?: SqlFragment): SqlFragment {
  const columns = grainColumns(rollup.grain);
  const keys = ['programme_id', ...columns, 'participant_id'].join(', ');
  return sql`select ${rawSql(keys)}, sum(records)::int, sum(present)::int, sum(present_minutes)::numeric(16,4)
    from analytics_attendance_pam where programme_id = ${programmeId}${participants ? sql` and participant_id = any(${participants})` : rawSql('')}
    group by ${rawSql(keys)}`;
}

/** Column list of a rollup table, for inserts. */
export function attendanceRollupColumns(rollup: AttendanceRollup): string {
  return ['programme_id', ...grainColumns(rollup.grain), 'participant_id', 'records', 'present', 'present_minutes'].join(', ');
}

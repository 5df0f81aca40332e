import type { EntityManager } from '@mikro-orm/postgresql';
import { lockForTransaction } from '../../database/advisory-locks.js';
import { inBulkMode } from '../../database/bulk-mode.js';
import { rawSql, runSql, sql, sqlArray, type SqlFragment } from '../../database/sql-fragment.js';
import { cubeRebuildStatements, incrementalCubeStatements, type CubeCells } from './attendance-cube.js';
import { incrementalRegisterStatements, registerRebuildStatements } from './register-cube.js';
import {
  ATTENDANCE_ROLLUPS,
  attendanceRollupColumns,
  attendanceRollupFromBase,
  attendanceRollupFromFinest,
} from './attendance-rollups.js';

/**
 * Above this share of a programme's participants pending, rebuilding everything is cheaper than
 * rewriting their rows one participant set at a time (a city-scale file touches nearly everyone).
 */
const DEFAULT_REBUILD_SHARE = 0.25;

export interface RollupRefreshSummary {
  /** False when the programme's rollups were already fresh and nothing was done. */
  refreshed: boolean;
  /** What was done: nothing, the pending participants' rows and cells, or the whole programme. */
  mode: 'FRESH' | 'INCREMENTAL' | 'REBUILD';
  /** Participants whose rollup rows were recomputed (every one of the programme's on a rebuild: -1). */
  participants: number;
  /** Rows in the finest rollup after a rebuild (-1 otherwise: counting them costs a scan). */
  rows: number;
  /** The register cube: untouched, the pending participants' cells corrected, or rebuilt. */
  register: 'FRESH' | 'INCREMENTAL' | 'REBUILD';
  /** Participants moved between register cube cells (-1 on a rebuild). */
  registerParticipants: number;
}

/**
 * Brings one programme's analytics rollups and cubes in line with its base tables, inside the caller's
 * transaction (pass the writer's EntityManager: readers then never see new rows without their
 * rollups, and never wait, as they keep reading the last committed rollups meanwhile).
 *
 * Triggers (migration …AnalyticsIncremental) record which participants a write changed. Only their
 * rollup rows are recomputed from the base tables (every rollup row is one participant's), then only
 * the cube cells those rows fall in, before and after, each whole — so distinct-participant counts stay
 * exact. The register cube (register-cube.ts) is kept the same way, by the participants whose register,
 * exam or result rows changed (their own pending list). A full rebuild happens when forced (`hub analytics rebuild`, restore), when the extent of a
 * change is unknown (TRUNCATE, rollups older than the triggers) or when most participants changed.
 * Until this runs the programme is marked dirty and queries read the base tables: exact, only slower.
 */
export async function refreshAnalyticsRollups(
  em: EntityManager,
  options: {
    programmeId: number;
    /** Rebuild everything whatever changed (repair, restore). */
    force?: boolean;
    /** Share of the programme's participants pending above which it rebuilds (tests pass 1 to exercise the incremental path on small data). */
    rebuildShare?: number;
  },
): Promise<RollupRefreshSummary> {
  const programmeId = sql`${options.programmeId}::int`;
  // Two refreshes of one programme at once would write over each other; the lock queues them.
  await lockForTransaction(em, 'rollupRefresh', options.programmeId);
  // The state row is locked before the pending rows are read: a writer still open has either locked
  // it already (this waits for its commit and then sees its rows) or will set it dirty again after
  // this commits (its rows, invisible here, stay pending).
  const [state] = await runSql<{ dirty: boolean; needs_rebuild: boolean }>(
    em,
    sql`select dirty, needs_rebuild from analytics_rollup_state where programme_id = ${programmeId} for update`,
  );
  if (!options.force && state && !state.dirty) return { refreshed: false, mode: 'FRESH', participants: 0, rows: -1, register: 'FRESH', registerParticipants: 0 };

  const pending = await runSql<{ participant_id: number }>(em, sql`select participant_id from analytics_rollup_pending where programme_id = ${programmeId}`);
  const movedKeys = await runSql<{ partner_id: number; task_id: number; kind: string }>(
    em,
    sql`select partner_id, task_id, kind from analytics_rollup_pending_keys where programme_id = ${programmeId}`,
  );
  const registerPending = await runSql<{ participant_id: number }>(
    em,
    sql`select participant_id from analytics_register_pending where programme_id = ${programmeId}`,
  );
  const rebuildShare = options.rebuildShare ?? DEFAULT_REBUILD_SHARE;
  // Counted once, and only when a share is to be compared with it.
  let programmeSize: number | undefined;
  const overShare = async (count: number) => count > rebuildShare * (programmeSize ??= await participantCount(em, programmeId));
  const rebuildAll = Boolean(options.force || !state || state.needs_rebuild);
  let summary: Omit<RollupRefreshSummary, 'register' | 'registerParticipants'>;
  if (rebuildAll || (await overShare(pending.length))) {
    summary = { refreshed: true, mode: 'REBUILD', participants: -1, rows: await rebuild(em, programmeId) };
  } else {
    const participants = pending.map((row) => row.participant_id);
    if (participants.length || movedKeys.length) await refreshParticipants(em, programmeId, participants, movedKeys);
    summary = { refreshed: true, mode: 'INCREMENTAL', participants: participants.length, rows: -1 };
  }
  // The register cube on its own terms: a file of participants changes the register, not attendance.
  let register: RollupRefreshSummary['register'] = 'FRESH';
  if (rebuildAll || (await overShare(registerPending.length))) {
    for (const statement of registerRebuildStatements(programmeId)) await runSql(em, statement);
    register = 'REBUILD';
  } else if (registerPending.length) {
    const changed = sqlArray(registerPending.map((row) => row.participant_id), 'int');
    for (const statement of incrementalRegisterStatements(programmeId, changed)) await runSql(em, statement);
    register = 'INCREMENTAL';
  }
  // Only what this refresh saw: a writer still open keeps its rows (see the lock above).
  await runSql(em, sql`delete from analytics_rollup_pending where programme_id = ${programmeId}`);
  await runSql(em, sql`delete from analytics_rollup_pending_keys where programme_id = ${programmeId}`);
  await runSql(em, sql`delete from analytics_register_pending where programme_id = ${programmeId}`);
  await runSql(
    em,
    // A new version too: answers now come from the rollups rather than the base tables.
    sql`insert into analytics_rollup_state (programme_id, dirty, needs_rebuild, refreshed_at) values (${programmeId}, false, false, now())
      on conflict (programme_id) do update set dirty = false, needs_rebuild = false, refreshed_at = now(), version = analytics_rollup_state.version + 1`,
  );
  return { ...summary, register, registerParticipants: register === 'REBUILD' ? -1 : registerPending.length };
}

async function participantCount(em: EntityManager, programmeId: SqlFragment): Promise<number> {
  const [row] = await runSql<{ count: number }>(em, sql`select count(*)::int as count from participant where programme_id = ${programmeId}`);
  return row?.count ?? 0;
}

/** Every rollup and cube of the programme from the base tables; returns the finest rollup's row count. */
async function rebuild(em: EntityManager, programmeId: SqlFragment): Promise<number> {
  // The rebuild hashes ~2M rows into ~0.5M groups: with the server's default work_mem it spills to disk.
  await runSql(em, sql`set local work_mem = '128MB'`);
  // Every row inserted below is derived from the programme's own rows, in this transaction: the per-row
  // foreign-key triggers of the rollup tables would only re-check a known id (a third of the time).
  const finest = ATTENDANCE_ROLLUPS.at(-1)!;
  await inBulkMode(em, async () => {
    for (const rollup of ATTENDANCE_ROLLUPS) {
      await runSql(em, sql`delete from ${rawSql(rollup.table)} where programme_id = ${programmeId}`);
    }
    await runSql(em, sql`insert into ${rawSql(finest.table)} (${rawSql(attendanceRollupColumns(finest))}) ${attendanceRollupFromBase(finest, programmeId)}`);
    for (const rollup of ATTENDANCE_ROLLUPS.slice(0, -1)) {
      await runSql(em, sql`insert into ${rawSql(rollup.table)} (${rawSql(attendanceRollupColumns(rollup))}) ${attendanceRollupFromFinest(rollup, programmeId)}`);
    }
    for (const statement of cubeRebuildStatements(programmeId)) await runSql(em, statement);
  });
  const [count] = await runSql<{ rows: number }>(em, sql`select count(*)::int as rows from ${rawSql(finest.table)} where programme_id = ${programmeId}`);
  return count?.rows ?? 0;
}

/** The activities and months a set of participants has rows in (finest rollup). */
async function rowsOf(em: EntityManager, programmeId: SqlFragment, participants: SqlFragment): Promise<{ activities: number[]; months: string[] }> {
  const [row] = await runSql<{ activities: number[]; months: string[] }>(
    em,
    sql`select coalesce(array_agg(distinct activity_id), '{}') as activities,
        coalesce(array_agg(distinct to_char(month, 'YYYY-MM-DD')), '{}') as months
      from analytics_attendance_pam where programme_id = ${programmeId} and participant_id = any(${participants})`,
  );
  return row ?? { activities: [], months: [] };
}

/**
 * Recomputes the given participants' rows of every rollup from the base tables, and corrects the cube
 * cells by their contributions: the old ones (from their old rollup rows, with the attributes and
 * activity keys of the last refresh) taken back, the new ones added. Cells whose partner may have
 * changed — those any old or new row falls in, and those an activity left when its keys moved — get
 * it worked out anew.
 */
async function refreshParticipants(
  em: EntityManager,
  programmeId: SqlFragment,
  participantIds: readonly number[],
  movedKeys: readonly { partner_id: number; task_id: number; kind: string }[],
): Promise<void> {
  const participants = sqlArray(participantIds, 'int');
  const before = await rowsOf(em, programmeId, participants);
  for (const statement of incrementalCubeStatements.before(programmeId, participants)) await runSql(em, statement);
  for (const rollup of ATTENDANCE_ROLLUPS) {
    await runSql(em, sql`delete from ${rawSql(rollup.table)} where programme_id = ${programmeId} and participant_id = any(${participants})`);
  }
  const finest = ATTENDANCE_ROLLUPS.at(-1)!;
  await runSql(
    em,
    sql`insert into ${rawSql(finest.table)} (${rawSql(attendanceRollupColumns(finest))}) ${attendanceRollupFromBase(finest, programmeId, participants)}`,
  );
  for (const rollup of ATTENDANCE_ROLLUPS.slice(0, -1)) {
    await runSql(
      em,
      sql`insert into ${rawSql(rollup.table)} (${rawSql(attendanceRollupColumns(rollup))}) ${attendanceRollupFromFinest(rollup, programmeId, participants)}`,
    );
  }
  const after = await rowsOf(em, programmeId, participants);

  const activities = [...new Set([...before.activities, ...after.activities])];
  // Keys of activities that are gone (deleted with their attendance) come from movedKeys.
  const [keys] = await runSql<{ partners: number[]; tasks: number[]; kinds: string[] }>(
    em,
    sql`select coalesce(array_agg(distinct partner_id), '{}') as partners, coalesce(array_agg(distinct task_id), '{}') as tasks,
        coalesce(array_agg(distinct kind), '{}') as kinds
      from activity where id = any(${sqlArray(activities, 'int')})`,
  );
  const cells: CubeCells = {
    activities,
    partners: [...new Set([...(keys?.partners ?? []), ...movedKeys.map((row) => row.partner_id)])],
    tasks: [...new Set([...(keys?.tasks ?? []), ...movedKeys.map((row) => row.task_id)])],
    kinds: [...new Set([...(keys?.kinds ?? []), ...movedKeys.map((row) => row.kind)])],
    months: [...new Set([...before.months, ...after.months])],
  };
  for (const statement of incrementalCubeStatements.after(programmeId, participants, cells)) await runSql(em, statement);
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { rawSql, runSql, sql } from '../../database/sql-fragment.js';
import { cubeRefreshStatements } from './attendance-cube.js';
import {
  ATTENDANCE_ROLLUPS,
  attendanceRollupColumns,
  attendanceRollupFromBase,
  attendanceRollupFromFinest,
} from './attendance-rollups.js';

/** Advisory-lock namespace of rollup refreshes (an arbitrary constant: "RZAN"). */
const ROLLUP_LOCK_NAMESPACE = 0x525a414e;

export interface RollupRefreshSummary {
  /** False when the programme's rollups were already fresh and nothing was done. */
  refreshed: boolean;
  /** Rows in the finest rollup after the refresh. */
  rows: number;
}

/**
 * Brings one programme's analytics rollups in line with its base tables, inside the caller's
 * transaction (pass the import transaction's EntityManager: readers then never see new rows without
 * their rollups). Triggers mark a programme dirty whenever attendance or sessions change; a clean
 * programme costs one lookup here. A dirty one is rebuilt: the finest rollup from the base tables
 * (most of the time, for 2M attendance rows), the coarser ones from it, then the attendance cubes
 * (attendance-cube.ts) from those. Until this runs, queries read the base tables instead, so answers
 * are exact either way — only slower.
 */
export async function refreshAnalyticsRollups(
  em: EntityManager,
  options: { programmeId: number; force?: boolean },
): Promise<RollupRefreshSummary> {
  const programmeId = sql`${options.programmeId}::int`;
  // Two imports of one programme at once would rebuild over each other; the lock queues them.
  await runSql(em, sql`select pg_advisory_xact_lock(${ROLLUP_LOCK_NAMESPACE}, ${options.programmeId}::int)`);
  if (!options.force) {
    const [state] = await runSql<{ dirty: boolean }>(em, sql`select dirty from analytics_rollup_state where programme_id = ${programmeId}`);
    if (state && !state.dirty) return { refreshed: false, rows: -1 };
  }
  // The rebuild hashes ~2M rows into ~0.5M groups: with the server's default work_mem it spills to disk.
  await runSql(em, sql`set local work_mem = '128MB'`);
  // Every row inserted below is derived from the programme's own rows, in this transaction: the per-row
  // foreign-key triggers of the rollup tables would only re-check a known id (a third of the time).
  // Only a superuser may skip them (as the embedded server's role is); otherwise they simply run.
  const [role] = await runSql<{ superuser: boolean }>(em, sql`select rolsuper as superuser from pg_roles where rolname = current_user`);
  if (role?.superuser) await runSql(em, sql`set local session_replication_role = replica`);
  for (const rollup of ATTENDANCE_ROLLUPS) {
    await runSql(em, sql`delete from ${rawSql(rollup.table)} where programme_id = ${programmeId}`);
  }
  const finest = ATTENDANCE_ROLLUPS.at(-1)!;
  await runSql(em, sql`insert into ${rawSql(finest.table)} (${rawSql(attendanceRollupColumns(finest))}) ${attendanceRollupFromBase(finest, programmeId)}`);
  for (const rollup of ATTENDANCE_ROLLUPS.slice(0, -1)) {
    await runSql(em, sql`insert into ${rawSql(rollup.table)} (${rawSql(attendanceRollupColumns(rollup))}) ${attendanceRollupFromFinest(rollup, programmeId)}`);
  }
  for (const statement of cubeRefreshStatements(programmeId)) await runSql(em, statement);
  if (role?.superuser) await runSql(em, sql`set local session_replication_role = origin`);
  await runSql(
    em,
    // A new version too: answers now come from the rebuilt rollups, so none cached before may be served.
    sql`insert into analytics_rollup_state (programme_id, dirty, refreshed_at) values (${programmeId}, false, now())
      on conflict (programme_id) do update set dirty = false, refreshed_at = now(), version = analytics_rollup_state.version + 1`,
  );
  const [count] = await runSql<{ rows: number }>(em, sql`select count(*)::int as rows from ${rawSql(finest.table)} where programme_id = ${programmeId}`);
  return { refreshed: true, rows: count?.rows ?? 0 };
}

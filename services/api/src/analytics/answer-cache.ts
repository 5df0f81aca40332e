import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import { pgArray } from '../database/pg-array.js';
import { runSql, sql } from '../database/sql-fragment.js';
import { analyticsAnswers } from '../observability/metrics.js';

/** How many answer cells (rows of an aggregate, indicators of a programme) the cache holds at most. */
export const DEFAULT_CACHED_CELLS = 200_000;

/**
 * Finished analytics answers (aggregate and indicators, already suppressed for one role) kept in
 * memory, keyed by the programme's data version (analytics_rollup_state.version, raised by triggers
 * in every transaction that writes what answers are computed from — see the AnalyticsDataVersion
 * migration). Every request still reads the version, one indexed row, so an answer written by another
 * process (a `hub import` beside the server) is seen at once: never stale, and the dashboard's
 * repeated questions skip the aggregation and the shaping of thousands of cells.
 *
 * Concurrent requests for the same missing answer share one computation.
 */
export class AnalyticsAnswerCache {
  private readonly answers: LRUCache<string, object>;
  private readonly inFlight = new Map<string, Promise<object>>();

  constructor(options: { maxCells?: number } = {}) {
    this.answers = new LRUCache<string, object>({ maxSize: options.maxCells ?? DEFAULT_CACHED_CELLS });
  }

  /**
   * The answer for `question` (anything JSON-serialisable that decides the answer, role included),
   * from the cache when the programme's data has not changed since it was computed.
   * `cells` sizes an answer for the cache's bound.
   */
  async answer<T extends object>(
    em: EntityManager,
    programmeCode: string,
    question: unknown,
    compute: () => Promise<T>,
    cells: (answer: T) => number,
  ): Promise<T> {
    const version = await readDataVersion(em, programmeCode);
    if (version === null) {
      analyticsAnswers.inc({ source: 'uncacheable' });
      return compute();
    }
    const key = JSON.stringify([programmeCode, version, question]);
    const cached = this.answers.get(key) ?? (await this.inFlight.get(key));
    if (cached) {
      analyticsAnswers.inc({ source: 'cache' });
      return cached as T;
    }
    analyticsAnswers.inc({ source: 'computed' });
    const computing = compute();
    this.inFlight.set(key, computing);
    try {
      const answer = await computing;
      this.answers.set(key, answer, { size: Math.max(1, cells(answer)) });
      return answer;
    } finally {
      this.inFlight.delete(key);
    }
  }

  clear(): void {
    this.answers.clear();
  }
}

/** The programme's data version, or null when it has none yet (unknown programme, or no data written). */
async function readDataVersion(em: EntityManager, programmeCode: string): Promise<string | null> {
  return (await readDataVersions(em, [programmeCode])).get(programmeCode) ?? null;
}

/**
 * The data versions of programmes by code (analytics_rollup_state.version); a programme missing from
 * the map has none yet and its answers must not be cached.
 */
export async function readDataVersions(em: EntityManager, programmeCodes: readonly string[]): Promise<Map<string, string>> {
  const rows = await runSql<{ code: string; version: string }>(
    em,
    sql`select pr.code, st.version from programme pr join analytics_rollup_state st on st.programme_id = pr.id
      where pr.code = any(${pgArray(programmeCodes)}::text[])`,
  );
  return new Map(rows.map((row) => [row.code, String(row.version)]));
}

import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { LoaderFactory } from '../dataloader/loader-factories.js';
import { pgArray } from '../database/pg-array.js';
import { runSql, sql } from '../database/sql-fragment.js';
import { analyticsAnswers } from '../observability/metrics.js';

/** How many answer cells (rows of an aggregate, indicators of a programme) the cache holds at most. */
export const DEFAULT_CACHED_CELLS = 200_000;

/**
 * Finished analytics answers (aggregate and indicators, already suppressed for one role) kept in
 * memory, keyed by the programme's data version (analytics_rollup_state.version, raised by triggers
 * in every transaction that writes what answers are computed from — see the AnalyticsDataVersion
 * migration). Every request still reads the version (one indexed row, once per request and programme), so an answer written by another
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

  /** The cache as one request uses it: data versions read through that request's loader. */
  forRequest(versions: DataLoader<string, string | null>): RequestAnswerCache {
    return { answer: (programmeCode, question, compute, cells) => this.answer(versions, programmeCode, question, compute, cells) };
  }

  private async answer<T extends object>(
    versions: DataLoader<string, string | null>,
    programmeCode: string,
    question: unknown,
    compute: () => Promise<T>,
    cells: (answer: T) => number,
  ): Promise<T> {
    const version = await versions.load(programmeCode);
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

/** The answer cache within one request (AnalyticsAnswerCache.forRequest). */
export interface RequestAnswerCache {
  /**
   * The answer for `question` (anything JSON-serialisable that decides the answer, role included),
   * from the cache when the programme's data has not changed since it was computed.
   * `cells` sizes an answer for the cache's bound.
   */
  answer<T extends object>(programmeCode: string, question: unknown, compute: () => Promise<T>, cells: (answer: T) => number): Promise<T>;
}

/**
 * One request's data versions by programme code (null: none yet, not cacheable), read once per
 * request and programme however many answers ask — a funnel's five aggregates share one query.
 */
export const dataVersionLoader: LoaderFactory<string, string | null> = (em) =>
  new DataLoader(async (programmeCodes) => {
    const versions = await readDataVersions(em, programmeCodes);
    return programmeCodes.map((code) => versions.get(code) ?? null);
  });

/**
 * The data versions of programmes by code (analytics_rollup_state.version); a programme missing from
 * the map has none yet and its answers must not be cached.
 */
async function readDataVersions(em: EntityManager, programmeCodes: readonly string[]): Promise<Map<string, string>> {
  const rows = await runSql<{ code: string; version: string }>(
    em,
    sql`select pr.code, st.version from programme pr join analytics_rollup_state st on st.programme_id = pr.id
      where pr.code = any(${pgArray(programmeCodes)}::text[])`,
  );
  return new Map(rows.map((row) => [row.code, String(row.version)]));
}

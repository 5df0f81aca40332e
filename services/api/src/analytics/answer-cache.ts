import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { LoaderFactory } from '../dataloader/loader-factories.js';
import { pgArray } from '../database/pg-array.js';
import { runSql, sql } from '../database/sql-fragment.js';
import { analyticsAnswers } from '../observability/metrics.js';
import type { DataVersionNotices } from './data-version-notices.js';
import type { RollupState } from './semantic/fact-sources.js';

/**
 * How much memory the cache's answers may take at most (their estimated size on the JS heap, see
 * approximateHeapBytes). Bytes rather than entries or cells: one per-activity answer weighs as much as
 * a thousand totals, and the hub's RSS must stay bounded (≤ 300 MB under `bench:load`) however many
 * distinct questions arrive.
 */
export const DEFAULT_CACHED_BYTES = 32 * 1024 * 1024;

/** Arrays longer than this are estimated from this many of their elements. */
const SAMPLED_ARRAY_LENGTH = 64;

/**
 * An estimate of what a JSON-like value (an answer: objects, arrays, strings, numbers) takes on V8's
 * heap: object and array headers, one tagged slot per property or element, strings at two bytes a
 * character (labels with Polish letters are two-byte strings), numbers as heap numbers. Shared strings
 * and hidden classes are counted each time, so it errs on the high side; what matters is that it grows
 * with the answer. A walk over the answer costs far less than computing it.
 */
export function approximateHeapBytes(value: unknown): number {
  if (typeof value === 'string') return 16 + 2 * value.length;
  if (typeof value === 'number') return 16;
  if (value === null || typeof value !== 'object') return 8;
  if (Array.isArray(value)) {
    let bytes = 16 + 8 * value.length;
    if (value.length > SAMPLED_ARRAY_LENGTH) {
      // Long arrays are an answer's rows, all of one shape: measure evenly spaced ones and scale up (the
      // walk over every row of a 2,000-row answer cost as much as its GraphQL execution).
      const step = value.length / SAMPLED_ARRAY_LENGTH;
      let sampled = 0;
      for (let index = 0; index < SAMPLED_ARRAY_LENGTH; index += 1) sampled += approximateHeapBytes(value[Math.floor(index * step)]);
      return bytes + Math.ceil((sampled / SAMPLED_ARRAY_LENGTH) * value.length);
    }
    for (const element of value) bytes += approximateHeapBytes(element);
    return bytes;
  }
  let bytes = 24;
  for (const key in value) bytes += 8 + approximateHeapBytes((value as Record<string, unknown>)[key]);
  return bytes;
}

/**
 * Finished analytics answers (aggregate and indicators, already suppressed for one role) kept in
 * memory, keyed by the programme's data version (analytics_rollup_state.version, raised by triggers
 * in every transaction that writes what answers are computed from — see the AnalyticsDataVersion
 * migration). A cached answer is given only after the request has read the version (one indexed row,
 * once per request and programme), so a write by another process (a `hub import` beside the server)
 * is seen at once: never stale, and the dashboard's repeated questions skip the aggregation and the
 * shaping of thousands of cells. An answer unlikely to be cached (data version notices, see
 * data-version-notices.ts) is computed by a statement that reads the version itself: one round trip.
 *
 * Concurrent requests for the same missing answer share one computation.
 */
export class AnalyticsAnswerCache {
  private readonly answers: LRUCache<string, object>;
  private readonly inFlight = new Map<string, Promise<object>>();
  /** Answers being computed in one statement with the version (below), by question: at most one each at a time. */
  private readonly speculating = new Map<string, Promise<{ answer: object; state: DataState | null }>>();
  private readonly notices: DataVersionNotices | null;
  /** The newest data version this process has read of each programme, and the notices' epoch when that read began. */
  private readonly learned = new Map<string, { version: bigint; epoch: number }>();

  constructor(options: { maxBytes?: number; notices?: DataVersionNotices } = {}) {
    this.answers = new LRUCache<string, object>({ maxSize: options.maxBytes ?? DEFAULT_CACHED_BYTES });
    this.notices = options.notices ?? null;
  }

  /** The cache as one request uses it: data versions read through that request's loader. */
  forRequest(versions: RequestDataStates): RequestAnswerCache {
    return { answer: (programmeCode, question, compute, options) => this.answer(versions, programmeCode, question, compute, options?.inOneStatement) };
  }

  /**
   * The programme's data version as this process last read it, unless a notice has announced a newer
   * one (then, or when never read: undefined). A guess at what the version is now, for deciding how to
   * ask — never a reason to serve an answer without reading the version.
   */
  latestVersion(programmeCode: string): string | undefined {
    const learned = this.learned.get(programmeCode);
    if (!learned || learned.epoch !== this.noticesEpoch()) return undefined;
    const announced = this.notices?.announcedVersion(programmeCode);
    if (announced !== undefined && announced > learned.version) return undefined;
    return String(learned.version);
  }

  private noticesEpoch(): number {
    return this.notices?.epoch ?? 0;
  }

  /** Remembers a version read by a statement that began in the notices' epoch `epoch`. */
  private learn(programmeCode: string, state: DataState, epoch: number): void {
    const version = BigInt(state.version);
    const learned = this.learned.get(programmeCode);
    if (learned && (learned.version > version || (learned.version === version && learned.epoch >= epoch))) return;
    this.learned.set(programmeCode, { version, epoch });
  }

  private async answer<T extends object>(
    versions: RequestDataStates,
    programmeCode: string | readonly string[],
    question: unknown,
    compute: (rollups: RollupState) => Promise<T>,
    inOneStatement?: () => Promise<{ answer: T; state: DataState | null }>,
  ): Promise<T> {
    const codes = typeof programmeCode === 'string' ? [programmeCode] : programmeCode;
    const [onlyCode] = codes;
    // The question is serialised once; its keys at each version are built from it.
    const asked = askedKeys(codes, question);
    const questionKey = asked.at([]);
    if (inOneStatement && codes.length === 1 && versions.peek(onlyCode!) === undefined && !this.speculating.has(questionKey)) {
      // When the answer is unlikely to be here (never asked at the newest version this process knows,
      // or the data changed since: a notice), the version is read by the answer's own statement — one
      // round trip rather than two, and the version is the answer's, from the same snapshot.
      const latest = this.latestVersion(onlyCode!);
      if (latest === undefined || !this.answers.has(asked.at([latest]))) {
        const epoch = this.noticesEpoch();
        const speculation = inOneStatement();
        this.speculating.set(questionKey, speculation);
        let computed: { answer: T; state: DataState | null };
        try {
          computed = await speculation;
        } finally {
          this.speculating.delete(questionKey);
        }
        const { answer, state } = computed;
        versions.prime(onlyCode!, state);
        if (state) this.learn(onlyCode!, state, epoch);
        // Computed from the rollups: the answer if they were fresh; otherwise asked again below, from the base tables.
        if (state?.fresh) {
          analyticsAnswers.inc({ source: 'computed-in-one-statement' });
          const key = asked.at([state.version]);
          this.answers.set(key, answer, { size: 2 * key.length + approximateHeapBytes(answer) });
          return answer;
        }
      }
    }
    const epoch = this.noticesEpoch();
    const loaded = await versions.loadMany(codes);
    const failure = loaded.find((state) => state instanceof Error);
    if (failure) throw failure;
    const states = loaded as (DataState | null)[];
    states.forEach((state, index) => state && this.learn(codes[index]!, state, epoch));
    if (states.includes(null)) {
      analyticsAnswers.inc({ source: 'uncacheable' });
      return compute('UNKNOWN');
    }
    const key = asked.at(states.map((state) => state!.version));
    const cached = this.answers.get(key) ?? (await this.inFlight.get(key)) ?? (await this.sharedSpeculation(questionKey, states[0]!));
    if (cached) {
      analyticsAnswers.inc({ source: 'cache' });
      return cached as T;
    }
    analyticsAnswers.inc({ source: 'computed' });
    const computing = compute(states.every((state) => state!.fresh) ? 'FRESH' : 'DIRTY');
    this.inFlight.set(key, computing);
    try {
      const answer = await computing;
      // The key is kept too (a question can be long: filters list codes).
      this.answers.set(key, answer, { size: 2 * key.length + approximateHeapBytes(answer) });
      return answer;
    } finally {
      this.inFlight.delete(key);
    }
  }

  /**
   * The answer of a computation in one statement under way for the same question (requests arriving
   * while it runs read the version and wait for it rather than computing the same again), if it read
   * the very version this request read: no write in between, so the same data.
   */
  private async sharedSpeculation(questionKey: string, state: DataState): Promise<object | undefined> {
    const speculation = this.speculating.get(questionKey);
    if (!speculation) return undefined;
    const shared = await speculation.catch(() => null);
    return shared?.state?.fresh && shared.state.version === state.version ? shared.answer : undefined;
  }

  clear(): void {
    this.answers.clear();
  }
}

/**
 * The cache keys of one question over these programmes, at given versions: the text of
 * JSON.stringify([codes, versions, question]), with the codes and the question serialised once.
 */
function askedKeys(programmeCodes: readonly string[], question: unknown): { at(versions: readonly string[]): string } {
  const codes = JSON.stringify(programmeCodes);
  const asked = JSON.stringify(question);
  return { at: (versions) => `[${codes},${JSON.stringify(versions)},${asked}]` };
}

/** The answer cache within one request (AnalyticsAnswerCache.forRequest). */
export interface RequestAnswerCache {
  /**
   * The answer for `question` (anything JSON-serialisable that decides the answer, role included),
   * from the cache when the programme's data has not changed since it was computed (for a question over
   * several programmes: none of theirs has). `compute` is told
   * the state of the programme's rollups read with the version, so that its statement names one source.
   */
  answer<T extends object>(
    programmeCode: string | readonly string[],
    question: unknown,
    compute: (rollups: RollupState) => Promise<T>,
    options?: {
      /**
       * The answer computed from the rollups by a statement that also reads the programme's data
       * state in its snapshot (one programme only): used when the answer is unlikely to be cached.
       */
      inOneStatement?: () => Promise<{ answer: T; state: DataState | null }>;
    },
  ): Promise<T>;
}

/** A programme's data version and whether its rollups were fresh at that version (analytics_rollup_state). */
export interface DataState {
  version: string;
  fresh: boolean;
}

/**
 * One request's data states by programme code (null: none yet, not cacheable), read once per
 * request and programme however many answers ask — a funnel's five aggregates share one query. It
 * also says which states the request's answers were computed at (`peek`), read before them or with
 * them (`prime`, by an answer's own statement), so that the HTTP response cache keeps a response
 * under versions none of its answers is older than.
 */
export class RequestDataStates extends DataLoader<string, DataState | null> {
  private readonly known = new Map<string, DataState | null>();

  constructor(em: EntityManager) {
    super(async (programmeCodes) => {
      const states = await readDataStates(em, programmeCodes);
      return programmeCodes.map((code) => {
        const state = states.get(code) ?? null;
        this.know(code, state);
        return state;
      });
    });
  }

  /**
   * The oldest state of the programme this request's answers were computed at (null when one found
   * none: not cacheable); undefined when it has none yet.
   */
  peek(programmeCode: string): DataState | null | undefined {
    return this.known.get(programmeCode);
  }

  override prime(programmeCode: string, state: DataState | null | Error | PromiseLike<DataState | null>): this {
    if (state === null || (typeof state === 'object' && 'version' in state)) this.know(programmeCode, state);
    return super.prime(programmeCode, state);
  }

  /**
   * Several answers of one request (a funnel's five) may each read the version in their own statement,
   * and a write may commit between them: the response is no newer than the oldest of them.
   */
  private know(programmeCode: string, state: DataState | null): void {
    if (!this.known.has(programmeCode)) {
      this.known.set(programmeCode, state);
      return;
    }
    const known = this.known.get(programmeCode)!;
    if (known !== null && (state === null || BigInt(state.version) < BigInt(known.version))) this.known.set(programmeCode, state);
  }
}

export const dataVersionLoader: LoaderFactory<string, DataState | null, RequestDataStates> = (em) => new RequestDataStates(em);

/**
 * The data versions of programmes by code (analytics_rollup_state.version) and their rollups' state; a
 * programme missing from the map has none yet and its answers must not be cached.
 */
async function readDataStates(em: EntityManager, programmeCodes: readonly string[]): Promise<Map<string, DataState>> {
  const rows = await runSql<{ code: string; version: string; dirty: boolean }>(
    em,
    sql`select pr.code, st.version, st.dirty from programme pr join analytics_rollup_state st on st.programme_id = pr.id
      where pr.code = any(${pgArray(programmeCodes)}::text[])`,
  );
  return new Map(rows.map((row) => [row.code, { version: String(row.version), fresh: !row.dirty }]));
}

import { Kind, parse, type DocumentNode, type ValueNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { mayReadProgramme } from '../modules/auth/programme-access.js';
import type { AnalyticsAnswerCache, DataState, RequestDataStates } from '../analytics/index.js';
import type { Viewer } from '../access/viewer.js';
import { analyticsAnswers } from '../observability/metrics.js';

/** Root fields whose answers depend only on the data version, the role and the arguments. */
const ANALYTICS_FIELDS = new Set(['aggregate', 'indicators']);

/**
 * How much memory kept responses may take at most: body, headers and key, at two bytes a character
 * (a body with Polish labels is a two-byte string on V8's heap). Bounded in bytes, with the answer
 * cache's, so that the hub's RSS stays bounded however many distinct questions arrive.
 */
const MAX_CACHED_BYTES = 32 * 1024 * 1024;

/** How much memory the analysed documents (keyed by query text, which a client chooses) may take at most. */
const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

export interface GraphQLRequestBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** A response kept for reuse: Apollo's headers and the JSON text it sent. */
export interface CachedResponse {
  headers: [string, string][];
  body: string;
}

/** Where a cacheable request's response is (or will be) kept. */
export interface ResponseSlot {
  /** Everything the key holds but the versions, as JSON text (an array's elements). */
  request: string;
  /** The programmes the request names, sorted. */
  codes: string[];
  /** The versions read before execution; null when none were (a response unlikely to be cached: see slotFor). */
  versions: string[] | null;
  cached: CachedResponse | undefined;
}

/**
 * Whole GraphQL responses to operations that ask only `aggregate` and `indicators`, as sent, keyed by
 * the text of the request, the caller's role (and partner), the Accept header (it decides the content
 * type) and the data version of every programme it names. The dashboard sends the same few documents
 * over and over; at city scale a per-activity answer is thousands of rows whose GraphQL execution and
 * JSON text cost more than everything else in the request. A kept response is sent only after the
 * request has read the versions (one indexed query, through the request's own loader, so the resolvers
 * of a miss do not read them again), so it is never older than the data: any committed write to what
 * analytics reads raises them (AnalyticsDataVersion migration). A request unlikely to find one kept goes
 * straight to execution and is kept under the versions its answers read (slotFor, store).
 *
 * Only successful responses are kept, and only for requests that passed authentication; the document is
 * still the one Apollo validated (same text), so limits and access rules gave the same verdict then.
 */
export class AnalyticsResponseCache {
  /** `answers` says which version of each programme this process last read (AnalyticsAnswerCache.latestVersion). */
  constructor(private readonly answers: AnalyticsAnswerCache) {}

  /** Per query text and operation name: the programme each analytics root field names (a literal or a variable), or false when not cacheable. */
  private readonly documents = new LRUCache<string, ProgrammeArgument[] | false>({
    maxSize: MAX_DOCUMENT_BYTES,
    sizeCalculation: (_, key) => 64 + 2 * key.length,
  });
  private readonly responses = new LRUCache<string, CachedResponse>({
    maxSize: MAX_CACHED_BYTES,
    sizeCalculation: (response, key) =>
      2 * (key.length + response.body.length) + response.headers.reduce((bytes, [name, value]) => bytes + 2 * (name.length + value.length) + 64, 64),
  });

  /**
   * The slot for this request, or null when it may not be cached (another field, a mutation, no data
   * version yet …). The versions are read first, unless no response to this request is kept at the
   * newest versions this process knows (or a notice said the data changed since): then the request
   * goes straight to execution, whose answers read the versions with their own statements, and the
   * response is kept under those (store).
   */
  async slotFor(
    versions: RequestDataStates,
    body: GraphQLRequestBody,
    viewer: Viewer | null,
    accept: string | undefined,
  ): Promise<ResponseSlot | null> {
    if (!viewer || typeof body.query !== 'string') return null;
    const variables = body.variables ?? null;
    if (variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    const programmeArguments = this.analyse(body.query, body.operationName);
    if (!programmeArguments) return null;
    const programmes = new Set<string>();
    for (const argument of programmeArguments) {
      const value = 'literal' in argument ? argument.literal : (variables as Record<string, unknown> | null)?.[argument.variable];
      // `programme: "A"` or `programmes: ["A", "B"]`, literally or through variables.
      const codes = Array.isArray(value) ? value : [value];
      if (codes.length === 0 || !codes.every((code) => typeof code === 'string')) return null;
      for (const code of codes as string[]) {
        // Not the caller's programme: executed, so the auth checker refuses it as unknown (never served from here).
        if (!mayReadProgramme(viewer, code)) return null;
        programmes.add(code);
      }
    }
    const codes = [...programmes].sort();
    // Apollo picks the response's content type from Accept: a response is reused only for the same one.
    const request = JSON.stringify([body.query, body.operationName ?? null, variables, viewer.role, viewer.partnerCode, accept ?? null]).slice(1, -1);
    const latest = codes.map((code) => this.answers.latestVersion(code));
    if (latest.some((version) => version === undefined) || !this.responses.has(responseKey(request, codes, latest as string[]))) {
      return { request, codes, versions: null, cached: undefined };
    }
    const loaded = await versions.loadMany(codes);
    const failure = loaded.find((version) => version instanceof Error);
    if (failure) throw failure;
    if (loaded.includes(null)) return null;
    const read = loaded.map((state) => (state as DataState).version);
    const cached = this.responses.get(responseKey(request, codes, read));
    if (cached) analyticsAnswers.inc({ source: 'response-cache' });
    return { request, codes, versions: read, cached };
  }

  /**
   * Keeps a response Apollo produced for a slot, if it is a success, under the versions read before
   * execution or, for a slot without them, those its answers read (every answer reads its programme's
   * version before or with its own statement, so the response is no older than them). A response
   * whose versions are not all known is not kept.
   */
  store(slot: ResponseSlot, versions: RequestDataStates, status: number, headers: Iterable<[string, string]>, body: string): void {
    // Not parsed (a per-activity body is ~200 kB): outside JSON strings, whose quotes are escaped, the
    // text "errors": can only be a key, the response's own or a field aliased so, which is then not kept.
    if (status !== 200 || body.includes('"errors":')) return;
    const read = slot.versions ?? slot.codes.map((code) => versions.peek(code)?.version);
    if (read.some((version) => version === undefined)) return;
    this.responses.set(responseKey(slot.request, slot.codes, read as string[]), { headers: [...headers], body });
  }

  private analyse(query: string, operationName: unknown): ProgrammeArgument[] | false {
    const documentKey = JSON.stringify([query, operationName ?? null]);
    let analysed = this.documents.get(documentKey);
    if (analysed === undefined) {
      analysed = analyticsProgrammeArguments(query, operationName);
      this.documents.set(documentKey, analysed);
    }
    return analysed;
  }
}

type ProgrammeArgument = { literal: string | string[] } | { variable: string };

/** The request's key at these versions: the request's JSON elements, then each programme with its version (not escaped again). */
function responseKey(request: string, codes: readonly string[], versions: readonly string[]): string {
  return `[${request},${JSON.stringify(codes.map((code, index) => [code, versions[index]]))}]`;
}

/** The `programme` (or `programmes`) argument of every root field, when the operation is a query of analytics fields only. */
function analyticsProgrammeArguments(query: string, operationName: unknown): ProgrammeArgument[] | false {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return false; // Apollo reports the syntax error.
  }
  if (document.definitions.length !== 1) return false;
  const [operation] = document.definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query') return false;
  if (operationName !== undefined && operationName !== null && operationName !== operation.name?.value) return false;
  const programmes: ProgrammeArgument[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || !ANALYTICS_FIELDS.has(selection.name.value) || selection.directives?.length) return false;
    const named = selection.arguments?.filter((candidate) => candidate.name.value === 'programme' || candidate.name.value === 'programmes') ?? [];
    const programme = named.length === 1 ? programmeArgument(named[0]!.value) : null;
    if (!programme) return false;
    programmes.push(programme);
  }
  return programmes;
}

function programmeArgument(value: ValueNode): ProgrammeArgument | null {
  if (value.kind === Kind.STRING) return { literal: value.value };
  if (value.kind === Kind.VARIABLE) return { variable: value.name.value };
  if (value.kind === Kind.LIST && value.values.every((item) => item.kind === Kind.STRING)) {
    return { literal: value.values.map((item) => (item as { value: string }).value) };
  }
  return null;
}

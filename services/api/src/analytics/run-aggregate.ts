import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../database/sql-fragment.js';
import type { Role, Viewer } from '../access/viewer.js';
import { normaliseFilter, type AnalyticsFilterValues, type NormalisedFilter } from './analytics-filter.js';
import { analyticsInputError, answerTooLargeError, requireKnownSupportKinds } from './analytics-errors.js';
import { suppressionPolicyFor, type SuppressionPolicy } from './analytics-policy.js';
import type { DataState, RequestAnswerCache } from './answer-cache.js';
import { seriesMonths } from './month-series.js';
import { Dimension } from './semantic/dimension.js';
import { ENUM_DIMENSION_LABELS, monthLabel } from './semantic/labels.js';
import { MEASURES } from './semantic/measures.js';
import type { Measure } from './semantic/measure.js';
import { buildAggregateStatement, type AggregateQuery, type AggregateStatementRow } from './sql/aggregate-sql.js';
import { inComputationSlot } from './computation-slots.js';
import { RECORD_KEY_MODULUS } from './perturbation/cell-key.js';
import { publishKeyedCell } from './perturbation/publish-cell.js';
import type { RollupState } from './semantic/fact-sources.js';

/** At most this many dimensions at once: beyond three, cells get too small to publish anyway. */
export const MAX_GROUP_BY = 3;

export interface AggregateKey {
  dimension: Dimension;
  code: string;
  label: string;
}

export interface AggregateRowValue {
  keys: AggregateKey[];
  /** Null when suppressed, and for a rate with no records. */
  value: number | null;
  suppressed: boolean;
}

export interface AggregateAnswer {
  programmeCode: string;
  measure: Measure;
  groupBy: Dimension[];
  rows: AggregateRowValue[];
  /** The role the answer was made for and the K it was suppressed with (exports print both). */
  role: Role;
  k: number;
}

export interface RunAggregateOptions {
  programmeCode: string;
  /**
   * Several programmes at once (a city-wide view): the measure over all of them, answered from each
   * one's rollups and cubes; `programmeCode` is then only the answer's label. See runAggregateAcrossProgrammes.
   */
  programmeCodes?: readonly string[];
  measure: Measure;
  groupBy?: readonly Dimension[];
  filter?: AnalyticsFilterValues | null;
  viewer: Viewer | null;
  /** SUPPRESSION_K: the fewest participants a published cell may rest on. */
  k: number;
  /** The hub's answer cache; without one the answer is always computed. */
  cache?: RequestAnswerCache;
  /** false: leave the attendance cubes out of the read paths (the cross-path test; answers are the same). */
  cubes?: boolean;
  /**
   * The most cells the answer may have (HUB_MAX_ANSWER_CELLS for GraphQL, HUB_MAX_EXPORT_CELLS for
   * exports over HTTP); a question that would give more is refused (ANSWER_TOO_LARGE) before its rows
   * are sorted, published or serialised. Without it (`hub export`, reports), any size.
   */
  maxCells?: number;
  /** Whose limit maxCells is (the refusal names it): a GraphQL answer's (default) or an export's. */
  maxCellsFor?: 'answer' | 'export';
}

/** True when a date (YYYY-MM-DD) is the last day of its month. */
function isLastDayOfMonth(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate() === day;
}

/**
 * Restricted viewers ask by whole months: `from` the first day of a month, `to` the last. Day-level
 * windows let a bisection find each person's entry and exit day (issue 12); months are what reports use.
 */
export function validateRestrictedPeriod(filter: NormalisedFilter, policy: SuppressionPolicy): void {
  if (!policy.suppress) return;
  if (filter.from && !filter.from.endsWith('-01')) {
    throw analyticsInputError(
      `filter.from (${filter.from}) must be the first day of a month: ${policy.role} answers are given by whole months.`,
      'filter.from',
    );
  }
  if (filter.to && !isLastDayOfMonth(filter.to)) {
    throw analyticsInputError(
      `filter.to (${filter.to}) must be the last day of a month: ${policy.role} answers are given by whole months.`,
      'filter.to',
    );
  }
}

/** Checks the period and the dimensions; throws BAD_USER_INPUT naming the argument. */
export function validateAggregateInput(groupBy: readonly Dimension[], filter: NormalisedFilter): void {
  if (groupBy.length > MAX_GROUP_BY) {
    throw analyticsInputError(`groupBy takes at most ${MAX_GROUP_BY} dimensions; got ${groupBy.length}.`, 'groupBy');
  }
  const repeated = groupBy.find((dimension, index) => groupBy.indexOf(dimension) !== index);
  if (repeated) throw analyticsInputError(`groupBy names ${repeated} twice.`, 'groupBy');
  if (filter.from && filter.to && filter.from > filter.to) {
    throw analyticsInputError(`filter.from (${filter.from}) is after filter.to (${filter.to}).`, 'filter');
  }
}

interface Cell {
  codes: string[];
  /** The keys as published, one per dimension: built once with the cell (a cached programme's cells are merged again after every write elsewhere). */
  keys: AggregateKey[];
  /**
   * The cell published exactly (STEERING, a PARTNER's own cells), built with it: a view across programmes
   * then reuses the unchanged programmes' rows as they are. Null where the value is not the statement's
   * (merged cells, filled months).
   */
  exactRow: AggregateRowValue | null;
  orders: (number | null)[];
  value: number | null;
  contributors: number;
  own: boolean;
  /** For restricted viewers (cell key method): contributors' key sum, and a rate's numerator and denominator. */
  keySum: number;
  numerator: { value: number; keySum: number } | null;
  denominator: number | null;
}

/** Enum dimensions sort in their declared order (e.g. age bands youngest first), unknown codes last. */
const ENUM_POSITIONS = new Map(
  Object.entries(ENUM_DIMENSION_LABELS).map(([dimension, labels]) => [dimension, new Map([...labels.keys()].map((code, index) => [code, index]))]),
);

function sortKey(dimension: Dimension, cell: Cell, index: number): string | number {
  const order = cell.orders[index];
  if (order !== null && order !== undefined) return Number(order);
  const positions = ENUM_POSITIONS.get(dimension);
  if (positions) return positions.get(cell.codes[index]!) ?? positions.size;
  return cell.codes[index]!;
}

/** Cells in the order charts and tables show them: each dimension in turn, by its sort key (ties: as given). */
function sortCells(cells: Cell[], groupBy: readonly Dimension[]): Cell[] {
  // Keys computed once per cell into one flat array, and positions sorted rather than wrapped cells:
  // a merged view across programmes has tens of thousands of cells, and what costs is allocating.
  const width = groupBy.length;
  const keys = new Array<string | number>(cells.length * width);
  for (let index = 0; index < cells.length; index += 1) {
    for (let position = 0; position < width; position += 1) keys[index * width + position] = sortKey(groupBy[position]!, cells[index]!, position);
  }
  const order = new Uint32Array(cells.length);
  for (let index = 0; index < order.length; index += 1) order[index] = index;
  order.sort((a, b) => {
    for (let position = 0; position < width; position += 1) {
      const left = keys[a * width + position]!;
      const right = keys[b * width + position]!;
      if (left !== right) return left < right ? -1 : 1;
    }
    return a - b;
  });
  const sorted = new Array<Cell>(cells.length);
  for (let index = 0; index < order.length; index += 1) sorted[index] = cells[order[index]!]!;
  return sorted;
}

/** A cell's key on one dimension: its label from the statement (activities, partners, tasks), the enum's, the month's, or the code. */
function keyOf(dimension: Dimension, code: string, label: string | null): AggregateKey {
  if (dimension === Dimension.MONTH) return { dimension, code, label: monthLabel(code) };
  return { dimension, code, label: label ?? ENUM_DIMENSION_LABELS[dimension]?.get(code) ?? code };
}

/**
 * Adds the MONTH gaps: for every combination of the other keys present, every month of the series
 * (0 for counts and sums, null for rates) — a chart's x axis never skips a month.
 */
function fillMonths(cells: Cell[], groupBy: readonly Dimension[], options: {
  programmeStart: string;
  programmeEnd: string;
  filter: NormalisedFilter;
  emptyValue: 0 | null;
}): Cell[] {
  const monthIndex = groupBy.indexOf(Dimension.MONTH);
  if (monthIndex === -1) return cells;
  const months = seriesMonths({
    programmeStart: options.programmeStart,
    programmeEnd: options.programmeEnd,
    dataMonths: cells.map((cell) => cell.codes[monthIndex]!),
    from: options.filter.from,
    to: options.filter.to,
  });
  const others = new Map<string, Cell>();
  const present = new Set<string>();
  for (const cell of cells) {
    const rest = JSON.stringify(cell.codes.filter((_, index) => index !== monthIndex));
    if (!others.has(rest)) others.set(rest, cell);
    present.add(JSON.stringify(cell.codes));
  }
  // With MONTH alone there is one (empty) combination of other keys, even when there is no data at all.
  if (groupBy.length === 1 && others.size === 0) {
    others.set('[]', { codes: [''], keys: [keyOf(Dimension.MONTH, '', null)], exactRow: null, orders: [null], value: null, contributors: 0, own: true, keySum: 0, numerator: null, denominator: null });
  }
  const filled = [...cells];
  for (const template of others.values()) {
    for (const month of months) {
      const codes = template.codes.map((code, index) => (index === monthIndex ? month : code));
      if (present.has(JSON.stringify(codes))) continue;
      filled.push({
        codes,
        keys: template.keys.map((key, index) => (index === monthIndex ? keyOf(Dimension.MONTH, month, null) : key)),
        exactRow: null,
        orders: template.orders.map((order, index) => (index === monthIndex ? null : order)),
        value: options.emptyValue,
        contributors: 0,
        own: true,
        keySum: 0,
        numerator: null,
        denominator: null,
      });
    }
  }
  return filled;
}

/**
 * One `aggregate` answer for a viewer: validated, computed by ONE SQL statement (aggregation in
 * PostgreSQL), MONTH gaps filled, sorted, and for restricted roles perturbed by the cell key method with
 * the threshold rule on top (perturbation/publish-cell.ts). The GraphQL resolver and the
 * exports both call this.
 */
export async function runAggregate(em: EntityManager, options: RunAggregateOptions): Promise<AggregateAnswer> {
  const groupBy = [...(options.groupBy ?? [])];
  const filter = normaliseFilter(options.filter);
  validateAggregateInput(groupBy, filter);
  const policy = suppressionPolicyFor(options.viewer);
  validateRestrictedPeriod(filter, policy);
  if (options.programmeCodes) {
    const across = { ...options, programmeCodes: options.programmeCodes };
    validateProgrammeList(across.programmeCodes, policy);
    const computeAcross = () => runAggregateAcrossProgrammes(em, across, groupBy, filter, policy);
    if (!options.cache) return computeAcross();
    // The merged answer too, keyed by every programme's version: a 10-programme view is then one lookup.
    const question = { answer: 'aggregate-across', measure: options.measure, groupBy, filter, policy, k: options.k };
    return options.cache.answer(across.programmeCodes, question, computeAcross);
  }
  const computeWithState = async (rollups: RollupState) => {
    const query: AggregateQuery = {
      measure: options.measure,
      groupBy,
      filter,
      ownPartnerCode: policy.ownPartnerCode,
      recordKeys: policy.suppress,
      rollups,
      cubes: options.cubes,
      maxCells: options.maxCells,
    };
    const computed = await computeCells(em, options.programmeCode, query, options.maxCellsFor);
    return { answer: publishAggregate(options, groupBy, filter, policy, computed), state: computed.state };
  };
  const compute = async (rollups: RollupState) => (await computeWithState(rollups)).answer;
  // A switched-off path must really be taken: never answered from what the other paths cached.
  if (!options.cache || options.cubes === false) return compute('UNKNOWN');
  const question = { answer: 'aggregate', measure: options.measure, groupBy, filter, policy, k: options.k };
  return options.cache.answer(options.programmeCode, question, compute, { inOneStatement: () => computeWithState('FRESH') });
}

/** The most programmes one question may span. */
export const MAX_PROGRAMMES = 50;

/**
 * Whether the viewer may ask one question over these programmes: every role that may ask `aggregate`,
 * except PARTNER (a partner's own cells, shown exact, are defined within one programme). That the viewer
 * was granted each of them is the auth checker's decision (modules/auth/programme-access.ts reads
 * `programmes` like `programme`), taken before any resolver runs.
 */
export function assertMayAskAcrossProgrammes(policy: SuppressionPolicy, programmeCodes: readonly string[]): void {
  if (policy.ownPartnerCode !== null) {
    throw analyticsInputError(
      `A PARTNER asks one programme at a time: programmes lists ${programmeCodes.length} (${programmeCodes.join(', ')}).`,
      'programmes',
    );
  }
}

/**
 * One measure over several programmes (a city-wide view). Each programme's cells are computed as for
 * that programme alone — from its cubes and rollups, and kept in the answer cache under its own data
 * version, so a write to one programme recomputes only its cells — then cells with the same key codes
 * are merged: counts and sums add up, a rate is the summed numerator over the summed denominator. A
 * participant is a programme's participant, so a person enrolled in two programmes counts in each (as
 * each programme reports them); PARTNER, TASK and ACTIVITY keys merge by code (the same partner in
 * several programmes is one row). Restricted viewers get the merged cells perturbed like any other: a
 * cell's key is the sum of its contributors' record keys, which adds up across programmes exactly.
 */
async function runAggregateAcrossProgrammes(
  em: EntityManager,
  options: RunAggregateOptions & { programmeCodes: readonly string[] },
  groupBy: Dimension[],
  filter: NormalisedFilter,
  policy: SuppressionPolicy,
): Promise<AggregateAnswer> {
  const codes = options.programmeCodes;
  // Keyed cells (record-key sums, a rate's numerator and denominator): what merging and perturbing need.
  const cellsOf = (code: string) => {
    const compute = (rollups: RollupState) =>
      computeCells(em, code, { measure: options.measure, groupBy, filter, ownPartnerCode: null, recordKeys: true, rollups, cubes: options.cubes });
    if (!options.cache || options.cubes === false) return compute('UNKNOWN');
    // The merged answer's lookup read every programme's version already: no statement of its own reads it again.
    return options.cache.answer(code, { answer: 'aggregate-cells', measure: options.measure, groupBy, filter }, compute);
  };
  const perProgramme = await Promise.all(codes.map(cellsOf));
  // Cells come from the answer cache and are never changed: one is copied only when a second programme
  // has a cell with the same keys (e.g. a partner of several programmes). Most are kept as they are.
  const merged = new Map<string, Cell>();
  const copies = new Set<Cell>();
  const oneDimension = groupBy.length === 1;
  for (const { cells } of perProgramme) {
    for (const cell of cells) {
      const key = oneDimension ? cell.codes[0]! : cell.codes.join('\u0000'); // codes never hold NUL (the HTTP edge refuses it)
      const into = merged.get(key);
      if (!into) {
        merged.set(key, cell);
      } else if (copies.has(into)) {
        mergeCell(into, cell, options.measure);
      } else {
        const copy: Cell = { ...into, exactRow: null, numerator: into.numerator && { ...into.numerator } };
        mergeCell(copy, cell, options.measure);
        copies.add(copy);
        merged.set(key, copy);
      }
    }
  }
  return publishAggregate(options, groupBy, filter, policy, {
    startDate: perProgramme.map((programme) => programme.startDate).sort()[0]!,
    endDate: perProgramme.map((programme) => programme.endDate).sort().at(-1)!,
    cells: [...merged.values()],
    state: null,
  });
}

/** A list of programmes one question may span, for this viewer; throws BAD_USER_INPUT naming `programmes`. */
function validateProgrammeList(codes: readonly string[], policy: SuppressionPolicy): void {
  if (codes.length === 0) throw analyticsInputError('programmes lists no programme.', 'programmes');
  if (codes.length > MAX_PROGRAMMES) throw analyticsInputError(`programmes lists ${codes.length} programmes; at most ${MAX_PROGRAMMES} at once.`, 'programmes');
  const repeated = codes.find((code, index) => codes.indexOf(code) !== index);
  if (repeated) throw analyticsInputError(`programmes names ${repeated} twice.`, 'programmes');
  assertMayAskAcrossProgrammes(policy, codes);
}

/** Adds a programme's cell into the merged cell with the same keys. */
function mergeCell(into: Cell, cell: Cell, measure: Measure): void {
  into.contributors += cell.contributors;
  into.keySum = (into.keySum + cell.keySum) % RECORD_KEY_MODULUS;
  if (MEASURES[measure].perturbation === 'rate') {
    const numerator = (into.numerator?.value ?? 0) + (cell.numerator?.value ?? 0);
    const denominator = (into.denominator ?? 0) + (cell.denominator ?? 0);
    into.numerator = { value: numerator, keySum: ((into.numerator?.keySum ?? 0) + (cell.numerator?.keySum ?? 0)) % RECORD_KEY_MODULUS };
    into.denominator = denominator;
    into.value = denominator > 0 ? numerator / denominator : null;
  } else if (cell.value !== null) {
    into.value = (into.value ?? 0) + cell.value;
  }
}

/** One programme's cells (keys, exact values, contributors) and period, from ONE SQL statement. */
interface ProgrammeCells {
  startDate: string;
  endDate: string;
  cells: Cell[];
  /** The programme's data state in the statement's snapshot (null: none yet); merged cells have none. */
  state: DataState | null;
}

/** `maxCellsFor`: whose limit `query.maxCells` is, for the refusal to name (the statement needs only the number). */
async function computeCells(em: EntityManager, programmeCode: string, query: AggregateQuery, maxCellsFor?: 'answer' | 'export'): Promise<ProgrammeCells> {
  const rows = await inComputationSlot(() => runSql<AggregateStatementRow>(em, buildAggregateStatement(programmeCode, query)));
  const programme = rows[0];
  if (!programme) throw analyticsInputError(`There is no programme with the code ${JSON.stringify(programmeCode)}.`, 'programme');
  requireKnownSupportKinds(query.filter, JSON.parse(programme.support_kinds) as string[], programmeCode);
  if (query.maxCells !== undefined && programme.cell_rows! > query.maxCells) {
    throw answerTooLargeError(filledCellCount(programme, query, programme.cell_rows!), query.maxCells, query.groupBy, maxCellsFor);
  }

  // Column names once per answer, not once per row and dimension.
  const columns = query.groupBy.map((dimension, index) => ({
    dimension,
    code: `code_${index}` as const,
    label: `label_${index}` as const,
    ord: `ord_${index}` as const,
  }));
  const cells: Cell[] = [];
  for (const row of rows) {
    if (!row.has_cell) continue;
    const codes = columns.map((column) => String(row[column.code]));
    const keys = columns.map((column, index) => keyOf(column.dimension, codes[index]!, (row[column.label] as string | null) ?? null));
    const value = row.value === null ? null : Number(row.value);
    cells.push({
      codes,
      keys,
      exactRow: { keys, value, suppressed: false },
      orders: columns.map((column) => (row[column.ord] as number | null) ?? null),
      value,
      contributors: Number(row.contributors ?? 0),
      own: row.own !== false,
      keySum: Number(row.key_sum ?? 0),
      numerator: row.num === undefined || row.num === null ? null : { value: Number(row.num), keySum: Number(row.num_key ?? 0) },
      denominator: row.den === undefined || row.den === null ? null : Number(row.den),
    });
  }
  const state = programme.data_version === null ? null : { version: programme.data_version, fresh: programme.fresh };
  return { startDate: programme.start_date, endDate: programme.end_date, cells, state };
}

/** How many cells fillMonths makes of a statement's cells, from the statement's counts (without the cells themselves). */
function filledCellCount(programme: AggregateStatementRow, query: AggregateQuery, cellRows: number): number {
  if (!query.groupBy.includes(Dimension.MONTH)) return cellRows;
  const months = seriesMonths({
    programmeStart: programme.start_date,
    programmeEnd: programme.end_date,
    dataMonths: [programme.first_month, programme.last_month].filter((month): month is string => Boolean(month)),
    from: query.filter.from,
    to: query.filter.to,
  });
  // With MONTH alone every month is a cell; otherwise every month of every combination of the other keys.
  return (query.groupBy.length === 1 ? 1 : programme.combinations!) * months.length;
}

/** The answer from a programme's (or merged programmes') cells: MONTH gaps filled, sorted, published for the viewer. */
function publishAggregate(
  options: RunAggregateOptions,
  groupBy: Dimension[],
  filter: NormalisedFilter,
  policy: SuppressionPolicy,
  computed: ProgrammeCells,
): AggregateAnswer {
  let cells = fillMonths(computed.cells, groupBy, {
    programmeStart: computed.startDate,
    programmeEnd: computed.endDate,
    filter,
    emptyValue: MEASURES[options.measure].emptyValue,
  });
  if (options.maxCells !== undefined && cells.length > options.maxCells) throw answerTooLargeError(cells.length, options.maxCells, groupBy, options.maxCellsFor);
  cells = sortCells(cells, groupBy);

  // Restricted viewers get every cell through the cell key method, but a PARTNER its own cells exactly.
  const kind = MEASURES[options.measure].perturbation;
  const rows: AggregateRowValue[] = new Array(cells.length);
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index]!;
    if (!policy.suppress || (cell.own && policy.ownPartnerCode !== null)) {
      rows[index] = cell.exactRow ?? { keys: cell.keys, value: cell.value, suppressed: false };
    } else {
      const published = publishKeyedCell(kind, cell, options.k);
      rows[index] = { keys: cell.keys, value: published.value, suppressed: published.suppressed };
    }
  }
  return { programmeCode: options.programmeCode, measure: options.measure, groupBy, role: policy.role, k: options.k, rows };
}

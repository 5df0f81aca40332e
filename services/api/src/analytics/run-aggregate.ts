import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../database/sql-fragment.js';
import type { Role, Viewer } from '../modules/auth/viewer.js';
import { normaliseFilter, type AnalyticsFilterValues, type NormalisedFilter } from './analytics-filter.js';
import { analyticsInputError, requireKnownSupportKinds } from './analytics-errors.js';
import { suppressionPolicyFor, type SuppressionPolicy } from './analytics-policy.js';
import type { RequestAnswerCache } from './answer-cache.js';
import { seriesMonths } from './month-series.js';
import { Dimension } from './semantic/dimension.js';
import { ENUM_DIMENSION_LABELS, monthLabel } from './semantic/labels.js';
import { MEASURES } from './semantic/measures.js';
import type { Measure } from './semantic/measure.js';
import { buildAggregateStatement, type AggregateQuery, type AggregateStatementRow } from './sql/aggregate-sql.js';
import { publishKeyedCell } from './perturbation/publish-cell.js';

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
  labels: (string | null)[];
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

/** Cells in the order charts and tables show them: each dimension in turn, by its sort key. */
function sortCells(cells: Cell[], groupBy: readonly Dimension[]): Cell[] {
  // Keys computed once per cell, not once per comparison: per-activity answers have thousands of cells.
  const keyed = cells.map((cell) => ({ cell, keys: groupBy.map((dimension, index) => sortKey(dimension, cell, index)) }));
  keyed.sort((a, b) => {
    for (let index = 0; index < a.keys.length; index += 1) {
      const [left, right] = [a.keys[index]!, b.keys[index]!];
      if (left !== right) return left < right ? -1 : 1;
    }
    return 0;
  });
  return keyed.map(({ cell }) => cell);
}

function labelOf(dimension: Dimension, cell: Cell, index: number): string {
  const code = cell.codes[index]!;
  if (dimension === Dimension.MONTH) return monthLabel(code);
  return cell.labels[index] ?? ENUM_DIMENSION_LABELS[dimension]?.get(code) ?? code;
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
    others.set('[]', { codes: [''], labels: [null], orders: [null], value: null, contributors: 0, own: true, keySum: 0, numerator: null, denominator: null });
  }
  const filled = [...cells];
  for (const template of others.values()) {
    for (const month of months) {
      const codes = template.codes.map((code, index) => (index === monthIndex ? month : code));
      if (present.has(JSON.stringify(codes))) continue;
      filled.push({
        codes,
        labels: template.labels.map((label, index) => (index === monthIndex ? null : label)),
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
  const compute = () => computeAggregate(em, options, groupBy, filter, policy);
  // A switched-off path must really be taken: never answered from what the other paths cached.
  if (!options.cache || options.cubes === false) return compute();
  const question = { answer: 'aggregate', measure: options.measure, groupBy, filter, policy, k: options.k };
  return options.cache.answer(options.programmeCode, question, compute, (answer) => answer.rows.length);
}

async function computeAggregate(
  em: EntityManager,
  options: RunAggregateOptions,
  groupBy: Dimension[],
  filter: NormalisedFilter,
  policy: SuppressionPolicy,
): Promise<AggregateAnswer> {
  const query: AggregateQuery = { measure: options.measure, groupBy, filter, ownPartnerCode: policy.ownPartnerCode, recordKeys: policy.suppress, cubes: options.cubes };

  const rows = await runSql<AggregateStatementRow>(em, buildAggregateStatement(options.programmeCode, query));
  const programme = rows[0];
  if (!programme) throw analyticsInputError(`There is no programme with the code ${JSON.stringify(options.programmeCode)}.`, 'programme');
  requireKnownSupportKinds(filter, programme.support_kinds, options.programmeCode);

  let cells: Cell[] = rows
    .filter((row) => row.has_cell)
    .map((row) => ({
      codes: groupBy.map((_, index) => String(row[`code_${index}`])),
      labels: groupBy.map((_, index) => (row[`label_${index}`] as string | null) ?? null),
      orders: groupBy.map((_, index) => (row[`ord_${index}`] as number | null) ?? null),
      value: row.value === null ? null : Number(row.value),
      contributors: Number(row.contributors ?? 0),
      own: row.own !== false,
      keySum: Number(row.key_sum ?? 0),
      numerator: row.num === undefined || row.num === null ? null : { value: Number(row.num), keySum: Number(row.num_key ?? 0) },
      denominator: row.den === undefined || row.den === null ? null : Number(row.den),
    }));
  cells = fillMonths(cells, groupBy, {
    programmeStart: programme.start_date,
    programmeEnd: programme.end_date,
    filter,
    emptyValue: MEASURES[options.measure].emptyValue,
  });
  cells = sortCells(cells, groupBy);

  // Restricted viewers get every cell through the cell key method, but a PARTNER its own cells exactly.
  const kind = MEASURES[options.measure].perturbation;
  const published = cells.map((cell) =>
    !policy.suppress || (cell.own && policy.ownPartnerCode !== null) ? { value: cell.value, suppressed: false } : publishKeyedCell(kind, cell, options.k),
  );

  return {
    programmeCode: options.programmeCode,
    measure: options.measure,
    groupBy,
    role: policy.role,
    k: options.k,
    rows: cells.map((cell, index) => ({
      keys: groupBy.map((dimension, position) => ({ dimension, code: cell.codes[position]!, label: labelOf(dimension, cell, position) })),
      value: published[index]!.value,
      suppressed: published[index]!.suppressed,
    })),
  };
}

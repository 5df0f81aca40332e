import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndicatorTerm } from '@razem/seeds';
import { joinSql, rawSql, runSql, sql, type SqlFragment } from '../database/sql-fragment.js';
import type { Role, Viewer } from '../access/viewer.js';
import { describeIndicatorFormula } from './indicator-formula.js';
import type { IndicatorUnit } from '../codes/indicator-codes.js';
import { indicatorDefinitions, indicatorProgramme, type IndicatorDefinition } from './indicator-definitions.js';
import { intersectFilters, normaliseFilter, type AnalyticsFilterValues, type NormalisedFilter } from './analytics-filter.js';
import { requireKnownSupportKinds } from './analytics-errors.js';
import { suppressionPolicyFor, type SuppressionPolicy } from './analytics-policy.js';
import type { RequestAnswerCache } from './answer-cache.js';
import { inComputationSlot } from './computation-slots.js';
import { publishKeyedCell, type PublishedCell } from './perturbation/publish-cell.js';
import { validateAggregateInput, validateRestrictedPeriod } from './run-aggregate.js';
import type { RollupState } from './semantic/fact-sources.js';
import { MEASURES } from './semantic/measures.js';
import { Measure } from './semantic/measure.js';
import { isStructuralMeasure, structuralCountSql } from './semantic/structural-measures.js';
import { buildCellsCtes, programmeCte } from './sql/aggregate-sql.js';

export interface IndicatorResult {
  code: string;
  name: string;
  description: string;
  formula: string;
  unit: IndicatorUnit;
  value: number | null;
  target: number | null;
  targetIllustrative: boolean;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}

export interface IndicatorsAnswer {
  programmeCode: string;
  indicators: IndicatorResult[];
  role: Role;
  k: number;
}

interface TermRow {
  term: number;
  value: number | null;
  contributors: number;
  own: boolean;
  /** For restricted viewers (cell key method). */
  key_sum?: number | null;
  num?: number | null;
  num_key?: number | null;
  den?: number | null;
}

/** The key columns every term row carries for a restricted viewer (null where a term has none). */
const KEY_COLUMNS = ['key_sum', 'num', 'num_key', 'den'] as const;

/** One term's single-row query: an aggregate total, or a structural count. */
function termCtes(
  term: IndicatorTerm,
  filter: NormalisedFilter,
  index: number,
  ownPartnerCode: string | null,
  recordKeys: boolean,
  rollups: RollupState,
): { ctes: SqlFragment | null; select: SqlFragment } {
  const noKeys = recordKeys ? rawSql(`, ${KEY_COLUMNS.map((column) => `null::float8 as ${column}`).join(', ')}`) : rawSql('');
  if (isStructuralMeasure(term.measure)) {
    return {
      ctes: null,
      select: sql`select ${index} as term, ${structuralCountSql(term.measure, filter)}::float8 as value, 0 as contributors, true as own${noKeys}`,
    };
  }
  if (!Object.values(Measure).includes(term.measure as Measure)) {
    throw new Error(`Indicator term names an unknown measure: ${term.measure}.`);
  }
  const termFilter = intersectFilters(filter, normaliseFilter(term.filter as AnalyticsFilterValues | undefined));
  const measure = term.measure as Measure;
  const { ctes, cells } = buildCellsCtes({ measure, groupBy: [], filter: termFilter, ownPartnerCode, recordKeys, rollups }, `t${index}_`);
  const keys = !recordKeys
    ? ''
    : MEASURES[measure].perturbation === 'rate'
      ? `, ${KEY_COLUMNS.join(', ')}`
      : ', key_sum, null::float8 as num, null::float8 as num_key, null::float8 as den';
  return { ctes, select: sql`select ${index} as term, value, contributors, own${rawSql(keys)} from ${rawSql(cells)}` };
}

/**
 * The indicators' terms (numerator, then denominator, indicator by indicator), each distinct term once:
 * several indicators share one (the register count is three indicators' denominator or value), and a
 * statement that computes it once is planned and run once. `positions[i]` is the i-th term's index
 * among `distinct`.
 */
function indicatorTerms(definitions: readonly Pick<IndicatorDefinition, 'numerator' | 'denominator'>[]): { distinct: IndicatorTerm[]; positions: number[] } {
  const distinct: IndicatorTerm[] = [];
  const keys = new Map<string, number>();
  const positions = definitions
    .flatMap((definition) => [definition.numerator, ...(definition.denominator ? [definition.denominator] : [])])
    .map((term) => {
      const key = JSON.stringify([term.measure, normaliseFilter(term.filter as AnalyticsFilterValues | undefined)]);
      let index = keys.get(key);
      if (index === undefined) {
        index = distinct.push(term) - 1;
        keys.set(key, index);
      }
      return index;
    });
  return { distinct, positions };
}

/** Every distinct term of the indicators (indicatorTerms) as one statement: rows (term, value, contributors, own). */
export function buildIndicatorsStatement(
  programmeCode: string,
  definitions: readonly Pick<IndicatorDefinition, 'numerator' | 'denominator'>[],
  filter: NormalisedFilter,
  ownPartnerCode: string | null,
  recordKeys = false,
  rollups: RollupState = 'UNKNOWN',
): SqlFragment {
  const parts = indicatorTerms(definitions).distinct.map((term, index) => termCtes(term, filter, index, ownPartnerCode, recordKeys, rollups));
  const ctes = parts.flatMap((part) => (part.ctes ? [part.ctes] : []));
  return sql`with ${joinSql([programmeCte(programmeCode, ownPartnerCode), ...ctes], ',\n')}
${joinSql(parts.map((part) => part.select), '\nunion all\n')}`;
}

/**
 * The programme's indicators for a viewer: every term of every indicator (numerator, denominator,
 * each within the caller's filter) computed in ONE SQL statement, then published term by term (perturbed
 * for restricted viewers, as `aggregate` cells are) and divided. An indicator is suppressed when a term
 * is: value, numerator and denominator are then all hidden, since any two give the third.
 * There is no complementary suppression between indicators: they are not cells of one table, and none is
 * another's difference of shown values.
 */
export async function runIndicators(
  em: EntityManager,
  options: { programmeCode: string; filter?: AnalyticsFilterValues | null; viewer: Viewer | null; k: number; cache?: RequestAnswerCache },
): Promise<IndicatorsAnswer> {
  const filter = normaliseFilter(options.filter);
  validateAggregateInput([], filter);
  const policy = suppressionPolicyFor(options.viewer);
  validateRestrictedPeriod(filter, policy);
  const compute = (rollups: RollupState) => computeIndicators(em, options, filter, policy, rollups);
  if (!options.cache) return compute('UNKNOWN');
  const question = { answer: 'indicators', filter, policy, k: options.k };
  return options.cache.answer(options.programmeCode, question, compute);
}

/**
 * One term as the viewer may see it: exact for ADMIN/STEERING, for a PARTNER's own cells and for
 * structural counts (they rest on no one); otherwise the same cell key method as `aggregate`, so a term
 * and the aggregate total of the same measure and filter publish the same value.
 */
function publishTerm(term: IndicatorTerm, row: TermRow, policy: SuppressionPolicy, k: number): PublishedCell {
  const value = row.value === null ? null : Number(row.value);
  const exempt = !policy.suppress || isStructuralMeasure(term.measure) || (row.own !== false && policy.ownPartnerCode !== null);
  if (exempt) return { value, suppressed: false };
  return publishKeyedCell(MEASURES[term.measure as Measure].perturbation, {
    value,
    contributors: Number(row.contributors),
    keySum: Number(row.key_sum ?? 0),
    numerator: row.num === null || row.num === undefined ? null : { value: Number(row.num), keySum: Number(row.num_key ?? 0) },
    denominator: row.den === null || row.den === undefined ? null : Number(row.den),
  }, k);
}

async function computeIndicators(
  em: EntityManager,
  options: { programmeCode: string; k: number },
  filter: NormalisedFilter,
  policy: SuppressionPolicy,
  rollups: RollupState,
): Promise<IndicatorsAnswer> {
  const programme = await indicatorProgramme(em, options.programmeCode);
  if (filter.supportKinds) {
    const known = await runSql<{ code: string }>(em, sql`select code from support_kind where programme_id = ${programme.id} order by position`);
    requireKnownSupportKinds(filter, known.map((row) => row.code), options.programmeCode);
  }
  const definitions = await indicatorDefinitions(em, programme.id);
  if (definitions.length === 0) return { programmeCode: options.programmeCode, indicators: [], role: policy.role, k: options.k };

  const statement = buildIndicatorsStatement(options.programmeCode, definitions, filter, policy.ownPartnerCode, policy.suppress, rollups);
  const rows = await inComputationSlot(() => runSql<TermRow>(em, statement));
  const byTerm = new Map(rows.map((row) => [Number(row.term), row]));
  const { positions } = indicatorTerms(definitions);

  let next = 0;
  const indicators = definitions.map((definition): IndicatorResult => {
    const terms = [definition.numerator, ...(definition.denominator ? [definition.denominator] : [])];
    const termRows = terms.map(() => byTerm.get(positions[next++]!)!);
    const [numeratorTerm, denominatorTerm] = termRows.map((row, index) => publishTerm(terms[index]!, row, policy, options.k)) as [
      PublishedCell,
      PublishedCell | undefined,
    ];
    const suppressed = numeratorTerm.suppressed || Boolean(denominatorTerm?.suppressed);
    const numerator = numeratorTerm.value;
    const denominator = denominatorTerm ? denominatorTerm.value : null;
    const value = definition.denominator ? (numerator !== null && denominator ? numerator / denominator : null) : numerator;
    return {
      code: definition.code,
      name: definition.name,
      description: definition.description,
      formula: describeIndicatorFormula(definition),
      unit: definition.unit,
      value: suppressed ? null : value,
      target: definition.target ?? null,
      targetIllustrative: definition.targetIllustrative,
      numerator: suppressed ? null : numerator,
      denominator: suppressed ? null : denominator,
      suppressed,
    };
  });
  return { programmeCode: options.programmeCode, indicators, role: policy.role, k: options.k };
}

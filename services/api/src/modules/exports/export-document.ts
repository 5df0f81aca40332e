import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndicatorTerm } from '@razem/seeds';
import { GraphQLError } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import {
  ENUM_DIMENSION_LABELS,
  Dimension,
  Measure,
  runAggregate,
  runIndicators,
  describeIndicatorFormula,
  suppressionPolicyFor,
  publicationOf,
  type Publication,
  type AggregateAnswer,
  type AggregateRowValue,
  type AnalyticsFilterValues,
} from '../../analytics/index.js';
import type { Role, Viewer } from '../../access/viewer.js';
import { IndicatorUnit } from '../../codes/indicator-codes.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { Sex } from '../../codes/participant-attributes.js';
import { ExportParameterError, type ExportKind, type ExportRequest } from './export-parameters.js';

/** Bumped whenever a field of the JSON export changes meaning or goes away (adding fields keeps it). */
export const EXPORT_FORMAT_VERSION = 1;

/** A published number: exact, or hidden (value null) because it rests on too few participants. */
export interface ExportCell {
  value: number | null;
  suppressed: boolean;
}

export interface ExportTermDefinition {
  measure: string;
  /** What the measure counts (from the GraphQL schema's own description). */
  measureDefinition: string;
  /** The term's own filter (AnalyticsFilter shape), null when it has none. */
  filter: Record<string, unknown> | null;
}

export interface ExportIndicatorDefinition {
  code: string;
  name: string;
  description: string;
  unit: IndicatorUnit;
  /** Written out, e.g. "COMPLETIONS ÷ PARTICIPANTS". */
  formula: string;
  numerator: ExportTermDefinition;
  denominator: ExportTermDefinition | null;
  target: number | null;
  targetIllustrative: boolean;
}

export interface ExportIndicatorValue {
  code: string;
  name: string;
  unit: IndicatorUnit;
  value: number | null;
  target: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}

export interface ExportAggregate {
  measure: Measure;
  measureDefinition: string;
  groupBy: Dimension[];
  rows: AggregateRowValue[];
}

/** One row of an ESF-style table: a category split by sex, with its total. */
export interface EsfRow {
  /** The category's code (e.g. AGE_18_24), or the measure for whole-measure rows (COMPLETIONS). */
  code: string;
  label: string;
  female: ExportCell;
  male: ExportCell;
  total: ExportCell;
}

export interface EsfTable {
  title: string;
  measure: Measure;
  /** The dimension the rows are (null when each row is a measure of its own). */
  dimension: Dimension | null;
  rows: EsfRow[];
}

/** What every export holds, whatever its format: the JSON export is this object. */
export interface ExportDocument {
  version: number;
  kind: ExportKind;
  programme: { code: string; name: string; startDate: string; endDate: string; syntheticParticipants: boolean };
  generatedAt: string;
  role: Role;
  partnerCode: string | null;
  suppressionK: number;
  /** Whether and how much the values are perturbed for this role (cell key method), with a note saying so. */
  perturbation: Publication;
  /** What a hidden cell reads in CSV and XLSX ("<5"); the JSON has value null, suppressed true. */
  suppressedMarker: string;
  /** The caller's filter (empty: the whole programme). */
  filter: AnalyticsFilterValues;
  indicatorDefinitions: ExportIndicatorDefinition[];
  indicators: ExportIndicatorValue[] | null;
  aggregate: ExportAggregate | null;
  esf: { participantsAtEntry: EsfTable[]; resultsAtExit: EsfTable };
}

/** Counts of the programme's structure used by indicators: not analytics measures, so described here. */
const STRUCTURAL_MEASURE_DEFINITIONS: Readonly<Record<string, string>> = {
  SITES: 'Sites redeveloped by the programme (its own structure: rests on no participant, never suppressed).',
  EVENTS: 'Community events of the programme (its own structure: rests on no participant, never suppressed).',
  MEDIA_MENTIONS: 'Media publications about the programme (its own structure: rests on no participant, never suppressed).',
};

/** The measure's description as the GraphQL schema documents it: one text for the API and the exports. */
export function measureDefinition(measure: string): string {
  const metadata = getMetadataStorage().enums.find((entry) => entry.enumObj === Measure);
  const description = (metadata?.valuesConfig as Record<string, { description?: string } | undefined> | undefined)?.[measure]?.description;
  return description ?? STRUCTURAL_MEASURE_DEFINITIONS[measure] ?? measure;
}

function termDefinition(term: IndicatorTerm): ExportTermDefinition {
  const filter = Object.fromEntries(
    Object.entries(term.filter ?? {}).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)),
  );
  return { measure: term.measure, measureDefinition: measureDefinition(term.measure), filter: Object.keys(filter).length ? filter : null };
}

/** Runs analytics, turning its BAD_USER_INPUT (unknown programme, bad period …) into a parameter error. */
async function analytics<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      const argument = String(error.extensions.argument ?? 'parameters');
      throw new ExportParameterError(argument === 'filter' ? 'from' : argument.replace(/^filter\./, ''), error.message);
    }
    throw error;
  }
}

const SEX_LABEL = ENUM_DIMENSION_LABELS[Dimension.SEX]!;

function cellOf(row: AggregateRowValue | undefined): ExportCell {
  // A category missing from the answer has no participants at all: an exact zero, nothing to hide.
  return row ? { value: row.value, suppressed: row.suppressed } : { value: 0, suppressed: false };
}

function rowFor(answer: AggregateAnswer, codes: readonly string[]): AggregateRowValue | undefined {
  return answer.rows.find((row) => row.keys.length === codes.length && row.keys.every((key, index) => key.code === codes[index]));
}

/**
 * The ESF common-indicator shape: participants at entry by sex × age band, labour-market status and
 * education, and results at exit by sex. Every number comes from runAggregate for the viewer, so each
 * table is suppressed exactly as the same `aggregate` query would be; the totals column and row are the
 * one-dimensional answers that suppression already treats as known line totals.
 */
async function buildEsfTables(
  run: (measure: Measure, groupBy: Dimension[]) => Promise<AggregateAnswer>,
): Promise<ExportDocument['esf']> {
  const sexes = [Sex.FEMALE, Sex.MALE] as const;
  const splitBySex = async (measure: Measure, dimension: Dimension, title: string): Promise<EsfTable> => {
    const cross = await run(measure, [Dimension.SEX, dimension]);
    const totals = await run(measure, [dimension]);
    const categories = ENUM_DIMENSION_LABELS[dimension]!;
    return {
      title,
      measure,
      dimension,
      rows: [...categories].map(([code, label]) => {
        const [female, male] = sexes.map((sex) => cellOf(rowFor(cross, [sex, code])));
        return { code, label, female: female!, male: male!, total: cellOf(rowFor(totals, [code])) };
      }),
    };
  };
  const wholeMeasureRow = async (measure: Measure, label: string): Promise<EsfRow> => {
    const bySex = await run(measure, [Dimension.SEX]);
    const total = await run(measure, []);
    const [female, male] = sexes.map((sex) => cellOf(rowFor(bySex, [sex])));
    return { code: measure, label, female: female!, male: male!, total: cellOf(total.rows[0]) };
  };

  const participantsAtEntry = [
    await splitBySex(Measure.PARTICIPANTS, Dimension.AGE_BAND, 'Uczestnicy według wieku w dniu przystąpienia / Participants by age at entry'),
    await splitBySex(Measure.PARTICIPANTS, Dimension.LABOUR_STATUS, 'Uczestnicy według statusu na rynku pracy / Participants by labour-market status at entry'),
    await splitBySex(Measure.PARTICIPANTS, Dimension.EDUCATION, 'Uczestnicy według wykształcenia (ISCED) / Participants by education at entry'),
  ];
  for (const table of participantsAtEntry) {
    table.rows.push(await wholeMeasureRow(Measure.PARTICIPANTS, 'Ogółem / Total'));
  }
  const results = await splitBySex(Measure.RESULTS, Dimension.RESULT_TYPE, 'Rezultaty po zakończeniu udziału według płci / Results at exit by sex');
  results.rows.push(
    await wholeMeasureRow(Measure.RESULTS, 'Uczestnicy z co najmniej jednym rezultatem / Participants with any result'),
    await wholeMeasureRow(Measure.COMPLETIONS, 'Ukończyli udział (UKONCZENIE) / Completed'),
    await wholeMeasureRow(Measure.DROPOUTS, 'Zrezygnowali (REZYGNACJA) / Dropped out'),
  );
  return { participantsAtEntry, resultsAtExit: results };
}

/** Column headers of the sex split, for the formats. */
export const ESF_COLUMNS = {
  female: `${SEX_LABEL.get(Sex.FEMALE)} / Women`,
  male: `${SEX_LABEL.get(Sex.MALE)} / Men`,
  total: 'Ogółem / Total',
} as const;

/**
 * Everything an export publishes, computed for `viewer` through the same services as GraphQL's
 * `indicators` and `aggregate` (so suppression is the viewer's): programme, time, role, K, every
 * indicator's definition, the values, and the ESF participant tables.
 */
export async function buildExportDocument(
  em: EntityManager,
  options: { request: ExportRequest; viewer: Viewer; k: number; now: Date; maxCells?: number },
): Promise<ExportDocument> {
  const { request, viewer, k } = options;
  const programme = await em.findOne(Programme, { code: request.programmeCode });
  if (!programme) throw new ExportParameterError('programme', `There is no programme with the code ${JSON.stringify(request.programmeCode)}.`);
  const definitions = await em.find(Indicator, { programme }, { orderBy: { position: 'asc' } });

  const indicatorsAnswer =
    request.kind === 'indicators' ? await analytics(() => runIndicators(em, { programmeCode: programme.code, filter: request.filter, viewer, k })) : null;
  const run = (measure: Measure, groupBy: Dimension[]) =>
    analytics(() => runAggregate(em, { programmeCode: programme.code, measure, groupBy, filter: request.filter, viewer, k, maxCells: options.maxCells, maxCellsFor: 'export' }));
  const aggregateAnswer = request.kind === 'aggregate' ? await run(request.measure!, request.groupBy) : null;

  return {
    version: EXPORT_FORMAT_VERSION,
    kind: request.kind,
    programme: {
      code: programme.code,
      name: programme.name,
      startDate: programme.startDate,
      endDate: programme.endDate,
      syntheticParticipants: programme.syntheticParticipants,
    },
    generatedAt: options.now.toISOString(),
    role: suppressionPolicyFor(viewer).role,
    partnerCode: viewer.partnerCode,
    suppressionK: k,
    perturbation: publicationOf(viewer),
    suppressedMarker: `<${k}`,
    filter: request.filter,
    indicatorDefinitions: definitions.map((definition) => ({
      code: definition.code,
      name: definition.name,
      description: definition.description,
      unit: definition.unit,
      formula: describeIndicatorFormula(definition),
      numerator: termDefinition(definition.numerator),
      denominator: definition.denominator ? termDefinition(definition.denominator) : null,
      target: definition.target ?? null,
      targetIllustrative: definition.targetIllustrative,
    })),
    indicators: indicatorsAnswer
        ? indicatorsAnswer.indicators.map((indicator) => ({
            code: indicator.code,
            name: indicator.name,
            unit: indicator.unit,
            value: indicator.value,
            target: indicator.target,
            numerator: indicator.numerator,
            denominator: indicator.denominator,
            suppressed: indicator.suppressed,
          }))
        : null,
    aggregate: aggregateAnswer
      ? {
          measure: aggregateAnswer.measure,
          measureDefinition: measureDefinition(aggregateAnswer.measure),
          groupBy: aggregateAnswer.groupBy,
          rows: aggregateAnswer.rows,
        }
      : null,
    esf: await buildEsfTables(run),
  };
}

/** A filter written the way the query parameters take it: "ageBands=UNDER_18,AGE_18_24; from=2012-01-01". */
export function describeFilter(filter: Record<string, unknown> | null | undefined): string {
  return Object.entries(filter ?? {})
    .filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => `${name}=${Array.isArray(value) ? value.join(',') : String(value)}`)
    .join('; ');
}

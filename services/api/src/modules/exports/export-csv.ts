import { stringify } from 'csv-stringify/sync';
import type { CsvOptions } from './export-parameters.js';
import { describeFilter, type ExportDocument } from './export-document.js';

type CsvCell = string | number | null;

/**
 * The export as one rectangular CSV table (RFC 4180: every record has the same fields, so any
 * parser and any spreadsheet read it): one row per indicator or aggregate cell, each carrying the
 * programme, the time, the role, K and its definition — a CSV has nowhere else to keep them.
 * UTF-8 with a BOM (Excel otherwise reads it as Windows-1250), CRLF, quoting only where needed; a text
 * starting with = + - @ gets a leading ' so that no spreadsheet runs it as a formula.
 */
export function renderCsv(document: ExportDocument, options: CsvOptions): Buffer {
  const number = (value: number | null, suppressed: boolean): string => {
    if (suppressed) return document.suppressedMarker;
    if (value === null) return '';
    const text = String(value);
    return options.decimal === ',' ? text.replace('.', ',') : text;
  };
  const context = (): CsvCell[] => [
    document.role,
    document.partnerCode ?? '',
    document.suppressionK,
    document.perturbation.maxAdjustment ?? 0,
    document.perturbation.note,
    document.generatedAt,
    describeFilter(document.filter as Record<string, unknown>),
  ];
  const contextHeader = ['role', 'role_partner', 'suppression_k', 'perturbation_max_adjustment', 'perturbation_note', 'generated_at', 'export_filter'];

  let records: CsvCell[][];
  if (document.indicators) {
    const definitions = new Map(document.indicatorDefinitions.map((definition) => [definition.code, definition]));
    records = [
      [
        'programme', 'indicator', 'name', 'unit', 'value', 'target', 'numerator', 'denominator',
        'formula', 'numerator_measure', 'numerator_filter', 'denominator_measure', 'denominator_filter', 'description',
        ...contextHeader,
      ],
      ...document.indicators.map((indicator) => {
        const definition = definitions.get(indicator.code);
        return [
          document.programme.code,
          indicator.code,
          indicator.name,
          indicator.unit,
          number(indicator.value, indicator.suppressed),
          // Targets come from the programme definition, not from participants: never hidden.
          number(indicator.target, false),
          number(indicator.numerator, indicator.suppressed),
          number(indicator.denominator, indicator.suppressed),
          definition?.formula ?? '',
          definition?.numerator.measure ?? '',
          describeFilter(definition?.numerator.filter),
          definition?.denominator?.measure ?? '',
          describeFilter(definition?.denominator?.filter),
          definition?.description ?? '',
          ...context(),
        ];
      }),
    ];
  } else if (document.aggregate) {
    const { aggregate } = document;
    const dimensions = aggregate.groupBy.map((dimension) => dimension.toLowerCase());
    records = [
      ['programme', 'measure', ...dimensions.flatMap((name) => [name, `${name}_label`]), 'value', 'measure_definition', ...contextHeader],
      ...aggregate.rows.map((row) => [
        document.programme.code,
        aggregate.measure,
        ...row.keys.flatMap((key) => [key.code, key.label]),
        number(row.value, row.suppressed),
        aggregate.measureDefinition,
        ...context(),
      ]),
    ];
  } else {
    throw new Error('An export document holds either indicators or an aggregate.');
  }
  return Buffer.from(stringify(records, { bom: true, delimiter: options.delimiter, record_delimiter: 'windows', escape_formulas: true }), 'utf8');
}

import { Dimension, MAX_GROUP_BY, Measure, type AnalyticsFilterValues } from '../../analytics/index.js';
import { ActivityKind } from '../../codes/activity-kind.js';
import { AgeBand, Education, LabourStatus, Sex } from '../../codes/participant-attributes.js';
import { ResultType } from '../../codes/result-type.js';
import { SUPPORT_KIND_CODE } from '../../codes/support-kind.js';

export const EXPORT_KINDS = ['indicators', 'aggregate'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How numbers and fields are written in a CSV: RFC 4180 defaults, or the Polish spreadsheet convention. */
export interface CsvOptions {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

/** One export, fully validated: what to compute and how to write it. */
export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  programmeCode: string;
  /** The aggregate's measure (null for indicators). */
  measure: Measure | null;
  groupBy: Dimension[];
  filter: AnalyticsFilterValues;
  csv: CsvOptions;
}

/** A caller's mistake in an export request, naming the parameter: HTTP 400, CLI exit 2. */
export class ExportParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExportParameterError';
  }
}

/** Filter parameters with a closed set of values, and those values. */
const ENUM_FILTERS = {
  activityKinds: Object.values(ActivityKind),
  sexes: Object.values(Sex),
  ageBands: Object.values(AgeBand),
  labourStatuses: Object.values(LabourStatus),
  educations: Object.values(Education),
  resultTypes: Object.values(ResultType),
} as const satisfies Partial<Record<keyof AnalyticsFilterValues, readonly string[]>>;

/** Filter parameters naming programme structure: free codes (an unknown one matches nothing, as in GraphQL). */
const CODE_FILTERS = ['partners', 'tasks', 'activities'] as const;

/** Every query parameter an export understands; anything else is refused, so that a typo never silently widens an export. */
export const EXPORT_PARAMETERS = [
  'programme',
  'measure',
  'groupBy',
  ...CODE_FILTERS,
  ...(Object.keys(ENUM_FILTERS) as (keyof typeof ENUM_FILTERS)[]),
  'supportKinds',
  'from',
  'to',
  'sep',
  'decimal',
] as const;

const CODE_PATTERN = /^[A-Za-z0-9_-]{1,60}$/;

function single(parameters: URLSearchParams, name: string): string | undefined {
  const values = parameters.getAll(name);
  if (values.length > 1) throw new ExportParameterError(name, `${name} is given ${values.length} times; give it once (lists are comma-separated).`);
  const value = values[0]?.trim();
  return value === '' ? undefined : value;
}

/** A comma list; empty items are dropped ("a,,b" and "a,b" agree, "" means no restriction). */
function list(parameters: URLSearchParams, name: string): string[] | undefined {
  const raw = single(parameters, name);
  if (raw === undefined) return undefined;
  const items = raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return items.length ? items : undefined;
}

/** Enum values case-insensitively, each checked, named in the error with the choices. */
function enumList<T extends string>(parameters: URLSearchParams, name: string, choices: readonly T[]): T[] | undefined {
  const items = list(parameters, name);
  if (!items) return undefined;
  return items.map((item) => {
    const value = choices.find((choice) => choice === item.toUpperCase());
    if (!value) throw new ExportParameterError(name, `${name}: unknown value ${JSON.stringify(item)}; expected one of ${choices.join(', ')}.`);
    return value;
  });
}

function date(parameters: URLSearchParams, name: 'from' | 'to'): string | undefined {
  const raw = single(parameters, name);
  if (raw === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!parsed || parsed.toISOString().slice(0, 10) !== raw) {
    throw new ExportParameterError(name, `${name} must be a date written YYYY-MM-DD; got ${JSON.stringify(raw)}.`);
  }
  return raw;
}

/**
 * Reads and checks an export's query parameters (the HTTP query string, or the CLI's options turned
 * into one). Throws ExportParameterError naming the first bad parameter; never lets a bad value reach SQL.
 */
export function parseExportParameters(options: { kind: ExportKind; format: ExportFormat; parameters: URLSearchParams }): ExportRequest {
  const { kind, format, parameters } = options;
  for (const name of new Set(parameters.keys())) {
    if (!(EXPORT_PARAMETERS as readonly string[]).includes(name)) {
      throw new ExportParameterError(name, `Unknown parameter ${JSON.stringify(name)}; expected some of ${EXPORT_PARAMETERS.join(', ')}.`);
    }
  }

  const programmeCode = single(parameters, 'programme');
  if (!programmeCode) throw new ExportParameterError('programme', 'programme is required: the programme code, e.g. RDR-PLOCK-2011.');
  if (!CODE_PATTERN.test(programmeCode)) throw new ExportParameterError('programme', `programme: ${JSON.stringify(programmeCode)} is not a programme code.`);

  let measure: Measure | null = null;
  let groupBy: Dimension[] = [];
  if (kind === 'aggregate') {
    const rawMeasure = single(parameters, 'measure');
    if (!rawMeasure) throw new ExportParameterError('measure', `measure is required; expected one of ${Object.values(Measure).join(', ')}.`);
    measure = Object.values(Measure).find((value) => value === rawMeasure.toUpperCase()) ?? null;
    if (!measure) throw new ExportParameterError('measure', `measure: unknown value ${JSON.stringify(rawMeasure)}; expected one of ${Object.values(Measure).join(', ')}.`);
    groupBy = enumList(parameters, 'groupBy', Object.values(Dimension)) ?? [];
    if (groupBy.length > MAX_GROUP_BY) throw new ExportParameterError('groupBy', `groupBy takes at most ${MAX_GROUP_BY} dimensions; got ${groupBy.length}.`);
    const repeated = groupBy.find((dimension, index) => groupBy.indexOf(dimension) !== index);
    if (repeated) throw new ExportParameterError('groupBy', `groupBy names ${repeated} twice.`);
  } else {
    for (const name of ['measure', 'groupBy']) {
      if (parameters.has(name)) throw new ExportParameterError(name, `${name} applies to aggregate exports only, not to indicators.`);
    }
  }

  const filter: AnalyticsFilterValues = {};
  for (const name of CODE_FILTERS) {
    const codes = list(parameters, name);
    const bad = codes?.find((code) => !CODE_PATTERN.test(code));
    if (bad !== undefined) throw new ExportParameterError(name, `${name}: ${JSON.stringify(bad)} is not a code.`);
    // As in GraphQL: codes are exact, and an unknown one matches nothing.
    if (codes) filter[name] = codes;
  }
  for (const [name, choices] of Object.entries(ENUM_FILTERS) as [keyof typeof ENUM_FILTERS, readonly string[]][]) {
    const values = enumList(parameters, name, choices);
    if (values) (filter as Record<string, readonly string[]>)[name] = values;
  }
  // Support kinds are the programme's own: the form is checked here, the programme's codes where it is read.
  const supportKinds = list(parameters, 'supportKinds')?.map((code) => code.toUpperCase());
  const badKind = supportKinds?.find((code) => !SUPPORT_KIND_CODE.test(code));
  if (badKind !== undefined) throw new ExportParameterError('supportKinds', `supportKinds: ${JSON.stringify(badKind)} is not a support kind code.`);
  if (supportKinds) filter.supportKinds = supportKinds;
  const from = date(parameters, 'from');
  const to = date(parameters, 'to');
  if (from && to && from > to) throw new ExportParameterError('from', `from (${from}) is after to (${to}).`);
  if (from) filter.from = from;
  if (to) filter.to = to;

  const sep = single(parameters, 'sep');
  const decimal = single(parameters, 'decimal');
  if (format !== 'csv') {
    const csvOnly = sep !== undefined ? 'sep' : decimal !== undefined ? 'decimal' : null;
    if (csvOnly) throw new ExportParameterError(csvOnly, `${csvOnly} applies to CSV exports only, not to ${format}.`);
  }
  if (sep !== undefined && sep !== 'comma' && sep !== 'semicolon') {
    throw new ExportParameterError('sep', `sep must be "comma" (the default) or "semicolon"; got ${JSON.stringify(sep)}.`);
  }
  if (decimal !== undefined && decimal !== 'point' && decimal !== 'comma') {
    throw new ExportParameterError('decimal', `decimal must be "point" (the default) or "comma"; got ${JSON.stringify(decimal)}.`);
  }
  const csv: CsvOptions = { delimiter: sep === 'semicolon' ? ';' : ',', decimal: decimal === 'comma' ? ',' : '.' };

  return { kind, format, programmeCode, measure, groupBy, filter, csv };
}

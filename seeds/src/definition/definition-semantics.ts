import {
  OPTIONAL_RECORD_FIELDS,
  UNIFIED_RECORDS,
  type RecordFields,
  type UnifiedRecord,
} from '../programme-definition.js';
import { pointer, type DefinitionProblem } from './definition-problem.js';

/**
 * The checks a JSON Schema cannot express: unique codes, references between parts of the definition,
 * what each layout's record needs, dates inside the period. They run on the parsed definition even when
 * the schema found problems (so that one run lists every error), and so read it defensively: a part
 * of the wrong shape is skipped here, the schema has already said why.
 */

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const objects = (value: unknown): [number, Loose][] =>
  Array.isArray(value) ? value.flatMap((item, index): [number, Loose][] => (isObject(item) ? [[index, item]] : [])) : [];
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown): [number, string][] =>
  Array.isArray(value) ? value.flatMap((item, index): [number, string][] => (typeof item === 'string' ? [[index, item]] : [])) : [];

/** The fields each unified record has (RecordFields as values, for checks at run time). */
export const RECORD_FIELDS: { readonly [R in UnifiedRecord]: readonly RecordFields[R][] } = {
  register: ['participantCode', 'pesel', 'entryDate', 'exitDate', 'exitReason', 'labourStatus', 'education'],
  attendance: ['participantCode', 'pesel', 'activity', 'date', 'sessionLength', 'status'],
  childcare: ['participantCode', 'pesel', 'date', 'children', 'hours'],
  results: ['participantCode', 'pesel', 'date', 'result'],
  support: ['participantCode', 'pesel', 'date', 'supportKind', 'quantity', 'description'],
  exams: ['participantCode', 'pesel', 'activity', 'date', 'outcome', 'certificateNumber'],
};

/** Lists every semantic problem of a parsed definition (empty: none). */
export function semanticProblems(definition: unknown): DefinitionProblem[] {
  if (!isObject(definition)) return [];
  const problems: DefinitionProblem[] = [];
  const report = (path: string, value: unknown, message: string) => problems.push({ path, value, message });

  const declared = (section: string) => collectCodes(definition[section], section, 'code', report);
  const partners = declared('partners');
  const tasks = declared('tasks');
  const activities = declared('activities');
  const supportKinds = declared('supportKinds');
  for (const section of ['indicators', 'events', 'sites', 'mediaMentions']) declared(section);
  collectCodes(definition.fileLayouts, 'fileLayouts', 'kind', report);

  const mustName = (codes: Set<string>, what: string) => (path: string, value: unknown) => {
    if (typeof value === 'string' && !codes.has(value)) report(path, value, `names ${what} ${value}, which the definition does not declare`);
  };
  const knownPartner = mustName(partners, 'partner');
  const knownTask = mustName(tasks, 'task');
  const knownActivity = mustName(activities, 'activity');
  const knownSupportKind = mustName(supportKinds, 'support kind');

  for (const [index, task] of objects(definition.tasks)) knownPartner(pointer('tasks', index, 'partner'), task.partner);
  const fileCodes = new Map<string, string>();
  for (const [index, activity] of objects(definition.activities)) {
    knownPartner(pointer('activities', index, 'partner'), activity.partner);
    knownTask(pointer('activities', index, 'task'), activity.task);
    const fileCode = text(activity.fileCode);
    if (fileCode === undefined || typeof activity.partner !== 'string') continue;
    const key = `${activity.partner}\n${fileCode}`;
    const first = fileCodes.get(key);
    if (first) report(pointer('activities', index, 'fileCode'), fileCode, `is also the fileCode of ${first} of partner ${activity.partner}`);
    else fileCodes.set(key, text(activity.code) ?? `activities[${index}]`);
  }
  for (const [index, kind] of objects(definition.supportKinds)) knownActivity(pointer('supportKinds', index, 'activity'), kind.activity);

  for (const [index, layout] of objects(definition.fileLayouts)) {
    checkLayout({ layout, path: pointer('fileLayouts', index), supportKinds, report, knownPartner, knownActivity });
  }
  for (const [index, indicator] of objects(definition.indicators)) {
    const path = pointer('indicators', index);
    for (const part of ['numerator', 'denominator']) {
      const term = indicator[part];
      if (!isObject(term) || !isObject(term.filter)) continue;
      const filterPath = `${path}/${part}/filter`;
      for (const [at, code] of texts(term.filter.partners)) knownPartner(`${filterPath}/partners/${at}`, code);
      for (const [at, code] of texts(term.filter.tasks)) knownTask(`${filterPath}/tasks/${at}`, code);
      for (const [at, code] of texts(term.filter.activities)) knownActivity(`${filterPath}/activities/${at}`, code);
      for (const [at, code] of texts(term.filter.supportKinds)) knownSupportKind(`${filterPath}/supportKinds/${at}`, code);
    }
    if (indicator.unit === 'RATE' && indicator.denominator === undefined) report(`${path}/denominator`, undefined, 'is required: a RATE divides its numerator by a denominator');
    if (indicator.unit !== undefined && indicator.unit !== 'RATE' && indicator.denominator !== undefined) {
      report(`${path}/denominator`, undefined, `belongs to RATE indicators only (this one is ${String(indicator.unit)})`);
    }
    checkPlan({ indicator, path, startDate: text(definition.startDate), endDate: text(definition.endDate), report });
  }

  checkDates(definition, report);
  const participantCode = definition.participantCode;
  if (isObject(participantCode) && typeof participantCode.pattern === 'string') {
    try {
      new RegExp(participantCode.pattern, 'u');
    } catch (error) {
      report('/participantCode/pattern', participantCode.pattern, `is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  return problems;
}

type Report = (path: string, value: unknown, message: string) => void;

/** The section's codes, reporting every repeat (naming where the code was first used). */
function collectCodes(section: unknown, name: string, key: string, report: Report): Set<string> {
  const firstAt = new Map<string, number>();
  for (const [index, item] of objects(section)) {
    const code = text(item[key]);
    if (code === undefined) continue;
    const first = firstAt.get(code);
    if (first === undefined) firstAt.set(code, index);
    else report(pointer(name, index, key), code, `repeats the ${key} of ${name}[${first}]: ${key}s are unique in ${name}`);
  }
  return new Set(firstAt.keys());
}

function checkLayout(options: {
  layout: Loose;
  path: string;
  supportKinds: Set<string>;
  report: Report;
  knownPartner: (path: string, value: unknown) => void;
  knownActivity: (path: string, value: unknown) => void;
}): void {
  const { layout, path, report } = options;
  options.knownPartner(`${path}/partner`, layout.partner);
  const record = (UNIFIED_RECORDS as readonly unknown[]).includes(layout.record) ? (layout.record as UnifiedRecord) : undefined;
  const columns = isObject(layout.columns) ? layout.columns : {};

  const fieldOfColumn = new Map<string, string>();
  for (const [field, column] of Object.entries(columns)) {
    if (typeof column !== 'string') continue;
    if (record && !(RECORD_FIELDS[record] as readonly string[]).includes(field)) {
      report(`${path}/columns/${field}`, column, `is not a field of the ${record} record (its fields: ${RECORD_FIELDS[record].join(', ')})`);
    }
    const other = fieldOfColumn.get(column);
    if (other) report(`${path}/columns/${field}`, column, `maps column ${column}, which ${other} already maps: a column feeds one field`);
    else fieldOfColumn.set(column, field);
  }
  for (const [index, column] of texts(layout.dropColumns)) {
    const field = fieldOfColumn.get(column);
    if (field) report(`${path}/dropColumns/${index}`, column, `drops column ${column}, which columns.${field} reads`);
  }

  if (record) {
    const identifiers = ['participantCode', 'pesel'].filter((field) => typeof columns[field] === 'string');
    if (record === 'register' && identifiers.length < 2) {
      report(`${path}/columns`, undefined, 'the register maps both participantCode and pesel (it links the two)');
    } else if (record !== 'register' && identifiers.length !== 1) {
      report(`${path}/columns`, undefined, `names the participant by exactly one of participantCode or pesel (maps ${identifiers.length ? identifiers.join(' and ') : 'neither'})`);
    }
    const optional = OPTIONAL_RECORD_FIELDS[record] as readonly string[];
    for (const field of RECORD_FIELDS[record]) {
      if (field === 'participantCode' || field === 'pesel' || optional.includes(field)) continue;
      if (typeof columns[field] !== 'string') report(`${path}/columns/${field}`, undefined, `is required: the ${record} record needs its ${field} column`);
    }
  }

  const codes = isObject(layout.codes) ? layout.codes : {};
  for (const [field, map] of Object.entries(codes)) {
    if (!isObject(map)) continue;
    if (record && !(RECORD_FIELDS[record] as readonly string[]).includes(field)) {
      report(`${path}/codes/${field}`, undefined, `maps codes of ${field}, which the ${record} record does not have`);
      continue;
    }
    // The schema lists the hub's values for the fixed codes; support kinds are the definition's own.
    if (field !== 'supportKind') continue;
    for (const [partnerCode, target] of Object.entries(map)) {
      if (typeof target === 'string' && !options.supportKinds.has(target)) {
        report(`${path}/codes/${field}${pointer(partnerCode)}`, target, `names support kind ${target}, which the definition does not declare`);
      }
    }
  }

  const only = (property: string, condition: boolean, where: string) => {
    if (layout[property] !== undefined && !condition) report(`${path}/${property}`, layout[property], `belongs to ${where} layouts only`);
  };
  only('delimiter', layout.format === 'csv', 'csv');
  only('encodings', layout.format === 'csv', 'csv');
  only('sheet', layout.format === 'xlsx', 'xlsx');
  only('sessionLength', record === 'attendance', 'attendance');
  only('activity', record === 'childcare', 'childcare');
  if (layout.format === 'csv' && layout.delimiter === undefined) report(`${path}/delimiter`, undefined, 'is required for a csv layout');
  if (record === 'attendance' && layout.sessionLength === undefined) report(`${path}/sessionLength`, undefined, 'is required for an attendance layout: say what its sessionLength column counts');
  if (record === 'childcare') {
    if (layout.activity === undefined) report(`${path}/activity`, undefined, 'is required for a childcare layout: the activity childcare is recorded under');
    else options.knownActivity(`${path}/activity`, layout.activity);
  }
  const sessionLength = layout.sessionLength;
  if (isObject(sessionLength)) {
    if (sessionLength.unit === 'LESSON_HOURS' && sessionLength.lessonMinutes === undefined) {
      report(`${path}/sessionLength/lessonMinutes`, undefined, 'is required when the unit is LESSON_HOURS: minutes per lesson');
    }
    if (sessionLength.unit !== 'LESSON_HOURS' && sessionLength.lessonMinutes !== undefined) {
      report(`${path}/sessionLength/lessonMinutes`, sessionLength.lessonMinutes, `belongs to the LESSON_HOURS unit only (this one is ${String(sessionLength.unit)})`);
    }
  }
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkPlan(options: { indicator: Loose; path: string; startDate?: string; endDate?: string; report: Report }): void {
  const { indicator, path, report } = options;
  const plan = indicator.plan;
  if (!isObject(plan)) return;
  const first = options.startDate?.slice(0, 7);
  const last = options.endDate?.slice(0, 7);
  const inPeriod = (at: string, month: unknown) => {
    if (typeof month !== 'string' || !MONTH.test(month) || !first || !last) return;
    if (month < first || month > last) report(at, month, `lies outside the programme's period ${first} … ${last}`);
  };
  if (isObject(plan.even)) {
    inPeriod(`${path}/plan/even/from`, plan.even.from);
    inPeriod(`${path}/plan/even/to`, plan.even.to);
    if (typeof plan.even.from === 'string' && typeof plan.even.to === 'string' && plan.even.from > plan.even.to) {
      report(`${path}/plan/even/to`, plan.even.to, `comes before from (${plan.even.from})`);
    }
    if (plan.even.end === undefined && typeof indicator.target !== 'number') {
      report(`${path}/plan/even`, undefined, 'needs `end`: the indicator has no target for the plan to reach');
    }
  }
  let previous: string | undefined;
  for (const [index, point] of objects(plan.points)) {
    const at = `${path}/plan/points/${index}/month`;
    inPeriod(at, point.month);
    if (typeof point.month !== 'string') continue;
    if (previous !== undefined && point.month <= previous) report(at, point.month, `must come after the previous point's month (${previous})`);
    previous = point.month;
  }
}

function checkDates(definition: Loose, report: Report): void {
  const start = text(definition.startDate);
  const end = text(definition.endDate);
  if (start && end && start > end) report('/endDate', end, `comes before startDate (${start})`);
}

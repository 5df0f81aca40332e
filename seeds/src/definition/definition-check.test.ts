import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseProgrammeDefinition } from './definition-file.js';
import { formatDefinitionProblem } from './definition-problem.js';

/** A small but complete partnership: one partner sending an XLSX attendance file and a CSV register. */
const minimal = `
code: TEST-MINI
name: Test partnership
description: Two files, one partner.
startDate: '2024-01-01'
endDate: '2024-12-31'
syntheticParticipants: true
targetParticipants: 10
participantCode: { pattern: '^T-\\d{2}$', description: T- and two digits }
partners:
  - { code: P1, name: Partner One, shortName: P1, role: LEADER }
tasks:
  - { code: T1, name: Task one, partner: P1 }
activities:
  - { code: A1, fileCode: a1, name: Activity one, kind: WORKSHOP, partner: P1, task: T1, venue: Here, organiser: P1 }
supportKinds: []
fileLayouts:
  - kind: p1-register
    partner: P1
    record: register
    format: csv
    delimiter: ','
    dateFormat: DD.MM.YYYY
    decimalSeparator: '.'
    columns:
      participantCode: id
      pesel: pesel
      entryDate: start
      exitDate: end
      exitReason: why
      labourStatus: status
      education: school
  - kind: p1-attendance
    partner: P1
    record: attendance
    format: xlsx
    dateFormat: YYYY-MM-DD
    decimalSeparator: either
    columns: { participantCode: id, activity: class, date: day, sessionLength: minutes, status: here }
    sessionLength: { unit: MINUTES }
    codes: { status: { Y: PRESENT, N: ABSENT } }
events: []
sites: []
mediaMentions: []
indicators:
  - code: PEOPLE
    name: People
    description: Registered people.
    numerator: { measure: PARTICIPANTS }
    target: 10
    targetIllustrative: true
    plan: { illustrative: true, even: { from: '2024-01', to: '2024-04' } }
    unit: COUNT
`;

/** Applies edits (path → value; undefined deletes) to the minimal definition and writes it back as YAML. */
function edited(edits: [(string | number)[], unknown][]): string {
  const document = parseDocument(minimal);
  for (const [path, value] of edits) {
    if (value === undefined) document.deleteIn(path);
    else document.setIn(path, document.createNode(value));
  }
  return document.toString();
}

const check = (text: string) => parseProgrammeDefinition({ text, source: 'test.yaml' });

describe('programme definition checks', () => {
  it('accepts a valid definition, fills defaults and expands an even plan into points', () => {
    const result = check(minimal);
    expect(result.problems).toEqual([]);
    expect(result.definition?.fileLayouts.map((layout) => [layout.dropColumns, layout.codes])).toEqual([
      [[], {}],
      [[], { status: { Y: 'PRESENT', N: 'ABSENT' } }],
    ]);
    expect(result.definition?.indicators[0]?.plan).toEqual({
      illustrative: true,
      points: [
        { month: '2024-01', planned: 3 },
        { month: '2024-02', planned: 5 },
        { month: '2024-03', planned: 8 },
        { month: '2024-04', planned: 10 },
      ],
    });
  });

  it('lists every error of a broken definition — schema and cross-references together — with path, value and line', () => {
    const text = edited([
      [['endDate'], '2023-12-31'],
      [['participantCode', 'pattern'], '^T-([0-9]{2}$'],
      [['partners', 1], { code: 'P1', name: 'Again', shortName: 'P1b', role: 'PARTNER' }],
      [['activities', 0, 'task'], 'T9'],
      [['supportKinds', 0], { code: 'BIKE', name: { pl: 'Rower', en: 'Bike' }, activity: 'A2' }],
      [['fileLayouts', 0, 'columns', 'exitDate'], 'start'],
      [['fileLayouts', 0, 'dropColumns'], ['why']],
      [['fileLayouts', 1, 'delimiter'], ';'],
      [['fileLayouts', 1, 'columns', 'pesel'], 'pesel'],
      [['fileLayouts', 1, 'sessionLength'], { unit: 'LESSON_HOURS' }],
      [['fileLayouts', 1, 'codes', 'status', 'L'], 'LATE'],
      [['fileLayouts', 2], { kind: 'p1-register', partner: 'P9', record: 'childcare', format: 'csv', delimiter: ';', dateFormat: 'YYYY-MM-DD', decimalSeparator: '.', activity: 'NOPE', columns: { participantCode: 'id', date: 'day', children: 'kids' } }],
      [['indicators', 0, 'numerator', 'measure'], 'HAPPINESS'],
      [['indicators', 0, 'numerator', 'filter'], { partners: ['P7'] }],
      [['indicators', 0, 'plan', 'even', 'to'], '2025-02'],
      [['indicators', 0, 'colour'], 'red'],
    ]);
    const result = check(text);
    expect(result.definition).toBeUndefined();
    expect(result.problems.map(({ path, value, message }) => ({ path, value, message }))).toEqual([
      { path: '/endDate', value: '2023-12-31', message: 'comes before startDate (2024-01-01)' },
      { path: '/participantCode/pattern', value: '^T-([0-9]{2}$', message: expect.stringMatching(/^is not a valid regular expression: /) },
      { path: '/partners/1/code', value: 'P1', message: 'repeats the code of partners[0]: codes are unique in partners' },
      { path: '/activities/0/task', value: 'T9', message: 'names task T9, which the definition does not declare' },
      { path: '/supportKinds/0/activity', value: 'A2', message: 'names activity A2, which the definition does not declare' },
      { path: '/fileLayouts/0/columns/exitDate', value: 'start', message: 'maps column start, which entryDate already maps: a column feeds one field' },
      { path: '/fileLayouts/0/dropColumns/0', value: 'why', message: 'drops column why, which columns.exitReason reads' },
      { path: '/fileLayouts/1/columns', value: undefined, message: 'names the participant by exactly one of participantCode or pesel (maps participantCode and pesel)' },
      { path: '/fileLayouts/1/sessionLength/lessonMinutes', value: undefined, message: 'is required when the unit is LESSON_HOURS: minutes per lesson' },
      { path: '/fileLayouts/1/codes/status/L', value: 'LATE', message: 'must be one of PRESENT, ABSENT, EXCUSED' },
      // Added last to the layout's YAML map, so listed after its codes.
      { path: '/fileLayouts/1/delimiter', value: ';', message: 'belongs to csv layouts only' },
      { path: '/fileLayouts/2/kind', value: 'p1-register', message: 'repeats the kind of fileLayouts[0]: kinds are unique in fileLayouts' },
      { path: '/fileLayouts/2/partner', value: 'P9', message: 'names partner P9, which the definition does not declare' },
      { path: '/fileLayouts/2/activity', value: 'NOPE', message: 'names activity NOPE, which the definition does not declare' },
      { path: '/fileLayouts/2/columns/hours', value: undefined, message: 'is required: the childcare record needs its hours column' },
      { path: '/indicators/0/numerator/measure', value: 'HAPPINESS', message: expect.stringMatching(/^must be one of PARTICIPANTS, ACTIVE_PARTICIPANTS, /) },
      { path: '/indicators/0/numerator/filter/partners/0', value: 'P7', message: 'names partner P7, which the definition does not declare' },
      { path: '/indicators/0/plan/even/from', value: '2024-01', message: "lies outside the programme's period 2024-01 … 2023-12" },
      { path: '/indicators/0/plan/even/to', value: '2025-02', message: "lies outside the programme's period 2024-01 … 2023-12" },
      { path: '/indicators/0/colour', value: undefined, message: expect.stringMatching(/^is not a property here \(allowed: code, name, /) },
    ]);
    // Each problem names its line: the line of an offending value holds that value.
    const lines = text.split('\n');
    for (const problem of result.problems) {
      expect(problem.line).toBeGreaterThan(0);
      if (typeof problem.value === 'string') expect(lines[problem.line! - 1]).toContain(problem.value);
    }
    expect(formatDefinitionProblem(result.problems[3]!)).toMatch(/^line \d+, \/activities\/0\/task: names task T9, which the definition does not declare \(value: "T9"\)$/);
  });

  it('requires what each record needs and refuses fields a record does not have', () => {
    const result = check(edited([
      [['fileLayouts', 0, 'columns', 'pesel'], undefined],
      [['fileLayouts', 0, 'columns', 'hours'], 'h'],
      [['fileLayouts', 0, 'codes'], { result: { X: 'EMPLOYED' } }],
      [['fileLayouts', 1, 'columns', 'participantCode'], undefined],
      [['fileLayouts', 1, 'sessionLength'], undefined],
      [['fileLayouts', 1, 'sheet'], 'Arkusz1'],
      [['fileLayouts', 0, 'sheet'], 'Arkusz1'],
    ]));
    expect(result.problems.map(({ path, message }) => `${path} ${message}`)).toEqual([
      '/fileLayouts/0/columns the register maps both participantCode and pesel (it links the two)',
      '/fileLayouts/0/columns/hours is not a field of the register record (its fields: participantCode, pesel, entryDate, exitDate, exitReason, labourStatus, education)',
      '/fileLayouts/0/codes/result maps codes of result, which the register record does not have',
      '/fileLayouts/0/sheet belongs to xlsx layouts only',
      '/fileLayouts/1/sessionLength is required for an attendance layout: say what its sessionLength column counts',
      '/fileLayouts/1/columns names the participant by exactly one of participantCode or pesel (maps neither)',
    ]);
  });

  it('reports a syntax error with its line and nothing else', () => {
    const result = check('code: X\npartners: [\n');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: '', message: expect.stringMatching(/^not valid YAML\/JSON: /) });
    expect(result.problems[0]!.line).toBeGreaterThan(1);
  });

  it('reads JSON as well as YAML', () => {
    const asJson = JSON.stringify(parseDocument(minimal).toJS());
    expect(check(asJson).definition).toStrictEqual(check(minimal).definition);
  });
});

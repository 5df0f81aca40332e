import { describe, expect, it } from 'vitest';
import { ExportParameterError, parseExportParameters, type ExportFormat, type ExportKind } from './export-parameters.js';

function parse(query: string, kind: ExportKind = 'aggregate', format: ExportFormat = 'csv') {
  return parseExportParameters({ kind, format, parameters: new URLSearchParams(query) });
}

function refusal(query: string, kind: ExportKind = 'aggregate', format: ExportFormat = 'csv'): { parameter: string; message: string } {
  try {
    parse(query, kind, format);
  } catch (error) {
    if (error instanceof ExportParameterError) return { parameter: error.parameter, message: error.message };
    throw error;
  }
  throw new Error(`"${query}" was accepted.`);
}

describe('export parameters', () => {
  it('reads an aggregate request with every filter as comma lists, enums in any case', () => {
    const request = parse(
      'programme=RDR-PLOCK-2011&measure=attendance_rate&groupBy=PARTNER,month&partners=MOPS,CISI&tasks=RS&activities=ZDZ-K01' +
        '&activityKinds=workshop&sexes=FEMALE&ageBands=UNDER_18,AGE_18_24&labourStatuses=UNEMPLOYED&educations=ISCED_0_2' +
        '&resultTypes=EMPLOYED&supportKinds=STROJ&from=2011-10-01&to=2012-03-31&sep=semicolon&decimal=comma',
    );
    expect(request).toEqual({
      kind: 'aggregate',
      format: 'csv',
      programmeCode: 'RDR-PLOCK-2011',
      measure: 'ATTENDANCE_RATE',
      groupBy: ['PARTNER', 'MONTH'],
      filter: {
        partners: ['MOPS', 'CISI'],
        tasks: ['RS'],
        activities: ['ZDZ-K01'],
        activityKinds: ['WORKSHOP'],
        sexes: ['FEMALE'],
        ageBands: ['UNDER_18', 'AGE_18_24'],
        labourStatuses: ['UNEMPLOYED'],
        educations: ['ISCED_0_2'],
        resultTypes: ['EMPLOYED'],
        supportKinds: ['STROJ'],
        from: '2011-10-01',
        to: '2012-03-31',
      },
      csv: { delimiter: ';', decimal: ',' },
    });
  });

  it('defaults to RFC 4180 commas and a decimal point, no grouping and no filter; empty lists do not restrict', () => {
    expect(parse('programme=P&measure=SESSIONS&groupBy=&sexes=,')).toMatchObject({ groupBy: [], filter: {}, csv: { delimiter: ',', decimal: '.' } });
    expect(parse('programme=P', 'indicators', 'json')).toMatchObject({ kind: 'indicators', measure: null, groupBy: [] });
  });

  it.each([
    ['measure=PARTICIPANTS', 'programme', 'programme is required: the programme code, e.g. RDR-PLOCK-2011.'],
    ["programme=x';drop table participant;--&measure=PARTICIPANTS", 'programme', `programme: "x';drop table participant;--" is not a programme code.`],
    ['programme=P', 'measure', 'measure is required; expected one of'],
    ['programme=P&measure=PEOPLE', 'measure', 'measure: unknown value "PEOPLE"; expected one of PARTICIPANTS'],
    ['programme=P&measure=SESSIONS&groupBy=SEX,COLOUR', 'groupBy', 'groupBy: unknown value "COLOUR"; expected one of PARTNER, TASK'],
    ['programme=P&measure=SESSIONS&groupBy=SEX,MONTH,PARTNER,TASK', 'groupBy', 'groupBy takes at most 3 dimensions; got 4.'],
    ['programme=P&measure=SESSIONS&groupBy=SEX,sex', 'groupBy', 'groupBy names SEX twice.'],
    ['programme=P&measure=SESSIONS&sexes=FEMALE,OTHER', 'sexes', 'sexes: unknown value "OTHER"; expected one of FEMALE, MALE.'],
    ['programme=P&measure=SESSIONS&ageBands=AGE_0_17', 'ageBands', 'ageBands: unknown value "AGE_0_17"'],
    ['programme=P&measure=SESSIONS&partners=MOPS,CI SI', 'partners', 'partners: "CI SI" is not a code.'],
    ['programme=P&measure=SESSIONS&from=2012-02-30', 'from', 'from must be a date written YYYY-MM-DD; got "2012-02-30".'],
    ['programme=P&measure=SESSIONS&to=31.12.2012', 'to', 'to must be a date written YYYY-MM-DD; got "31.12.2012".'],
    ['programme=P&measure=SESSIONS&from=2012-05-01&to=2012-04-30', 'from', 'from (2012-05-01) is after to (2012-04-30).'],
    ['programme=P&measure=SESSIONS&sep=tab', 'sep', 'sep must be "comma" (the default) or "semicolon"; got "tab".'],
    ['programme=P&measure=SESSIONS&decimal=dot', 'decimal', 'decimal must be "point" (the default) or "comma"; got "dot".'],
    ['programme=P&measure=SESSIONS&groupby=SEX', 'groupby', 'Unknown parameter "groupby"; expected some of programme, measure, groupBy'],
    ['programme=P&programme=Q&measure=SESSIONS', 'programme', 'programme is given 2 times; give it once (lists are comma-separated).'],
  ])('refuses %s, naming %s', (query, parameter, message) => {
    const error = refusal(query);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toContain(message);
  });

  it('refuses aggregate-only parameters on indicators and CSV-only ones on other formats', () => {
    expect(refusal('programme=P&measure=SESSIONS', 'indicators')).toEqual({ parameter: 'measure', message: 'measure applies to aggregate exports only, not to indicators.' });
    expect(refusal('programme=P&groupBy=SEX', 'indicators')).toMatchObject({ parameter: 'groupBy' });
    expect(refusal('programme=P&sep=semicolon', 'indicators', 'xlsx')).toEqual({ parameter: 'sep', message: 'sep applies to CSV exports only, not to xlsx.' });
    expect(refusal('programme=P&decimal=comma', 'indicators', 'json')).toMatchObject({ parameter: 'decimal' });
  });
});

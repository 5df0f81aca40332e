import { describe, expect, it } from 'vitest';
import { comparedProgrammes, comparisonChartData, shapeComparison, type ComparedIndicator } from './comparison';

const indicator = (overrides: Partial<ComparedIndicator>): ComparedIndicator => ({
  code: 'PARTICIPANTS',
  name: 'Uczestnicy',
  unit: 'COUNT',
  direction: 'AT_LEAST',
  value: 10,
  target: 20,
  targetIllustrative: false,
  suppressed: false,
  status: 'ON_TRACK',
  ...overrides,
});
const side = (code: string, indicators: ComparedIndicator[]) => ({ programme: { code, name: `Program ${code}` }, indicators });

describe('the comparison of programmes', () => {
  const comparison = shapeComparison([
    side('A', [
      indicator({ value: 100, target: 100, status: 'ACHIEVED' }),
      indicator({ code: 'DROPOUT_RATE', name: 'Odsetek rezygnacji', unit: 'RATE', direction: 'AT_MOST', value: 0.1, target: 0.2 }),
      indicator({ code: 'ATTENDANCE_RATE', name: 'Frekwencja', unit: 'RATE', value: 0.8, target: null, status: null }),
      indicator({ code: 'SITES', name: 'Miejsca', value: 2 }),
    ]),
    side('B', [
      indicator({ code: 'EVENTS', name: 'Wydarzenia', value: 3 }),
      indicator({ name: 'Liczba uczestników', value: null, suppressed: true, status: null }),
      indicator({ code: 'DROPOUT_RATE', name: 'Rezygnacje', unit: 'RATE', direction: 'AT_LEAST', value: 0.3, target: 0.2 }),
      indicator({ code: 'ATTENDANCE_RATE', name: 'Frekwencja', unit: 'HOURS', value: 120, target: null, status: null }),
    ]),
  ]);

  it('matches indicators by code, in the first programme’s order, then codes only later programmes have', () => {
    expect(comparison.programmes).toEqual([{ code: 'A', name: 'Program A' }, { code: 'B', name: 'Program B' }]);
    expect(comparison.rows.map((row) => [row.code, row.name])).toEqual([
      ['PARTICIPANTS', 'Uczestnicy'],
      ['DROPOUT_RATE', 'Odsetek rezygnacji'],
      ['ATTENDANCE_RATE', 'Frekwencja'],
      ['SITES', 'Miejsca'],
      ['EVENTS', 'Wydarzenia'],
    ]);
    expect(comparison.rows[0]!.cells.map((cell) => cell && [cell.value, cell.suppressed])).toEqual([[100, false], [null, true]]);
  });

  it('says why a code is not comparable: missing in a programme, another unit, another direction', () => {
    expect(comparison.rows.map((row) => [row.code, row.comparable, row.reason, row.missingIn])).toEqual([
      ['PARTICIPANTS', true, null, []],
      ['DROPOUT_RATE', false, 'direction', []],
      ['ATTENDANCE_RATE', false, 'unit', []],
      ['SITES', false, 'missing', ['B']],
      ['EVENTS', false, 'missing', ['A']],
    ]);
  });

  it('charts a comparable indicator’s value and target per programme, nothing for a hidden value', () => {
    expect(comparisonChartData(comparison, 'PARTICIPANTS')).toEqual([
      { programme: 'A', value: 100, target: 100 },
      { programme: 'B', value: null, target: 20 },
    ]);
    expect(comparisonChartData(comparison, 'NOPE')).toEqual([]);
  });

  it('compares one programme with itself as comparable everywhere', () => {
    const alone = shapeComparison([side('A', [indicator({}), indicator({ code: 'X', unit: 'RATE' })])]);
    expect(alone.rows.every((row) => row.comparable)).toBe(true);
  });
});

describe('the programmes compared', () => {
  const visible = [{ code: 'A' }, { code: 'B' }, { code: 'C' }];

  it('are every programme the user sees when the URL names none, in their order', () => {
    expect(comparedProgrammes(visible, 'B', null)).toEqual(['A', 'B', 'C']);
  });

  it('are the current one and those the URL names, never one the user may not see', () => {
    expect(comparedProgrammes(visible, 'B', 'C')).toEqual(['B', 'C']);
    expect(comparedProgrammes(visible, 'B', 'C,SECRET, A')).toEqual(['A', 'B', 'C']);
    expect(comparedProgrammes(visible, 'B', '')).toEqual(['B']);
  });
});

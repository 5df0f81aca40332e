import { describe, expect, it } from 'vitest';
import { isEmptyAnswer, pivot, type AggregateRow } from './aggregate';
import { shapeKpiTiles, shapeTrajectory, type Indicator, type IndicatorOutlook } from './indicators';
import { funnelChartData, sankeyChartData, shapeFlows, shapeFunnel } from './outcomes';
import { shapeActivityAttendance, shapeRateHeatmap, shortenLabel } from './partners';
import { shapeDataQuality, type ImportBatch } from './quality';
import { mergeMarkers, shapeTimeline } from './timeline';

const key = (dimension: AggregateRow['keys'][number]['dimension'], code: string, label = code) => ({ dimension, code, label });
const row = (keys: AggregateRow['keys'], value: number | null, suppressed = false): AggregateRow => ({ keys, value, suppressed });
const indicator = (overrides: Partial<Indicator>): Indicator => ({
  code: 'PARTICIPANTS',
  name: 'Liczba uczestników',
  description: '',
  formula: 'PARTICIPANTS',
  unit: 'COUNT',
  direction: 'AT_LEAST',
  value: 50,
  target: 100,
  targetIllustrative: false,
  numerator: 50,
  denominator: null,
  suppressed: false,
  ...overrides,
});

describe('KPI tiles', () => {
  it('measure progress towards the target, and none without a target or a value', () => {
    const tiles = shapeKpiTiles([
      indicator({}),
      indicator({ code: 'YOUTH_PARTICIPANTS', target: null }),
      indicator({ code: 'EVENTS', suppressed: true, value: null }),
    ]);
    expect(tiles.map((tile) => tile.progress)).toEqual([0.5, null, null]);
  });

  it('treat a ceiling (AT_MOST, a drop-out rate) as reached while the value stays under it', () => {
    const [under, over] = shapeKpiTiles([
      indicator({ code: 'DROPOUT_RATE', unit: 'RATE', direction: 'AT_MOST', value: 0.1, target: 0.2 }),
      indicator({ code: 'DROPOUT_RATE', unit: 'RATE', direction: 'AT_MOST', value: 0.4, target: 0.2 }),
    ]);
    expect(under!.progress).toBe(1);
    expect(over!.progress).toBe(0.5);
  });
});

describe('an indicator trajectory', () => {
  const outlook = (actual: (number | null)[], forecast: number | null, months = ['2012-08', '2012-09', '2012-10', '2012-11', '2012-12']): IndicatorOutlook => ({
    code: 'PARTICIPANTS',
    unit: 'COUNT',
    value: actual.findLast((value) => value !== null) ?? null,
    suppressed: false,
    direction: 'AT_LEAST',
    status: null,
    forecast,
    planIllustrative: true,
    trajectory: months.map((month, index) => ({ month, planned: 10 * (index + 1), actual: actual[index] ?? null })),
  });

  it('draws the forecast straight from the last actual value to the programme’s end month, and nowhere else', () => {
    const view = shapeTrajectory(outlook([5, 11], 17), '2012-11');
    expect(view.months.map((month) => month.forecast)).toEqual([null, 11, 14, 17, null]);
    expect(view.lastActual).toEqual({ month: '2012-09', value: 11 });
    expect(view.forecastShown).toBe(true);
  });

  it('leaves a withheld month as a gap, its last actual still the as-of value', () => {
    const view = shapeTrajectory(outlook([5, null, 12], 12), '2012-11');
    expect(view.months.map((month) => month.actual)).toEqual([5, null, 12, null, null]);
    expect(view.lastActual).toEqual({ month: '2012-10', value: 12 });
    expect(view.months.map((month) => month.forecast)).toEqual([null, null, 12, 12, null]);
  });

  it('draws no forecast once the end month is reached, nor when the value is withheld', () => {
    expect(shapeTrajectory(outlook([5, 11, 15, 18, 19], 19), '2012-11').forecastShown).toBe(false);
    const withheld = shapeTrajectory(outlook([null, null], null), '2012-11');
    expect(withheld.forecastShown).toBe(false);
    expect(withheld.lastActual).toBeNull();
    expect(withheld.months.every((month) => month.forecast === null)).toBe(true);
  });
});

describe('aggregate shaping', () => {
  it('pivots two dimensions keeping first-seen order and hidden cells', () => {
    const table = pivot([
      row([key('SEX', 'FEMALE'), key('AGE_BAND', 'UNDER_18')], null, true),
      row([key('SEX', 'FEMALE'), key('AGE_BAND', 'AGE_18_24')], 10),
      row([key('SEX', 'MALE'), key('AGE_BAND', 'UNDER_18')], 7),
    ]);
    expect(table.rowKeys.map((k) => k.code)).toEqual(['FEMALE', 'MALE']);
    expect(table.columnKeys.map((k) => k.code)).toEqual(['UNDER_18', 'AGE_18_24']);
    expect(table.cell('FEMALE', 'UNDER_18')).toEqual({ value: null, suppressed: true });
    expect(table.cell('MALE', 'AGE_18_24')).toBeUndefined();
  });

  it('calls an answer empty only when nothing is counted and nothing hidden', () => {
    expect(isEmptyAnswer([row([], 0)], [])).toBe(true);
    expect(isEmptyAnswer([row([], null, true)])).toBe(false);
  });

  it('lines up the three monthly series of the timeline', () => {
    const months = shapeTimeline({
      newParticipants: [row([key('MONTH', '2011-10')], 5), row([key('MONTH', '2011-09')], 30)],
      activeParticipants: [row([key('MONTH', '2011-09')], null, true)],
      attendanceHours: [row([key('MONTH', '2011-09')], 12.5), row([key('MONTH', '2011-10')], 40)],
    });
    expect(months.map((month) => month.month)).toEqual(['2011-09', '2011-10']);
    expect(months[0]!.cells.activeParticipants).toEqual({ value: null, suppressed: true });
    expect(months[1]!.cells.activeParticipants).toBeUndefined();
  });

  it('puts each activity under its partner and draws hidden cells as gaps, not zeros', () => {
    const shaped = shapeActivityAttendance(
      [row([key('PARTNER', 'MOPS'), key('ACTIVITY', 'MOPS-W1', 'W1')], 100), row([key('PARTNER', 'ZDZ'), key('ACTIVITY', 'ZDZ-K01', 'K01')], null, true)],
      ['MOPS', 'CISI', 'ZDZ'],
    );
    expect(shaped.partners).toEqual(['MOPS', 'ZDZ']);
    expect(shaped.bars).toEqual([
      { activity: 'K01', MOPS: null, ZDZ: null },
      { activity: 'W1', MOPS: 100, ZDZ: null },
    ]);
  });

  it('leaves activities with no attendance at all out of the heatmap', () => {
    const heatmap = shapeRateHeatmap([
      row([key('ACTIVITY', 'A'), key('MONTH', '2011-10')], 0.5),
      row([key('ACTIVITY', 'A'), key('MONTH', '2011-09')], null),
      row([key('ACTIVITY', 'B'), key('MONTH', '2011-09')], null),
      row([key('ACTIVITY', 'B'), key('MONTH', '2011-10')], null),
    ]);
    expect(heatmap.months).toEqual(['2011-09', '2011-10']);
    expect(heatmap.rows.map((r) => r.code)).toEqual(['A']);
    expect(heatmap.rows[0]!.chart.get('2011-10')).toBe(0.5);
  });
});

describe('outcomes and flows', () => {
  const total = (value: number | null, suppressed = false) => [row([], value, suppressed)];

  it('orders the funnel and leaves hidden stages out of the chart', () => {
    const stages = shapeFunnel({
      registered: total(100),
      active: total(90),
      completed: total(80),
      certified: total(null, true),
      employed: total(20),
      resultsByType: [],
      bySexAge: [],
    });
    expect(stages.map((stage) => stage.id)).toEqual(['registered', 'active', 'completed', 'certified', 'employed']);
    expect(funnelChartData(stages, (id) => id).map((part) => part.id)).toEqual(['registered', 'active', 'completed', 'employed']);
  });

  it('works out the ongoing flow only when nothing it rests on is hidden', () => {
    const byTask = (values: [string, number | null, boolean?][]) => values.map(([code, value, hidden]) => row([key('TASK', code)], value, hidden ?? false));
    const shape = shapeFlows(
      {
        total: total(100),
        byTask: byTask([['RS', 60], ['RSZ', 30]]),
        completedByTask: byTask([['RS', 50], ['RSZ', null, true]]),
        droppedByTask: byTask([['RS', 4], ['RSZ', 3]]),
      },
      { register: 'R', completed: 'C', dropped: 'D', ongoing: 'O' },
    );
    const link = (source: string, target: string) => shape.links.find((l) => l.source === source && l.target === target)!.cell;
    expect(link('task:RS', 'ongoing')).toEqual({ value: 6, suppressed: false });
    expect(link('task:RSZ', 'ongoing')).toEqual({ value: null, suppressed: true });
    const chart = sankeyChartData(shape);
    expect(chart.links.some((l) => l.source === 'task:RSZ' && l.target === 'completed')).toBe(false);
    expect(chart.nodes.map((n) => n.id)).toContain('register');
  });
});

describe('data quality', () => {
  const batch = (overrides: Partial<ImportBatch>): ImportBatch => ({
    id: '1',
    kind: 'mops-register',
    partner: 'MOPS',
    fileName: 'f.csv',
    status: 'SUCCEEDED',
    startedAt: '2026-01-01T10:00:00.000Z',
    finishedAt: '2026-01-01T10:00:01.000Z',
    rowsRead: 1,
    inserted: 1,
    updated: 0,
    unchanged: 0,
    rejectedRows: 0,
    submittedBy: 'cli',
    failure: null,
    errors: [],
    ...overrides,
  });

  it('finds each partner’s latest, latest accepted and rejected imports, and months with sessions', () => {
    const quality = shapeDataQuality({
      partners: ['MOPS', 'CISI'],
      imports: [
        batch({ id: '1', startedAt: '2026-01-01T10:00:00.000Z' }),
        batch({ id: '2', status: 'REJECTED', startedAt: '2026-01-02T10:00:00.000Z', rejectedRows: 2 }),
      ],
      coverage: [
        row([key('PARTNER', 'MOPS'), key('MONTH', '2011-09')], 4),
        row([key('PARTNER', 'MOPS'), key('MONTH', '2011-10')], 0),
        row([key('PARTNER', 'CISI'), key('MONTH', '2011-10')], null, true),
      ],
      months: ['2011-09', '2011-10'],
    });
    expect(quality[0]!.lastImport!.id).toBe('2');
    expect(quality[0]!.lastSucceeded!.id).toBe('1');
    expect(quality[0]!.rejected.map((b) => b.id)).toEqual(['2']);
    expect(quality[0]!.monthsCovered).toBe(1);
    expect(quality[1]!.lastImport).toBeNull();
    expect(quality[1]!.monthsCovered).toBe(1);
  });
});

describe('chart labels', () => {
  it('events in one month share one marker', () => {
    expect(mergeMarkers([
      { x: '2011-09', label: 'Początek programu' },
      { x: '2012-11', label: 'Gala Finałowa Projektu' },
      { x: '2012-11', label: 'Koniec programu' },
    ])).toEqual([
      { x: '2011-09', label: 'Początek programu' },
      { x: '2012-11', label: 'Gala Finałowa Projektu · Koniec programu' },
    ]);
  });
  it('long activity names are cut with an ellipsis to fit the axis', () => {
    const name = 'Animator czasu wolnego z modułem prowadzenia imprez (wodzirej, DJ)';
    expect(shortenLabel(name)).toBe('Animator czasu wolnego z modu…');
    expect(shortenLabel(name)).toHaveLength(30);
    expect(shortenLabel('Fryzjer')).toBe('Fryzjer');
  });
});

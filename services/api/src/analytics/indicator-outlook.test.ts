import { describe, expect, it } from 'vitest';
import { IndicatorDirection, IndicatorUnit } from '../codes/indicator-codes.js';
import { forecastValue, indicatorStatus, IndicatorStatus, monthsAfter, plannedByMonth } from './indicator-outlook.js';

const { ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK } = IndicatorStatus;
const status = (value: number | null, forecast: number | null, options: { target?: number | null; planned?: number | null; periodOver?: boolean; direction?: IndicatorDirection } = {}) =>
  indicatorStatus({
    value,
    forecast,
    target: options.target === undefined ? 100 : options.target,
    planned: options.planned ?? null,
    periodOver: options.periodOver ?? false,
    direction: options.direction ?? IndicatorDirection.AT_LEAST,
  });

describe('plannedByMonth', () => {
  it('carries the last point on and is null before the first', () => {
    const plan = { illustrative: true, points: [{ month: '2012-01', planned: 5 }, { month: '2012-03', planned: 20 }] };
    expect(plannedByMonth(plan, ['2011-12', '2012-01', '2012-02', '2012-03', '2012-04'])).toEqual([null, 5, 5, 20, 20]);
    expect(plannedByMonth(null, ['2012-01'])).toEqual([null]);
  });
});

describe('forecastValue: a linear trend over the last three months, bounded', () => {
  it('carries the three-month pace to the end month', () => {
    // 10 → 40 over three months: 10 a month; 5 months to go → 90.
    expect(forecastValue({ actuals: [0, 10, 20, 30, 40], monthsToEnd: 5, unit: IndicatorUnit.COUNT })).toBe(90);
  });
  it('uses the months there are when fewer than three', () => {
    expect(forecastValue({ actuals: [3, 7], monthsToEnd: 13, unit: IndicatorUnit.COUNT })).toBe(59);
    expect(forecastValue({ actuals: [3], monthsToEnd: 13, unit: IndicatorUnit.COUNT })).toBe(3);
  });
  it('never forecasts a cumulative count below what is reached, nor a rate outside 0…1', () => {
    expect(forecastValue({ actuals: [10, 9, 8, 7], monthsToEnd: 10, unit: IndicatorUnit.COUNT })).toBe(7);
    expect(forecastValue({ actuals: [0.5, 0.7, 0.9, 0.95], monthsToEnd: 10, unit: IndicatorUnit.RATE })).toBe(1);
    expect(forecastValue({ actuals: [0.5, 0.3, 0.2, 0.1], monthsToEnd: 10, unit: IndicatorUnit.RATE })).toBe(0);
  });
  it('is the value itself once the period is over, and null when the value is withheld', () => {
    expect(forecastValue({ actuals: [1, 2, 3], monthsToEnd: 0, unit: IndicatorUnit.COUNT })).toBe(3);
    expect(forecastValue({ actuals: [1, 2, null], monthsToEnd: 4, unit: IndicatorUnit.COUNT })).toBeNull();
    // A withheld earlier month gives no pace: the value stands.
    expect(forecastValue({ actuals: [null, 6, 7, 8], monthsToEnd: 4, unit: IndicatorUnit.COUNT })).toBe(8);
  });
  it('property: for any non-decreasing series, value ≤ forecast ≤ value + max monthly step × months', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 500; round++) {
      const actuals: number[] = [];
      let total = 0;
      let maxStep = 0;
      for (let i = 0, n = 1 + Math.floor(next() * 15); i < n; i++) {
        const step = Math.floor(next() * 10);
        if (i > 0) maxStep = Math.max(maxStep, step);
        total += step;
        actuals.push(total);
      }
      const months = Math.floor(next() * 12);
      const forecast = forecastValue({ actuals, monthsToEnd: months, unit: IndicatorUnit.COUNT })!;
      expect(forecast).toBeGreaterThanOrEqual(actuals.at(-1)!);
      expect(forecast).toBeLessThanOrEqual(actuals.at(-1)! + maxStep * months + 1e-9);
    }
  });
});

describe('indicatorStatus thresholds (10 %)', () => {
  it('a floor: ACHIEVED once reached, else by the forecast against the target', () => {
    expect(status(100, 100)).toBe(ACHIEVED);
    expect(status(120, 150)).toBe(ACHIEVED);
    expect(status(50, 100)).toBe(ON_TRACK);
    expect(status(50, 90)).toBe(AT_RISK); // exactly 10 % short
    expect(status(50, 89.99)).toBe(OFF_TRACK);
  });
  it('a floor: the forecast reaches the target but the value is more than 10 % behind the month\'s plan → AT_RISK', () => {
    expect(status(45, 100, { planned: 50 })).toBe(ON_TRACK); // 10 % behind: still on track
    expect(status(44.9, 100, { planned: 50 })).toBe(AT_RISK);
  });
  it('after the end month: ACHIEVED or OFF_TRACK, nothing in between', () => {
    expect(status(100, 100, { periodOver: true })).toBe(ACHIEVED);
    expect(status(99, 99, { periodOver: true })).toBe(OFF_TRACK);
  });
  it('a ceiling (AT_MOST): compared the other way, ACHIEVED only when the period is over', () => {
    const ceiling = { target: 0.2, direction: IndicatorDirection.AT_MOST };
    expect(status(0.1, 0.15, ceiling)).toBe(ON_TRACK);
    expect(status(0.1, 0.22, ceiling)).toBe(AT_RISK);
    expect(status(0.1, 0.2201, ceiling)).toBe(OFF_TRACK);
    expect(status(0.15, 0.15, { ...ceiling, periodOver: true })).toBe(ACHIEVED);
    expect(status(0.25, 0.25, { ...ceiling, periodOver: true })).toBe(OFF_TRACK);
  });
  it('no target or no value: no status', () => {
    expect(status(5, 5, { target: null })).toBeNull();
    expect(status(null, null)).toBeNull();
  });
  it('monthsAfter counts the months still to come', () => {
    expect(monthsAfter('2011-11', '2012-11')).toBe(12);
    expect(monthsAfter('2012-11', '2012-11')).toBe(0);
    expect(monthsAfter('2013-01', '2012-11')).toBe(0);
  });
});

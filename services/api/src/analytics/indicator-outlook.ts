import type { PlannedTrajectory } from '@razem/seeds';
import { IndicatorDirection, IndicatorUnit } from '../codes/indicator-codes.js';
import { monthsBetween } from './month-series.js';

/** Where an indicator stands against its target (thresholds: see indicatorStatus). */
export enum IndicatorStatus {
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}

/** How far (as a share of the target, or of the month's plan) a forecast may miss and still be only AT_RISK. */
export const STATUS_TOLERANCE = 0.1;
/** How many months of history the forecast's trend is taken over. */
export const FORECAST_TREND_MONTHS = 3;

export interface TrajectoryPoint {
  month: string;
  /** Cumulative planned value by the end of the month; null before the plan's first month or without a plan. */
  planned: number | null;
  /** Cumulative value as of the end of the month; null after the as-of month and when withheld. */
  actual: number | null;
}

/** The plan's value for every month: a month without a point carries the previous point on; null before the first. */
export function plannedByMonth(plan: PlannedTrajectory | null | undefined, months: readonly string[]): (number | null)[] {
  const points = [...(plan?.points ?? [])].sort((a, b) => a.month.localeCompare(b.month));
  let next = 0;
  let current: number | null = null;
  return months.map((month) => {
    while (next < points.length && points[next]!.month <= month) current = points[next++]!.planned;
    return current;
  });
}

/**
 * The value expected at the programme's end at the current pace: a linear trend over the last three
 * months (the change from three months before the as-of month to it, per month — or over as many
 * months as there are, when fewer), carried on to the end month. Three months because partner data
 * arrives monthly and one month is too noisy a pace, while a longer window would lag behind a
 * programme whose recruitment and courses come in waves. Bounded by what is possible: a cumulative
 * count or sum never falls below what is already reached, and a rate stays within 0…1. At or after
 * the end month the forecast is the value itself. Null when the as-of value is unknown (withheld).
 *
 * `actuals` are the cumulative values month by month up to and including the as-of month.
 */
export function forecastValue(options: {
  actuals: readonly (number | null)[];
  monthsToEnd: number;
  unit: IndicatorUnit;
}): number | null {
  const { actuals, monthsToEnd, unit } = options;
  const current = actuals.at(-1);
  if (current === null || current === undefined) return null;
  if (monthsToEnd <= 0) return current;
  const window = Math.min(FORECAST_TREND_MONTHS, actuals.length - 1);
  const earlier = actuals[actuals.length - 1 - window];
  // No history (the first month) or a withheld earlier month: nothing to extrapolate from, so no change.
  const pace = window > 0 && earlier !== null && earlier !== undefined ? (current - earlier) / window : 0;
  const forecast = current + pace * monthsToEnd;
  if (unit === IndicatorUnit.RATE) return Math.min(1, Math.max(0, forecast));
  return Math.max(current, forecast);
}

/**
 * Thresholds (STATUS_TOLERANCE = 10 %), for a target to reach (AT_LEAST):
 * - ACHIEVED: the value has reached the target;
 * - after the end month, anything else is OFF_TRACK;
 * - ON_TRACK: the forecast reaches the target and the value is no more than 10 % behind the month's plan (if any);
 * - AT_RISK: the forecast falls short by at most 10 % of the target, or reaches it while the value is more
 *   than 10 % behind the plan;
 * - OFF_TRACK: the forecast falls short by more than 10 % of the target.
 * For a ceiling (AT_MOST, e.g. a dropout rate) the comparisons turn round, and ACHIEVED is only said once the
 * period is over (a rate under its ceiling mid-way may still rise). Null without a target or a value.
 */
export function indicatorStatus(options: {
  value: number | null;
  target: number | null;
  direction: IndicatorDirection;
  forecast: number | null;
  planned: number | null;
  periodOver: boolean;
}): IndicatorStatus | null {
  const { value, target, direction, forecast, planned, periodOver } = options;
  if (target === null || value === null) return null;
  const sign = direction === IndicatorDirection.AT_MOST ? -1 : 1;
  // Everything compares as "at least": a ceiling's values are negated.
  const meets = (x: number, goal: number) => sign * x >= sign * goal;
  const within = (x: number, goal: number) => sign * x >= sign * goal - STATUS_TOLERANCE * Math.abs(goal);
  if (meets(value, target) && (direction === IndicatorDirection.AT_LEAST || periodOver)) return IndicatorStatus.ACHIEVED;
  if (periodOver) return IndicatorStatus.OFF_TRACK;
  const expected = forecast ?? value;
  if (!within(expected, target)) return IndicatorStatus.OFF_TRACK;
  if (!meets(expected, target)) return IndicatorStatus.AT_RISK;
  if (planned !== null && !within(value, planned)) return IndicatorStatus.AT_RISK;
  return IndicatorStatus.ON_TRACK;
}

/** Months from the as-of month to the end month (0 when the as-of month is the end or later). */
export function monthsAfter(asOf: string, end: string): number {
  return Math.max(0, monthsBetween(asOf, end).length - 1);
}

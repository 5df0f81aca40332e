import type { ResultOf } from '../graphql/graphql';
import type { IndicatorOutlooksQuery, IndicatorsQuery } from '../graphql/documents';

export type Indicator = ResultOf<typeof IndicatorsQuery>['indicators'][number];
export type IndicatorOutlook = ResultOf<typeof IndicatorOutlooksQuery>['indicators'][number];
export type IndicatorStatus = NonNullable<IndicatorOutlook['status']>;

export interface KpiTile {
  code: string;
  indicator: Indicator;
  /** Share of the target reached, 0…∞ (capped only when drawn); null without a target or a value. */
  progress: number | null;
  /** For rates where lower is better (drop-outs), reaching the target means staying under it. */
  lowerIsBetter: boolean;
}

/** KPI tiles from the indicators, in the API's display order, with progress towards each target. */
export function shapeKpiTiles(indicators: readonly Indicator[]): KpiTile[] {
  return indicators.map((indicator) => {
    // The definition says whether the target is a ceiling (a dropout rate) rather than a floor.
    const lowerIsBetter = indicator.direction === 'AT_MOST';
    let progress: number | null = null;
    if (!indicator.suppressed && indicator.value !== null && indicator.target !== null && indicator.target > 0) {
      progress = lowerIsBetter
        ? indicator.value <= indicator.target
          ? 1
          : indicator.target / indicator.value
        : indicator.value / indicator.target;
    }
    return { code: indicator.code, indicator, progress, lowerIsBetter };
  });
}

export interface TrajectoryMonth {
  month: string;
  planned: number | null;
  actual: number | null;
  /** The path from the as-of value to the forecast at the programme's end; null outside it. */
  forecast: number | null;
}

export interface TrajectoryView {
  months: TrajectoryMonth[];
  /** The last month with an actual value, and that value (the indicator's `value`); null when none is shown. */
  lastActual: { month: string; value: number } | null;
  /** Whether a forecast path is drawn: only while the programme's end month lies ahead of the last actual. */
  forecastShown: boolean;
}

/**
 * An indicator's planned and actual lines, and the forecast drawn from the last actual value to the
 * programme's end month. The API's forecast is a linear trend carried to the end, so a straight line
 * between the two points is that trend, not an invention of the chart.
 */
export function shapeTrajectory(outlook: IndicatorOutlook, endMonth: string): TrajectoryView {
  const points = outlook.trajectory;
  const lastIndex = points.findLastIndex((point) => point.actual !== null);
  const last = lastIndex >= 0 ? points[lastIndex]! : null;
  const endIndex = points.findIndex((point) => point.month === endMonth);
  const forecastShown = last !== null && outlook.forecast !== null && endIndex > lastIndex;
  const months = points.map((point, index): TrajectoryMonth => {
    let forecast: number | null = null;
    if (forecastShown && index >= lastIndex && index <= endIndex) {
      forecast = last!.actual! + ((outlook.forecast! - last!.actual!) * (index - lastIndex)) / (endIndex - lastIndex);
    }
    return { month: point.month, planned: point.planned, actual: point.actual, forecast };
  });
  return { months, lastActual: last ? { month: last.month, value: last.actual! } : null, forecastShown };
}

import type { ResultOf } from '../graphql/graphql';
import type { IndicatorsQuery } from '../graphql/documents';

export type Indicator = ResultOf<typeof IndicatorsQuery>['indicators'][number];

export interface KpiTile {
  code: string;
  indicator: Indicator;
  /** Share of the target reached, 0…∞ (capped only when drawn); null without a target or a value. */
  progress: number | null;
  /** For rates where lower is better (drop-outs), reaching the target means staying under it. */
  lowerIsBetter: boolean;
}

/** Indicators where a smaller value is the aim. */
const LOWER_IS_BETTER = new Set(['DROPOUT_RATE']);

/** KPI tiles from the indicators, in the API's display order, with progress towards each target. */
export function shapeKpiTiles(indicators: readonly Indicator[]): KpiTile[] {
  return indicators.map((indicator) => {
    const lowerIsBetter = LOWER_IS_BETTER.has(indicator.code);
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

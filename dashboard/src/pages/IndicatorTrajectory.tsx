import { useState } from 'react';
import { useProgramme } from '../app/programme';
import { TrajectoryChart } from '../charts/lazy';
import type { TrajectorySeriesInput } from '../charts/nivo-charts';
import { OKABE_ITO } from '../charts/palette';
import type { DashboardFilters } from '../filters/filters';
import { useI18n } from '../i18n/i18n';
import { shapeTrajectory, type Indicator, type IndicatorOutlook } from '../shaping/indicators';
import { formatIndicatorValue } from '../ui/cell';
import { ChartPanel } from '../ui/ChartPanel';
import { StatusBadge } from '../ui/StatusBadge';

const COLOURS = { planned: '#616e7c', actual: OKABE_ITO[0], forecast: OKABE_ITO[5] };

/** The indicator shown first: the first with a plan (what the committee compares against), else the first. */
function firstWithPlan(outlooks: readonly IndicatorOutlook[]): string | undefined {
  return (outlooks.find((outlook) => outlook.trajectory.some((point) => point.planned !== null)) ?? outlooks[0])?.code;
}

/**
 * Planned vs actual cumulative lines for one indicator at a time (chosen in a select), with the
 * forecast to the programme's end, the plan's "illustrative" label and the indicator's status.
 * The figures are the API's for the viewer's role, so restricted roles see their perturbed values.
 */
export function IndicatorTrajectory(props: { outlooks: readonly IndicatorOutlook[]; indicators: readonly Indicator[]; filters: DashboardFilters }) {
  const i18n = useI18n();
  const { t, formatMonth } = i18n;
  const programme = useProgramme();
  const charted = props.outlooks.filter((outlook) => outlook.trajectory.length > 0);
  const [chosen, setChosen] = useState(() => firstWithPlan(charted));
  const outlook = charted.find((candidate) => candidate.code === chosen) ?? charted[0];
  if (!outlook) return null;

  const nameOf = (code: string) => props.indicators.find((indicator) => indicator.code === code)?.name ?? code;
  const endMonth = programme.endDate.slice(0, 7);
  const view = shapeTrajectory(outlook, endMonth);
  const format = (value: number) => formatIndicatorValue(value, outlook.unit, i18n);
  const hasPlan = view.months.some((month) => month.planned !== null);
  const series: TrajectorySeriesInput[] = [
    ...(hasPlan ? [{ id: t('planned'), colour: COLOURS.planned, dash: '7 5', data: view.months.map((month) => ({ x: month.month, y: month.planned })) }] : []),
    { id: t('actual'), colour: COLOURS.actual, data: view.months.map((month) => ({ x: month.month, y: month.actual })) },
    ...(view.forecastShown ? [{ id: t('forecast'), colour: COLOURS.forecast, dash: '2 5', data: view.months.map((month) => ({ x: month.month, y: month.forecast })) }] : []),
  ];
  const cell = (value: number | null) => (value === null ? '—' : format(value));
  const rows = view.months.map((month) => ({
    key: month.month,
    cells: { month: formatMonth(month.month), planned: cell(month.planned), actual: cell(month.actual), forecast: cell(month.forecast) },
  }));
  const title = `${t('trajectoryTitle')}: ${nameOf(outlook.code)}`;

  const planText = !hasPlan ? t('noPlan') : outlook.planIllustrative ? t('planIllustrative') : null;
  let forecastText: string;
  if (outlook.forecast === null) forecastText = t('forecastWithheld');
  else if (!view.forecastShown) forecastText = t('forecastOver');
  else forecastText = t('forecastNote', { month: formatMonth(endMonth), value: format(outlook.forecast) });

  return (
    <div className="trajectory" data-indicator-trajectory={outlook.code}>
      <label className="trajectory-choice">
        {t('trajectoryIndicator')}{' '}
        <select value={outlook.code} onChange={(event) => setChosen(event.target.value)}>
          {charted.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {nameOf(candidate.code)}
            </option>
          ))}
        </select>
      </label>
      <ChartPanel
        id="trajectory"
        title={title}
        filters={props.filters}
        exports={[]}
        height={340}
        columns={[
          { key: 'month', header: t('month') },
          { key: 'planned', header: t('planned'), numeric: true },
          { key: 'actual', header: t('actual'), numeric: true },
          { key: 'forecast', header: t('forecast'), numeric: true },
        ]}
        rows={rows}
        note={
          <>
            {outlook.status && (
              <>
                <StatusBadge status={outlook.status} />{' '}
              </>
            )}
            {planText && `${planText} `}
            {forecastText}
          </>
        }
        chart={
          <TrajectoryChart
            series={series}
            labelledSeries={t('actual')}
            endMarker={view.months.some((month) => month.month === endMonth) ? { x: endMonth, label: t('programmeEnd') } : null}
            formatX={formatMonth}
            formatY={format}
          />
        }
      />
    </div>
  );
}

import { useState } from 'react';
import { useQuery } from 'urql';
import { useProgramme } from '../app/programme';
import { useSession } from '../app/session';
import { IndicatorOutlooksQuery, IndicatorsQuery, LatestImportQuery } from '../graphql/documents';
import { monthsBetween, toAnalyticsFilter, type DashboardFilters } from '../filters/filters';
import { useI18n } from '../i18n/i18n';
import { shapeKpiTiles, type IndicatorStatus, type KpiTile } from '../shaping/indicators';
import { formatIndicatorValue } from '../ui/cell';
import { ExportLinks } from '../ui/ChartPanel';
import { MonthSelect } from '../ui/MonthSelect';
import { QueryState } from '../ui/QueryState';
import { StatusBadge } from '../ui/StatusBadge';
import { Suppressed } from '../ui/Suppressed';
import { IndicatorTrajectory } from './IndicatorTrajectory';

function Tile({ tile, status }: { tile: KpiTile; status: IndicatorStatus | null }) {
  const i18n = useI18n();
  const { t, formatPercent } = i18n;
  const { indicator } = tile;
  const name = indicator.name;
  return (
    <li className="kpi" data-indicator={indicator.code}>
      <h3 className="kpi-name" title={indicator.description}>
        {name}
      </h3>
      <p className="kpi-value" data-value={indicator.suppressed || indicator.value === null ? '' : String(indicator.value)}>
        {indicator.suppressed ? <Suppressed /> : indicator.value === null ? '—' : formatIndicatorValue(indicator.value, indicator.unit, i18n)}
      </p>
      <p className="kpi-target">
        {indicator.target === null ? t('noTarget') : t('target', { target: formatIndicatorValue(indicator.target, indicator.unit, i18n) })}
        {indicator.target !== null && indicator.targetIllustrative && <span className="kpi-illustrative"> ({t('illustrativeTarget')})</span>}
      </p>
      {tile.progress !== null && (
        <>
          <progress max={1} value={Math.min(1, tile.progress)} aria-label={`${name}: ${t('progress', { percent: formatPercent(tile.progress) })}`} />
          <p className="kpi-progress">{t('progress', { percent: formatPercent(tile.progress) })}</p>
        </>
      )}
      {status && (
        <p className="kpi-status">
          <StatusBadge status={status} />
        </p>
      )}
      <p className="kpi-formula">{indicator.formula}</p>
    </li>
  );
}

/** "Data as of": when the latest import finished (roles that may list imports; evaluators may not). */
function AsOf() {
  const { viewer } = useSession();
  const { t, formatDateTime } = useI18n();
  const programme = useProgramme();
  const [{ data }] = useQuery({ query: LatestImportQuery, variables: { programme: programme.code }, pause: viewer.role === 'EVALUATOR' });
  const latest = data?.imports[0];
  const time = latest?.finishedAt ?? latest?.startedAt;
  return <p className="as-of">{time ? t('asOf', { time: formatDateTime(time) }) : t('asOfUnknown')}</p>;
}

/** The monthly steering report: a month (the filter's last, else the programme's last) and the PDF for the viewer's role. */
function SteeringReportLink({ filters }: { filters: DashboardFilters }) {
  const { t, language } = useI18n();
  const programme = useProgramme();
  const months = monthsBetween(programme.startDate, programme.endDate);
  const [month, setMonth] = useState(filters.to && months.includes(filters.to) ? filters.to : months.at(-1)!);
  const href = `/reports/steering.pdf?${new URLSearchParams({ programme: programme.code, month, lang: language })}`;
  return (
    <div className="report-link">
      <MonthSelect label={t('reportMonth')} months={months} value={month} onChange={setMonth} />
      <a className="button" href={href} download data-testid="steering-report">
        {t('steeringReport')}
      </a>
    </div>
  );
}

/**
 * Przegląd / Overview: one tile per indicator with value, target, progress and status; planned vs
 * actual lines; the data's as-of time.
 */
export function OverviewPage({ filters }: { filters: DashboardFilters }) {
  const { t } = useI18n();
  const programme = useProgramme();
  const variables = { programme: programme.code, filter: toAnalyticsFilter(filters) };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: IndicatorsQuery, variables });
  const tiles = data ? shapeKpiTiles(data.indicators) : [];
  // Trajectories cost the hub one indicators run per month: asked once the tiles are in, so they never delay them.
  const [outlooks, reexecuteOutlooks] = useQuery({ query: IndicatorOutlooksQuery, variables, pause: !data || fetching });
  // A paused query keeps its last answer: after a filter change that answer is another filter's, so it is not shown.
  const outlookData = JSON.stringify(outlooks.operation?.variables) === JSON.stringify(variables) ? outlooks.data : undefined;
  const statusOf = new Map(outlookData?.indicators.map((outlook) => [outlook.code, outlook.status]) ?? []);
  return (
    <>
      <div className="page-head">
        <h1>{programme.name}</h1>
        <ExportLinks specs={[{ kind: 'indicators' }]} filters={filters} name={t('kpis')} />
        <SteeringReportLink filters={filters} />
      </div>
      <div className="meta-line">
        {programme.syntheticParticipants && (
          <p role="note" className="synthetic">
            <strong>{t('syntheticBadge')}</strong> — {t('synthetic')}
          </p>
        )}
        <AsOf />
      </div>
      <section aria-label={t('kpis')} aria-busy={fetching}>
        <QueryState fetching={fetching} error={error} hasData={!!data} empty={tiles.length === 0} retry={() => reexecute({ requestPolicy: 'network-only' })}>
          {() => (
            <ul className="kpi-grid" data-testid="kpis">
              {tiles.map((tile) => (
                <Tile key={tile.code} tile={tile} status={statusOf.get(tile.code) ?? null} />
              ))}
            </ul>
          )}
        </QueryState>
      </section>
      {data && tiles.length > 0 && (
        <section aria-label={t('trajectoryTitle')} aria-busy={outlooks.fetching}>
          <QueryState
            fetching={outlooks.fetching}
            error={outlooks.error}
            hasData={!!outlookData}
            empty={!outlookData?.indicators.some((outlook) => outlook.trajectory.length > 0)}
            retry={() => reexecuteOutlooks({ requestPolicy: 'network-only' })}
          >
            {() => <IndicatorTrajectory outlooks={outlookData!.indicators} indicators={data.indicators} filters={filters} />}
          </QueryState>
        </section>
      )}
    </>
  );
}

import { useQuery } from 'urql';
import { BarChart, FunnelChart } from '../charts/lazy';
import { colourFor } from '../charts/palette';
import { toAnalyticsFilter, type DashboardFilters } from '../filters/filters';
import { OutcomesQuery } from '../graphql/documents';
import { useProgramme } from '../app/programme';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { chartValue } from '../shaping/aggregate';
import { funnelChartData, shapeFunnel, shapeResultsByType, shapeSexByAge } from '../shaping/outcomes';
import { ChartPanel } from '../ui/ChartPanel';
import { renderCell } from '../ui/cell';
import { QueryState } from '../ui/QueryState';

/** "Employed" in the funnel: an employed or self-employed result (the EMPLOYED_AFTER indicator). */
const EMPLOYED_RESULTS = ['EMPLOYED', 'SELF_EMPLOYED'] as const;

/** Rezultaty / Outcomes: the participant funnel, results by type, participants by sex × age band. */
export default function OutcomesPage({ filters }: { filters: DashboardFilters }) {
  const { t, label, formatNumber } = useI18n();
  const programme = useProgramme();
  const filter = toAnalyticsFilter(filters);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OutcomesQuery,
    variables: { programme: programme.code, filter, employedFilter: { ...filter, resultTypes: [...EMPLOYED_RESULTS] } },
  });
  const stages = data ? shapeFunnel(data) : [];
  const results = data ? shapeResultsByType(data) : [];
  const sexAge = data ? shapeSexByAge(data) : null;
  const stageLabel = (id: string) => t(`funnel_${id}` as MessageKey);
  return (
    <>
      <h1>{t('page_outcomes')}</h1>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {() => (
          <>
            <ChartPanel
              id="funnel"
              title={t('funnel')}
              filters={filters}
              height={260}
              exports={[{ kind: 'indicators' }]}
              columns={[
                { key: 'stage', header: t('stage') },
                { key: 'value', header: t('participants'), numeric: true },
              ]}
              rows={stages.map((stage) => ({ key: stage.id, cells: { stage: stageLabel(stage.id), value: renderCell(stage.cell, formatNumber) } }))}
              chart={<FunnelChart data={funnelChartData(stages, stageLabel)} formatValue={formatNumber} />}
            />
            <ChartPanel
              id="results-by-type"
              title={t('resultsByType')}
              filters={filters}
              exports={[{ kind: 'aggregate', measure: 'RESULTS', groupBy: ['RESULT_TYPE'] }]}
              columns={[
                { key: 'type', header: t('resultType') },
                { key: 'value', header: t('participants'), numeric: true },
              ]}
              rows={results.map((result) => ({ key: result.key.code, cells: { type: label(result.key.code, result.key.label), value: renderCell(result.cell, formatNumber) } }))}
              chart={
                <BarChart
                  data={results.map((result) => ({ type: label(result.key.code, result.key.label), value: chartValue(result.cell) }))}
                  keys={['value']}
                  indexBy="type"
                  colours={[colourFor(2)]}
                  formatValue={formatNumber}
                />
              }
            />
            <ChartPanel
              id="sex-by-age"
              title={t('sexByAge')}
              filters={filters}
              exports={[{ kind: 'aggregate', measure: 'PARTICIPANTS', groupBy: ['SEX', 'AGE_BAND'] }]}
              columns={[
                { key: 'age', header: t('ageBand') },
                ...sexAge!.sexes.map((sex) => ({ key: sex.code, header: label(sex.code, sex.label), numeric: true })),
              ]}
              rows={sexAge!.ageBands.map((band) => ({
                key: band.code,
                cells: Object.fromEntries([
                  ['age', label(band.code, band.label)],
                  ...sexAge!.sexes.map((sex) => [sex.code, renderCell(sexAge!.cell(band.code, sex.code), formatNumber)]),
                ]),
              }))}
              chart={
                <BarChart
                  data={sexAge!.ageBands.map((band) => ({
                    age: label(band.code, band.label),
                    ...Object.fromEntries(sexAge!.sexes.map((sex) => [label(sex.code, sex.label), chartValue(sexAge!.cell(band.code, sex.code))])),
                  }))}
                  keys={sexAge!.sexes.map((sex) => label(sex.code, sex.label))}
                  indexBy="age"
                  colours={[colourFor(0), colourFor(1)]}
                  formatValue={formatNumber}
                />
              }
            />
          </>
        )}
      </QueryState>
    </>
  );
}

import { useQuery } from 'urql';
import { useProgramme } from '../app/programme';
import { BarChart, HeatMapChart } from '../charts/lazy';
import { partnerColours } from '../charts/palette';
import { toAnalyticsFilter, type DashboardFilters } from '../filters/filters';
import { PartnersQuery } from '../graphql/documents';
import { useI18n } from '../i18n/i18n';
import { isEmptyAnswer } from '../shaping/aggregate';
import { shapeActivityAttendance, shapeRateHeatmap, shortenLabel } from '../shaping/partners';
import { ChartPanel } from '../ui/ChartPanel';
import { renderCell } from '../ui/cell';
import { QueryState } from '../ui/QueryState';

/** Partnerzy i zajęcia / Partners & activities: attendance per activity by partner; attendance rate, activity × month. */
export default function PartnersPage({ filters }: { filters: DashboardFilters }) {
  const { t, formatMonth, formatNumber, formatPercent } = useI18n();
  const programme = useProgramme();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PartnersQuery,
    variables: { programme: programme.code, filter: toAnalyticsFilter(filters) },
  });
  const partnerCodes = programme.partners.map((partner) => partner.code);
  const partnerColour = partnerColours(partnerCodes);
  const attendance = data ? shapeActivityAttendance(data.attendance, partnerCodes) : null;
  const heatmap = data ? shapeRateHeatmap(data.rate) : null;
  const percent = (value: number) => formatPercent(value, 0);
  return (
    <>
      <h1>{t('page_partners')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        empty={!!data && isEmptyAnswer(data.attendance) && isEmptyAnswer(data.rate)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {() => (
          <>
            <ChartPanel
              id="attendance-by-activity"
              title={t('attendanceByActivity')}
              filters={filters}
              height={Math.max(320, attendance!.activities.length * 26 + 80)}
              exports={[{ kind: 'aggregate', measure: 'ATTENDANCES', groupBy: ['PARTNER', 'ACTIVITY'] }]}
              columns={[
                { key: 'activity', header: t('activity') },
                { key: 'partner', header: t('partner') },
                { key: 'value', header: t('attendances'), numeric: true },
              ]}
              rows={attendance!.activities.map((activity) => ({
                key: activity.code,
                cells: { activity: activity.label, partner: activity.partner, value: renderCell(activity.cell, formatNumber) },
              }))}
              chart={
                <BarChart
                  data={attendance!.bars}
                  keys={attendance!.partners}
                  indexBy="activity"
                  colours={attendance!.partners.map((code) => partnerColour[code] ?? '#999999')}
                  groupMode="stacked"
                  layout="horizontal"
                  formatValue={formatNumber}
                  formatIndex={(label) => shortenLabel(label)}
                  marginLeft={230}
                />
              }
            />
            <ChartPanel
              id="attendance-rate-heatmap"
              title={t('attendanceRateHeatmap')}
              filters={filters}
              height={Math.max(320, heatmap!.rows.length * 24 + 100)}
              exports={[{ kind: 'aggregate', measure: 'ATTENDANCE_RATE', groupBy: ['ACTIVITY', 'MONTH'] }]}
              columns={[{ key: 'activity', header: t('activity') }, ...heatmap!.months.map((month) => ({ key: month, header: formatMonth(month), numeric: true }))]}
              rows={heatmap!.rows.map((row) => ({
                key: row.code,
                cells: Object.fromEntries([
                  ['activity', row.label],
                  ...heatmap!.months.map((month) => [month, renderCell(row.cells.get(month), percent)]),
                ]),
              }))}
              chart={
                <HeatMapChart
                  rows={heatmap!.rows.map((row) => ({ id: row.label, data: heatmap!.months.map((month) => ({ x: month, y: row.chart.get(month) ?? null })) }))}
                  formatValue={percent}
                  formatX={formatMonth}
                  formatY={(label) => shortenLabel(label)}
                />
              }
            />
          </>
        )}
      </QueryState>
    </>
  );
}

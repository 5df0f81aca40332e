import { useQuery } from 'urql';
import { useProgramme } from '../app/programme';
import { LineChart } from '../charts/lazy';
import { colourFor } from '../charts/palette';
import { toAnalyticsFilter, type DashboardFilters } from '../filters/filters';
import { TimelineQuery } from '../graphql/documents';
import { useI18n } from '../i18n/i18n';
import { chartValue, isEmptyAnswer } from '../shaping/aggregate';
import { mergeMarkers, monthOf, shapeTimeline, type TimelineMonth } from '../shaping/timeline';
import { ChartPanel } from '../ui/ChartPanel';
import { renderCell } from '../ui/cell';
import { QueryState } from '../ui/QueryState';

/** Oś czasu / Timeline: the 15 months, new and active participants and attendance hours, with the programme's milestones. */
export default function TimelinePage({ filters }: { filters: DashboardFilters }) {
  const i18n = useI18n();
  const { t, formatMonth, formatNumber } = i18n;
  const programme = useProgramme();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TimelineQuery,
    variables: { programme: programme.code, filter: toAnalyticsFilter(filters) },
  });
  const months: TimelineMonth[] = data ? shapeTimeline(data) : [];
  const monthCodes = new Set(months.map((month) => month.month));
  const markers = mergeMarkers([
    { x: monthOf(programme.startDate), label: t('programmeStart') },
    ...programme.events.map((event) => ({ x: monthOf(event.date), label: event.name })),
    { x: monthOf(programme.endDate), label: t('programmeEnd') },
  ].filter((marker) => monthCodes.has(marker.x)));
  const series = (id: 'newParticipants' | 'activeParticipants' | 'attendanceHours', index: number) => ({
    id: t(id),
    colour: colourFor(index),
    data: months.map((month) => ({ x: month.month, y: chartValue(month.cells[id]) })),
  });
  const columns = [
    { key: 'month', header: t('month') },
    { key: 'newParticipants', header: t('newParticipants'), numeric: true },
    { key: 'activeParticipants', header: t('activeParticipants'), numeric: true },
    { key: 'attendanceHours', header: t('attendanceHours'), numeric: true },
  ];
  const rows = months.map((month) => ({
    key: month.month,
    cells: {
      month: formatMonth(month.month),
      newParticipants: renderCell(month.cells.newParticipants, formatNumber),
      activeParticipants: renderCell(month.cells.activeParticipants, formatNumber),
      attendanceHours: renderCell(month.cells.attendanceHours, formatNumber),
    },
  }));
  return (
    <>
      <h1>{t('page_timeline')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        empty={!!data && isEmptyAnswer(data.newParticipants, data.activeParticipants, data.attendanceHours)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {() => (
          <>
            <ChartPanel
              id="timeline-participants"
              title={t('participantsChart')}
              filters={filters}
              columns={columns.slice(0, 3)}
              rows={rows}
              exports={[
                { kind: 'aggregate', measure: 'PARTICIPANTS', groupBy: ['MONTH'], label: t('newParticipants') },
                { kind: 'aggregate', measure: 'ACTIVE_PARTICIPANTS', groupBy: ['MONTH'], label: t('activeParticipants') },
              ]}
              height={360}
              chart={
                <LineChart
                  series={[series('newParticipants', 0), series('activeParticipants', 1)]}
                  markers={markers}
                  formatX={formatMonth}
                  formatY={formatNumber}
                  yLegend={t('participants')}
                />
              }
            />
            <ChartPanel
              id="timeline-hours"
              title={t('hoursChart')}
              filters={filters}
              columns={[columns[0]!, columns[3]!]}
              rows={rows}
              exports={[{ kind: 'aggregate', measure: 'ATTENDANCE_HOURS', groupBy: ['MONTH'] }]}
              height={320}
              chart={
                <LineChart series={[series('attendanceHours', 2)]} markers={markers} formatX={formatMonth} formatY={formatNumber} yLegend={t('attendanceHours')} />
              }
            />
          </>
        )}
      </QueryState>
    </>
  );
}

import { useQuery } from 'urql';
import { SankeyChart } from '../charts/lazy';
import { colourFor, OKABE_ITO, partnerColours } from '../charts/palette';
import { useProgramme } from '../app/programme';
import { toAnalyticsFilter, type DashboardFilters } from '../filters/filters';
import { FlowsQuery } from '../graphql/documents';
import { useI18n } from '../i18n/i18n';
import { isEmptyAnswer } from '../shaping/aggregate';
import { sankeyChartData, shapeFlows } from '../shaping/outcomes';
import { ChartPanel } from '../ui/ChartPanel';
import { renderCell } from '../ui/cell';
import { QueryState } from '../ui/QueryState';

/** Przepływy / Flows: participants from the register through the partners' tasks to how they left. */
export default function FlowsPage({ filters }: { filters: DashboardFilters }) {
  const { t, formatNumber } = useI18n();
  const programme = useProgramme();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FlowsQuery,
    variables: { programme: programme.code, filter: toAnalyticsFilter(filters) },
  });
  const shape = data
    ? shapeFlows(data, { register: t('flow_register'), completed: t('flow_completed'), dropped: t('flow_dropped'), ongoing: t('flow_ongoing') })
    : null;
  const partnerColour = partnerColours(programme.partners.map((partner) => partner.code));
  const taskPartner = new Map(programme.tasks.map((task) => [`task:${task.code}`, task.partner.code]));
  const outcomeColours: Record<string, string> = { register: OKABE_ITO[4], completed: OKABE_ITO[2], dropped: OKABE_ITO[5], ongoing: OKABE_ITO[7] };
  const nodeLabel = new Map(shape?.nodes.map((node) => [node.id, node.label]));
  const chart = shape ? sankeyChartData(shape) : null;
  return (
    <>
      <h1>{t('page_flows')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        empty={!!data && isEmptyAnswer(data.byTask)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {() => (
          <ChartPanel
            id="flows"
            title={t('flowsTitle')}
            note={t('flowsNote')}
            filters={filters}
            height={420}
            exports={[
              { kind: 'aggregate', measure: 'PARTICIPANTS', groupBy: ['TASK'], label: t('participants') },
              { kind: 'aggregate', measure: 'COMPLETIONS', groupBy: ['TASK'], label: t('flow_completed') },
              { kind: 'aggregate', measure: 'DROPOUTS', groupBy: ['TASK'], label: t('flow_dropped') },
            ]}
            columns={[
              { key: 'source', header: t('source') },
              { key: 'target', header: t('target_') },
              { key: 'value', header: t('participants'), numeric: true },
            ]}
            rows={shape!.links.map((link) => ({
              key: `${link.source}>${link.target}`,
              cells: { source: nodeLabel.get(link.source), target: nodeLabel.get(link.target), value: renderCell(link.cell, formatNumber) },
            }))}
            chart={
              <SankeyChart
                nodes={chart!.nodes.map((node, index) => ({
                  id: node.id,
                  label: node.label,
                  colour: outcomeColours[node.id] ?? partnerColour[taskPartner.get(node.id) ?? ''] ?? colourFor(index),
                }))}
                links={chart!.links}
                formatValue={formatNumber}
              />
            }
          />
        )}
      </QueryState>
    </>
  );
}

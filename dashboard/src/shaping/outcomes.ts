import type { ResultOf } from '../graphql/graphql';
import type { FlowsQuery, OutcomesQuery } from '../graphql/documents';
import { byKey, chartValue, pivot, totalOf, type Cell, type Key } from './aggregate';

export type FunnelStageId = 'registered' | 'active' | 'completed' | 'certified' | 'employed';
export const FUNNEL_STAGES: readonly FunnelStageId[] = ['registered', 'active', 'completed', 'certified', 'employed'];

/** Registered → active → completed → certified → employed, one total per stage. */
export function shapeFunnel(data: ResultOf<typeof OutcomesQuery>): { id: FunnelStageId; cell: Cell }[] {
  return FUNNEL_STAGES.map((id) => ({ id, cell: totalOf(data[id]) }));
}

/** What nivo's funnel can draw: only visible stages (a hidden stage is shown in the table, as "< K"). */
export function funnelChartData(stages: { id: FunnelStageId; cell: Cell }[], label: (id: FunnelStageId) => string) {
  return stages.flatMap((stage) => {
    const value = chartValue(stage.cell);
    return value === null ? [] : [{ id: stage.id, label: label(stage.id), value }];
  });
}

/** RESULTS by type, in the API's order. */
export function shapeResultsByType(data: ResultOf<typeof OutcomesQuery>): { key: Key; cell: Cell }[] {
  const { keys, cells } = byKey(data.resultsByType);
  return keys.map((key) => ({ key, cell: cells.get(key.code)! }));
}

/** PARTICIPANTS by sex × age band (ESF style): age bands down, sexes across. */
export function shapeSexByAge(data: ResultOf<typeof OutcomesQuery>) {
  const table = pivot(data.bySexAge, 1, 0);
  return { ageBands: table.rowKeys, sexes: table.columnKeys, cell: table.cell };
}

export interface SankeyShape {
  nodes: { id: string; label: string; kind: 'register' | 'task' | 'outcome' }[];
  links: { source: string; target: string; cell: Cell }[];
}

/**
 * Participants across the partners' tasks: the register → each task (participants with attendance
 * there) → how they left (completed, dropped out, or not yet / not recorded). Hidden and empty
 * flows are kept in `links` (for the table) and skipped by the chart.
 */
export function shapeFlows(
  data: ResultOf<typeof FlowsQuery>,
  labels: { register: string; completed: string; dropped: string; ongoing: string },
): SankeyShape {
  const tasks = byKey(data.byTask);
  const completed = byKey(data.completedByTask).cells;
  const dropped = byKey(data.droppedByTask).cells;
  const nodes: SankeyShape['nodes'] = [
    { id: 'register', label: labels.register, kind: 'register' },
    ...tasks.keys.map((key) => ({ id: `task:${key.code}`, label: `${key.code} — ${key.label}`, kind: 'task' as const })),
    { id: 'completed', label: labels.completed, kind: 'outcome' },
    { id: 'dropped', label: labels.dropped, kind: 'outcome' },
    { id: 'ongoing', label: labels.ongoing, kind: 'outcome' },
  ];
  const links: SankeyShape['links'] = [];
  for (const key of tasks.keys) {
    const inTask = tasks.cells.get(key.code)!;
    const done = completed.get(key.code) ?? { value: 0, suppressed: false };
    const left = dropped.get(key.code) ?? { value: 0, suppressed: false };
    const task = `task:${key.code}`;
    links.push({ source: 'register', target: task, cell: inTask });
    links.push({ source: task, target: 'completed', cell: done });
    links.push({ source: task, target: 'dropped', cell: left });
    // The rest can only be worked out when all three are visible: otherwise it is hidden too.
    const hidden = inTask.suppressed || done.suppressed || left.suppressed;
    links.push({
      source: task,
      target: 'ongoing',
      cell: hidden
        ? { value: null, suppressed: true }
        : { value: Math.max(0, (inTask.value ?? 0) - (done.value ?? 0) - (left.value ?? 0)), suppressed: false },
    });
  }
  return { nodes, links };
}

/** The links a sankey can draw: visible and positive, with nodes that still have a link. */
export function sankeyChartData(shape: SankeyShape) {
  const links = shape.links.flatMap((link) => {
    const value = chartValue(link.cell);
    return value && value > 0 ? [{ source: link.source, target: link.target, value }] : [];
  });
  const used = new Set(links.flatMap((link) => [link.source, link.target]));
  return { nodes: shape.nodes.filter((node) => used.has(node.id)), links };
}

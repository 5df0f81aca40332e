import { chartValue, pivot, type AggregateRow, type Cell } from './aggregate';

export interface ActivityAttendance {
  code: string;
  label: string;
  partner: string;
  cell: Cell;
}

/**
 * ATTENDANCES by [PARTNER, ACTIVITY] as one bar per activity, stacked by partner (each activity has
 * one partner, so the partner gives the colour), activities in the API's order.
 */
export function shapeActivityAttendance(rows: readonly AggregateRow[], partnerOrder: readonly string[]) {
  const activities: ActivityAttendance[] = [];
  for (const row of rows) {
    const [partner, activity] = row.keys;
    if (!partner || !activity) continue;
    activities.push({ code: activity.code, label: activity.label, partner: partner.code, cell: { value: row.value, suppressed: row.suppressed } });
  }
  const partners = partnerOrder.filter((code) => activities.some((activity) => activity.partner === code));
  // nivo draws horizontal bars bottom-up: reverse so the first activity is on top.
  const bars = [...activities].reverse().map((activity) => ({
    activity: activity.label,
    ...Object.fromEntries(partners.map((code) => [code, code === activity.partner ? chartValue(activity.cell) : null])),
  }));
  return { activities, partners, bars };
}

export interface HeatmapRow {
  code: string;
  label: string;
  cells: Map<string, Cell>;
  /** What the chart draws: hidden and empty cells are gaps. */
  chart: Map<string, number | null>;
}

/** ATTENDANCE_RATE by [ACTIVITY, MONTH] as activity rows × month columns; activities with no records at all are left out. */
export function shapeRateHeatmap(rows: readonly AggregateRow[]): { months: string[]; rows: HeatmapRow[] } {
  const table = pivot(rows, 0, 1);
  const months = table.columnKeys.map((key) => key.code).sort();
  const heatmapRows = table.rowKeys
    .map((key) => {
      const cells = new Map(months.map((month) => [month, table.cell(key.code, month) ?? { value: null, suppressed: false }]));
      return { code: key.code, label: key.label, cells, chart: new Map(months.map((month) => [month, chartValue(cells.get(month))])) };
    })
    .filter((row) => [...row.cells.values()].some((cell) => cell.suppressed || cell.value !== null));
  return { months, rows: heatmapRows };
}

/**
 * An axis label cut to `max` characters with an ellipsis: the per-activity chart's left margin holds
 * about 30 at the axis font; longer course names were clipped at the chart's edge. The table view and tooltips keep the full name.
 */
export function shortenLabel(label: string, max = 30): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

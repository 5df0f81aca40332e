import type { ResultOf } from '../graphql/graphql';
import type { TimelineQuery } from '../graphql/documents';
import { byKey, type Cell } from './aggregate';

export type TimelineSeriesId = 'newParticipants' | 'activeParticipants' | 'attendanceHours';
export const TIMELINE_SERIES: readonly TimelineSeriesId[] = ['newParticipants', 'activeParticipants', 'attendanceHours'];

export interface TimelineMonth {
  month: string;
  cells: Record<TimelineSeriesId, Cell | undefined>;
}

/** The three monthly series side by side, one entry per month any of them has (the API fills every month). */
export function shapeTimeline(data: ResultOf<typeof TimelineQuery>): TimelineMonth[] {
  const series = Object.fromEntries(
    TIMELINE_SERIES.map((id) => [id, byKey(data[id])]),
  ) as Record<TimelineSeriesId, ReturnType<typeof byKey>>;
  const months = [...new Set(TIMELINE_SERIES.flatMap((id) => series[id].keys.map((key) => key.code)))].sort();
  return months.map((month) => ({
    month,
    cells: Object.fromEntries(TIMELINE_SERIES.map((id) => [id, series[id].cells.get(month)])) as TimelineMonth['cells'],
  }));
}

/** Month (YYYY-MM) of a date, for placing markers on the monthly axis. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/**
 * Chart markers, one per month: events in the same month (the final gala and the programme's end,
 * both November 2012) share a line and a label instead of printing over each other.
 */
export function mergeMarkers(markers: readonly { x: string; label: string }[]): { x: string; label: string }[] {
  const byMonth = new Map<string, string[]>();
  for (const marker of markers) byMonth.set(marker.x, [...(byMonth.get(marker.x) ?? []), marker.label]);
  return [...byMonth].map(([x, labels]) => ({ x, label: labels.join(' · ') }));
}

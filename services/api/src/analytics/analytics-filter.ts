import type { ActivityKind } from '../codes/activity-kind.js';
import type { AgeBand, Education, LabourStatus, Sex } from '../codes/participant-attributes.js';
import type { ResultType } from '../codes/result-type.js';
import type { SupportKind } from '../codes/support-kind.js';

/** The filter of an aggregate or an indicator term: the GraphQL AnalyticsFilter as plain data. */
export interface AnalyticsFilterValues {
  partners?: readonly string[] | null;
  tasks?: readonly string[] | null;
  activities?: readonly string[] | null;
  activityKinds?: readonly ActivityKind[] | null;
  sexes?: readonly Sex[] | null;
  ageBands?: readonly AgeBand[] | null;
  labourStatuses?: readonly LabourStatus[] | null;
  educations?: readonly Education[] | null;
  resultTypes?: readonly ResultType[] | null;
  supportKinds?: readonly SupportKind[] | null;
  /** First day counted (YYYY-MM-DD), inclusive, on each measure's own date. */
  from?: string | null;
  /** Last day counted (YYYY-MM-DD), inclusive. */
  to?: string | null;
}

export const LIST_FILTER_FIELDS = [
  'partners',
  'tasks',
  'activities',
  'activityKinds',
  'sexes',
  'ageBands',
  'labourStatuses',
  'educations',
  'resultTypes',
  'supportKinds',
] as const;
export type ListFilterField = (typeof LIST_FILTER_FIELDS)[number];

/** Filters that restrict through the activity a fact belongs to. */
export const ACTIVITY_FILTER_FIELDS: readonly ListFilterField[] = ['partners', 'tasks', 'activities', 'activityKinds'];
/** Filters on participant attributes at entry. */
export const PARTICIPANT_ATTRIBUTE_FILTER_FIELDS: readonly ListFilterField[] = ['sexes', 'ageBands', 'labourStatuses', 'educations'];

/**
 * A filter with every list either absent or non-empty and free of repeats. An empty list means "no
 * restriction", as a dashboard's cleared multi-select sends it, never "match nothing".
 */
export type NormalisedFilter = { [F in ListFilterField]?: readonly string[] } & { from?: string; to?: string };

export function normaliseFilter(filter: AnalyticsFilterValues | null | undefined): NormalisedFilter {
  const result: NormalisedFilter = {};
  for (const field of LIST_FILTER_FIELDS) {
    const values = filter?.[field];
    if (values && values.length > 0) result[field] = [...new Set(values as readonly string[])];
  }
  if (filter?.from) result.from = filter.from;
  if (filter?.to) result.to = filter.to;
  return result;
}

/**
 * Both filters at once (an indicator term's own filter within the caller's): lists intersect, the
 * period is the overlap. An empty intersection is kept as an empty list, which matches nothing.
 */
export function intersectFilters(a: NormalisedFilter, b: NormalisedFilter): NormalisedFilter & { empty?: boolean } {
  const result: NormalisedFilter & { empty?: boolean } = {};
  for (const field of LIST_FILTER_FIELDS) {
    const left = a[field];
    const right = b[field];
    if (left && right) {
      const both = left.filter((value) => right.includes(value));
      result[field] = both;
      if (both.length === 0) result.empty = true;
    } else if (left ?? right) {
      result[field] = (left ?? right)!;
    }
  }
  const from = [a.from, b.from].filter((value): value is string => Boolean(value)).sort().at(-1);
  const to = [a.to, b.to].filter((value): value is string => Boolean(value)).sort().at(0);
  if (from) result.from = from;
  if (to) result.to = to;
  return result;
}

export function hasAny(filter: NormalisedFilter, fields: readonly ListFilterField[]): boolean {
  return fields.some((field) => filter[field] !== undefined);
}

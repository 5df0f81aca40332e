import { ACTIVITY_KINDS, AGE_BANDS, SEXES, type ActivityKind, type AgeBand, type Sex } from '@razem/contract';
import type { VariablesOf } from '../graphql/graphql';
import type { IndicatorsQuery } from '../graphql/documents';

export type AnalyticsFilter = NonNullable<VariablesOf<typeof IndicatorsQuery>['filter']>;

/** The filter bar's choices, in the contract's display order. */
export { ACTIVITY_KINDS, AGE_BANDS, SEXES };

/** The dashboard's filters as kept in the URL: `?partner=P1,P2&task=T1&kind=WORKSHOP&sex=FEMALE&age=AGE_18_24&from=2011-09&to=2012-06`. */
export interface DashboardFilters {
  partners: string[];
  tasks: string[];
  activityKinds: ActivityKind[];
  sexes: Sex[];
  ageBands: AgeBand[];
  /** First month, YYYY-MM. */
  from: string | null;
  /** Last month, YYYY-MM. */
  to: string | null;
}

export const FILTER_PARAMS = {
  partners: 'partner',
  tasks: 'task',
  activityKinds: 'kind',
  sexes: 'sex',
  ageBands: 'age',
  from: 'from',
  to: 'to',
} as const satisfies Record<keyof DashboardFilters, string>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CODE = /^[A-Z0-9_-]{1,40}$/;

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => CODE.test(value));
}

function only<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/** Reads the filters from a query string, dropping anything malformed (a hand-edited URL never breaks a page). */
export function parseFilters(params: URLSearchParams): DashboardFilters {
  const month = (name: string) => {
    const value = params.get(name);
    return value && MONTH.test(value) ? value : null;
  };
  return {
    partners: list(params, FILTER_PARAMS.partners),
    tasks: list(params, FILTER_PARAMS.tasks),
    activityKinds: only(list(params, FILTER_PARAMS.activityKinds), ACTIVITY_KINDS),
    sexes: only(list(params, FILTER_PARAMS.sexes), SEXES),
    ageBands: only(list(params, FILTER_PARAMS.ageBands), AGE_BANDS),
    from: month(FILTER_PARAMS.from),
    to: month(FILTER_PARAMS.to),
  };
}

/** The query-string changes that write `filters` (null removes a parameter). */
export function filtersToSearch(filters: DashboardFilters): Record<string, string | null> {
  const join = (values: string[]) => (values.length ? values.join(',') : null);
  return {
    [FILTER_PARAMS.partners]: join(filters.partners),
    [FILTER_PARAMS.tasks]: join(filters.tasks),
    [FILTER_PARAMS.activityKinds]: join(filters.activityKinds),
    [FILTER_PARAMS.sexes]: join(filters.sexes),
    [FILTER_PARAMS.ageBands]: join(filters.ageBands),
    [FILTER_PARAMS.from]: filters.from,
    [FILTER_PARAMS.to]: filters.to,
  };
}

/** How many filters restrict anything. */
export function countActiveFilters(filters: DashboardFilters): number {
  return (
    [filters.partners, filters.tasks, filters.activityKinds, filters.sexes, filters.ageBands].filter((values) => values.length > 0).length +
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0)
  );
}

/** Last day of a YYYY-MM month, as YYYY-MM-DD. */
export function lastDayOfMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${yearMonth}-${String(day).padStart(2, '0')}`;
}

/** The GraphQL AnalyticsFilter for the dashboard's filters; undefined when nothing restricts. */
export function toAnalyticsFilter(filters: DashboardFilters): AnalyticsFilter | undefined {
  const filter: AnalyticsFilter = {};
  if (filters.partners.length) filter.partners = filters.partners;
  if (filters.tasks.length) filter.tasks = filters.tasks;
  if (filters.activityKinds.length) filter.activityKinds = filters.activityKinds;
  if (filters.sexes.length) filter.sexes = filters.sexes;
  if (filters.ageBands.length) filter.ageBands = filters.ageBands;
  if (filters.from) filter.from = `${filters.from}-01`;
  if (filters.to) filter.to = lastDayOfMonth(filters.to);
  return Object.keys(filter).length ? filter : undefined;
}

/** The export endpoints' filter parameters (docs/interfaces.md §5: "+ filter parameters"), same names as the URL. */
export function filtersToExportParams(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  const analytics = toAnalyticsFilter(filters);
  if (!analytics) return params;
  for (const [key, value] of Object.entries(analytics)) {
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

/** Every month from `startDate` to `endDate` (YYYY-MM-DD) as YYYY-MM. */
export function monthsBetween(startDate: string, endDate: string): string[] {
  const months: string[] = [];
  let [year, month] = startDate.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = endDate.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

import { useProgramme } from '../app/programme';
import { updateSearch } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { AGE_BANDS, ACTIVITY_KINDS, FILTER_PARAMS, SEXES, countActiveFilters, filtersToSearch, monthsBetween, type DashboardFilters } from './filters';
import { MultiSelectFilter, type FilterOption } from './MultiSelectFilter';

type ListKey = 'partners' | 'tasks' | 'activityKinds' | 'sexes' | 'ageBands';

/**
 * The filters every chart shares, written to the URL on change (a bookmark or a sent link
 * reopens the same view). Lists are multi-select (checkbox groups behind a disclosure button);
 * the months stay native selects, since a period is one range, not a set.
 */
export function FilterBar({ filters }: { filters: DashboardFilters }) {
  const { t, label, formatMonth } = useI18n();
  const programme = useProgramme();
  const months = monthsBetween(programme.startDate, programme.endDate);
  const set = (change: Partial<DashboardFilters>) => updateSearch(filtersToSearch({ ...filters, ...change }));

  const multi = (key: ListKey, name: string, options: FilterOption[]) => (
    <MultiSelectFilter
      name={name}
      param={FILTER_PARAMS[key]}
      options={options}
      selected={filters[key]}
      onChange={(values) => set({ [key]: values } as Partial<DashboardFilters>)}
    />
  );
  const codes = (values: readonly string[]) => values.map((code) => ({ code, label: label(code) }));
  const month = (key: 'from' | 'to', name: string) => (
    <label className="filter">
      {name}
      <select name={key} value={filters[key] ?? ''} onChange={(event) => set({ [key]: event.target.value || null })}>
        <option value="">{t('all')}</option>
        {months.map((value) => (
          <option key={value} value={value}>
            {formatMonth(value)}
          </option>
        ))}
      </select>
    </label>
  );

  const active = countActiveFilters(filters);
  return (
    <form className="filter-bar" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
      {multi('partners', t('filterPartner'), programme.partners.map((partner) => ({ code: partner.code, label: partner.shortName || partner.code })))}
      {multi('tasks', t('filterTask'), programme.tasks.map((task) => ({ code: task.code, label: `${task.code} — ${task.name}`, short: task.code })))}
      {multi('activityKinds', t('filterKind'), codes(ACTIVITY_KINDS))}
      {multi('sexes', t('filterSex'), codes(SEXES))}
      {multi('ageBands', t('filterAge'), codes(AGE_BANDS))}
      {month('from', t('filterFrom'))}
      {month('to', t('filterTo'))}
      {active > 0 && (
        <button type="button" className="clear-filters" onClick={() => set({ partners: [], tasks: [], activityKinds: [], sexes: [], ageBands: [], from: null, to: null })}>
          {t('clearFilters')} ({active})
        </button>
      )}
    </form>
  );
}

import { useProgramme } from '../app/programme';
import { updateSearch } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { AGE_BANDS, ACTIVITY_KINDS, SEXES, countActiveFilters, filtersToSearch, monthsBetween, type DashboardFilters } from './filters';

type ListKey = 'partners' | 'tasks' | 'activityKinds' | 'sexes' | 'ageBands';

/**
 * The filters every chart shares, written to the URL on change (a bookmark or a sent link
 * reopens the same view). Native selects: keyboard and screen readers work without extra code.
 */
export function FilterBar({ filters }: { filters: DashboardFilters }) {
  const { t, label, formatMonth } = useI18n();
  const programme = useProgramme();
  const months = monthsBetween(programme.startDate, programme.endDate);
  const set = (change: Partial<DashboardFilters>) => updateSearch(filtersToSearch({ ...filters, ...change }));

  const single = (key: ListKey, name: string, options: { code: string; label: string }[]) => (
    <label className="filter">
      {name}
      <select
        name={key}
        value={filters[key][0] ?? ''}
        onChange={(event) => set({ [key]: event.target.value ? [event.target.value] : [] } as Partial<DashboardFilters>)}
      >
        <option value="">{t('all')}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  const active = countActiveFilters(filters);
  return (
    <form className="filter-bar" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
      {single('partners', t('filterPartner'), programme.partners.map((partner) => ({ code: partner.code, label: partner.shortName || partner.code })))}
      {single('tasks', t('filterTask'), programme.tasks.map((task) => ({ code: task.code, label: `${task.code} — ${task.name}` })))}
      {single('activityKinds', t('filterKind'), ACTIVITY_KINDS.map((code) => ({ code, label: label(code) })))}
      {single('sexes', t('filterSex'), SEXES.map((code) => ({ code, label: label(code) })))}
      {single('ageBands', t('filterAge'), AGE_BANDS.map((code) => ({ code, label: label(code) })))}
      <label className="filter">
        {t('filterFrom')}
        <select name="from" value={filters.from ?? ''} onChange={(event) => set({ from: event.target.value || null })}>
          <option value="">{t('all')}</option>
          {months.map((month) => (
            <option key={month} value={month}>
              {formatMonth(month)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        {t('filterTo')}
        <select name="to" value={filters.to ?? ''} onChange={(event) => set({ to: event.target.value || null })}>
          <option value="">{t('all')}</option>
          {months.map((month) => (
            <option key={month} value={month}>
              {formatMonth(month)}
            </option>
          ))}
        </select>
      </label>
      {active > 0 && (
        <button type="button" className="clear-filters" onClick={() => set({ partners: [], tasks: [], activityKinds: [], sexes: [], ageBands: [], from: null, to: null })}>
          {t('clearFilters')} ({active})
        </button>
      )}
    </form>
  );
}

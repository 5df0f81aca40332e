import { useI18n } from '../i18n/i18n';
import type { VisibleProgramme } from './programme';
import { navigate, useLocation } from './router';
import { switchProgrammeHref } from './routes';

/** "Name (CODE)": names can repeat across a city's partnerships, codes cannot. */
export function programmeLabel(programme: VisibleProgramme): string {
  return `${programme.name} (${programme.code})`;
}

/**
 * The header's programme switcher: the programmes the user may see; choosing one opens the same page
 * in it (a history entry, so Back returns). With one programme it only names it.
 */
export function ProgrammeSwitcher({ programmes, current }: { programmes: readonly VisibleProgramme[]; current: string | null }) {
  const { t } = useI18n();
  const location = useLocation();
  const known = programmes.some((programme) => programme.code === current);
  if (programmes.length === 1 && known) {
    return (
      <span className="programme-name" data-testid="programme-switcher" data-programme={current ?? ''}>
        {programmeLabel(programmes[0]!)}
      </span>
    );
  }
  return (
    <label className="programme-switcher">
      <span>{t('programme')}</span>
      <select
        data-testid="programme-switcher"
        value={known ? current! : ''}
        onChange={(event) => event.target.value && navigate(switchProgrammeHref(location.pathname, location.search, event.target.value))}
      >
        {!known && <option value="">{t('chooseProgramme')}</option>}
        {programmes.map((programme) => (
          <option key={programme.code} value={programme.code}>
            {programmeLabel(programme)}
          </option>
        ))}
      </select>
    </label>
  );
}

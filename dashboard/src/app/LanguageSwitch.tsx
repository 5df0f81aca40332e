import { useI18n, type Language } from '../i18n/i18n';
import { updateSearch } from './router';

/** PL / EN, kept in the URL (`?lang=en`) like the filters, so a shared link opens in the same language. */
export function LanguageSwitch() {
  const { language, t } = useI18n();
  const choose = (next: Language) => updateSearch({ lang: next === 'pl' ? null : next });
  return (
    <div className="lang-switch" role="group" aria-label={t('language')}>
      {(['pl', 'en'] as const).map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={language === option} onClick={() => choose(option)}>
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

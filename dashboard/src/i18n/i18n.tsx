import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { codeLabelsEn, codeLabelsPl, en, pl, type MessageKey } from './messages';

export type Language = 'pl' | 'en';

export interface I18n {
  language: Language;
  locale: string;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** A label for a code: English where known, else the API's (Polish) label, else the code. */
  label: (code: string, apiLabel?: string) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  formatPercent: (value: number, digits?: number) => string;
  formatDateTime: (iso: string) => string;
  formatDate: (isoDate: string) => string;
  /** `YYYY-MM` as a short month name with year, e.g. "wrz 2011" / "Sep 2011". */
  formatMonth: (yearMonth: string) => string;
}

/** Builds the translator and formatters for a language (pure: tests call it directly). */
export function createI18n(language: Language): I18n {
  const messages = language === 'en' ? en : pl;
  const locale = language === 'en' ? 'en-GB' : 'pl-PL';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    language,
    locale,
    t: (key, values) =>
      (messages[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => (values && name in values ? String(values[name]) : match)),
    label: (code, apiLabel) => (language === 'en' ? codeLabelsEn[code] : codeLabelsPl[code]) ?? apiLabel ?? code,
    formatNumber: (value, options) => (options ? new Intl.NumberFormat(locale, options) : number).format(value),
    formatPercent: (value, digits = 0) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value),
    formatDateTime: (iso) => dateTime.format(new Date(iso)),
    formatDate: (isoDate) => date.format(new Date(`${isoDate}T00:00:00Z`)),
    formatMonth: (yearMonth) => month.format(new Date(`${yearMonth}-01T00:00:00Z`)),
  };
}

const I18nContext = createContext<I18n>(createI18n('pl'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => createI18n(language), [language]);
  // Screen readers and hyphenation follow the document's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

import { IndicatorStatus } from '../../analytics/index.js';
import { SubmissionStatus } from '../submissions/submissions.service.js';

export type ReportLanguage = 'pl' | 'en';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['pl', 'en'];

const MONTHS = {
  pl: ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Every fixed text of the steering report, in Polish and English. */
export const REPORT_TEXT = {
  pl: {
    title: 'Raport dla Komitetu Sterującego',
    period: 'Okres programu',
    generated: 'Wygenerowano',
    role: 'Rola odbiorcy',
    synthetic: 'Dane uczestników w tym programie są syntetyczne (wygenerowane), nie są rzeczywistymi rekordami.',
    restricted: (k: number) => `Wartości dla tej roli są chronione: komórki opierające się na mniej niż ${k} uczestnikach są ukryte.`,
    indicators: 'Wskaźniki na koniec miesiąca',
    columns: ['Wskaźnik', 'Wartość', 'Zmiana m/m', 'Plan', 'Cel', 'Prognoza', 'Status'],
    illustrative: '* cel lub plan ilustracyjny, nie z definicji programu',
    forecastNote: 'Prognoza: trend liniowy z ostatnich trzech miesięcy do końca programu, w granicach możliwych wartości.',
    statusNote: 'Status: osiągnięty; zgodnie z planem (prognoza osiąga cel, wartość najwyżej 10% za planem); zagrożony (prognoza chybia o ≤ 10%); poza kursem.',
    timeline: 'Uczestnicy: plan i wykonanie (narastająco)',
    planned: 'plan',
    actual: 'wykonanie',
    activity: 'Aktywność w miesiącu według partnera',
    activityColumns: ['Partner', 'Aktywni uczestnicy', 'Zajęcia', 'Godziny obecności'],
    noActivity: 'Brak zajęć w tym miesiącu.',
    quality: 'Jakość danych i zatwierdzenie miesiąca',
    qualityColumns: ['Partner', 'Stan miesiąca', 'Pliki (rodzaj: stan, partia)'],
    qualityHidden: 'Kalendarz przekazywania danych nie jest dostępny dla tej roli.',
    approvedFor: 'Miesiąc zatwierdzony dla',
    notApproved: 'Miesiąc nie jest jeszcze zatwierdzony.',
    changes: 'Co się zmieniło od poprzedniego miesiąca',
    noChanges: 'Żaden wskaźnik się nie zmienił.',
    firstMonth: 'To pierwszy miesiąc programu.',
    withheld: 'ukryte',
    batch: 'partia',
    page: 'Strona',
  },
  en: {
    title: 'Steering committee report',
    period: 'Programme period',
    generated: 'Generated',
    role: 'Reader\'s role',
    synthetic: 'The participant data of this programme is synthetic (generated), not real records.',
    restricted: (k: number) => `Values for this role are protected: cells resting on fewer than ${k} participants are withheld.`,
    indicators: 'Indicators at the end of the month',
    columns: ['Indicator', 'Value', 'Change m/m', 'Plan', 'Target', 'Forecast', 'Status'],
    illustrative: '* illustrative target or plan, not from the programme\'s definition',
    forecastNote: 'Forecast: linear trend over the last three months carried to the programme\'s end, within possible values.',
    statusNote: 'Status: achieved; on track (forecast reaches the target, value at most 10% behind plan); at risk (forecast misses by ≤ 10%); off track.',
    timeline: 'Participants: planned and actual (cumulative)',
    planned: 'planned',
    actual: 'actual',
    activity: 'The month\'s activity by partner',
    activityColumns: ['Partner', 'Active participants', 'Sessions', 'Attendance hours'],
    noActivity: 'No sessions this month.',
    quality: 'Data quality and approval of the month',
    qualityColumns: ['Partner', 'Month', 'Files (kind: state, batch)'],
    qualityHidden: 'The submissions calendar is not available to this role.',
    approvedFor: 'Month approved for',
    notApproved: 'The month is not approved yet.',
    changes: 'What changed since the previous month',
    noChanges: 'No indicator changed.',
    firstMonth: 'This is the programme\'s first month.',
    withheld: 'withheld',
    batch: 'batch',
    page: 'Page',
  },
} as const;

export const STATUS_TEXT: Record<ReportLanguage, Record<IndicatorStatus, string>> = {
  pl: { ACHIEVED: 'osiągnięty', ON_TRACK: 'zgodnie z planem', AT_RISK: 'zagrożony', OFF_TRACK: 'poza kursem' },
  en: { ACHIEVED: 'achieved', ON_TRACK: 'on track', AT_RISK: 'at risk', OFF_TRACK: 'off track' },
};

export const SUBMISSION_TEXT: Record<ReportLanguage, Record<SubmissionStatus, string>> = {
  pl: { APPROVED: 'zatwierdzony', ON_TIME: 'w terminie', LATE: 'po terminie', MISSING: 'brak', NOT_DUE: 'przed terminem' },
  en: { APPROVED: 'approved', ON_TIME: 'on time', LATE: 'late', MISSING: 'missing', NOT_DUE: 'not due' },
};

/** "listopad 2011" / "November 2011". */
export function monthLabel(month: string, lang: ReportLanguage): string {
  return `${MONTHS[lang][Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** A count or hours as a whole or one-decimal number, a rate as a percentage; null as a dash. */
export function formatFigure(value: number | null, unit: string, lang: ReportLanguage): string {
  if (value === null) return '—';
  const locale = lang === 'pl' ? 'pl-PL' : 'en-GB';
  if (unit === 'RATE') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value * 100)}%`;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }).format(value);
}

/** A month-on-month change: a signed count, or percentage points for a rate. */
export function formatChange(change: number | null, unit: string, lang: ReportLanguage): string {
  if (change === null) return '—';
  const sign = change > 0 ? '+' : '';
  if (unit === 'RATE') {
    const points = new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(change * 100);
    return `${sign}${points} ${lang === 'pl' ? 'p.p.' : 'pp'}`;
  }
  return `${sign}${formatFigure(change, unit, lang)}`;
}

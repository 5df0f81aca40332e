import type { Dimension } from './analytics.js';
import {
  ACTIVITY_KIND_LABELS,
  AGE_BAND_LABELS,
  EDUCATION_LABELS,
  LABOUR_STATUS_LABELS,
  RESULT_TYPE_LABELS,
  SEX_LABELS,
  SUPPORT_KIND_LABELS,
} from './codes.js';
import type { CodeLabels } from './labels.js';

/**
 * Labels of the enumerated dimensions' codes, in display order. Partner, task and activity labels
 * are their names in the programme's data; MONTH's are made from the date.
 */
export const DIMENSION_CODE_LABELS: Partial<Record<Dimension, CodeLabels<string>>> = {
  ACTIVITY_KIND: ACTIVITY_KIND_LABELS,
  SEX: SEX_LABELS,
  AGE_BAND: AGE_BAND_LABELS,
  LABOUR_STATUS: LABOUR_STATUS_LABELS,
  EDUCATION: EDUCATION_LABELS,
  RESULT_TYPE: RESULT_TYPE_LABELS,
  SUPPORT_KIND: SUPPORT_KIND_LABELS,
};

const POLISH_MONTHS = [
  'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec',
  'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień',
] as const;

/** "wrzesień 2011" for "2011-09": MONTH's Polish label. */
export function polishMonthLabel(code: string): string {
  const month = POLISH_MONTHS[Number(code.slice(5, 7)) - 1];
  return `${month ?? code} ${code.slice(0, 4)}`;
}

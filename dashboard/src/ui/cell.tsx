import type { ReactNode } from 'react';
import type { I18n } from '../i18n/i18n';
import type { Cell } from '../shaping/aggregate';
import type { Indicator } from '../shaping/indicators';
import { Suppressed } from './Suppressed';

/** A table cell's content: "< K" when hidden, "—" when there is no value, else the formatted number. */
export function renderCell(cell: Cell | undefined, format: (value: number) => string): ReactNode {
  if (!cell) return '—';
  if (cell.suppressed) return <Suppressed />;
  if (cell.value === null) return '—';
  return format(cell.value);
}

/** An indicator's value as read: a percentage for rates, hours or a count otherwise. */
export function formatIndicatorValue(value: number, unit: Indicator['unit'], i18n: I18n): string {
  if (unit === 'RATE') return i18n.formatPercent(value, 1);
  if (unit === 'HOURS') return `${i18n.formatNumber(value)} h`;
  return i18n.formatNumber(value);
}

import type { ReactNode } from 'react';
import type { Cell } from '../shaping/aggregate';
import { Suppressed } from './Suppressed';

/** A table cell's content: "< K" when hidden, "—" when there is no value, else the formatted number. */
export function renderCell(cell: Cell | undefined, format: (value: number) => string): ReactNode {
  if (!cell) return '—';
  if (cell.suppressed) return <Suppressed />;
  if (cell.value === null) return '—';
  return format(cell.value);
}

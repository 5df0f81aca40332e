import { DIMENSION_CODE_LABELS, polishMonthLabel } from '@razem/contract';
import type { Dimension } from './dimension.js';

/**
 * Polish labels of the enumerated dimension codes, in display order (the order charts and tables use),
 * as the contract package gives them (docs/interfaces.md §4). Partner, task, activity and support kind
 * labels are their names in the database.
 */
export const ENUM_DIMENSION_LABELS: Partial<Record<Dimension, ReadonlyMap<string, string>>> = Object.fromEntries(
  // Support kinds are each programme's own (table support_kind); the contract's are only the pilot's.
  Object.entries(DIMENSION_CODE_LABELS).filter(([dimension]) => dimension !== 'SUPPORT_KIND').map(([dimension, labels]) => [
    dimension,
    new Map(Object.entries(labels!).map(([code, label]) => [code, label.pl])),
  ]),
);

/** "wrzesień 2011" for "2011-09". */
export const monthLabel = polishMonthLabel;

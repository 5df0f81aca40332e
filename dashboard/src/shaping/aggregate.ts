import type { ResultOf } from '../graphql/graphql';
import type { AggregateRowFields } from '../graphql/documents';

/** One aggregate cell as the dashboard reads it (the fragment's shape, unmasked). */
export type AggregateRow = ResultOf<typeof AggregateRowFields>;

export interface Cell {
  value: number | null;
  suppressed: boolean;
}

export interface Key {
  code: string;
  label: string;
}

/** The single cell of an ungrouped aggregate; an empty answer reads as 0. */
export function totalOf(rows: readonly AggregateRow[]): Cell {
  const row = rows[0];
  return row ? { value: row.value, suppressed: row.suppressed } : { value: 0, suppressed: false };
}

/** Cells of a one-dimension answer by key code, in the API's order. */
export function byKey(rows: readonly AggregateRow[], dimensionIndex = 0): { keys: Key[]; cells: Map<string, Cell> } {
  const keys: Key[] = [];
  const cells = new Map<string, Cell>();
  for (const row of rows) {
    const key = row.keys[dimensionIndex];
    if (!key) continue;
    if (!cells.has(key.code)) keys.push({ code: key.code, label: key.label });
    cells.set(key.code, { value: row.value, suppressed: row.suppressed });
  }
  return { keys, cells };
}

export interface Pivot {
  rowKeys: Key[];
  columnKeys: Key[];
  /** `${row}\u0000${column}` → cell. */
  cells: Map<string, Cell>;
  cell: (row: string, column: string) => Cell | undefined;
}

/** A two-dimension answer as rows × columns (first key down, second across), keys in first-seen order. */
export function pivot(rows: readonly AggregateRow[], rowIndex = 0, columnIndex = 1): Pivot {
  const rowKeys: Key[] = [];
  const columnKeys: Key[] = [];
  const seenRows = new Set<string>();
  const seenColumns = new Set<string>();
  const cells = new Map<string, Cell>();
  for (const row of rows) {
    const rowKey = row.keys[rowIndex];
    const columnKey = row.keys[columnIndex];
    if (!rowKey || !columnKey) continue;
    if (!seenRows.has(rowKey.code)) {
      seenRows.add(rowKey.code);
      rowKeys.push({ code: rowKey.code, label: rowKey.label });
    }
    if (!seenColumns.has(columnKey.code)) {
      seenColumns.add(columnKey.code);
      columnKeys.push({ code: columnKey.code, label: columnKey.label });
    }
    cells.set(`${rowKey.code}\u0000${columnKey.code}`, { value: row.value, suppressed: row.suppressed });
  }
  return { rowKeys, columnKeys, cells, cell: (row, column) => cells.get(`${row}\u0000${column}`) };
}

/** True when an answer has nothing worth drawing: no rows, or every cell 0 or null and none hidden. */
export function isEmptyAnswer(...answers: (readonly AggregateRow[])[]): boolean {
  return answers.every((rows) => rows.every((row) => !row.suppressed && (row.value === null || row.value === 0)));
}

/** A chart can only draw numbers: hidden cells are drawn as gaps (null), never as 0. */
export function chartValue(cell: Cell | undefined): number | null {
  return cell && !cell.suppressed ? cell.value : null;
}

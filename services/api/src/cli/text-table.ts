/** The width of each column of `rows`: its widest cell. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  return rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
}

/**
 * Rows as lines of aligned columns for a terminal (`hub token list`, the benchmarks' tables): each cell
 * padded to its column's width, left-aligned unless `align` says a column (of numbers) goes right.
 */
export function alignColumns(
  rows: readonly (readonly string[])[],
  options: { separator?: string; align?: (column: number) => 'left' | 'right' } = {},
): string[] {
  const widths = columnWidths(rows);
  const align = options.align ?? (() => 'left');
  return rows.map((row) =>
    row.map((cell, column) => (align(column) === 'right' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(options.separator ?? '  '),
  );
}

/** A cell as suppression sees it: its key codes, how many participants it rests on, and its value. */
export interface SuppressionCell {
  /** Key codes, one per dimension of the answer (empty for a single total). */
  keys: readonly string[];
  /** Distinct participants whose records make up the cell. */
  contributors: number;
  /** True when the viewer may see this cell exactly anyway (a PARTNER's own activities). */
  exempt?: boolean;
  /** Used only to pick the least informative complementary cell. */
  value?: number | null;
}

/**
 * Which cells to hide (docs/interfaces.md §4), as a pure function of the answer:
 * - primary: a cell resting on 1…K−1 participants (and not exempt);
 * - complementary: along every dimension, a line of cells (all keys equal but that dimension's) must
 *   not hold exactly one hidden cell, or it could be recovered by subtracting the visible cells from the
 *   line's total — the unsuppressed total of the same measure and filter for a one-dimensional answer,
 *   a row or column total for two dimensions. Such a line gets a second hidden cell: the smallest
 *   non-empty visible one (empty cells only when there is no other), so as little as possible is lost,
 *   and not one the viewer knows exactly anyway (exempt) unless there is no other.
 *   Hiding cells can leave a single hidden cell in a crossing line, so this repeats until nothing changes.
 * Applied to every measure alike, additive or not: a rate or a distinct count along a line still bounds a
 * hidden neighbour, and one rule is easier to trust than a per-measure one.
 */
export function suppressCells(cells: readonly SuppressionCell[], k: number): boolean[] {
  const hidden = cells.map((cell) => !cell.exempt && cell.contributors > 0 && cell.contributors < k);
  const dimensions = cells[0]?.keys.length ?? 0;
  if (dimensions === 0 || !hidden.some(Boolean)) return hidden;

  const lines: number[][] = [];
  for (let dimension = 0; dimension < dimensions; dimension += 1) {
    const byLine = new Map<string, number[]>();
    cells.forEach((cell, index) => {
      const lineKey = JSON.stringify(cell.keys.filter((_, position) => position !== dimension));
      const line = byLine.get(lineKey);
      if (line) line.push(index);
      else byLine.set(lineKey, [index]);
    });
    lines.push(...[...byLine.values()].filter((line) => line.length > 1));
  }

  const cost = (index: number): [number, number, number] => {
    const cell = cells[index]!;
    // Non-empty cells first (hiding a known zero protects nothing), then the fewest participants, the smallest value.
    return [cell.contributors > 0 ? 0 : 1, cell.contributors, Math.abs(cell.value ?? 0)];
  };
  const cheaper = (a: number, b: number): boolean => {
    const [ca, cb] = [cost(a), cost(b)];
    for (let position = 0; position < ca.length; position += 1) {
      if (ca[position]! !== cb[position]!) return ca[position]! < cb[position]!;
    }
    return a < b;
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter((index) => hidden[index]).length !== 1) continue;
      const visible = line.filter((index) => !hidden[index]);
      // A cell the viewer sees exactly anyway (a PARTNER's own) protects nothing when hidden: take another if there is one.
      const unknown = visible.filter((index) => !cells[index]!.exempt);
      const candidates = unknown.length > 0 ? unknown : visible;
      const chosen = candidates.reduce((best, index) => (cheaper(index, best) ? index : best), candidates[0]!);
      hidden[chosen] = true;
      changed = true;
    }
  }
  return hidden;
}

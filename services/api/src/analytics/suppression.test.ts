import { describe, expect, it } from 'vitest';
import { suppressCells, type SuppressionCell } from './suppression.js';

const cell = (keys: string[], contributors: number, extra: Partial<SuppressionCell> = {}): SuppressionCell => ({
  keys,
  contributors,
  value: contributors,
  ...extra,
});

describe('suppressCells', () => {
  it('hides a single total resting on 1…K−1 participants, never an empty one', () => {
    expect(suppressCells([cell([], 4)], 5)).toEqual([true]);
    expect(suppressCells([cell([], 5)], 5)).toEqual([false]);
    expect(suppressCells([cell([], 0)], 5)).toEqual([false]);
  });

  it('1-D: a lone small cell takes the smallest non-empty visible cell with it', () => {
    // total 30 is public: hiding only "b" would give b = 30 − 12 − 8 − 7.
    const cells = [cell(['a'], 12), cell(['b'], 3), cell(['c'], 8), cell(['d'], 7), cell(['e'], 0)];
    expect(suppressCells(cells, 5)).toEqual([false, true, false, true, false]);
  });

  it('1-D: two small cells protect each other; nothing more is hidden', () => {
    const cells = [cell(['a'], 12), cell(['b'], 3), cell(['c'], 2)];
    expect(suppressCells(cells, 5)).toEqual([false, true, true]);
  });

  it('1-D: with only empty cells left, an empty one is hidden', () => {
    const cells = [cell(['2011-09'], 0), cell(['2011-10'], 3), cell(['2011-11'], 0)];
    expect(suppressCells(cells, 5).filter(Boolean)).toHaveLength(2);
  });

  it('2-D: every row and column with a hidden cell has at least two, iterating across lines', () => {
    //        x    y    z
    //   r1  10    2   10
    //   r2  10   10   10
    const cells = [
      cell(['r1', 'x'], 10), cell(['r1', 'y'], 2), cell(['r1', 'z'], 10),
      cell(['r2', 'x'], 10), cell(['r2', 'y'], 10), cell(['r2', 'z'], 10),
    ];
    const hidden = suppressCells(cells, 5);
    // r1,y is primary; row r1 needs a second (r1,x: first of the cheapest), column y needs r2,y,
    // then row r2 and column x need one more each: r2,x closes both.
    expect(hidden).toEqual([true, true, false, true, true, false]);
    for (const line of [[0, 1, 2], [3, 4, 5], [0, 3], [1, 4], [2, 5]]) {
      const count = line.filter((index) => hidden[index]).length;
      expect(count === 0 || count >= 2).toBe(true);
    }
  });

  it('exempt cells (a PARTNER\'s own) are never primary and are the last choice as complements', () => {
    const cells = [cell(['MOPS'], 5), cell(['CISI'], 4, { exempt: true }), cell(['ZDZ'], 4)];
    expect(suppressCells(cells, 5)).toEqual([true, false, true]);
    const onlyOwnLeft = [cell(['CISI'], 9, { exempt: true }), cell(['ZDZ'], 4)];
    expect(suppressCells(onlyOwnLeft, 5)).toEqual([true, true]);
  });

  it('3-D: lines run along every dimension', () => {
    const cells = [
      cell(['a', 'x', '1'], 9), cell(['a', 'x', '2'], 1),
      cell(['a', 'y', '1'], 9), cell(['a', 'y', '2'], 9),
    ];
    const hidden = suppressCells(cells, 5);
    expect(hidden[1]).toBe(true);
    expect(hidden.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    // line (a,x,*) and line (a,*,2) each hold two hidden cells or none.
    for (const line of [[0, 1], [2, 3], [0, 2], [1, 3]]) {
      const count = line.filter((index) => hidden[index]).length;
      expect(count === 0 || count >= 2).toBe(true);
    }
  });
});

import { suppressColumn, suppressColumnExcept } from '@lalaland/shared';

/** Every value a hidden cell could take, given what is shown: hidden cells are ≥ 1 (zeros are shown) and the shown total fixes their sum. */
function feasibleValues(shown: ReturnType<typeof suppressColumn>, cell: number): Set<number> {
  const hiddenIdx = shown.cells.flatMap((c, i) => (c === null ? [i] : []));
  const values = new Set<number>();
  if (shown.total === null) return new Set([1, 2, 3]); // nothing fixes them: any value is possible
  const rest = shown.total - shown.cells.reduce<number>((a, c) => a + (c ?? 0), 0);
  // The hidden cells are a composition of `rest` into hiddenIdx.length parts ≥ 1: the cell can be 1 … rest − (k − 1).
  const k = hiddenIdx.length;
  for (let v = 1; v <= rest - (k - 1); v++) values.add(v);
  expect(hiddenIdx).toContain(cell);
  return values;
}

describe('small-cell suppression', () => {
  it('hides cells of 1–4 people and one more, so the total cannot give a hidden cell back', () => {
    expect(suppressColumn([120, 3, 40])).toEqual({ cells: [120, null, null], total: 163 });
    expect(suppressColumn([10, 0, 7])).toEqual({ cells: [10, 0, 7], total: 17 });
    expect(suppressColumn([2, 9])).toEqual({ cells: [null, null], total: 11 });
    expect(suppressColumn([1, 1, 30])).toEqual({ cells: [null, null, null], total: 32 });
    expect(suppressColumn([3])).toEqual({ cells: [null], total: null });
    expect(suppressColumn([0, 0])).toEqual({ cells: [0, 0], total: 0 });
  });

  it('no displayed table lets a hidden cell be recovered by subtraction (10,000 random tables)', () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let hiddenSeen = 0;
    for (let t = 0; t < 10_000; t++) {
      const values = Array.from({ length: 1 + rand(8) }, () => (rand(3) === 0 ? rand(5) : rand(40)));
      const shown = suppressColumn(values);
      shown.cells.forEach((c, i) => {
        if (c !== null) {
          expect(c).toBe(values[i]);
          expect(c === 0 || c >= 5).toBe(true);
          return;
        }
        hiddenSeen++;
        expect(feasibleValues(shown, i).size).toBeGreaterThanOrEqual(2);
      });
      if (shown.total !== null) expect(shown.total === 0 || shown.total >= 5).toBe(true);
    }
    expect(hiddenSeen).toBeGreaterThan(1000);
  });

  it('a viewer padding cells with its own records learns no other’s small count: the others’ hidden parts stay open (10,000 random tables)', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    // the review's attack: others hold 2, the viewer pads with 3 → the cell counts 5, and stays hidden to the viewer
    expect(suppressColumnExcept([5, 40, 30], [3, 0, 0]).cells[0]).toBeNull();
    expect(suppressColumnExcept([5, 40, 30], [0, 0, 0]).cells[0]).toBe(5);
    let hiddenSeen = 0;
    for (let t = 0; t < 10_000; t++) {
      const n = 1 + rand(8);
      const others = Array.from({ length: n }, () => (rand(3) === 0 ? rand(5) : rand(40)));
      const own = Array.from({ length: n }, () => (rand(2) === 0 ? rand(6) : 0));
      const values = others.map((o, i) => o + own[i]!);
      const shown = suppressColumnExcept(values, own);
      // what the viewer can work out of the others: shown cells minus its own; hidden ones from the total minus the rest
      const asOthers = {
        cells: shown.cells.map((c, i) => (c === null ? null : c - own[i]!)),
        total: shown.total === null ? null : shown.total - own.reduce((a, b) => a + b, 0),
      };
      shown.cells.forEach((c, i) => {
        if (c !== null) {
          expect(c).toBe(values[i]);
          expect(c === 0 || c >= 5).toBe(true);
          expect(others[i] === 0 || others[i]! >= 5).toBe(true);
          return;
        }
        if (others[i] === 0) return; // the viewer's own, hidden only because small
        hiddenSeen++;
        // the viewer knows its own share of every cell, not whether a hidden cell holds anyone else's: the others' part
        // of a hidden cell is one of 0 … rest, pinned down only if it were the one hidden cell under a shown total
        const k = asOthers.cells.filter((x) => x === null).length;
        if (asOthers.total !== null) expect(k).toBeGreaterThanOrEqual(2);
      });
      if (shown.total !== null) expect(shown.total === 0 || shown.total >= 5).toBe(true);
    }
    expect(hiddenSeen).toBeGreaterThan(1000);
  });
});

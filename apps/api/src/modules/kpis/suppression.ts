import { SMALL_CELL_MIN } from '@lalaland/shared';

/** A column of a table as shown: each cell's value or null (suppressed), and its total or null. */
export interface SuppressedColumn {
  cells: Array<number | null>;
  total: number | null;
}

/**
 * Small-cell suppression of one column of counts whose cells add up to its total. Primary: every cell of 1–4 people.
 * Complementary: while what is hidden could still be worked out by subtraction from the total — a single hidden cell,
 * or hidden cells that can only all be 1 — the smallest shown non-zero cell is hidden too; when none is left, the
 * total goes (as it does when it is itself 1–4). Zeros are shown: nobody is nobody.
 */
export function suppressColumn(values: readonly number[], min = SMALL_CELL_MIN): SuppressedColumn {
  const total = values.reduce((a, b) => a + b, 0);
  if (total > 0 && total < min) return { cells: values.map((v) => (v === 0 ? 0 : null)), total: null };
  const hidden = new Set(values.flatMap((v, i) => (v > 0 && v < min ? [i] : [])));
  const pinned = () => {
    if (hidden.size === 0) return false;
    const sum = [...hidden].reduce((a, i) => a + (values[i] ?? 0), 0);
    return hidden.size === 1 || sum === hidden.size;
  };
  let totalShown = true;
  while (pinned()) {
    let next = -1;
    values.forEach((v, i) => {
      if (v > 0 && !hidden.has(i) && (next < 0 || v < (values[next] ?? 0))) next = i;
    });
    if (next < 0) {
      totalShown = false;
      break;
    }
    hidden.add(next);
  }
  return { cells: values.map((v, i) => (hidden.has(i) ? null : v)), total: totalShown ? total : null };
}

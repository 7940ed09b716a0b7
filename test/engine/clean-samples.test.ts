/**
 * Cleaning a pasted (.messy) sample gives, for every appendix sheet, the same table cell
 * values as the clean sample: same rows in the same order, numbers equal, text equal.
 */
import { cellText, cleanSheet, type SheetGrid } from '../../src/engine';
import { sampleGrids } from '../helpers/samples';

const PAIRS = [
  ['vinh-phuc-2023.messy.xlsx', 'vinh-phuc-2023.xlsx'],
  ['vinh-phuc-2022-2025.messy.xlsx', 'vinh-phuc-2022-2025.xlsx'],
] as const;

/** Every cell as a comparable value: numbers as numbers, everything else as its text. */
function values(grid: SheetGrid): Array<Array<string | number>> {
  const rows = grid.cells.map((row) => row.map((c) => (c === null || c.value === null ? '' : typeof c.value === 'number' ? c.value : cellText(c))));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
  while (padded.length > 0 && padded[padded.length - 1].every((v) => v === '')) padded.pop();
  return padded.map((r) => {
    while (r.length > 0 && r[r.length - 1] === '') r.pop();
    return r;
  });
}

describe.each(PAIRS)('%s → %s', (messy, clean) => {
  test('every appendix sheet cleans to the clean sample, cell by cell', async () => {
    const messyGrids = await sampleGrids(messy);
    const cleanGrids = await sampleGrids(clean);
    expect(messyGrids.map((g) => g.name)).toEqual(cleanGrids.map((g) => g.name));
    for (const grid of messyGrids) {
      const want = cleanGrids.find((g) => g.name === grid.name)!;
      const got = cleanSheet(grid, { asOf: '2023-06-30' }).grid;
      expect({ sheet: grid.name, cells: values(got) }).toEqual({ sheet: grid.name, cells: values(want) });
      expect(got.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort()).toEqual(
        want.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort(),
      );
    }
  });

  test('cleaning is idempotent and leaves the clean sample as it is', async () => {
    for (const grid of await sampleGrids(clean)) {
      const once = cleanSheet(grid, { asOf: '2023-06-30' });
      expect(once.changes.filter((c) => c.action !== 'text-whitespace')).toEqual([]);
      expect(cleanSheet(once.grid, { asOf: '2023-06-30' }).changes).toEqual([]);
    }
  });
});

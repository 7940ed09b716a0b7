import type { Cell, SheetGrid } from '../../src/engine/grid';
import { detectCapabilities } from '../../src/excel/capabilities';
import { CancelledError } from '../../src/excel/cancel';
import { isDateFormat } from '../../src/excel/number-format';
import { READ_LIMITS, readSheet, type ReadSheetOptions } from '../../src/excel/read-sheet';
import { createSimWorkbook, type SimCellInput, type SimWorkbook } from '../../src/office-sim';
import { API_VERSIONS } from './helpers';

function read(sim: SimWorkbook, sheet?: string, options: ReadSheetOptions = {}): Promise<SheetGrid> {
  return sim.excel.run((ctx) => readSheet(ctx, sheet, { capabilities: detectCapabilities(sim.office), ...options }));
}

/** The 100,000-row sheet: 12 columns of numbers, Vietnamese text of varying length, dates, percentages, blanks. */
const LEADS = ['Sở Thông tin và Truyền thông', 'Văn phòng UBND tỉnh', 'Sở TT&TT', 'Các sở, ban, ngành, địa phương', ''];
function bigRow(i: number): SimCellInput[] {
  return [
    i + 1,
    { value: `Nhiệm vụ số ${i + 1}: ${'triển khai chuyển đổi số '.repeat(1 + (i % 5))}`.trim(), font: { name: 'Times New Roman' } },
    i % 7 === 0 ? '>80%' : '100%',
    LEADS[i % LEADS.length],
    i % 3 === 0 ? 'Các sở, ban, ngành' : null,
    { value: 45000 + (i % 400), numberFormat: 'dd/mm/yyyy' },
    { value: (i % 100) / 100, numberFormat: '0%' },
    i % 11 === 0 ? '3.954' : 1000 + i,
    i % 2 === 0,
    i % 13 === 0 ? 'Thường xuyên' : `Quý ${1 + (i % 4)}/2025`,
    null,
    `Ghi chú ${i % 97}`,
  ];
}

/** What readSheet must produce for one spec cell of a sheet read as a whole. */
function expectedCell(input: SimCellInput, font: string): Cell | null {
  if (input === null || input === undefined || input === '') return null;
  const spec = typeof input === 'object' ? input : { value: input };
  const value = spec.value ?? null;
  const cell: Record<string, unknown> = { value };
  if (spec.numberFormat && spec.numberFormat !== 'General') cell.numberFormat = spec.numberFormat;
  if (typeof value === 'number' && spec.numberFormat === 'dd/mm/yyyy') cell.date = true;
  cell.font = font;
  return cell as unknown as Cell;
}

/** JSON with keys sorted, to compare cells whatever order their fields were set in. */
function canon(cell: Cell | null): string {
  return cell === null ? 'null' : JSON.stringify(Object.fromEntries(Object.entries(cell).sort(([a], [b]) => a.localeCompare(b))));
}

describe.each(API_VERSIONS)('readSheet at ExcelApi %s', (version) => {
  const modern = version !== '1.7';

  it('reads a small appendix in one round trip: values, dates, percents, text numbers, formulas, errors, fonts, merges', async () => {
    const sim = createSimWorkbook({
      requirementSets: version,
      sheets: [
        {
          name: 'Phụ lục III',
          at: 'B3',
          cells: [
            [{ value: 'KẾ HOẠCH', font: { name: 'Times New Roman' } }, null, null],
            ['STT', 'Nội dung', 'Hạn'],
            [1, '  Việc   một ', { value: 45900, numberFormat: 'dd/mm/yyyy' }],
            [{ value: 0.85, numberFormat: '0%' }, '3.954', { value: 7300, formula: '=SUM(B5:B6)', numberFormat: '#,##0' }],
            ['#REF!', { value: '', formula: '=""' }, true],
          ],
          merges: ['B3:D3'],
        },
      ],
    });
    const before = sim.syncCount;
    const grid = await read(sim);
    expect(sim.syncCount - before).toBe(modern ? 1 : 2); // 1.7: the mixed fonts need one trip for the columns
    expect(grid).toMatchObject({ name: 'Phụ lục III', originRow: 2, originCol: 1, hidden: false });
    expect(grid.cells.map((r) => r.map((c) => c?.value ?? null))).toEqual([
      ['KẾ HOẠCH', null, null],
      ['STT', 'Nội dung', 'Hạn'],
      [1, '  Việc   một ', 45900],
      [0.85, '3.954', 7300],
      ['#REF!', null, true],
    ]);
    expect(grid.cells[2][2]).toMatchObject({ value: 45900, date: true, numberFormat: 'dd/mm/yyyy' });
    expect(grid.cells[3][0]).toMatchObject({ value: 0.85, numberFormat: '0%' });
    expect(grid.cells[3][0]?.date).toBeUndefined();
    expect(typeof grid.cells[3][1]?.value).toBe('string');
    expect(grid.cells[3][2]).toMatchObject({ value: 7300, formula: 'SUM(B5:B6)' });
    expect(grid.cells[4][0]).toMatchObject({ value: '#REF!', error: true });
    expect(grid.cells[4][1]).toMatchObject({ value: null, formula: '""' });
    // Per cell with getCellProperties; per column (null where the column mixes fonts) without.
    expect(grid.cells[0][0]?.font).toBe(modern ? 'Times New Roman' : undefined);
    expect(grid.cells[1][1]?.font).toBe('Calibri');
    expect(grid.merges).toEqual(modern ? [{ top: 0, left: 0, bottom: 0, right: 2 }] : []);
  });

  it('gives one font to every cell when the used range agrees, without an extra trip', async () => {
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S', cells: [['a', 'b'], [1, 2]] }] });
    const before = sim.syncCount;
    const grid = await read(sim, 'S');
    expect(sim.syncCount - before).toBe(1);
    expect(grid.cells.flat().map((c) => c?.font)).toEqual(['Calibri', 'Calibri', 'Calibri', 'Calibri']);
  });

  it('reads an empty sheet as an empty grid, and says when a sheet is hidden', async () => {
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'A', cells: [['x']] }, { name: 'Ẩn', hidden: true }] });
    expect(await read(sim, 'Ẩn')).toEqual({ name: 'Ẩn', originRow: 0, originCol: 0, cells: [], merges: [], hidden: true });
  });

  it('reads a 100,000 × 12 sheet in blocks under the payload limit and reassembles it exactly', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => bigRow(i));
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'Lớn', cells: rows }] });
    const progress: number[] = [];
    const before = sim.syncCount;
    const grid = await read(sim, 'Lớn', { onProgress: (p) => progress.push(p.rowsRead) });
    const syncs = sim.syncLog.slice(before);
    console.log(`ExcelApi ${version}: 100,000 × 12 read in ${syncs.length} syncs, largest response ${Math.max(...syncs.map((s) => s.responseBytes))} bytes`);
    expect(syncs.every((s) => s.error === null && s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    expect(syncs.length).toBeGreaterThan(3); // several blocks …
    expect(syncs.length).toBeLessThanOrEqual(25); // … each filling most of the budget
    expect(progress[progress.length - 1]).toBe(100_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    expect(grid.cells.length).toBe(100_000);
    let mismatches = 0;
    rows.forEach((row, r) =>
      row.forEach((input, c) => {
        // Large sheet: fonts per column (column B is all Times New Roman), no formulas.
        const want = expectedCell(input, c === 1 ? 'Times New Roman' : 'Calibri');
        const got = grid.cells[r][c] ?? null;
        if (canon(got) !== canon(want)) mismatches++;
      }),
    );
    expect(mismatches).toBe(0);
  });

  it('splits a block the host refuses as too large and still reads every cell', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => bigRow(i));
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S', cells: rows }], payloadLimitBytes: 400_000 });
    const before = sim.syncCount;
    // Budget above the host's limit: the first block is refused and retried in halves.
    const grid = await read(sim, 'S', { payloadBudgetBytes: 2_000_000 });
    const rejected = sim.syncLog.slice(before).filter((s) => s.error === 'ResponsePayloadSizeLimitExceeded');
    expect(rejected.length).toBeGreaterThan(0);
    expect(grid.cells.map((r) => r.map((c) => c?.value ?? null))).toEqual(
      rows.map((row) => row.map((input) => expectedCell(input, '')?.value ?? null)),
    );
  });

  it('starts again without the window when the window alone is too large', async () => {
    const long = 'Ư'.repeat(30_000);
    const rows = Array.from({ length: 100 }, (_, i) => [i, long]);
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S', cells: rows }], payloadLimitBytes: 5_000_000 });
    const grid = await read(sim, 'S', { payloadBudgetBytes: 4_000_000 });
    expect(grid.cells.length).toBe(100);
    expect(grid.cells.every((r, i) => r[0]?.value === i && r[1]?.value === long)).toBe(true);
  });

  it('reads the parts of a used range that extend right of and below the first window', async () => {
    const cols = READ_LIMITS.windowCols + 7;
    const rowsN = READ_LIMITS.windowRows + 50;
    const rows = Array.from({ length: rowsN }, (_, r) => Array.from({ length: cols }, (_, c) => (r * c) % 5 === 0 ? null : `${r}:${c}`));
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S', cells: rows, at: 'C2' }] });
    const grid = await read(sim, 'S');
    expect(grid.originRow).toBe(rows.findIndex((r) => r.some((v) => v !== null)) + 1);
    const firstCol = Math.min(...rows.map((r) => r.findIndex((v) => v !== null)).filter((i) => i >= 0));
    expect(grid.originCol).toBe(2 + firstCol);
    const want = rows
      .slice(grid.originRow - 1)
      .map((r) => r.slice(firstCol).map((v) => v ?? null));
    expect(grid.cells.map((r) => r.map((c) => c?.value ?? null))).toEqual(want);
  });

  it('reports progress and stops when cancelled between round trips', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => bigRow(i));
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S', cells: rows }] });
    const signal = { aborted: false };
    const seen: number[] = [];
    const reading = read(sim, 'S', {
      signal,
      payloadBudgetBytes: 200_000,
      onProgress: (p) => {
        seen.push(p.rowsRead);
        if (seen.length === 2) signal.aborted = true;
      },
    });
    await expect(reading).rejects.toBeInstanceOf(CancelledError);
    expect(seen.length).toBe(2);
    expect(seen[1]).toBeLessThan(5_000);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['mmm-yy', true],
    ['[h]:mm', true],
    ['d "tháng" m "năm" yyyy', true],
    ['General', false],
    ['@', false],
    ['0%', false],
    ['#,##0', false],
    ['[Red]#,##0;[Blue]-#,##0', false],
    ['#,##0 "đồng"', false],
    ['0.00E+00', false],
    ['#,##0_);(#,##0)', false],
  ])('%s → %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

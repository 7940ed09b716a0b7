/** The cleaned copy: a new sheet with a unique name (or a new workbook), the source untouched. */
import { gridFromValues, type SheetGrid } from '../../src/engine/grid';
import { detectCapabilities } from '../../src/excel/capabilities';
import { selectCell } from '../../src/excel/select';
import { cleanedSheetName, newWorkbookSupported, writeCleanedCopy } from '../../src/excel/write-copy';
import { createSimWorkbook, type SimWorkbook } from '../../src/office-sim';
import { API_VERSIONS } from './helpers';

describe('cleanedSheetName', () => {
  it('adds " (sạch)", then numbers, ignoring case', () => {
    expect(cleanedSheetName('Phụ lục III', ['Phụ lục III'])).toBe('Phụ lục III (sạch)');
    expect(cleanedSheetName('Phụ lục III', ['Phụ lục III', 'PHỤ LỤC III (SẠCH)'])).toBe('Phụ lục III (sạch 2)');
    expect(cleanedSheetName('Phụ lục III', ['Phụ lục III (sạch)', 'Phụ lục III (sạch 2)'])).toBe('Phụ lục III (sạch 3)');
  });

  it('stays within 31 characters by shortening the source name', () => {
    const long = 'Phụ lục II - Danh mục nhiệm vụ năm 2026';
    const first = cleanedSheetName(long, []);
    expect(first).toBe('Phụ lục II - Danh mục nh (sạch)');
    expect(first.length).toBe(31);
    const taken: string[] = [];
    for (let i = 0; i < 10; i++) taken.push(cleanedSheetName(long, taken));
    // The cut lands on a space, which is dropped rather than doubled before the suffix.
    expect(taken[1]).toBe('Phụ lục II - Danh mục (sạch 2)');
    expect(taken[9]).toBe('Phụ lục II - Danh mục (sạch 10)');
    expect(cleanedSheetName(long, taken)).toBe('Phụ lục II - Danh mục (sạch 11)');
    expect(taken.every((n) => n.length <= 31)).toBe(true);
  });

  it('never cuts between a letter and its combining mark, nor ends on a space', () => {
    const nfd = 'Kế hoạch chuyển đổi số tỉnh năm'.normalize('NFD');
    const name = cleanedSheetName(nfd, []);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toBe(name.normalize('NFC'));
    expect(name).not.toMatch(/\s{2}/);
    expect(name.normalize('NFD').startsWith(nfd.slice(0, 10))).toBe(true);
    expect(cleanedSheetName('Bảng 1 ', [])).toBe('Bảng 1 (sạch)');
  });
});

function source(version: string): SimWorkbook {
  return createSimWorkbook({
    requirementSets: version,
    sheets: [
      { name: 'Bìa', cells: [['Kế hoạch']] },
      {
        name: 'Phụ lục III',
        cells: [
          [{ value: 'DANH MỤC NHIỆM VỤ', font: { name: 'Times New Roman', bold: true }, fill: '#DDEBF7' }, null, null, null],
          ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Kinh phí'],
          [1, '  - Tuyên  truyền ', 'Sở TT&TT', { value: '3.954', numberFormat: '@' }],
          [2, '=không phải công thức', '', { value: 1200, numberFormat: '#,##0' }],
          ['Tổng cộng', null, null, { value: 5000, formula: '=SUM(D3:D4)' }],
        ],
        merges: ['A1:D1'],
        columnWidths: { A: 30, B: 250, C: 110 },
        conditionalFormats: [{ range: 'D3:D9', formula: '=D3<0', fill: '#FF0000' }],
      },
      { name: 'Phụ lục III (sạch)', cells: [['an older copy']] },
    ],
    activeSheet: 'Phụ lục III',
  });
}

/** What the engine's cleanSheet would hand over for the sheet above. */
const CLEANED: SheetGrid = gridFromValues(
  'Phụ lục III',
  [
    ['DANH MỤC NHIỆM VỤ', null, null, null],
    ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Kinh phí'],
    [1, '- Tuyên truyền', 'Sở TT&TT', { value: 3954, numberFormat: '#,##0' }],
    [2, '=không phải công thức', null, { value: 1200, numberFormat: '#,##0' }],
    ['Tổng cộng', null, null, { value: 5154, formula: 'SUM(D3:D4)', numberFormat: '#,##0' }],
    [{ value: 46000, numberFormat: 'dd/mm/yyyy', date: true }, '8/2025', 'TRUE', '100%'],
  ],
  [{ top: 0, left: 0, bottom: 0, right: 3 }],
);

describe.each(API_VERSIONS)('writeCleanedCopy at ExcelApi %s', (version) => {
  it('writes a new sheet after the source, with a free name, and leaves the source exactly as it was', async () => {
    const sim = source(version);
    const before = sim.snapshot({ sheets: ['Bìa', 'Phụ lục III', 'Phụ lục III (sạch)'] });
    const result = await sim.excel.run((ctx) => writeCleanedCopy(ctx, 'Phụ lục III', CLEANED, { capabilities: detectCapabilities(sim.office) }));
    expect(result).toEqual({ sheetName: 'Phụ lục III (sạch 2)', newWorkbook: false });
    expect(sim.sheetNames()).toEqual(['Bìa', 'Phụ lục III', 'Phụ lục III (sạch 2)', 'Phụ lục III (sạch)']);
    expect(sim.activeSheet()).toBe('Phụ lục III (sạch 2)');
    // Cell by cell, every sheet that existed is unchanged.
    expect(sim.snapshot({ sheets: ['Bìa', 'Phụ lục III', 'Phụ lục III (sạch)'] }).sheets).toEqual(before.sheets);

    const copy = sim.snapshot({ sheets: ['Phụ lục III (sạch 2)'] }).sheets[0];
    const values = Object.fromEntries(Object.entries(copy.cells).map(([a, c]) => [a, c.value]));
    expect(values).toEqual({
      A1: 'DANH MỤC NHIỆM VỤ',
      A2: 'STT', B2: 'Nội dung', C2: 'Đơn vị chủ trì', D2: 'Kinh phí',
      A3: 1, B3: '- Tuyên truyền', C3: 'Sở TT&TT', D3: 3954,
      A4: 2, B4: '=không phải công thức', D4: 1200,
      A5: 'Tổng cộng', D5: 5154,
      A6: 46000, B6: '8/2025', C6: 'TRUE', D6: '100%',
    });
    expect(copy.cells.D5).toMatchObject({ formula: '=SUM(D3:D4)', numberFormat: '#,##0' });
    expect(copy.cells.A6.numberFormat).toBe('dd/mm/yyyy');
    expect(copy.merges).toEqual(['A1:D1']);
    expect(copy.columnWidths).toEqual({ A: 30, B: 250, C: 110, D: 48 });
    expect(copy.conditionalFormats).toEqual([]);
  });

  it('writes a large copy in several round trips under the request limit', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1} ${'x'.repeat(i % 50)}`, 'Sở Y tế', i * 10]);
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S', cells: rows }], payloadLimitBytes: 150_000 });
    const start = sim.syncCount;
    const result = await sim.excel.run((ctx) =>
      writeCleanedCopy(ctx, 'S', gridFromValues('S', rows), { capabilities: detectCapabilities(sim.office), payloadBudgetBytes: 120_000 }),
    );
    const log = sim.syncLog.slice(start);
    expect(log.every((s) => s.error === null)).toBe(true);
    expect(log.length).toBeGreaterThan(3);
    const copy = sim.snapshot({ sheets: [result.sheetName] }).sheets[0];
    expect(Object.keys(copy.cells)).toHaveLength(4000 * 4);
    expect(copy.cells.B4000.value).toBe(rows[3999][1]);
  });

  it('deletes a half-written copy when a round trip fails', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1}`]);
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S', cells: rows }] });
    const before = sim.snapshot();
    let syncs = 0;
    sim.failSync({ when: () => ++syncs === 3, afterOperations: 0 });
    await expect(
      sim.excel.run((ctx) => writeCleanedCopy(ctx, 'S', gridFromValues('S', rows), { capabilities: detectCapabilities(sim.office), payloadBudgetBytes: 20_000 })),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(sim.snapshot()).toEqual(before);
  });

  it('opens a new workbook from the given .xlsx where ExcelApi 1.8 allows, and a new sheet elsewhere', async () => {
    const sim = source(version);
    expect(newWorkbookSupported(sim.office)).toBe(version !== '1.7');
    const result = await sim.excel.run((ctx) =>
      writeCleanedCopy(ctx, 'Phụ lục III', CLEANED, { capabilities: detectCapabilities(sim.office), xlsxBase64: 'UEsDBBQAAAAI', excel: sim.excel }),
    );
    if (version === '1.7') {
      expect(result.newWorkbook).toBe(false);
      expect(sim.createdWorkbooks).toEqual([]);
    } else {
      expect(result).toEqual({ sheetName: 'Phụ lục III', newWorkbook: true });
      expect(sim.createdWorkbooks).toEqual(['UEsDBBQAAAAI']);
      expect(sim.sheetNames()).toHaveLength(3);
    }
  });
});

describe.each(API_VERSIONS)('selectCell at ExcelApi %s', (version) => {
  it('activates the sheet and selects the cell in one round trip', async () => {
    const sim = source(version);
    const start = sim.syncCount;
    await sim.excel.run((ctx) => selectCell(ctx, 'Bìa', 'C7'));
    expect(sim.syncCount - start).toBe(1);
    expect(sim.activeSheet()).toBe('Bìa');
    expect(sim.selection()).toEqual({ sheet: 'Bìa', address: 'C7' });
  });

  it('fails without side effects for a sheet that is gone', async () => {
    const sim = source(version);
    await expect(sim.excel.run((ctx) => selectCell(ctx, 'Không có', 'A1'))).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(sim.activeSheet()).toBe('Phụ lục III');
  });
});

/** The report written to a new sheet (clients without downloads): every finding a row, the user's sheets untouched. */
import { analyzeSheet, gridFromValues } from '../../src/engine';
import { detectCapabilities } from '../../src/excel/capabilities';
import { uniqueSheetName } from '../../src/excel/write-copy';
import { writeReportSheet } from '../../src/excel/write-report';
import { createSimWorkbook } from '../../src/office-sim';
import { API_VERSIONS } from './helpers';

const ROWS = [
  ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn hoàn thành', 'Kinh phí (Triệu đồng)'],
  ['1', 'Nâng cấp trung tâm dữ liệu', '', 'Tháng 8/2025', '3.954'],
  ['2', 'Số hóa hồ sơ', 'Sở Tài chính', '2026', 100],
];

test('unique names stay within 31 characters and ignore case', () => {
  expect(uniqueSheetName('Báo cáo kiểm tra phụ lục', [])).toBe('Báo cáo kiểm tra phụ lục');
  expect(uniqueSheetName('Báo cáo kiểm tra phụ lục', ['BÁO CÁO KIỂM TRA PHỤ LỤC'])).toBe('Báo cáo kiểm tra phụ lục (2)');
  expect(uniqueSheetName('a/b:c', [])).toBe('a b c');
});

describe.each(API_VERSIONS)('ExcelApi %s', (version) => {
  test('writes one row per finding beside the appendix and leaves the appendix as it was', async () => {
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'Phụ lục', cells: ROWS }] });
    const sheet = analyzeSheet(gridFromValues('Phụ lục', ROWS), { asOf: '2026-01-01' });
    const report = { tool: { name: 'appendix-check' as const, version: '0.1.0' }, asOf: '2026-01-01', sheets: [sheet] };
    const before = sim.snapshot({ sheets: ['Phụ lục'] });
    const { sheetName } = await sim.excel.run((ctx) => writeReportSheet(ctx, 'Phụ lục', report, 'vi', detectCapabilities(sim.office)));
    expect(sheetName).toBe('Báo cáo kiểm tra phụ lục');
    expect(sim.sheetNames()).toEqual(['Phụ lục', 'Báo cáo kiểm tra phụ lục']);
    expect(sim.snapshot({ sheets: ['Phụ lục'] }).sheets).toEqual(before.sheets);
    const written = Object.values(sim.snapshot({ sheets: [sheetName] }).sheets[0].cells).map((c) => c.value);
    for (const f of sheet.findings) {
      expect(written).toContain(f.cell);
      expect(written).toContain(f.message);
    }
    expect(sheet.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['owner.missing', 'deadline.overdue', 'budget.text-number']));
  });
});

/**
 * The cleaned copy's total formulas cover exactly what the report's declared-total check adds
 * up, so the two never disagree (a "Cộng" row after the last section sums that section only).
 */
import { analyzeSheet, cleanSheet, gridFromValues } from '../../src/engine';

const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Kinh phí (Triệu đồng)'];
const ROWS = [
  HEADER,
  ['I', 'Mục một', null, null],
  ['1', 'Việc A', 'Sở Y tế', 100],
  ['2', 'Việc B', 'Sở Y tế', 200],
  ['II', 'Mục hai', null, null],
  ['1', 'Việc C', 'Sở Tài chính', 40],
  ['2', 'Việc D', 'Sở Tài chính', 2],
  [null, 'Cộng', null, 42],
];

test('a "Cộng" row after the last section: report and formula both cover section II only', () => {
  const grid = gridFromValues('Phụ lục', ROWS);
  const report = analyzeSheet(grid, { asOf: '2026-01-01' });
  expect(report.totals.declared).toEqual([{ cell: 'D8', declared: 42, computed: 42, ok: true }]);
  const cleaned = cleanSheet(grid, { asOf: '2026-01-01' });
  const total = cleaned.grid.cells[7][3];
  expect(total).toMatchObject({ value: 42, formula: 'SUM(D6:D7)' });
});

test('a wrong "Tổng cộng" becomes a formula over every item, with the computed value', () => {
  const rows = [...ROWS.slice(0, 7), [null, 'Tổng cộng', null, 999]];
  const cleaned = cleanSheet(gridFromValues('Phụ lục', rows), { asOf: '2026-01-01' });
  expect(cleaned.grid.cells[7][3]).toMatchObject({ value: 342, formula: 'SUM(D3:D4,D6:D7)' });
  expect(cleaned.changes.filter((c) => c.action === 'total-formula')).toEqual([{ action: 'total-formula', row: 7, col: 3, before: 999, after: 342 }]);
});

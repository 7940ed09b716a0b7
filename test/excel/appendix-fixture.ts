/**
 * A generated appendix for end-to-end tests and sync measurements: a title, a header row of
 * 12 columns, then task rows in sections of 50 (a section row before each), `rows` rows in
 * all. `flagged` of the tasks, spread evenly, are flagged — alternately overdue (a past
 * deadline, no status) and unassigned (no lead unit); the others are clean as of AS_OF.
 */
import type { SimCellInput, SimSheetInit } from '../../src/office-sim';

export const AS_OF = '2026-01-15';
export const APPENDIX_SHEET = 'Phụ lục III';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const LEADS = ['Sở Tài chính', 'Sở Nội vụ', 'Sở Y tế', 'Sở Tư pháp', 'Sở Xây dựng'];
const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Kết quả/Sản phẩm',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời hạn hoàn thành',
  'Tình trạng',
  'Kinh phí năm 2025 (triệu đồng)',
  'Kinh phí năm 2026 (triệu đồng)',
  'Cách thức triển khai',
  'Căn cứ',
  'Ghi chú',
];

export interface AppendixSheet {
  readonly sheet: SimSheetInit;
  /** A1 addresses of the cells that must be highlighted, by kind. */
  readonly overdue: string[];
  readonly unassigned: string[];
}

export function appendix(totalRows: number, flaggedItems: number): AppendixSheet {
  const rows: SimCellInput[][] = [['PHỤ LỤC III'], ['DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026'], HEADER];
  const items = Math.floor(((totalRows - rows.length) * 50) / 51);
  const overdue: string[] = [];
  const unassigned: string[] = [];
  let flagged = 0;
  for (let i = 0; i < items; i++) {
    if (i % 50 === 0) rows.push([ROMAN[(i / 50) % ROMAN.length], `Nhóm nhiệm vụ ${i / 50 + 1}`]);
    const sheetRow = rows.length + 1;
    const due = Math.floor(((i + 1) * flaggedItems) / items) > Math.floor((i * flaggedItems) / items);
    const flag = due ? (flagged++ % 2 === 0 ? 'overdue' : 'unassigned') : null;
    if (flag === 'overdue') overdue.push(`F${sheetRow}`);
    if (flag === 'unassigned') unassigned.push(`D${sheetRow}`);
    rows.push([
      (i % 50) + 1,
      `Triển khai nhiệm vụ chuyển đổi số số ${i + 1} tại các cơ quan, đơn vị trên địa bàn tỉnh`,
      'Báo cáo kết quả',
      flag === 'unassigned' ? null : LEADS[i % LEADS.length],
      'Các sở, ban, ngành, địa phương',
      flag === 'overdue' ? 'Tháng 8/2025' : 'Quý IV/2026',
      null,
      100 + (i % 900),
      200 + (i % 700),
      'Thực hiện trực tiếp',
      'Kế hoạch số 285/KH-UBND',
      null,
    ]);
  }
  return { sheet: { name: APPENDIX_SHEET, cells: rows, merges: ['A1:L1', 'A2:L2'] }, overdue, unassigned };
}

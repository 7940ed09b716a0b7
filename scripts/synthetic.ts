/**
 * Synthetic appendices for benchmarks and fuzz-free load tests: sections, numbered items and
 * sub-items, owners, deadlines of every kind, budgets as numbers and as Vietnamese text, and a
 * page-break header every 40 rows, as large as asked.
 */
import type { Cell, MergedArea, SheetGrid } from '../src/engine';

const LEADS = ['Sở Thông tin và Truyền thông', 'Văn phòng UBND tỉnh', 'Sở Tài chính', 'Sở Y tế', 'Sở Kế hoạch và Đầu tư', 'Công an tỉnh', 'Sở Xây dựng', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở TT&TT', 'Trung tâm THCB', 'Sở Giáo dục và Đào tạo', 'Sở Công Thương', 'Sở Tài nguyên và Môi trường', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Giao thông Vận tải', 'Cục Thống kê', 'Báo Vĩnh Phúc', '']; // one in twenty unassigned, a few aliases
const DEADLINES = ['2025', 'Quý III/2025', 'Tháng 8/2025', '2022-2025', 'Thường xuyên', 'Trước ngày 20/12/2025', 'Khi có hướng dẫn của Bộ', '6 tháng đầu năm 2026'];
export const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Tình trạng', 'Kinh phí (Triệu đồng)', null, 'Ghi chú'];
export const SUB_HEADER = [null, null, null, null, null, null, null, 'ĐTC', 'SN', null];

/** Rows of plain values (title, header, data); `rows` counts data rows. */
export function syntheticValues(rows: number): { values: (string | number | null)[][]; merges: MergedArea[] } {
  const values: (string | number | null)[][] = [['PHỤ LỤC'], ['DANH MỤC NHIỆM VỤ'], [], [null, null, null, null, null, null, null, 'Đơn vị: Triệu đồng'], HEADER, SUB_HEADER];
  const merges: MergedArea[] = [{ top: 4, left: 7, bottom: 4, right: 8 }];
  let section = 0;
  let item = 0;
  let sub = 0;
  for (let i = 0; i < rows; i++) {
    if (i % 500 === 0) {
      section++;
      item = 0;
      values.push([toRoman(section), `Mục ${section}`]);
      continue;
    }
    if (i % 40 === 39) {
      values.push(HEADER);
      continue;
    }
    let stt: string;
    if (i % 5 === 0 || item === 0) {
      item++;
      sub = 0;
      stt = String(item);
    } else {
      sub++;
      stt = `${item}.${sub}`;
    }
    const parent = !stt.includes('.');
    // Parents carry no amount of their own (their children do), as in real appendices.
    const amount = parent ? null : ((i * 7919) % 5000) * 10;
    values.push([
      stt,
      i % 50 === 0 ? `Nhiệm vụ số ${i}: triển khai  nền tảng số` : `Nhiệm vụ số ${i}: triển khai nền tảng số phục vụ chuyển đổi số`,
      i % 3 === 0 ? `>${i % 100}%` : '100%',
      LEADS[i % LEADS.length],
      'Các sở, ban, ngành, địa phương',
      DEADLINES[i % DEADLINES.length],
      i % 4 === 0 ? 'Đã hoàn thành' : '',
      amount !== null && i % 10 === 1 ? amount.toLocaleString('de-DE') : amount,
      amount !== null && i % 3 === 0 ? amount / 10 : null,
      i % 97 === 0 ? 'Ghi chú\nxuống dòng' : null,
    ]);
  }
  return { values, merges };
}

export function syntheticGrid(rows: number): SheetGrid {
  const { values, merges } = syntheticValues(rows);
  const cells = values.map((row) => row.map((v): Cell | null => (v === null || v === undefined ? null : { value: v })));
  return { name: 'Phụ lục', originRow: 0, originCol: 0, cells, merges };
}

function toRoman(n: number): string {
  const map: Array<[number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of map) while (n >= v) { s += r; n -= v; }
  return s;
}

/**
 * A realistic report for the renderer tests: "Phụ lục III" of a provincial digital-transformation
 * plan (three sections, budget split ĐTC | SN, fourteen lead units so the top-10 cut shows, one
 * unassigned item, one declared total that is off by 5.000) and a notes sheet with no table.
 * Totals and counts are computed from the items and findings, so they always agree; the tests
 * check the whole thing against the zod `reportSchema` so it stays true to the contract.
 */
import { formatMessage } from '../../../src/engine/messages/format';
import type { DeadlineKind, Finding, Report, ReportItem, SheetReport } from '../../../src/engine/report';

export const SAMPLE_AS_OF = '2025-11-23';

interface Row {
  row: number;
  stt: string;
  section: string;
  task: string;
  lead: string | null;
  deadline: [raw: string, kind: DeadlineKind, due: string | null];
  F: number | null;
  G: number | null;
}

const ROWS: Row[] = [
  { row: 9, stt: '1.1', section: 'I', task: 'Nâng cấp Trung tâm dữ liệu tỉnh', lead: 'Sở Thông tin và Truyền thông', deadline: ['Tháng 8/2025', 'month', '2025-08-31'], F: 385000, G: null },
  { row: 10, stt: '1.2', section: 'I', task: 'Mở rộng mạng truyền số liệu chuyên dùng', lead: 'Sở Thông tin và Truyền thông', deadline: ['Quý IV/2025', 'quarter', '2025-12-31'], F: 12000, G: 500 },
  { row: 11, stt: '1.3', section: 'I', task: 'Phủ sóng di động 4G các thôn vùng sâu', lead: 'Viettel Vĩnh Phúc', deadline: ['2022-2025', 'range', '2025-12-31'], F: null, G: 2300 },
  { row: 12, stt: '1.4', section: 'I', task: 'Trang bị máy tính cho cán bộ cấp xã', lead: null, deadline: ['Năm 2024', 'year', '2024-12-31'], F: null, G: 3954 },
  { row: 14, stt: '1', section: 'II', task: 'Xây dựng kho dữ liệu dùng chung của tỉnh', lead: 'Văn phòng UBND tỉnh', deadline: ['Thường xuyên', 'recurring', null], F: 25000, G: 1200 },
  { row: 15, stt: '2', section: 'II', task: 'Số hóa hồ sơ lưu trữ lịch sử', lead: 'Sở Nội vụ', deadline: ['Đã hoàn thành', 'done', null], F: null, G: 3500 },
  { row: 16, stt: '4', section: 'II', task: 'Cấp chữ ký số cho cán bộ, công chức', lead: 'Sở TT&TT', deadline: ['Cuối nhiệm kỳ', 'unknown', null], F: null, G: 800 },
  { row: 17, stt: '5', section: 'II', task: 'Nâng cấp Cổng dịch vụ công của tỉnh', lead: 'Sở Kế hoạch và Đầu tư', deadline: ['20/12/2025', 'date', '2025-12-20'], F: 15000, G: null },
  { row: 19, stt: '1', section: 'III', task: 'Phát triển thương mại điện tử', lead: 'Sở Công Thương', deadline: ['2023-2025', 'range', '2025-12-31'], F: null, G: 2100 },
  { row: 20, stt: '2', section: 'III', task: 'Chuyển đổi số trong y tế', lead: 'Sở Y tế', deadline: ['Quý III/2025', 'quarter', '2025-09-30'], F: 40000, G: 1500 },
  { row: 21, stt: '3', section: 'III', task: 'Chuyển đổi số trong  giáo dục', lead: 'Sở Giáo dục và Đào tạo', deadline: ['Năm 2026', 'year', '2026-12-31'], F: 30000, G: 2000 },
  { row: 22, stt: '4', section: 'III', task: 'Du lịch thông minh', lead: 'Sở Văn hóa, Thể thao và Du lịch', deadline: ['2025', 'year', '2025-12-31'], F: null, G: 900 },
  { row: 23, stt: '5', section: 'III', task: 'Nông nghiệp số', lead: 'Sở Nông nghiệp và Phát triển nông thôn', deadline: ['2024', 'year', '2024-12-31'], F: 8000, G: 600 },
  { row: 24, stt: '6', section: 'III', task: 'Thanh toán không dùng tiền mặt', lead: 'Ngân hàng Nhà nước chi nhánh Vĩnh Phúc', deadline: ['Hằng năm', 'recurring', null], F: null, G: 300 },
  { row: 25, stt: '7', section: 'III', task: 'Giao thông thông minh', lead: 'Sở Giao thông vận tải', deadline: ['2025', 'year', '2025-12-31'], F: 50000, G: null },
  { row: 26, stt: '8', section: 'III', task: 'Cơ sở dữ liệu đất đai', lead: 'Sở Tài nguyên và Môi trường', deadline: ['Tháng 3/2026', 'month', '2026-03-31'], F: null, G: 700 },
];

function toItem(r: Row): ReportItem {
  const [raw, kind, due] = r.deadline;
  const overdue = due !== null && due < SAMPLE_AS_OF;
  return {
    row: r.row,
    stt: r.stt,
    level: r.stt.includes('.') ? 2 : 1,
    section: r.section,
    task: r.task,
    lead: r.lead === null ? [] : [r.lead],
    partners: [],
    deadline: { raw, kind, due },
    budget: { F: r.F, G: r.G },
    overdue,
    unassigned: r.lead === null,
  };
}

/** Built like the engine does: params first, the Vietnamese message filled from them. */
function finding(
  rule: Finding['rule'],
  severity: Finding['severity'],
  cell: string,
  value: Finding['value'],
  fix: Finding['fix'],
  params: Record<string, string | number>,
): Finding {
  const all = { value: value === null ? '' : String(value), ...params };
  const row = Number(cell.replace(/^[A-Z]+/, ''));
  return { rule, severity, cell, row, message: formatMessage(rule, all, 'vi'), value, fix, params: all };
}

const overdueFindings: Finding[] = ROWS.filter((r) => toItem(r).overdue).map((r) =>
  finding('deadline.overdue', 'error', `E${r.row}`, r.deadline[0], null, { due: r.deadline[2] ?? '' }),
);

const FINDINGS: Finding[] = [
  ...overdueFindings,
  finding('owner.missing', 'error', 'C12', null, null, { stt: '1.4' }),
  finding('total.mismatch', 'error', 'F27', 570000, 565000, { declared: 570000, computed: 565000, difference: 5000 }),
  finding('budget.text-number', 'warning', 'G12', '3.954', 3954, { amount: 3954 }),
  finding('deadline.unparsed', 'warning', 'E16', 'Cuối nhiệm kỳ', null, {}),
  finding('numbering.gap', 'info', 'A16', '4', null, { previous: '2', stt: '4' }),
  finding('owner.alias', 'info', 'C16', 'Sở TT&TT', 'Sở Thông tin và Truyền thông', { canonical: 'Sở Thông tin và Truyền thông' }),
  finding('text.whitespace', 'info', 'B21', 'Chuyển đổi số trong  giáo dục', 'Chuyển đổi số trong giáo dục', {}),
];

function sumBy(column: 'F' | 'G', key: (r: Row) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of ROWS) {
    const v = r[column];
    if (v !== null) out[key(r)] = (out[key(r)] ?? 0) + v;
  }
  return out;
}

function budgetTotals(column: 'F' | 'G') {
  return {
    sum: ROWS.reduce((s, r) => s + (r[column] ?? 0), 0),
    bySection: sumBy(column, (r) => r.section),
    byLead: sumBy(column, (r) => r.lead ?? ''),
  };
}

function appendixSheet(): SheetReport {
  const items = ROWS.map(toItem);
  const totals = { F: budgetTotals('F'), G: budgetTotals('G') };
  const count = (s: Finding['severity']) => FINDINGS.filter((f) => f.severity === s).length;
  return {
    sheet: 'Phụ lục III',
    table: {
      headerRows: [6, 7],
      firstRow: 8,
      lastRow: 27,
      unit: 'million VND',
      columns: { stt: 'A', task: 'B', lead: 'C', partners: 'D', deadline: 'E', budget: ['F', 'G'], note: 'H' },
      headers: {
        A: 'TT',
        B: 'Tên nhiệm vụ, dự án',
        C: 'Đơn vị chủ trì',
        D: 'Đơn vị phối hợp',
        E: 'Thời gian thực hiện',
        F: 'DỰ KIẾN KINH PHÍ (Triệu đồng) / ĐTC',
        G: 'DỰ KIẾN KINH PHÍ (Triệu đồng) / SN',
        H: 'Ghi chú',
      },
    },
    items,
    findings: FINDINGS,
    totals: {
      budget: totals,
      declared: [
        { cell: 'F27', declared: 570000, computed: totals.F.sum, ok: false },
        { cell: 'G27', declared: totals.G.sum, computed: totals.G.sum, ok: true },
      ],
    },
    counts: {
      items: items.length,
      overdue: items.filter((i) => i.overdue).length,
      unassigned: items.filter((i) => i.unassigned).length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
  };
}

function notesSheet(): SheetReport {
  return {
    sheet: 'Ghi chú',
    table: null,
    items: [],
    findings: [],
    totals: { budget: {}, declared: [] },
    counts: { items: 0, overdue: 0, unassigned: 0, errors: 0, warnings: 0, infos: 0 },
    reason: 'không có dòng tiêu đề nào có cột STT và cột nội dung',
  };
}

/** A fresh copy each call, so a test may mutate it freely. */
export function sampleReport(): Report {
  return {
    tool: { name: 'appendix-check', version: '0.3.0' },
    file: 'ke-hoach-chuyen-doi-so.xlsx',
    asOf: SAMPLE_AS_OF,
    sheets: [appendixSheet(), notesSheet()],
  };
}

/** The smallest valid report: no sheets at all. */
export function emptyReport(): Report {
  return { tool: { name: 'appendix-check', version: '0.3.0' }, asOf: SAMPLE_AS_OF, sheets: [] };
}

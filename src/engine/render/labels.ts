/**
 * Every word a person reads in the text and HTML reports, one object per language, plus the
 * number, date and unit formatting those reports use. Renderers hold no user-facing strings of
 * their own, so a wording change or a new language touches this file only.
 *
 * Pure TypeScript on purpose (no Intl, no Node built-ins): the same code runs in the CLI and in
 * the task pane, and ICU data differs between Node builds and browsers, so we do our own digit
 * grouping rather than trust `toLocaleString('vi-VN')` to agree everywhere.
 */
import type { ColumnRole, RuleId, Severity } from '../report';
import type { Lang } from '../options';

export interface ReportLabels {
  readonly title: string;
  readonly file: string;
  readonly asOf: string;
  readonly tool: string;
  readonly overall: string;
  readonly summary: string;
  readonly sheet: string;
  /** Heading of the 2nd, 3rd … table found on one sheet. */
  readonly tableNumber: (n: number) => string;
  readonly noSheets: string;
  /** An HTML report rendered from an empty list of reports. */
  readonly noReports: string;
  readonly noTable: string;
  readonly table: string;
  readonly headerRows: string;
  readonly dataRows: string;
  readonly items: string;
  readonly unit: string;
  readonly noUnit: string;
  readonly columns: string;
  readonly column: string;
  readonly header: string;

  readonly errors: string;
  readonly warnings: string;
  readonly infos: string;
  readonly overdue: string;
  readonly unassigned: string;

  readonly budgetTotals: string;
  readonly total: string;
  readonly bySection: string;
  readonly byLead: string;
  readonly section: string;
  readonly lead: string;
  /** Shown for an empty section / lead key (items outside any section, or with no lead). */
  readonly noSection: string;
  readonly noLead: string;
  /** The line after a truncated list: "… and 5 more". */
  readonly moreRows: (n: number) => string;

  readonly declaredTotals: string;
  readonly declared: string;
  readonly computed: string;
  readonly difference: string;
  readonly result: string;
  readonly match: string;
  readonly mismatch: string;
  /** A declared total row whose amount cell is empty. */
  readonly notDeclared: string;
  readonly okMark: string;
  readonly failMark: string;

  readonly findings: string;
  readonly noFindings: string;
  readonly cell: string;
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly value: string;
  readonly fix: string;
  /** Prefix of the proposed fix on a text-report finding line. */
  readonly fixArrow: string;
  readonly yes: string;
  readonly no: string;
  /** Quotes around a text value, so leading/trailing spaces and text-vs-number show. */
  readonly quote: (text: string) => string;

  /** Singular, for a severity column ("Lỗi" / "Error"). */
  readonly severityName: Readonly<Record<Severity, string>>;
  /** Heading of a group of findings ("Lỗi" / "Errors"). */
  readonly severityGroup: Readonly<Record<Severity, string>>;
  readonly ruleTitles: Readonly<Record<RuleId, string>>;
  readonly roles: Readonly<Record<ColumnRole, string>>;

  readonly decimalSeparator: string;
  readonly groupSeparator: string;
  readonly formatDate: (year: string, month: string, day: string) => string;
}

const vi: ReportLabels = {
  title: 'Báo cáo kiểm tra phụ lục',
  file: 'Tệp',
  asOf: 'Tính đến ngày',
  tool: 'Công cụ',
  overall: 'Tổng hợp',
  summary: 'Tóm tắt',
  sheet: 'Trang tính',
  tableNumber: (n) => `Bảng ${n}`,
  noSheets: 'Tệp không có trang tính nào',
  noReports: 'Không có tệp nào được kiểm tra',
  noTable: 'Không tìm thấy bảng phụ lục trên trang này',
  table: 'Bảng',
  headerRows: 'Dòng tiêu đề',
  dataRows: 'Dòng dữ liệu',
  items: 'Số mục',
  unit: 'Đơn vị tính',
  noUnit: 'không ghi',
  columns: 'Cột',
  column: 'Cột',
  header: 'Tiêu đề cột',

  errors: 'Lỗi',
  warnings: 'Cảnh báo',
  infos: 'Thông tin',
  overdue: 'Quá hạn',
  unassigned: 'Chưa giao',

  budgetTotals: 'Tổng kinh phí',
  total: 'Tổng',
  bySection: 'Theo mục',
  byLead: 'Theo đơn vị chủ trì',
  section: 'Mục',
  lead: 'Đơn vị chủ trì',
  noSection: '(không thuộc mục nào)',
  noLead: '(chưa có đơn vị chủ trì)',
  moreRows: (n) => `… và ${n} dòng khác`,

  declaredTotals: 'Dòng tổng khai báo',
  declared: 'Khai báo',
  computed: 'Tính lại',
  difference: 'Chênh lệch',
  result: 'Kết quả',
  match: 'Khớp',
  mismatch: 'Không khớp',
  notDeclared: '(trống)',
  okMark: '✓',
  failMark: '✗',

  findings: 'Vấn đề phát hiện',
  noFindings: 'Không phát hiện vấn đề nào',
  cell: 'Ô',
  rule: 'Quy tắc',
  severity: 'Mức độ',
  message: 'Mô tả',
  value: 'Giá trị',
  fix: 'Đề xuất sửa',
  fixArrow: '→ đề xuất:',
  yes: 'Có',
  no: 'Không',
  quote: (text) => `“${text}”`,

  severityName: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  severityGroup: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  ruleTitles: {
    'owner.missing': 'Chưa có đơn vị chủ trì',
    'owner.alias': 'Tên đơn vị viết khác tên chuẩn',
    'owner.unknown': 'Đơn vị không có trong danh mục',
    'deadline.overdue': 'Quá hạn',
    'deadline.missing': 'Chưa có thời hạn',
    'deadline.unparsed': 'Không đọc được thời hạn',
    'indicator.missing': 'Chưa có chỉ tiêu',
    'indicator.invalid': 'Chỉ tiêu không hợp lệ',
    'budget.text-number': 'Kinh phí ghi dạng chữ',
    'budget.not-number': 'Kinh phí không phải là số',
    'budget.negative': 'Kinh phí âm',
    'total.mismatch': 'Dòng tổng không khớp',
    'total.parent-mismatch': 'Dòng cha không khớp tổng dòng con',
    'numbering.duplicate': 'Trùng số thứ tự',
    'numbering.gap': 'Số thứ tự bị nhảy',
    'structure.repeated-header': 'Dòng tiêu đề bị lặp lại',
    'structure.continuation': 'Dòng bị tách đôi',
    'structure.page-number': 'Dòng số trang lọt vào bảng',
    'text.whitespace': 'Khoảng trắng thừa',
    'text.unicode': 'Chữ Unicode tổ hợp',
    'text.legacy-encoding': 'Bảng mã cũ (TCVN3, VNI)',
  },
  roles: {
    stt: 'STT',
    task: 'Nội dung',
    indicator: 'Chỉ tiêu',
    lead: 'Chủ trì',
    leader: 'Lãnh đạo chủ trì',
    partners: 'Phối hợp',
    deadline: 'Thời hạn',
    status: 'Tình trạng',
    budget: 'Kinh phí',
    product: 'Sản phẩm',
    method: 'Cách thức triển khai',
    decision: 'Quyết định đầu tư',
    note: 'Ghi chú',
  },

  decimalSeparator: ',',
  groupSeparator: '.',
  formatDate: (year, month, day) => `${day}/${month}/${year}`,
};

const en: ReportLabels = {
  title: 'Appendix check report',
  file: 'File',
  asOf: 'As of',
  tool: 'Tool',
  overall: 'Overall',
  summary: 'Summary',
  sheet: 'Sheet',
  tableNumber: (n) => `Table ${n}`,
  noSheets: 'The file has no sheets',
  noReports: 'No files were checked',
  noTable: 'No appendix table found on this sheet',
  table: 'Table',
  headerRows: 'Header rows',
  dataRows: 'Data rows',
  items: 'Items',
  unit: 'Unit',
  noUnit: 'not stated',
  columns: 'Columns',
  column: 'Column',
  header: 'Header',

  errors: 'Errors',
  warnings: 'Warnings',
  infos: 'Info',
  overdue: 'Overdue',
  unassigned: 'Unassigned',

  budgetTotals: 'Budget totals',
  total: 'Total',
  bySection: 'By section',
  byLead: 'By lead unit',
  section: 'Section',
  lead: 'Lead unit',
  noSection: '(no section)',
  noLead: '(no lead unit)',
  moreRows: (n) => `… and ${n} more`,

  declaredTotals: 'Declared totals',
  declared: 'Declared',
  computed: 'Computed',
  difference: 'Difference',
  result: 'Result',
  match: 'Matches',
  mismatch: 'Does not match',
  notDeclared: '(empty)',
  okMark: '✓',
  failMark: '✗',

  findings: 'Findings',
  noFindings: 'No findings',
  cell: 'Cell',
  rule: 'Rule',
  severity: 'Severity',
  message: 'Message',
  value: 'Value',
  fix: 'Proposed fix',
  fixArrow: '→ fix:',
  yes: 'Yes',
  no: 'No',
  quote: (text) => `“${text}”`,

  severityName: { error: 'Error', warning: 'Warning', info: 'Info' },
  severityGroup: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  ruleTitles: {
    'owner.missing': 'No lead unit',
    'owner.alias': 'Unit name differs from the directory',
    'owner.unknown': 'Unit not in the directory',
    'deadline.overdue': 'Overdue',
    'deadline.missing': 'No deadline',
    'deadline.unparsed': 'Deadline not understood',
    'indicator.missing': 'No indicator',
    'indicator.invalid': 'Invalid indicator',
    'budget.text-number': 'Budget typed as text',
    'budget.not-number': 'Budget is not a number',
    'budget.negative': 'Negative budget',
    'total.mismatch': 'Total does not match',
    'total.parent-mismatch': 'Parent row differs from its children',
    'numbering.duplicate': 'Duplicate number',
    'numbering.gap': 'Gap in numbering',
    'structure.repeated-header': 'Repeated header row',
    'structure.continuation': 'Row split in two',
    'structure.page-number': 'Stray page-number row',
    'text.whitespace': 'Extra whitespace',
    'text.unicode': 'Decomposed Unicode text',
    'text.legacy-encoding': 'Legacy encoding (TCVN3, VNI)',
  },
  roles: {
    stt: 'No.',
    task: 'Task',
    indicator: 'Indicator',
    lead: 'Lead unit',
    leader: 'Lead official',
    partners: 'Partners',
    deadline: 'Deadline',
    status: 'Status',
    budget: 'Budget',
    product: 'Product',
    method: 'Method',
    decision: 'Investment decision',
    note: 'Note',
  },

  decimalSeparator: '.',
  groupSeparator: ',',
  formatDate: (year, month, day) => `${year}-${month}-${day}`,
};

export const reportLabels: Readonly<Record<Lang, ReportLabels>> = { vi, en };

/**
 * Budget units the engine reports, in both languages. The engine writes "million VND"; a
 * header may also be echoed in Vietnamese, so either spelling finds the row.
 */
const UNITS: readonly Readonly<Record<Lang, string>>[] = [
  { vi: 'triệu đồng', en: 'million VND' },
  { vi: 'nghìn đồng', en: 'thousand VND' },
  { vi: 'tỷ đồng', en: 'billion VND' },
  { vi: 'đồng', en: 'VND' },
];

function unitKey(unit: string): string {
  return unit.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The unit in the report's language; a unit we don't know is shown as the engine wrote it. */
export function formatUnitFor(lang: Lang, unit: string): string {
  const key = unitKey(unit);
  const known = UNITS.find((u) => unitKey(u.vi) === key || unitKey(u.en) === key);
  return known ? known[lang] : unit;
}

/**
 * 385000 → "385.000" (vi) / "385,000" (en); 1200.5 → "1.200,5" / "1,200.5".
 *
 * At most `maxFractionDigits` decimals (default 6: one đồng when amounts are in million VND),
 * trailing zeros dropped. Rounding there also hides float noise from summing (0.1 + 0.2), and a
 * value that rounds to zero never shows as "-0".
 */
export function formatNumberFor(lang: Lang, n: number, maxFractionDigits = 6): string {
  // toFixed switches to exponent notation from 1e21; no budget gets there, but stay total.
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const labels = reportLabels[lang];
  const fixed = Math.abs(n).toFixed(maxFractionDigits);
  const [intPart, fracRaw = ''] = fixed.split('.');
  const frac = fracRaw.replace(/0+$/, '');
  const grouped = groupThousands(intPart, labels.groupSeparator);
  const body = frac ? `${grouped}${labels.decimalSeparator}${frac}` : grouped;
  const isZero = /^0*$/.test(intPart) && frac === '';
  return n < 0 && !isZero ? `-${body}` : body;
}

function groupThousands(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  const parts = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(separator);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-08-31" → "31/08/2025" (vi) / "2025-08-31" (en); anything else is returned unchanged. */
export function formatDateFor(lang: Lang, iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? reportLabels[lang].formatDate(m[1], m[2], m[3]) : iso;
}

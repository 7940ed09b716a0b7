/**
 * Column roles recognised from header words. Headers vary in case, accents, spacing and line
 * breaks ("CƠ QUAN\nCHỦ TRÌ", "Đơn vị giao thực hiện"), so every pattern matches the folded
 * key (see foldKey). Order matters: the first pattern that matches wins, so the specific
 * phrases ("lãnh đạo chủ trì", "chỉ tiêu nhiệm vụ") come before the general ones.
 */
import type { ColumnRole } from '../report';
import { foldText as foldKey } from '../parse/fold';

interface RolePattern {
  readonly role: ColumnRole;
  readonly pattern: RegExp;
}

const ROLE_PATTERNS: readonly RolePattern[] = [
  { role: 'stt', pattern: /^(stt|tt|so tt|so thu tu|thu tu)\.?$/ },
  { role: 'leader', pattern: /lanh dao (chu tri|phu trach|chi dao)/ },
  { role: 'partners', pattern: /phoi hop/ },
  { role: 'lead', pattern: /chu tri|chu tru tri|giao thuc hien|(don vi|co quan|bo phan|chuyen vien) (thuc hien|dau moi|phu trach|giao)|^don vi$|^co quan$|trach nhiem thuc hien/ },
  { role: 'budget', pattern: /kinh phi|du toan|ngan sach|nguon von|tong muc|trieu dong|ty dong|nghin dong|\(dong\)|^dtc$|^sn$|^dtpt$|^nsnn$|^von / },
  { role: 'deadline', pattern: /thoi han|thoi gian|han hoan thanh|moc thoi gian/ },
  { role: 'status', pattern: /tinh trang|trang thai|tien do|ket qua thuc hien|muc do hoan thanh/ },
  { role: 'product', pattern: /san pham|ket qua/ },
  { role: 'method', pattern: /cach thuc|phuong thuc|hinh thuc/ },
  { role: 'decision', pattern: /quyet dinh|chu truong|can cu/ },
  { role: 'note', pattern: /ghi chu/ },
  { role: 'task', pattern: /noi dung|nhiem vu|ten (du an|de an|chuong trinh|hoat dong)|du an|muc tieu|hoat dong|cong viec|giai phap/ },
  { role: 'indicator', pattern: /chi tieu/ },
];

/** The role a header text names, or null. */
export function roleOfHeader(text: string): ColumnRole | null {
  const key = foldKey(text);
  if (key === '') return null;
  for (const { role, pattern } of ROLE_PATTERNS) if (pattern.test(key)) return role;
  return null;
}

export type BudgetUnit = 'VND' | 'thousand VND' | 'million VND' | 'billion VND';

const UNIT_PATTERNS: ReadonlyArray<readonly [RegExp, BudgetUnit]> = [
  [/ty dong/, 'billion VND'],
  [/trieu dong|trieu vnd|tr\.? ?dong/, 'million VND'],
  [/nghin dong|ngan dong/, 'thousand VND'],
  [/(^|[^a-z])dong\b|\bvnd\b/, 'VND'],
];

/** A budget unit named in a header or a "Đơn vị: Triệu đồng" line, or null. */
export function unitOfText(text: string): BudgetUnit | null {
  const key = foldKey(text);
  for (const [pattern, unit] of UNIT_PATTERNS) if (pattern.test(key)) return unit;
  return null;
}

/** "Đơn vị: Triệu đồng", "ĐVT: triệu đồng", "(Đơn vị tính: đồng)". */
export function isUnitLine(text: string): boolean {
  return /^\(?\s*(don vi tinh|don vi|dvt)\s*:/.test(foldKey(text)) && unitOfText(text) !== null;
}

import { COLUMN_ROLES, RULE_IDS, SEVERITIES } from '../../../src/engine/report';
import { LANGS } from '../../../src/engine/options';
import type { Lang } from '../../../src/engine/options';
import { formatAmount } from '../../../src/engine/messages/format';
import {
  formatDateFor,
  formatNumberFor,
  formatUnitFor,
  reportLabels,
} from '../../../src/engine/render/labels';

describe('reportLabels', () => {
  it('lists Vietnamese first, then English', () => {
    expect(Object.keys(reportLabels)).toEqual(['vi', 'en']);
  });

  it('has the same keys in every language', () => {
    expect(Object.keys(reportLabels.en).sort()).toEqual(Object.keys(reportLabels.vi).sort());
  });

  it.each(LANGS.flatMap((lang) => RULE_IDS.map((rule) => [lang, rule] as const)))(
    '%s has a title for %s',
    (lang, rule) => {
      expect(reportLabels[lang].ruleTitles[rule].trim()).not.toBe('');
    },
  );

  it.each(LANGS)('%s names every column role and severity', (lang) => {
    for (const role of COLUMN_ROLES) expect(reportLabels[lang].roles[role].trim()).not.toBe('');
    for (const s of SEVERITIES) {
      expect(reportLabels[lang].severityName[s].trim()).not.toBe('');
      expect(reportLabels[lang].severityGroup[s].trim()).not.toBe('');
    }
  });

  it('uses the agreed wording', () => {
    const { vi, en } = reportLabels;
    expect([vi.title, en.title]).toEqual(['Báo cáo kiểm tra phụ lục', 'Appendix check report']);
    expect([vi.sheet, vi.errors, vi.warnings, vi.infos]).toEqual(['Trang tính', 'Lỗi', 'Cảnh báo', 'Thông tin']);
    expect([en.sheet, en.errors, en.warnings, en.infos]).toEqual(['Sheet', 'Errors', 'Warnings', 'Info']);
    expect([vi.overdue, vi.unassigned, en.overdue, en.unassigned]).toEqual(['Quá hạn', 'Chưa giao', 'Overdue', 'Unassigned']);
    expect([vi.budgetTotals, vi.bySection, vi.byLead]).toEqual(['Tổng kinh phí', 'Theo mục', 'Theo đơn vị chủ trì']);
    expect([vi.declaredTotals, vi.declared, vi.computed, vi.difference]).toEqual([
      'Dòng tổng khai báo',
      'Khai báo',
      'Tính lại',
      'Chênh lệch',
    ]);
    expect(vi.noTable).toBe('Không tìm thấy bảng phụ lục trên trang này');
    expect(en.noTable).toBe('No appendix table found on this sheet');
    expect([vi.asOf, en.asOf]).toEqual(['Tính đến ngày', 'As of']);
    expect(vi.ruleTitles['owner.missing']).toBe('Chưa có đơn vị chủ trì');
    expect(en.ruleTitles['owner.missing']).toBe('No lead unit');
    expect(vi.ruleTitles['deadline.overdue']).toBe('Quá hạn');
    expect(en.ruleTitles['deadline.overdue']).toBe('Overdue');
  });
});

describe('formatNumberFor', () => {
  it.each<[number, string, string]>([
    [385000, '385.000', '385,000'],
    [1200.5, '1.200,5', '1,200.5'],
    [-5, '-5', '-5'],
    [0, '0', '0'],
    [-0, '0', '0'],
    [7, '7', '7'],
    [999, '999', '999'],
    [1000, '1.000', '1,000'],
    [1234567.891, '1.234.567,891', '1,234,567.891'],
    [-1234.5, '-1.234,5', '-1,234.5'],
    [0.5, '0,5', '0.5'],
    // Float noise from summing is rounded away, and never leaves a "-0" behind.
    [0.1 + 0.2, '0,3', '0.3'],
    [-1e-9, '0', '0'],
    [7300 - 7299.9999999999, '0', '0'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991', '9,007,199,254,740,991'],
    [NaN, 'NaN', 'NaN'],
    [Infinity, 'Infinity', 'Infinity'],
    [1e21, '1e+21', '1e+21'],
  ])('%p → vi %s, en %s', (n, vi, en) => {
    expect(formatNumberFor('vi', n)).toBe(vi);
    expect(formatNumberFor('en', n)).toBe(en);
  });

  it('takes a maximum number of decimals', () => {
    expect(formatNumberFor('vi', 2 / 3, 2)).toBe('0,67');
    expect(formatNumberFor('en', 1234.5, 0)).toBe('1,235');
  });

  // Messages are filled by messages/format.ts; a total and the message beside it must agree.
  it.each<number>([0, 5, -5, 385000, 1200.5, 1234567.891, 0.1 + 0.2])(
    'agrees with the message formatter for %p',
    (n) => {
      for (const lang of LANGS) expect(formatNumberFor(lang, n)).toBe(formatAmount(n, lang));
    },
  );
});

describe('formatDateFor', () => {
  it.each<[Lang, string, string]>([
    ['vi', '2025-08-31', '31/08/2025'],
    ['en', '2025-08-31', '2025-08-31'],
    ['vi', '2026-01-05', '05/01/2026'],
    ['vi', 'Tháng 8/2025', 'Tháng 8/2025'],
    ['vi', '', ''],
  ])('%s %s → %s', (lang, iso, expected) => {
    expect(formatDateFor(lang, iso)).toBe(expected);
  });
});

describe('formatUnitFor', () => {
  it.each<[Lang, string, string]>([
    ['vi', 'million VND', 'triệu đồng'],
    ['en', 'million VND', 'million VND'],
    ['en', 'Triệu đồng', 'million VND'],
    ['vi', 'VND', 'đồng'],
    ['vi', 'billion VND', 'tỷ đồng'],
    ['vi', 'USD', 'USD'],
  ])('%s %s → %s', (lang, unit, expected) => {
    expect(formatUnitFor(lang, unit)).toBe(expected);
  });
});

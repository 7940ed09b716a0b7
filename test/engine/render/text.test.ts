import { reportSchema } from '../../../src/engine/report';
import type { Finding, Report, SheetReport } from '../../../src/engine/report';
import type { Lang } from '../../../src/engine/options';
import { renderText } from '../../../src/engine/render/text';
import { emptyReport, sampleReport } from './sample-report';

const ANSI = /\x1b\[[0-9;]*m/g;

function lines(text: string): string[] {
  return text.split('\n');
}

function appendix(report: Report): SheetReport {
  return report.sheets[0];
}

function manyFindings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: 'text.whitespace' as const,
    severity: (['error', 'warning', 'info'] as const)[i % 3],
    cell: `B${i + 8}`,
    row: i + 8,
    message: `Khoảng trắng thừa ở dòng ${i + 8}`,
    value: 'a  b',
    fix: 'a b',
  }));
}

describe('sample report', () => {
  it('follows the JSON report contract', () => {
    expect(() => reportSchema.parse(sampleReport())).not.toThrow();
    expect(() => reportSchema.parse(emptyReport())).not.toThrow();
  });
});

describe('renderText', () => {
  it.each<[Lang, string[]]>([
    [
      'vi',
      [
        'Báo cáo kiểm tra phụ lục',
        'Tệp: ke-hoach-chuyen-doi-so.xlsx',
        'Tính đến ngày: 23/11/2025',
        'Công cụ: appendix-check 0.3.0',
        'Tổng hợp: Lỗi: 6 · Cảnh báo: 2 · Thông tin: 3 · Quá hạn: 4 · Chưa giao: 1',
        '== Trang tính: Phụ lục III ==',
        'Dòng tiêu đề: 6–7 · Dòng dữ liệu: 8–27 · Số mục: 16 · Đơn vị tính: triệu đồng',
        'Cột: A=STT, B=Nội dung, C=Chủ trì, D=Phối hợp, E=Thời hạn, F=Kinh phí, G=Kinh phí, H=Ghi chú',
        'Tổng kinh phí (triệu đồng)',
        '  F = DỰ KIẾN KINH PHÍ (Triệu đồng) / ĐTC',
        '== Trang tính: Ghi chú ==',
        'Không tìm thấy bảng phụ lục trên trang này: không có dòng tiêu đề nào có cột STT và cột nội dung',
      ],
    ],
    [
      'en',
      [
        'Appendix check report',
        'File: ke-hoach-chuyen-doi-so.xlsx',
        'As of: 2025-11-23',
        'Overall: Errors: 6 · Warnings: 2 · Info: 3 · Overdue: 4 · Unassigned: 1',
        '== Sheet: Phụ lục III ==',
        'Header rows: 6–7 · Data rows: 8–27 · Items: 16 · Unit: million VND',
        'Columns: A=No., B=Task, C=Lead unit, D=Partners, E=Deadline, F=Budget, G=Budget, H=Note',
        'Budget totals (million VND)',
        '== Sheet: Ghi chú ==',
        'No appendix table found on this sheet: không có dòng tiêu đề nào có cột STT và cột nội dung',
      ],
    ],
  ])('%s: has the summary lines', (lang, expected) => {
    const out = lines(renderText(sampleReport(), lang));
    for (const line of expected) expect(out).toContain(line);
  });

  it.each<[Lang, RegExp[]]>([
    [
      'vi',
      [
        /^ {2}Tổng +565\.000 +20\.354$/,
        /^ {4}I +397\.000 +6\.754$/,
        /^ {4}Sở Thông tin và Truyền thông +397\.000 +500$/,
        /^ {4}\(chưa có đơn vị chủ trì\) +3\.954$/,
        /^ {2}F27 +570\.000 +565\.000 +5\.000 +✗ Không khớp$/,
        /^ {2}G27 +20\.354 +20\.354 +0 +✓ Khớp$/,
      ],
    ],
    [
      'en',
      [
        /^ {2}Total +565,000 +20,354$/,
        /^ {2}F27 +570,000 +565,000 +5,000 +✗ Does not match$/,
        /^ {2}G27 +20,354 +20,354 +0 +✓ Matches$/,
      ],
    ],
  ])('%s: budget and declared totals, numbers right-aligned', (lang, patterns) => {
    const out = lines(renderText(sampleReport(), lang));
    for (const p of patterns) expect(out.some((l) => p.test(l))).toBe(true);
  });

  it('lists the top 10 lead units, then how many more', () => {
    const out = lines(renderText(sampleReport(), 'vi'));
    const start = out.indexOf('  Theo đơn vị chủ trì');
    const more = out.indexOf('    … và 5 dòng khác');
    expect(start).toBeGreaterThan(0);
    expect(more - start - 1).toBe(10);
    // Largest first.
    expect(out[start + 1]).toMatch(/Sở Thông tin và Truyền thông/);
  });

  it('groups findings errors → warnings → info, cell address first, in sheet order', () => {
    const report = sampleReport();
    const out = lines(renderText(report, 'vi'));
    const heads = ['Lỗi (6)', 'Cảnh báo (2)', 'Thông tin (3)'].map((h) => out.indexOf(h));
    expect(heads.every((i) => i > 0)).toBe(true);
    expect([...heads].sort((a, b) => a - b)).toEqual(heads);

    const errorLines = out.slice(heads[0] + 1, heads[0] + 7);
    expect(errorLines.map((l) => l.trim().split(/\s+/)[0])).toEqual(['E9', 'C12', 'E12', 'E20', 'E23', 'F27']);
    for (const f of appendix(report).findings) {
      expect(out.some((l) => new RegExp(`^ {2}${f.cell} +${f.rule.replace('.', '\\.')} +\\S`).test(l))).toBe(true);
    }
  });

  it.each<[Lang, string]>([
    ['vi', '  E9   deadline.overdue  Quá hạn: hạn 31/08/2025, chưa có trạng thái hoàn thành'],
    ['en', '  E9   deadline.overdue  Overdue: due 2025-08-31, not marked as done'],
    ['vi', '  F27  total.mismatch    Dòng tổng ghi 570.000, tổng các dòng là 565.000 (chênh 5.000) → đề xuất: 565.000'],
    ['vi', '  B21  text.whitespace  Có khoảng trắng thừa hoặc xuống dòng trong ô → đề xuất: “Chuyển đổi số trong giáo dục”'],
    ['en', '  G12  budget.text-number  Budget “3.954” is stored as text; it should be the number 3,954 → fix: 3,954'],
  ])('%s: finding line %s', (lang, line) => {
    expect(lines(renderText(sampleReport(), lang))).toContain(line);
  });

  it('shows the stored message when a finding has no params', () => {
    const report = sampleReport();
    appendix(report).findings = [{ ...appendix(report).findings[0], params: undefined, message: 'Thông điệp gốc' }];
    expect(renderText(report, 'en')).toMatch(/^ {2}E9 +deadline\.overdue +Thông điệp gốc$/m);
  });

  it('renders an empty report', () => {
    const out = renderText(emptyReport(), 'vi');
    expect(out).toBe('Báo cáo kiểm tra phụ lục\nTính đến ngày: 23/11/2025\nCông cụ: appendix-check 0.3.0\n\nTệp không có trang tính nào\n');
  });

  it('says so when a table has no findings, and when a unit or declared amount is missing', () => {
    const report = sampleReport();
    const sheet = appendix(report);
    sheet.findings = [];
    sheet.table = { ...sheet.table!, unit: null };
    sheet.totals.declared = [{ cell: 'F27', declared: null, computed: 565000, ok: false }];
    const out = lines(renderText(report, 'vi'));
    expect(out).toContain('Không phát hiện vấn đề nào');
    expect(out.some((l) => l.endsWith('Đơn vị tính: không ghi'))).toBe(true);
    expect(out.some((l) => /^ {2}F27 +\(trống\) +565\.000 +✗ Không khớp$/.test(l))).toBe(true);
  });

  it('renders further tables on a sheet after it', () => {
    const report = sampleReport();
    const second = { ...sampleReport().sheets[0], sheet: 'Phụ lục III' };
    appendix(report).moreTables = [second];
    const out = lines(renderText(report, 'en'));
    expect(out).toContain('== Sheet: Phụ lục III — Table 2 ==');
    expect(out).toContain('Overall: Errors: 12 · Warnings: 4 · Info: 6 · Overdue: 8 · Unassigned: 2');
  });

  describe('colour', () => {
    it('is off by default', () => {
      expect(renderText(sampleReport(), 'vi')).not.toMatch(/\x1b/);
    });

    it('only adds ANSI codes: stripping them gives the plain report', () => {
      const coloured = renderText(sampleReport(), 'vi', { color: true });
      expect(coloured).toContain('\x1b[31m');
      expect(coloured.replace(ANSI, '')).toBe(renderText(sampleReport(), 'vi'));
    });
  });

  describe('hostile and oversized workbook text', () => {
    it('keeps control characters, escape sequences and bidi overrides out of the terminal', () => {
      const report = sampleReport();
      report.file = 'a\x1b[2Jb.xlsx';
      appendix(report).sheet = 'Phụ lục\u202e III';
      appendix(report).findings = [
        { ...appendix(report).findings[0], params: undefined, message: 'dòng 1\ndòng 2\r\x07\x1b]0;pwned\x07' },
      ];
      const out = renderText(report, 'vi');
      expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
      expect(out).toMatch(/^ {2}E9 +deadline\.overdue +dòng 1 dòng 2 \]0;pwned$/m);
    });

    it('cuts a very long message and fix to one readable line', () => {
      const report = sampleReport();
      const long = 'Nội dung rất dài '.repeat(500);
      appendix(report).findings = [{ ...appendix(report).findings[0], params: undefined, message: long, fix: long }];
      const line = lines(renderText(report, 'vi')).find((l) => l.startsWith('  E9'))!;
      expect(line.length).toBeLessThan(400);
      expect(line).toMatch(/…$/);
      expect(line).toContain('→ đề xuất: “Nội dung');
    });

    it('does not split a surrogate pair when cutting', () => {
      const report = sampleReport();
      appendix(report).findings = [{ ...appendix(report).findings[0], params: undefined, message: '😀'.repeat(300) }];
      const line = lines(renderText(report, 'vi')).find((l) => l.startsWith('  E9'))!;
      expect(line).toMatch(/😀…$/u);
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    });

    it('renders thousands of findings, one line each, in linear time', () => {
      const report = sampleReport();
      appendix(report).findings = manyFindings(20000);
      const started = Date.now();
      const out = lines(renderText(report, 'vi'));
      expect(Date.now() - started).toBeLessThan(3000);
      expect(out.filter((l) => /^ {2}B\d+ +text\.whitespace /.test(l))).toHaveLength(20000);
    });
  });
});

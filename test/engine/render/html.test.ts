import { reportSchema } from '../../../src/engine/report';
import type { Finding, Report } from '../../../src/engine/report';
import type { Lang } from '../../../src/engine/options';
import { escapeHtml, renderHtml } from '../../../src/engine/render/html';
import { SafeHtml, html } from '../../../src/engine/render/safe-html';
import { emptyReport, sampleReport } from './sample-report';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const EVIL = `${SCRIPT}${IMG}"'&`;

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3', 'article', 'section',
  'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'p', 'span', 'code',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'scope', 'colspan', 'id', 'aria-labelledby',
]);
const VOID_TAGS = new Set(['meta']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;

interface Tag {
  readonly closing: boolean;
  readonly name: string;
  readonly attributes: string;
}

function tagsOf(page: string): Tag[] {
  return [...page.matchAll(TAG)].map((m) => ({ closing: m[1] === '/', name: m[2].toLowerCase(), attributes: m[3] }));
}

/** Every tag is one we write, with attributes we write, properly nested; no stray "<" anywhere. */
function expectWellFormed(page: string): void {
  expect(page.startsWith('<!DOCTYPE html>\n')).toBe(true);
  const body = page.slice('<!DOCTYPE html>'.length);
  const tags = tagsOf(body);
  expect((body.match(/</g) ?? []).length).toBe(tags.length);
  const stack: string[] = [];
  for (const t of tags) {
    expect(ALLOWED_TAGS.has(t.name)).toBe(true);
    const rest = t.attributes.replace(/\s([a-z-]+)="[^"<>]*"/g, (_, attr: string) => {
      expect(ALLOWED_ATTRIBUTES.has(attr)).toBe(true);
      return '';
    });
    expect(rest.trim()).toBe('');
    if (VOID_TAGS.has(t.name)) continue;
    if (t.closing) expect(stack.pop()).toBe(t.name);
    else stack.push(t.name);
  }
  expect(stack).toEqual([]);
}

/** The sample with attacker-chosen text in every string a workbook or a caller controls. */
function hostileReport(): Report {
  const report = sampleReport();
  report.file = `${EVIL}.xlsx`;
  report.tool.version = EVIL;
  const sheet = report.sheets[0];
  sheet.sheet = `Phụ lục ${EVIL}`;
  const table = sheet.table!;
  table.unit = EVIL;
  table.headers = { ...table.headers, F: EVIL, G: EVIL };
  table.columns = { ...table.columns, [EVIL]: 'Z' };
  const F = sheet.totals.budget.F;
  sheet.totals.budget = {
    F: { ...F, bySection: { ...F.bySection, [EVIL]: 1 }, byLead: { ...F.byLead, [EVIL]: 2 } },
    [EVIL]: { sum: 3, bySection: { [EVIL]: 3 }, byLead: { [EVIL]: 3 } },
  };
  sheet.totals.declared = [{ cell: EVIL, declared: 1, computed: 2, ok: false }];
  const base = sheet.findings[0];
  const hostile: Finding[] = [
    { ...base, cell: EVIL, message: EVIL, value: EVIL, fix: EVIL, params: undefined },
    // Re-rendered from params: the attacker's text arrives through a template.
    { ...base, rule: 'owner.alias', value: EVIL, params: { value: EVIL, canonical: EVIL } },
    { ...base, rule: 'deadline.overdue', params: { due: EVIL } },
  ];
  sheet.findings = hostile;
  sheet.moreTables = [{ ...sampleReport().sheets[0], sheet: EVIL }];
  report.sheets[1].sheet = EVIL;
  report.sheets[1].reason = EVIL;
  return report;
}

describe('renderHtml', () => {
  const vi = renderHtml(sampleReport(), 'vi');
  const en = renderHtml(sampleReport(), 'en');

  it.each<[Lang, string]>([
    ['vi', vi],
    ['en', en],
  ])('%s: is one well-formed, self-contained HTML5 page', (lang, page) => {
    expectWellFormed(page);
    expect(page).toContain(`<html lang="${lang}">`);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(page.match(/<style>/g)).toHaveLength(1);
    // Nothing to fetch, nothing to run.
    for (const banned of [/<script/i, /<link/i, /<img/i, /\ssrc=/i, /\shref=/i, /url\(/i, /@import/i, /https?:/i, /\son\w+=/i]) {
      expect(page).not.toMatch(banned);
    }
  });

  it.each<[Lang, string]>([
    ['vi', vi],
    ['en', en],
  ])('%s: captions every table and scopes every header cell', (_lang, page) => {
    const tables = page.match(/<table[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(6);
    expect(page.match(/<table[^>]*>\s*<caption>/g)).toHaveLength(tables.length);
    const ths = page.match(/<th[\s>][^>]*/g) ?? [];
    expect(ths.length).toBeGreaterThan(0);
    for (const th of ths) expect(th).toMatch(/scope="(col|row)"/);
  });

  it.each<[Lang, string, string[]]>([
    [
      'vi',
      vi,
      [
        '<title>Báo cáo kiểm tra phụ lục — ke-hoach-chuyen-doi-so.xlsx</title>',
        '<h1>Báo cáo kiểm tra phụ lục</h1>',
        '<dt>Tính đến ngày</dt><dd>23/11/2025</dd>',
        '<caption>Tổng kinh phí (triệu đồng) — Phụ lục III</caption>',
        '<caption>Theo mục (triệu đồng) — Phụ lục III</caption>',
        '<caption>Theo đơn vị chủ trì (triệu đồng) — Phụ lục III</caption>',
        '<caption>Dòng tổng khai báo — Phụ lục III</caption>',
        '<caption>Vấn đề phát hiện — Phụ lục III (11)</caption>',
        '<th scope="row">F27</th><td class="num">570.000</td><td class="num">565.000</td><td class="num">5.000</td><td><span class="mark mark-bad">✗ Không khớp</span></td>',
        '<span class="mark mark-ok">✓ Khớp</span>',
        '<th scope="row">E9</th><td><span class="sev sev-error">Lỗi</span></td><td>Quá hạn<span class="sub"><code>deadline.overdue</code></span></td><td class="msg">Quá hạn: hạn 31/08/2025, chưa có trạng thái hoàn thành</td><td class="raw">“Tháng 8/2025”</td><td class="raw"></td>',
        '<span class="sev sev-warning">Cảnh báo</span>',
        '<span class="sev sev-info">Thông tin</span>',
        // Data is escaped even when harmless: the ampersand of an abbreviated unit name.
        '<td class="raw">“Sở TT&amp;TT”</td><td class="raw">“Sở Thông tin và Truyền thông”</td>',
        '<td colspan="6">Không tìm thấy bảng phụ lục trên trang này</td>',
        '<p class="no-table">Không tìm thấy bảng phụ lục trên trang này: không có dòng tiêu đề nào có cột STT và cột nội dung</p>',
        '<th scope="row">(chưa có đơn vị chủ trì)</th>',
      ],
    ],
    [
      'en',
      en,
      [
        '<dt>As of</dt><dd>2025-11-23</dd>',
        '<caption>Budget totals (million VND) — Phụ lục III</caption>',
        '<span class="mark mark-bad">✗ Does not match</span>',
        '<td class="msg">Overdue: due 2025-08-31, not marked as done</td>',
        '<tfoot><tr><th scope="row">Total</th><td class="num">565,000</td><td class="num">20,354</td></tr></tfoot>',
      ],
    ],
  ])('%s: shows summary, totals and findings', (_lang, page, fragments) => {
    for (const f of fragments) expect(page).toContain(f);
  });

  it('lists every lead unit (no top-10 cut in the mailed report) and findings errors first', () => {
    const report = sampleReport();
    const leads = new Set(Object.keys(report.sheets[0].totals.budget.F.byLead).concat(Object.keys(report.sheets[0].totals.budget.G.byLead)));
    const leadTable = vi.slice(vi.indexOf('<caption>Theo đơn vị chủ trì'), vi.indexOf('<caption>Dòng tổng khai báo'));
    expect(leadTable.match(/<tr><th scope="row">/g)).toHaveLength(leads.size + 1);
    const severities = [...vi.matchAll(/<tr class="row-(\w+)">/g)].map((m) => m[1]);
    expect(severities).toEqual([...Array(6).fill('error'), ...Array(2).fill('warning'), ...Array(3).fill('info')]);
  });

  describe('escaping', () => {
    it('keeps a hostile report valid against the contract (so the test is about real input)', () => {
      expect(() => reportSchema.parse(hostileReport())).not.toThrow();
    });

    it.each<Lang>(['vi', 'en'])('%s: never lets workbook text become markup', (lang) => {
      const page = renderHtml(hostileReport(), lang);
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toMatch(/<img/i);
      expectWellFormed(page);
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(page).toContain('&quot;&#39;&amp;');
    });

    it('escapes file names in a multi-file page as well', () => {
      const page = renderHtml([hostileReport(), sampleReport()], 'vi');
      expect(page).not.toMatch(/<script|<img/i);
      expectWellFormed(page);
    });

    it.each<[string, string]>([
      ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
      ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
      [`a "b" 'c'`, 'a &quot;b&quot; &#39;c&#39;'],
      ['Sở TT&TT', 'Sở TT&amp;TT'],
      ['&amp;', '&amp;amp;'],
      ['Phụ lục III', 'Phụ lục III'],
      ['', ''],
    ])('escapeHtml(%p) → %p', (input, expected) => {
      expect(escapeHtml(input)).toBe(expected);
    });

    it('html`` escapes interpolations and keeps its own fragments', () => {
      const inner = html`<b>${'<i>'}</b>`;
      expect(html`<p>${inner}${[1, '<', null, false, undefined]}</p>`.html).toBe('<p><b>&lt;i&gt;</b>1&lt;</p>');
    });

    it('SafeHtml cannot be made outside the html`` tag', () => {
      const Ctor = SafeHtml as unknown as new (token: symbol, text: string) => SafeHtml;
      expect(() => new Ctor(Symbol('trusted-html'), '<script>')).toThrow();
    });
  });

  describe('shapes', () => {
    it('renders several files with an overview table first', () => {
      const second = sampleReport();
      second.file = 'phu-luc-2.xlsx';
      const page = renderHtml([sampleReport(), second], 'vi');
      expectWellFormed(page);
      expect(page).toContain('<title>Báo cáo kiểm tra phụ lục</title>');
      expect(page.indexOf('<caption>Tổng hợp</caption>')).toBeLessThan(page.indexOf('<article'));
      expect(page).toContain('<th scope="row">phu-luc-2.xlsx</th>');
      expect(page.match(/<article /g)).toHaveLength(2);
    });

    it('renders no reports and a report with no sheets', () => {
      const none = renderHtml([], 'vi');
      expectWellFormed(none);
      expect(none).toContain('<p class="none">Không có tệp nào được kiểm tra</p>');
      const empty = renderHtml(emptyReport(), 'en');
      expectWellFormed(empty);
      expect(empty).toContain('<h2 id="r1">Summary</h2>');
      expect(empty).toContain('<p class="none">The file has no sheets</p>');
    });

    it('renders thousands of findings quickly', () => {
      const report = sampleReport();
      const base = report.sheets[0].findings[0];
      report.sheets[0].findings = Array.from({ length: 5000 }, (_, i) => ({ ...base, cell: `E${i + 8}`, row: i + 8 }));
      const started = Date.now();
      const page = renderHtml(report, 'vi');
      expect(Date.now() - started).toBeLessThan(3000);
      expect(page.match(/<tr class="row-error">/g)).toHaveLength(5000);
    });
  });
});

/**
 * The pane's components rendered to markup (react-dom/server, no DOM needed): workbook text is
 * escaped, the chart is an accessible image with its values in Vietnamese number style, and the
 * legend shows the colours src/excel/highlights.ts writes.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Finding, RuleId, SheetReport } from '../../src/engine';
import { MARK_FILL } from '../../src/excel/highlights';
import { clipLabel, layoutBars } from '../../src/taskpane/components/chart-geometry';
import { columnRows } from '../../src/taskpane/components/ColumnsEditor';
import { FindingsList } from '../../src/taskpane/components/FindingsList';
import { HighlightLegend } from '../../src/taskpane/components/HighlightLegend';
import { TotalsView } from '../../src/taskpane/components/TotalsView';
import { MESSAGES } from '../../src/taskpane/i18n';
import { ALL_SEVERITIES } from '../../src/taskpane/state/store';

const html = (el: ReactElement): string => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const noop = (): void => undefined;

const XSS = '<img src=x onerror=alert(1)>';

const table: SheetReport = {
  sheet: 'Phụ lục III',
  table: {
    headerRows: [6, 7],
    firstRow: 8,
    lastRow: 20,
    unit: 'million VND',
    columns: { stt: 'A', task: 'B', lead: 'C', budget: ['F', 'G'] },
    headers: { A: 'TT', B: 'NỘI DUNG', C: 'CƠ QUAN CHỦ TRÌ', F: 'KINH PHÍ / ĐTC', G: 'KINH PHÍ / SN' },
  },
  items: [],
  findings: [
    { rule: 'deadline.unparsed', severity: 'warning', cell: 'E9', row: 9, message: `Không đọc được thời hạn “${XSS}”`, value: XSS, fix: null, params: { value: XSS } },
    { rule: 'budget.text-number', severity: 'warning', cell: 'F9', row: 9, message: 'm', value: '385.000', fix: 385000, params: { value: '385.000', amount: 385000 } },
  ] as Finding[],
  totals: {
    budget: {
      F: { sum: 400000, bySection: { I: 385000, II: 15000 }, byLead: { 'Sở Thông tin và Truyền thông': 385000, [XSS]: 15000 } },
      G: { sum: 2500.5, bySection: { I: 2500.5 }, byLead: { 'Sở Tài chính': 2500.5 } },
    },
    declared: [{ cell: 'F70', declared: 400001, computed: 400000, ok: false }],
  },
  counts: { items: 13, overdue: 0, unassigned: 0, errors: 0, warnings: 2, infos: 0 },
};

/** The findings list filtered to one rule, rendered to markup. */
function findingsFor(rule: RuleId): string {
  return html(
      <FindingsList
        findings={table.findings}
        filters={{ severities: ALL_SEVERITIES, rule }}
        fixed={new Set()}
        selectedKey={null}
        busy={false}
        lang="vi"
        messages={MESSAGES.vi}
        onFilters={noop}
        onSelect={noop}
        onFix={noop}
        onFixAll={noop}
      />,
  );
}

describe('pane components', () => {
  it('escape workbook text in findings (value and message)', () => {
    const out = findingsFor('deadline.unparsed');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const fixes = findingsFor('budget.text-number');
    // The fix is shown as a Vietnamese number, with a Fix button for it.
    expect(fixes).toContain('Đề xuất sửa: 385.000');
    expect(fixes).toContain('data-testid="finding-fix"');
  });

  it('show totals with Vietnamese numbers, declared vs computed, and an accessible chart', () => {
    const out = html(<TotalsView table={table} lang="vi" messages={MESSAGES.vi} />);
    expect(out).toContain('400.000');
    expect(out).toContain('2.500,5');
    expect(out).toContain('400.001');
    expect(out).toContain('Không khớp');
    expect(out).not.toContain('<img');
    const svg = /<svg[^>]*role="img"[^>]*>/.exec(out)?.[0] ?? '';
    expect(svg).toMatch(/aria-label="Kinh phí theo đơn vị chủ trì/);
    expect(out).toMatch(/<svg[^>]*role="img"[^>]*>\s*<title[^>]*>Kinh phí theo/);
    // Every bar carries its value as text.
    expect(out).toContain('>385.000</text>');
  });

  it('legend uses the colours the Excel module writes', () => {
    const out = html(<HighlightLegend messages={MESSAGES.en} />);
    for (const colour of Object.values(MARK_FILL)) expect(out).toContain(`data-color="${colour}"`);
    expect(out).toContain('Overdue');
  });

  it('lists every column up to the last one known, with detected roles', () => {
    const rows = columnRows(table.table, { D: 'ĐƠN VỊ PHỐI HỢP' }, { H: 'note' });
    expect(rows.map((r) => r.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(rows.find((r) => r.letter === 'F')?.role).toBe('budget');
    expect(rows.find((r) => r.letter === 'D')).toEqual({ letter: 'D', header: 'ĐƠN VỊ PHỐI HỢP', role: null });
  });
});

describe('chart layout', () => {
  it('sorts bars, folds the tail into "others" and scales to the largest', () => {
    const data = Array.from({ length: 12 }, (_, i) => ({ label: `Đơn vị ${i}`, value: (i + 1) * 10 }));
    const layout = layoutBars([...data, { label: 'âm', value: -5 }, { label: 'không', value: 0 }], (n) => `${n} khác`, 8);
    expect(layout.bars).toHaveLength(8);
    expect(layout.bars[0]).toMatchObject({ label: 'Đơn vị 11', value: 120 });
    // The folded tail (150) is the longest bar here; the others scale to it.
    expect(layout.bars[7]).toMatchObject({ label: '5 khác', others: true, value: 10 + 20 + 30 + 40 + 50, width: layout.barAreaWidth });
    expect(layout.bars[0].width).toBeCloseTo((120 / 150) * layout.barAreaWidth);
    expect(layout.bars.every((b, i) => i === 0 || b.y > layout.bars[i - 1].y)).toBe(true);
  });

  it('clips long labels but keeps short ones', () => {
    expect(clipLabel('Sở Y tế')).toBe('Sở Y tế');
    expect(clipLabel('Sở Thông tin và Truyền thông', 12)).toBe('Sở Thông ti…');
  });
});

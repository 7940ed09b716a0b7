/**
 * The pane's port to Excel (PaneServices over src/excel/) against the simulator: validate the
 * active sheet and highlight it, select a finding's cell, save and read settings in the
 * document, write the cleaned copy with a chosen fix (never touching the source sheet), clear.
 */
import { createSimWorkbook, type SimWorkbook } from '../../src/office-sim';
import { applyFixes } from '../../src/taskpane/cleaned-copy';
import { cleanSheet, gridFromValues } from '../../src/engine';
import { excelServices } from '../../src/taskpane/excel-services';
import { runFromOutcome } from '../../src/taskpane/office-platform';
import type { PaneServices, ProgressInfo } from '../../src/taskpane/services';
import { themeFromBackground } from '../../src/taskpane/theme';

const SHEET = 'Phụ lục II';
const ROWS = [
  ['PHỤ LỤC II'],
  [],
  ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn hoàn thành', 'Kinh phí (Triệu đồng)'],
  ['1', 'Nâng cấp Trung tâm dữ liệu', 'Sở TT&TT', 'Tháng 8/2025', '3.954'],
  ['2', 'Phủ sóng 5G', null, '2025', 900],
  ['3', 'Cổng dịch vụ công', 'Sở Tài chính', 'Thường xuyên', 120],
];

function setup(): { sim: SimWorkbook; services: PaneServices; downloads: string[] } {
  const sim = createSimWorkbook({ sheets: [{ name: SHEET, cells: ROWS }] });
  const downloads: string[] = [];
  const services = excelServices(sim.host, {
    displayLanguage: 'vi-VN',
    theme: () => 'light',
    canDownload: true,
    download: (name) => downloads.push(name),
  });
  return { sim, services, downloads };
}

const request = () => ({ asOf: '2025-09-30', lang: 'vi' as const, columnOverrides: {}, signal: new AbortController().signal, onProgress: (_: ProgressInfo) => undefined });

describe('PaneServices over src/excel and the simulator', () => {
  it('validates the active sheet, highlights it and selects a finding’s cell', async () => {
    const { sim, services } = setup();
    const progress: ProgressInfo[] = [];
    const run = await services.validate({ ...request(), onProgress: (p) => progress.push(p) });
    expect(run.sheet).toBe(SHEET);
    const sheet = run.report.sheets.find((s) => s.sheet === SHEET)!;
    expect(sheet.counts.items).toBe(3);
    expect(sheet.findings.some((f) => f.rule === 'deadline.overdue' && f.cell === 'D4')).toBe(true);
    expect(sheet.findings.some((f) => f.rule === 'owner.missing' && f.cell === 'C5')).toBe(true);
    expect(run.marks).toBeGreaterThan(0);
    expect(sim.conditionalFormats(SHEET).length).toBeGreaterThan(0);
    expect(progress[0].phase).toBe('reading');

    await services.selectCell(SHEET, 'D4');
    expect(sim.selection()).toEqual({ sheet: SHEET, address: 'D4' });

    expect(await services.clearHighlights()).toBeGreaterThan(0);
    expect(sim.conditionalFormats(SHEET)).toEqual([]);
  });

  it('saves the as-of date, language and column corrections in the document, keeping other settings', async () => {
    const { sim, services } = setup();
    expect(await services.loadSettings()).toEqual({ asOf: null, lang: null, columnOverrides: {} });
    await services.saveSettings({ asOf: '2025-06-30', lang: 'en' });
    await services.saveSettings({ columnOverrides: { [SHEET]: { E: 'ignore' } } });
    expect(await services.loadSettings()).toEqual({ asOf: '2025-06-30', lang: 'en', columnOverrides: { [SHEET]: { E: 'ignore' } } });
    await services.saveSettings({ asOf: null });
    expect((await services.loadSettings()).asOf).toBeNull();
    sim.reload();
    expect((await services.loadSettings()).columnOverrides).toEqual({ [SHEET]: { E: 'ignore' } });
  });

  it('writes the cleaned copy with a chosen fix to a new sheet, leaving the source as it was', async () => {
    const { sim, services } = setup();
    const run = await services.validate(request());
    const alias = run.report.sheets[0].findings.find((f) => f.rule === 'owner.alias');
    expect(alias?.fix).toBe('Sở Thông tin và Truyền thông');
    const before = sim.snapshot({ sheets: [SHEET] });
    const result = await services.writeCleanedCopy({ ...request(), sheet: SHEET, fixes: [alias!], target: 'sheet' });
    expect(result.sheetName).toBe(`${SHEET} (sạch)`);
    expect(result.applied).toBe(1);
    expect(sim.cell(result.sheetName!, 'C4').value).toBe('Sở Thông tin và Truyền thông');
    // Budget typed as text became a number in the copy.
    expect(sim.cell(result.sheetName!, 'E4').value).toBe(3954);
    expect(sim.snapshot({ sheets: [SHEET] }).sheets[0].cells).toEqual(before.sheets[0].cells);
  });

  it('stops when cancelled, with the error the pane recognises', async () => {
    const { services } = setup();
    const ctl = new AbortController();
    ctl.abort();
    await expect(services.validate({ ...request(), signal: ctl.signal })).rejects.toMatchObject({ name: expect.stringMatching(/Cancel|Abort/) });
  });
});

describe('fixes on the cleaned grid', () => {
  it('replaces one name among several, follows rows that moved, skips rows that went', () => {
    const source = gridFromValues('S', [
      ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì'],
      ['1', 'Việc A', 'Sở TT&TT; Sở Tài chính'],
      ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì'],
      ['2', 'Việc B', 'Sở TT&TT'],
    ]);
    const cleaned = cleanSheet(source, { asOf: '2025-01-01' });
    const base = { rule: 'owner.alias' as const, severity: 'info' as const, message: '', fix: 'Sở Thông tin và Truyền thông' };
    const { grid, applied } = applyFixes(source, cleaned, [
      { ...base, cell: 'C2', row: 2, value: 'Sở TT&TT' },
      { ...base, cell: 'C4', row: 4, value: 'Sở TT&TT' },
      { ...base, cell: 'C3', row: 3, value: 'Đơn vị chủ trì' },
    ]);
    expect(applied).toBe(2);
    const texts = grid.cells.map((r) => r[2]?.value);
    expect(texts).toContain('Sở Thông tin và Truyền thông; Sở Tài chính');
    expect(texts).toContain('Sở Thông tin và Truyền thông');
    expect(texts.filter((t) => t === 'Đơn vị chủ trì')).toHaveLength(1);
  });
});

describe('Office platform details', () => {
  it('tells a dark Office theme from a light one', () => {
    expect(themeFromBackground('#262626')).toBe('dark');
    expect(themeFromBackground('#FFFFFF')).toBe('light');
    expect(themeFromBackground(undefined)).toBeNull();
  });

  it('takes a ribbon run handed over on window only when it has the expected shape', () => {
    expect(runFromOutcome({ sheet: 'S', report: { sheets: [] }, marks: [1, 2] })).toEqual({ sheet: 'S', report: { sheets: [] }, marks: 2 });
    expect(runFromOutcome({ sheet: 'S', report: {} })).toBeNull();
    expect(runFromOutcome('nope')).toBeNull();
  });
});

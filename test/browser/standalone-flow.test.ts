/**
 * The whole add-in in a real browser, every layer but Excel: the standalone page reads the
 * messy sample with exceljs in the page, the real task pane runs the real src/excel/ code
 * against the in-browser simulator, and the grid view shows what that code did to the sheet.
 * Expectations come from the engine run directly on the same file, never from constants.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { SheetReport } from '../../src/engine';
import { MARK_FILL } from '../../src/excel/highlights';
import { SAMPLES, offMachine, startSession, type Session } from './helpers/browser';
import { engineMarks, engineSheetReport } from './helpers/engine';
import {
  cellBackground,
  loadWorkbook,
  openStandalone,
  openTab,
  pickSheet,
  renderedCellBackgrounds,
  rgb,
  scrollGridTo,
  setAsOf,
  validate,
  waitIdle,
} from './helpers/pane';

const FILE = path.join(SAMPLES, 'vinh-phuc-2022-2025.messy.xlsx');
const SHEET = 'Phụ lục III';
const AS_OF = '2025-06-30';

jest.setTimeout(120_000);

let session: Session;
let page: Page;
let expected: SheetReport;

/** Backgrounds of every cell of the sheet, scrolling the virtualised grid through it. */
async function allBackgrounds(p: Page, rows: number): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (let r = 1; r <= rows; r += 25) {
    await scrollGridTo(p, r);
    Object.assign(out, await renderedCellBackgrounds(p));
  }
  await scrollGridTo(p, 1);
  return out;
}

beforeAll(async () => {
  session = await startSession();
  ({ page } = await session.newPage());
  expected = await engineSheetReport(FILE, SHEET, AS_OF);
}, 300_000);

afterAll(async () => {
  await session?.close();
});

describe('standalone page: validate, select, clear, export (mouse)', () => {
  let before: Record<string, string>;
  let rows: number;

  it('opens the messy sample in the grid', async () => {
    await openStandalone(session, page);
    await loadWorkbook(page, FILE);
    await pickSheet(page, SHEET);
    rows = Number(await page.getAttribute('[data-testid="grid"]', 'data-rows'));
    expect(rows).toBeGreaterThanOrEqual(expected.table!.lastRow);
    before = await allBackgrounds(page, rows);
    expect(Object.keys(before).length).toBeGreaterThan(100);
  });

  it('validates and shows the engine’s counts', async () => {
    await setAsOf(page, '30/06/2025');
    await validate(page);
    expect(await page.textContent('[data-testid="summary-sheet"]')).toBe(SHEET);
    expect(await page.textContent('[data-testid="summary-asof"]')).toBe('30/06/2025');
    const c = expected.counts;
    for (const [key, value] of Object.entries({ errors: c.errors, warnings: c.warnings, overdue: c.overdue, unassigned: c.unassigned, infos: c.infos })) {
      expect([key, Number(await page.getAttribute(`[data-testid="count-${key}"]`, 'data-value'))]).toEqual([key, value]);
    }
    expect(await page.textContent('[data-testid="summary-items"]')).toBe(String(c.items));
  });

  it('lists every finding, grouped by kind with the engine’s counts', async () => {
    await openTab(page, 'findings');
    const groups = await page.$$eval('[data-testid="finding-group"]', (els) =>
      els.map((e) => [(e as HTMLElement).dataset.rule as string, Number((e as HTMLElement).dataset.count)] as const),
    );
    const byRule = new Map<string, number>();
    for (const f of expected.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    expect(new Map(groups)).toEqual(byRule);
    // The open group lists its findings with the engine's cells (first page of the group).
    const firstRule = groups[0][0];
    const shown = await page.$$eval(`[data-testid="finding"][data-rule="${firstRule}"]`, (els) => els.map((e) => (e as HTMLElement).dataset.cell));
    const engineCells = expected.findings.filter((f) => f.rule === firstRule).map((f) => f.cell);
    expect(shown.length).toBe(Math.min(engineCells.length, 50));
    for (const cell of shown) expect(engineCells).toContain(cell);
  });

  it('highlights exactly the engine’s cells in the add-in’s colours', async () => {
    const marks = engineMarks(expected);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect([mark.address, await cellBackground(page, mark.address)]).toEqual([mark.address, rgb(MARK_FILL[mark.kind])]);
    }
    const marked = new Set(marks.map((m) => m.address));
    const after = await allBackgrounds(page, rows);
    for (const [addr, bg] of Object.entries(after)) {
      if (!marked.has(addr)) expect([addr, bg]).toEqual([addr, before[addr] ?? bg]);
    }
  });

  it('selects a finding’s cell in the grid and scrolls it into view', async () => {
    await scrollGridTo(page, 1);
    const target = expected.findings.reduce((a, b) => (b.row > a.row ? b : a));
    await page.selectOption('[data-testid="filter-rule"]', target.rule);
    const item = page.locator(`[data-testid="finding"][data-cell="${target.cell}"][data-rule="${target.rule}"] [data-testid="finding-select"]`);
    // The group shows 50 findings at a time; the last row is on a later page.
    while ((await item.count()) === 0) await page.click('[data-testid="show-more"]');
    await item.click();
    // Selection goes through Excel's (simulated) round trips: wait for the grid to show it.
    const sel = page.locator(`[data-testid="grid-selection"][data-addr="${target.cell}"]`);
    await sel.waitFor({ timeout: 15_000 });
    expect(await sel.getAttribute('data-addr')).toBe(target.cell);
    // …and for the scroll that brings it into view to settle.
    await page.waitForFunction(
      (addr) => {
        const el = document.querySelector(`[data-testid="grid-selection"][data-addr="${addr}"]`)?.getBoundingClientRect();
        const grid = document.querySelector('[data-testid="grid"]')?.getBoundingClientRect();
        return !!el && !!grid && el.top >= grid.top && el.bottom <= grid.bottom;
      },
      target.cell,
      { timeout: 15_000 },
    );
    const box = await sel.boundingBox();
    const grid = await page.locator('[data-testid="grid"]').boundingBox();
    expect(box && grid).toBeTruthy();
    expect(box!.y).toBeGreaterThanOrEqual(grid!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(grid!.y + grid!.height);
    await page.selectOption('[data-testid="filter-rule"]', '');
  });

  it('clears every highlight and restores the original look', async () => {
    await page.click('[data-testid="clear"]');
    await waitIdle(page);
    expect(await allBackgrounds(page, rows)).toEqual(before);
  });

  it('corrects a column’s role, saves it in the workbook and validates again at once', async () => {
    await openTab(page, 'columns');
    const budget = expected.table!.columns.budget as string[];
    const letter = budget[budget.length - 1];
    expect(await page.getAttribute(`[data-testid="column-row"][data-letter="${letter}"]`, 'data-role')).toBe('budget');
    await page.click(`[data-testid="role-${letter}"]`);
    await page.click('[role="option"]:has-text("Bỏ qua cột này")');
    await waitIdle(page);
    await page.waitForSelector(`[data-testid="column-row"][data-letter="${letter}"][data-role=""]`);
    await openTab(page, 'totals');
    const columns = await page.$$eval('[data-testid="totals-grand"] [data-column]', (els) => els.map((e) => (e as HTMLElement).dataset.column));
    expect(columns).not.toContain(letter);
    await openTab(page, 'columns');
    await page.click('button:has-text("Trở về tự động cho mọi cột")');
    await waitIdle(page);
    await page.waitForSelector(`[data-testid="column-row"][data-letter="${letter}"][data-role="budget"]`);
  });

  it('downloads the cleaned workbook: numbers in the budget columns, no repeated header', async () => {
    await openTab(page, 'export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-cleaned-download"]')]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cleaned-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(file.endsWith('.xlsx')).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    const table = expected.table!;
    const budget = (Array.isArray(table.columns.budget) ? table.columns.budget : [table.columns.budget]).filter(Boolean) as string[];
    const taskCol = table.columns.task as string;
    const headerText = String(ws.getCell(`${taskCol}${table.headerRows[0]}`).value ?? '').trim();
    expect(headerText).not.toBe('');
    let headerCopies = 0;
    let numbers = 0;
    ws.eachRow((row, r) => {
      const task = row.getCell(taskCol);
      if (!(task.isMerged && task.master !== task) && String(task.value ?? '').trim() === headerText) headerCopies++;
      if (r <= table.headerRows[table.headerRows.length - 1]) return;
      for (const letter of budget) {
        const cell = row.getCell(letter);
        // exceljs repeats a merged area's value in its other cells (a section title across the row).
        if (cell.isMerged && cell.master !== cell) continue;
        const v = cell.value;
        if (v === null || v === undefined || v === '') continue;
        const n = typeof v === 'object' && v !== null && 'result' in v ? v.result : v;
        expect([`${letter}${r}`, typeof n]).toEqual([`${letter}${r}`, 'number']);
        numbers++;
      }
    });
    expect(headerCopies).toBe(1);
    expect(numbers).toBeGreaterThan(50);
  });

  it('never sent a request off this machine', () => {
    expect(session.requests.length).toBeGreaterThan(3);
    expect(offMachine(session.requests)).toEqual([]);
  });
});

/**
 * The same flow as standalone-flow.test.ts with the keyboard only: Tab / Shift+Tab to move,
 * Enter and Space to act, arrow keys inside tab lists. No mouse click anywhere (the file is put
 * in the file input directly, as a person would pick it in the browser's own file dialog).
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { SheetReport } from '../../src/engine';
import { MARK_FILL } from '../../src/excel/highlights';
import { SAMPLES, offMachine, startSession, type Session } from './helpers/browser';
import { engineMarks, engineSheetReport } from './helpers/engine';
import { cellBackground, focused, loadWorkbook, openStandalone, renderedCellBackgrounds, rgb, scrollGridTo, tabTo, waitIdle } from './helpers/pane';

const FILE = path.join(SAMPLES, 'vinh-phuc-2022-2025.messy.xlsx');
const SHEET = 'Phụ lục III';
const AS_OF = '2025-06-30';

jest.setTimeout(120_000);

let session: Session;
let page: Page;
let expected: SheetReport;

beforeAll(async () => {
  session = await startSession();
  ({ page } = await session.newPage());
  expected = await engineSheetReport(FILE, SHEET, AS_OF);
}, 300_000);

afterAll(async () => {
  await session?.close();
});

/** Moves to a sheet tab with the arrow keys and activates it with Enter. */
async function keyboardPickSheet(p: Page, sheet: string): Promise<void> {
  await tabTo(p, '[data-testid="sheet-tab"][aria-selected="true"]');
  for (let i = 0; i < 10; i++) {
    if (await p.evaluate((s) => (document.activeElement as HTMLElement | null)?.dataset.sheet === s, sheet)) break;
    await p.keyboard.press('ArrowRight');
  }
  await p.keyboard.press('Enter');
  await p.waitForSelector(`[data-testid="grid"][data-sheet="${sheet}"]`);
}

/** Moves along the pane's tab list with the arrow keys and opens `tab` with Space. */
async function keyboardOpenTab(p: Page, tab: string): Promise<void> {
  await tabTo(p, '[role="tab"][data-testid^="tab-"][aria-selected="true"]', { shift: true });
  for (let i = 0; i < 6; i++) {
    if (await p.evaluate((t) => (document.activeElement as HTMLElement | null)?.dataset.testid === `tab-${t}`, tab)) break;
    await p.keyboard.press('ArrowRight');
  }
  await p.keyboard.press('Space');
  await p.waitForSelector(`[data-testid="panel-${tab}"]`);
}

describe('standalone page with the keyboard only', () => {
  it('validates, selects a finding, fixes, clears and exports', async () => {
    await openStandalone(session, page);
    await loadWorkbook(page, FILE);
    await page.focus('body');
    await keyboardPickSheet(page, SHEET);

    await tabTo(page, '[data-testid="as-of"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30/06/2025');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid="validate"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="panel-summary"]');
    await waitIdle(page);
    expect(Number(await page.getAttribute('[data-testid="count-errors"]', 'data-value'))).toBe(expected.counts.errors);
    expect(Number(await page.getAttribute('[data-testid="count-overdue"]', 'data-value'))).toBe(expected.counts.overdue);

    // A count tile is a button: Enter opens the findings filtered to it.
    await tabTo(page, '[data-testid="count-overdue"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="panel-findings"]');
    await tabTo(page, '[data-testid="finding-select"]');
    const cell = await page.evaluate(() => (document.activeElement?.closest('[data-testid="finding"]') as HTMLElement).dataset.cell);
    expect(expected.findings.some((f) => f.rule === 'deadline.overdue' && f.cell === cell)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid="grid-selection"][data-addr="${cell}"]`);
    // Space works as well as Enter on the next finding.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => (document.activeElement?.closest('[data-testid="finding"]') as HTMLElement | null)?.dataset.cell ?? null);
    if (next) {
      await page.keyboard.press('Space');
      await page.waitForSelector(`[data-testid="grid-selection"][data-addr="${next}"]`);
    }

    // Highlights are on the sheet.
    const mark = engineMarks(expected).find((m) => m.kind === 'overdue')!;
    expect(await cellBackground(page, mark.address)).toBe(rgb(MARK_FILL.overdue));

    // Fix one finding that carries a fix: into a cleaned copy, never into the source sheet.
    await tabTo(page, '[data-testid="filter-rule"]', { shift: true });
    await page.keyboard.press('Home'); // "all kinds"
    await tabTo(page, '[data-testid="finding-group"][data-rule="budget.text-number"] button');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid="finding-group"][data-rule="budget.text-number"] [data-testid="finding-fix"]');
    await page.keyboard.press('Space');
    await waitIdle(page);
    await page.waitForSelector('[data-testid="notice"][data-intent="success"]');
    const sheets = await page.$$eval('[data-testid="sheet-tab"]', (els) => els.map((e) => (e as HTMLElement).dataset.sheet));
    expect(sheets.some((s) => s?.startsWith(`${SHEET} (sạch`))).toBe(true);

    // Clear the highlights, then look at the source sheet again: no add-in colour left.
    await tabTo(page, '[data-testid="clear"]', { shift: true });
    await page.keyboard.press('Enter');
    await waitIdle(page);
    await keyboardPickSheet(page, SHEET);
    const colours = new Set(Object.values(MARK_FILL).map(rgb));
    for (let r = 1; r <= expected.table!.lastRow; r += 25) {
      await scrollGridTo(page, r);
      for (const [addr, bg] of Object.entries(await renderedCellBackgrounds(page))) expect([addr, colours.has(bg)]).toEqual([addr, false]);
    }

    // Export the report with the keyboard.
    await keyboardOpenTab(page, 'export');
    await tabTo(page, '[data-testid="export-report-json"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(await focused(page)).toContain('export-report-json');
    expect(offMachine(session.requests)).toEqual([]);
  });
});

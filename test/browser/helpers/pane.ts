/**
 * Driving the standalone page in tests: open it, load a workbook through the file input, pick
 * a sheet, set the as-of date, validate, switch pane tabs, read the grid's cells. Mouse and
 * keyboard variants where the flow tests need both.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { Session } from './browser';

export async function openStandalone(session: Session, page: Page, query = ''): Promise<void> {
  await page.goto(`${session.baseUrl}standalone.html${query}`);
  await page.waitForSelector('[data-testid="pane"][data-pane-ready="true"]', { timeout: 30_000 });
}

/** Loads a workbook through the page's file input (the file is read in the page). */
export async function loadWorkbook(page: Page, file: string): Promise<void> {
  await page.setInputFiles('[data-testid="file-input"]', file);
  const name = path.basename(file);
  await page.waitForFunction(
    (n) => {
      const s = document.querySelector('[data-testid="workbook-status"]')?.textContent ?? '';
      return s.includes(n) && !/Đang đọc|Reading/.test(s);
    },
    name,
    { timeout: 60_000 },
  );
  await page.waitForSelector('[data-testid="pane"][data-pane-ready="true"]', { timeout: 30_000 });
}

export async function waitIdle(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="pane"][data-busy="false"]', { timeout: 60_000 });
}

export async function pickSheet(page: Page, sheet: string): Promise<void> {
  await page.click(`[data-testid="sheet-tab"][data-sheet="${sheet}"]`);
  await page.waitForSelector(`[data-testid="grid"][data-sheet="${sheet}"]`);
}

/** Types the as-of date in the pane's format and commits it with Enter. */
export async function setAsOf(page: Page, typed: string): Promise<void> {
  await page.fill('[data-testid="as-of"]', typed);
  await page.press('[data-testid="as-of"]', 'Enter');
  await waitIdle(page);
}

export async function validate(page: Page): Promise<void> {
  await page.click('[data-testid="validate"]');
  await page.waitForSelector('[data-testid="panel-summary"], [data-testid^="panel-"]', { timeout: 60_000 });
  await waitIdle(page);
}

export async function openTab(page: Page, tab: 'summary' | 'findings' | 'totals' | 'columns' | 'export'): Promise<void> {
  await page.click(`[data-testid="tab-${tab}"]`);
  await page.waitForSelector(`[data-testid="panel-${tab}"]`);
}

/** Scrolls the virtualised grid so that sheet row `row` (1-based) is rendered and visible. */
export async function scrollGridTo(page: Page, row: number): Promise<void> {
  await page.evaluate((r) => {
    const grid = document.querySelector<HTMLElement>('[data-testid="grid"]');
    if (grid) grid.scrollTop = Math.max(0, (r - 5) * 22);
  }, row);
  // Wait for the rows of the whole new window, not only the first (it may have been drawn
  // already as overscan of the previous window, before the grid caught up with the scroll).
  await page.waitForFunction((r) => {
    const grid = document.querySelector<HTMLElement>('[data-testid="grid"]');
    if (!grid) return false;
    const last = Math.min(r + 24, Number(grid.dataset.rows) || r);
    return !!grid.querySelector(`[aria-rowindex="${r + 1}"]`) && !!grid.querySelector(`[aria-rowindex="${last + 1}"]`);
  }, row);
}

/** Computed background colour of every rendered cell, by address (rgb(…) strings). */
export async function renderedCellBackgrounds(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    document.querySelectorAll<HTMLElement>('[data-testid="grid"] [role="cell"][data-addr]').forEach((el) => {
      out[el.dataset.addr as string] = getComputedStyle(el).backgroundColor;
    });
    return out;
  });
}

export async function cellBackground(page: Page, address: string): Promise<string | null> {
  const row = Number(/\d+/.exec(address)?.[0]);
  await scrollGridTo(page, row);
  return page.evaluate((a) => {
    const el = document.querySelector<HTMLElement>(`[data-testid="grid"] [role="cell"][data-addr="${a}"]`);
    return el ? getComputedStyle(el).backgroundColor : null;
  }, address);
}

/** "#FFC7CE" → "rgb(255, 199, 206)", as getComputedStyle reports colours. */
export function rgb(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max`. */
export async function tabTo(page: Page, selector: string, { shift = false, max = 250 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} not reached with ${shift ? 'Shift+' : ''}Tab in ${max} presses`);
}

export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}[data-testid=${el.dataset.testid ?? ''}] ${el.textContent?.slice(0, 40) ?? ''}` : '(none)';
  });
}

/** Opens the demo appendix the site ships (fetched from the page's own origin). */
export async function loadDemo(page: Page): Promise<void> {
  await page.click('[data-testid="open-demo"]');
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-testid="workbook-status"]')?.textContent ?? '';
      return s.includes('phu-luc-demo') && !/Đang đọc|Reading/.test(s);
    },
    null,
    { timeout: 60_000 },
  );
  await page.waitForSelector('[data-testid="pane"][data-pane-ready="true"]', { timeout: 30_000 });
}

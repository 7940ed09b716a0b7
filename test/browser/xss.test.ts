/**
 * Workbook text is data, never markup: cells and a sheet name holding script and image tags
 * are shown as text in the grid and the pane, no dialog opens and no such element appears.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { offMachine, startSession, type Session } from './helpers/browser';
import { loadWorkbook, openStandalone, openTab, validate } from './helpers/pane';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const SHEET = '<img src=x onerror=alert(2)>';

jest.setTimeout(120_000);

let session: Session;
let page: Page;
let file: string;
const dialogs: string[] = [];

beforeAll(async () => {
  session = await startSession();
  ({ page } = await session.newPage());
  page.on('dialog', (d) => dialogs.push(d.message()));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['PHỤ LỤC']);
  ws.addRow([]);
  ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn hoàn thành', 'Kinh phí (Triệu đồng)']);
  ws.addRow(['1', SCRIPT, IMG, IMG, SCRIPT]);
  ws.addRow(['2', IMG, '', SCRIPT, '1.000']);
  ws.addRow(['3', 'Nhiệm vụ thường', `${SCRIPT}; Sở Tài chính`, '2020', IMG]);
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xss-')), 'xss.xlsx');
  await wb.xlsx.writeFile(file);
}, 300_000);

afterAll(async () => {
  await session?.close();
});

async function injected(p: Page): Promise<{ scripts: number; images: number; handlers: number }> {
  return p.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => /alert/.test(s.textContent ?? '')).length,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    handlers: [...document.querySelectorAll('*')].filter((e) => e.hasAttribute('onerror')).length,
  }));
}

describe('markup in workbook text', () => {
  it('is shown as text in the grid and every pane view', async () => {
    await openStandalone(session, page);
    await loadWorkbook(page, file);
    expect(await page.getAttribute('[data-testid="grid"]', 'data-sheet')).toBe(SHEET);
    expect(await page.textContent('[data-testid="grid"] [data-addr="B4"]')).toBe(SCRIPT);
    expect(await page.textContent('[data-testid="grid"] [data-addr="C4"]')).toBe(IMG);
    await validate(page);
    expect(await page.textContent('[data-testid="summary-sheet"]')).toBe(SHEET);
    for (const view of ['findings', 'totals', 'columns', 'export', 'summary'] as const) {
      await openTab(page, view);
      expect([view, await injected(page)]).toEqual([view, { scripts: 0, images: 0, handlers: 0 }]);
    }
    await openTab(page, 'findings');
    const text = await page.textContent('[data-testid="panel-findings"]');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    // Let any handler that slipped through fire before concluding nothing did.
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(offMachine(session.requests)).toEqual([]);
  });
});

/**
 * A second, independent reader of our output: the cleaned workbooks open in LibreOffice Calc,
 * and the values it computes (including our =SUM(...) totals, which LibreOffice evaluates
 * itself) equal the expected ones.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cellText, cleanSheet, type SheetGrid } from '../../src/engine';
import { readWorkbook } from '../../src/cli/xlsx';
import { SAMPLES } from '../helpers/samples';

const ROOT = path.resolve(__dirname, '../..');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
// CI installs LibreOffice (.ci/run); a developer machine without it skips, CI never does.
const maybe = SOFFICE || process.env.CI ? describe : describe.skip;

function cli(args: string[]): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'appendix-check.js'), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`appendix-check ${args.join(' ')} → ${r.status}: ${r.stderr}`);
}

/** Every sheet of an .xlsx as CSV rows, as LibreOffice reads and computes it. */
function libreOfficeSheets(xlsx: string, sheetNames: string[]): Map<string, string[][]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  // Filter options: comma, quote, UTF-8, first line 1, …, sheet -1 = every sheet to its own file.
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 120000 });
  const base = path.basename(xlsx, '.xlsx');
  const out = new Map<string, string[][]>();
  for (const name of sheetNames) {
    const file = path.join(dir, `${base}-${name}.csv`);
    out.set(name, parseCsv(fs.readFileSync(file, 'utf8')));
  }
  return out;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cur), (cur = '');
    else if (ch === '\n') row.push(cur), rows.push(row), (row = []), (cur = '');
    else if (ch !== '\r') cur += ch;
  }
  if (cur !== '' || row.length > 0) row.push(cur), rows.push(row);
  return rows.map((r) => {
    while (r.length > 0 && r[r.length - 1] === '') r.pop();
    return r;
  });
}

/** A grid's cells as LibreOffice would print them in CSV with "as shown" off: raw values. */
function expectedRows(grid: SheetGrid): string[][] {
  return grid.cells.map((row) => {
    const out = row.map((c) => (c === null || c.value === null ? '' : typeof c.value === 'number' ? String(c.value) : cellText(c)));
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  });
}

function trimRows(rows: string[][]): string[][] {
  const copy = rows.map((r) => [...r]);
  while (copy.length > 0 && copy[copy.length - 1].length === 0) copy.pop();
  return copy;
}

maybe('LibreOffice reads our cleaned workbooks', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clean-lo-'));
  beforeAll(() => {
    if (!fs.existsSync(path.join(ROOT, 'dist/node/cli/main.js'))) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  });

  test.each([
    ['vinh-phuc-2023.messy.xlsx', 'vinh-phuc-2023.xlsx'],
    ['vinh-phuc-2022-2025.messy.xlsx', 'vinh-phuc-2022-2025.xlsx'],
  ])('%s cleaned equals %s in LibreOffice', async (messy, clean) => {
    const out = path.join(dir, messy.replace('.messy', '.cleaned'));
    cli(['clean', path.join(SAMPLES, messy), '-o', out]);
    const want = (await readWorkbook(path.join(SAMPLES, clean))).sheets;
    const got = libreOfficeSheets(out, want.map((s) => s.name));
    for (const sheet of want) expect({ sheet: sheet.name, rows: trimRows(got.get(sheet.name)!) }).toEqual({ sheet: sheet.name, rows: trimRows(expectedRows(sheet)) });
  }, 180000);

  test('recomputed totals are live formulas that LibreOffice evaluates to the item sum', async () => {
    const demo = path.join(ROOT, 'demo', 'phu-luc-demo.xlsx');
    if (!fs.existsSync(demo)) execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'make-demo.js')]);
    const out = path.join(dir, 'demo.cleaned.xlsx');
    cli(['clean', demo, '-o', out]);
    const source = (await readWorkbook(demo)).sheets[0];
    const cleaned = cleanSheet(source, { asOf: '2026-01-01' });
    const totals = cleaned.changes.filter((c) => c.action === 'total-formula');
    expect(totals.length).toBeGreaterThan(0);
    const rows = libreOfficeSheets(out, [source.name]).get(source.name)!;
    for (const change of totals) {
      const outRow = cleaned.rows.findIndex((r) => r.source === change.row);
      expect(Number(rows[outRow][change.col])).toBe(change.after);
    }
  }, 180000);
});

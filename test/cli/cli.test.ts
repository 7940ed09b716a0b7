/**
 * The real command line, end to end: `node bin/appendix-check.js …` in a child process on the
 * shared sample workbooks and on workbooks generated here, checked against the contract in
 * shared/domain/report-format.md — output formats, options, exit codes (0 no error finding,
 * 1 at least one, 2 unreadable input or bad command line, with exactly one line on stderr and
 * never a stack trace) — and the promises of `clean` (a new file, never the source).
 *
 * The CLI runs from dist/node; it is built here when missing (CLI_REBUILD=1 forces a build).
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { reportSchema, todayIso, type Report } from '../../src/engine';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'appendix-check.js');
const BUILT_MAIN = path.join(ROOT, 'dist', 'node', 'cli', 'main.js');
const SAMPLES = path.resolve(__dirname, '../../../shared/samples');

const SMALL = path.join(SAMPLES, 'vinh-phuc-2023.messy.xlsx'); // 2 sheets, no error findings as of 2023-06-30
const TARGETS = path.join(SAMPLES, 'vinh-phuc-2022-2025.messy.xlsx'); // 3 sheets, deadlines from 2022 on
const TARGETS_CLEAN = path.join(SAMPLES, 'vinh-phuc-2022-2025.xlsx');

let tmp: string;
const inTmp = (name: string) => path.join(tmp, name);

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 2: one line on stderr, nothing on stdout, no stack trace. */
function expectUnreadable(run: Run, mention?: string | RegExp): void {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
  expectOneErrorLine(run.stderr, mention);
}

function expectOneErrorLine(stderr: string, mention?: string | RegExp): void {
  expect(stderr.endsWith('\n')).toBe(true);
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^appendix-check: /);
  expect(stderr).not.toContain('    at ');
  expect(stderr).not.toMatch(/Error:|TypeError|\.ts:\d+|\.js:\d+/);
  if (mention !== undefined) expect(lines[0]).toMatch(mention);
}

function parseReport(json: string): Report {
  const parsed = reportSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`report breaks the contract: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  return parsed.data as Report;
}

const allFindings = (report: Report) => report.sheets.flatMap((s) => [s, ...(s.moreTables ?? [])]).flatMap((s) => s.findings);
const overdueCount = (report: Report) => allFindings(report).filter((f) => f.rule === 'deadline.overdue').length;

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Cell values of every sheet, as exceljs reads them back (formulas as their result, merged areas once). */
async function sheetValues(file: string): Promise<Record<string, Array<Array<string | number | boolean | null>>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, Array<Array<string | number | boolean | null>>> = {};
  wb.eachSheet((ws) => {
    const rows: Array<Array<string | number | boolean | null>> = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: Array<string | number | boolean | null> = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getRow(r).getCell(c);
        // exceljs repeats a merged area's value in every cell of it; only the top-left holds it.
        let v: unknown = cell.isMerged && cell.master !== cell ? null : cell.value;
        if (v && typeof v === 'object' && 'result' in v) v = (v as { result: unknown }).result;
        if (v && typeof v === 'object' && 'richText' in v) v = (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join('');
        if (v instanceof Date) v = v.toISOString();
        row.push(v === undefined || v === '' ? null : (v as string | number | boolean | null));
      }
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      rows.push(row);
    }
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    out[ws.name] = rows;
  });
  return out;
}

/** A small, tidy appendix with no error-severity finding (exit 0). */
async function writeTidyWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục I');
  ws.addRow(['PHỤ LỤC I']);
  ws.addRow(['Đơn vị: Triệu đồng']);
  ws.addRow([]);
  ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Kinh phí (Triệu đồng)']);
  ws.addRow(['I', 'NHIỆM VỤ CHUNG']);
  ws.addRow(['1', 'Xây dựng kho dữ liệu dùng chung', 'Sở Thông tin và Truyền thông', 'Sở Tài chính', 'Năm 2099', 1500]);
  ws.addRow(['2', 'Số hóa hồ sơ thủ tục hành chính', 'Sở Nội vụ', 'Sở Tư pháp', 'Thường xuyên', 250]);
  ws.addRow(['Tổng cộng', null, null, null, null, 1750]);
  await wb.xlsx.writeFile(file);
}

/** A pasted appendix with an overdue, unassigned item (exit 1 whatever the date). */
async function writeFaultyWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn hoàn thành', 'Kinh phí (Triệu đồng)']);
  ws.addRow(['1', 'Việc chưa giao', null, 'Năm 2020', '3.954']);
  ws.addRow(['Tổng cộng', null, null, null, 1]);
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  if (!fs.existsSync(BUILT_MAIN) || process.env.CLI_REBUILD === '1') {
    const tsc = require.resolve('typescript/bin/tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`building the CLI failed:\n${build.stdout}${build.stderr}`);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'appendix-check-cli-'));
  await writeTidyWorkbook(inTmp('tidy.xlsx'));
  await writeFaultyWorkbook(inTmp('faulty.xlsx'));
  fs.writeFileSync(inTmp('notes.xlsx'), 'STT,Nội dung nhiệm vụ\n1,Việc\n'); // a text file renamed .xlsx
  fs.writeFileSync(inTmp('empty.xlsx'), '');
}, 180_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

jest.setTimeout(90_000);

describe('validate: text output', () => {
  it('is Vietnamese by default, one section per sheet, addresses and rule ids listed', () => {
    const run = cli('validate', SMALL, '--as-of', '2023-06-30');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Báo cáo kiểm tra phụ lục');
    expect(run.stdout).toContain('Tệp: vinh-phuc-2023.messy.xlsx');
    expect(run.stdout).toContain('Tính đến ngày: 30/06/2023');
    expect(run.stdout).toMatch(/== Trang tính: Phụ lục I ==[\s\S]*== Trang tính: Phụ lục II ==/);
    expect(run.stdout).toMatch(/A15\s+structure\.page-number/);
    expect(run.stdout).toMatch(/A16\s+structure\.repeated-header/);
    expect(run.stdout).not.toContain('\u001b['); // no colour into a pipe
  });

  it('--lang en renders the same report in English', () => {
    const run = cli('validate', SMALL, '--as-of', '2023-06-30', '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Appendix check report');
    expect(run.stdout).toContain('File: vinh-phuc-2023.messy.xlsx');
    expect(run.stdout).toContain('As of: 2023-06-30');
    expect(run.stdout).toMatch(/A15\s+structure\.page-number/);
    expect(run.stdout).not.toContain('Báo cáo kiểm tra phụ lục');
    expect(run.stdout).not.toContain('Trang tính');
  });

  it('several files: each file its own section, in the order given', () => {
    const run = cli('validate', SMALL, inTmp('tidy.xlsx'), '--as-of', '2023-06-30');
    expect(run.code).toBe(0);
    const titles = [...run.stdout.matchAll(/^Tệp: (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual(['vinh-phuc-2023.messy.xlsx', 'tidy.xlsx']);
    expect(run.stdout.split('Báo cáo kiểm tra phụ lục')).toHaveLength(3);
    // The tidy file's sheet belongs to the second section, not the first.
    const second = run.stdout.slice(run.stdout.indexOf('Tệp: tidy.xlsx'));
    expect(second).toContain('Phụ lục I');
    expect(second).not.toContain('Phụ lục II');
  });
});

describe('validate: JSON output', () => {
  it('one file gives one report object that keeps the contract', () => {
    const run = cli('validate', SMALL, '--format', 'json', '--as-of', '2023-06-30');
    expect(run.code).toBe(0);
    const raw = JSON.parse(run.stdout);
    expect(Array.isArray(raw)).toBe(false);
    const report = parseReport(run.stdout);
    expect(report.tool.name).toBe('appendix-check');
    expect(report.file).toBe('vinh-phuc-2023.messy.xlsx');
    expect(report.asOf).toBe('2023-06-30');
    expect(report.sheets.map((s) => s.sheet)).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(report.sheets[0].table).toMatchObject({ headerRows: [4], firstRow: 5, lastRow: 19 });
    expect(report.sheets[0].counts.items).toBe(13);
    // The injected defects of the messy sample are there, with their cells.
    const at = (rule: string) => allFindings(report).filter((f) => f.rule === rule).map((f) => f.cell);
    expect(at('structure.page-number')).toEqual(['A15']);
    expect(at('budget.text-number')).toEqual(expect.arrayContaining(['G6', 'G7', 'G13']));
    expect(allFindings(report).find((f) => f.cell === 'G7' && f.rule === 'budget.text-number')?.fix).toBe(3954);
  });

  it('several files give an array of reports, one per file, in order', () => {
    const run = cli('validate', SMALL, TARGETS, inTmp('tidy.xlsx'), '--format', 'json', '--as-of', '2023-06-30');
    const raw = JSON.parse(run.stdout) as unknown[];
    expect(Array.isArray(raw)).toBe(true);
    const reports = raw.map((r) => parseReport(JSON.stringify(r)));
    expect(reports.map((r) => r.file)).toEqual(['vinh-phuc-2023.messy.xlsx', 'vinh-phuc-2022-2025.messy.xlsx', 'tidy.xlsx']);
    expect(reports.map((r) => r.sheets.length)).toEqual([2, 3, 1]);
    // The 2022-2025 file has overdue tasks on 2023-06-30: the whole call exits 1.
    expect(run.code).toBe(1);
  });

  it('--sheet NAME reports only that sheet', () => {
    const run = cli('validate', SMALL, '--sheet', 'Phụ lục II', '--format', 'json', '--as-of', '2023-06-30');
    expect(run.code).toBe(0);
    expect(parseReport(run.stdout).sheets.map((s) => s.sheet)).toEqual(['Phụ lục II']);
  });

  it('--sheet with an unknown name: exit 2, one line naming the sheets there are', () => {
    expectUnreadable(cli('validate', SMALL, '--sheet', 'Phụ lục IX'), /Phụ lục IX.*Phụ lục I, Phụ lục II/);
    expectUnreadable(cli('validate', SMALL, '--sheet', 'Nope', '--lang', 'en'), /no sheet named "Nope"/);
  });
});

describe('validate: HTML output', () => {
  const externalRef = /\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i;

  it('is one self-contained page: a charset, no external src/href', () => {
    const run = cli('validate', SMALL, '--format', 'html', '--as-of', '2023-06-30');
    expect(run.code).toBe(0);
    const html = run.stdout;
    expect(html.trimStart()).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toMatch(/<meta charset="?utf-8"?/i);
    expect(html).not.toMatch(externalRef);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(html.match(/<html[\s>]/gi)).toHaveLength(1);
    expect(html).toContain('vinh-phuc-2023.messy.xlsx');
    expect(html).toContain('structure.page-number');
  });

  it('several files still make one page, with a section per file', () => {
    const run = cli('validate', SMALL, inTmp('tidy.xlsx'), '--format', 'html', '--as-of', '2023-06-30');
    expect(run.code).toBe(0);
    expect(run.stdout.match(/<html[\s>]/gi)).toHaveLength(1);
    expect(run.stdout.match(/<\/html>/gi)).toHaveLength(1);
    expect(run.stdout.indexOf('vinh-phuc-2023.messy.xlsx')).toBeLessThan(run.stdout.lastIndexOf('tidy.xlsx'));
    expect(run.stdout).not.toMatch(externalRef);
  });
});

describe('validate: --out FILE', () => {
  it.each(['json', 'html', 'text'])('writes the %s report to the file, not to stdout', (format) => {
    const out = inTmp(`report-${format}.out`);
    const toFile = cli('validate', SMALL, '--format', format, '--as-of', '2023-06-30', '--out', out);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(toFile.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(toFile.stderr).toContain(out);
    const toStdout = cli('validate', SMALL, '--format', format, '--as-of', '2023-06-30');
    expect(fs.readFileSync(out, 'utf8').trimEnd()).toBe(toStdout.stdout.trimEnd());
  });
});

describe('validate: --as-of', () => {
  it('judges overdue against the given date, and against today by default', () => {
    const before2023 = parseReport(cli('validate', TARGETS, '--format', 'json', '--as-of', '2021-01-01').stdout);
    const mid2023 = cli('validate', TARGETS, '--format', 'json', '--as-of', '2023-06-30');
    const dayBefore = todayIso();
    const byDefault = cli('validate', TARGETS, '--format', 'json');
    const dayAfter = todayIso();

    expect(overdueCount(before2023)).toBe(0);
    expect(mid2023.code).toBe(1);
    const mid = parseReport(mid2023.stdout);
    expect(mid.asOf).toBe('2023-06-30');
    expect(overdueCount(mid)).toBeGreaterThan(0);
    expect(allFindings(mid).filter((f) => f.rule === 'deadline.overdue').every((f) => f.severity === 'error' && String(f.params?.due) < '2023-06-30')).toBe(true);

    const today = parseReport(byDefault.stdout);
    expect([dayBefore, dayAfter]).toContain(today.asOf);
    // Every deadline of the 2022-2025 plan is past by now (the plan ended in 2025).
    expect(overdueCount(today)).toBeGreaterThan(overdueCount(mid));
  });
});

describe('validate: exit codes', () => {
  it('0: a tidy workbook with no error finding', () => {
    const run = cli('validate', inTmp('tidy.xlsx'), '--format', 'json');
    expect(run.code).toBe(0);
    const report = parseReport(run.stdout);
    expect(report.sheets[0].counts).toMatchObject({ items: 2, errors: 0 });
    expect(report.sheets[0].totals.declared).toEqual([expect.objectContaining({ declared: 1750, computed: 1750, ok: true })]);
  });

  it('0: the messy 2022-2025 sample judged before its first deadline', () => {
    expect(cli('validate', TARGETS, '--as-of', '2021-01-01').code).toBe(0);
  });

  it('1: the messy 2022-2025 sample as of 2023-06-30 (overdue tasks)', () => {
    const run = cli('validate', TARGETS, '--as-of', '2023-06-30');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('deadline.overdue');
  });

  it('1: a generated workbook with an unassigned task and a wrong total', () => {
    const run = cli('validate', inTmp('faulty.xlsx'), '--format', 'json', '--as-of', '2019-01-01');
    expect(run.code).toBe(1);
    expect(allFindings(parseReport(run.stdout)).filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['owner.missing', 'total.mismatch']);
  });

  const unreadable: Array<[string, string[], RegExp]> = [
    ['a missing file', ['validate', 'no-such-file.xlsx'], /no-such-file\.xlsx/],
    ['a text file renamed .xlsx', ['validate', 'notes.xlsx'], /notes\.xlsx/],
    ['an empty file', ['validate', 'empty.xlsx'], /empty\.xlsx/],
    ['a directory', ['validate', '.'], /./],
    ['--as-of that is not a date', ['validate', SMALL, '--as-of', 'yesterday'], /--as-of/],
    ['--as-of with month 13', ['validate', SMALL, '--as-of', '2023-13-45'], /--as-of/],
    ['--as-of on 30 February', ['validate', SMALL, '--as-of', '2023-02-30'], /--as-of/],
    ['--as-of without a value', ['validate', SMALL, '--as-of'], /--as-of/],
    ['an unknown option', ['validate', SMALL, '--frobnicate'], /--frobnicate/],
    ['an unknown --format', ['validate', SMALL, '--format', 'xml'], /--format/],
    ['no FILE', ['validate'], /./],
    ['an unknown command', ['check', SMALL], /check/],
  ];

  it.each(unreadable)('2: %s — one line on stderr, no stack trace', (_what, args, mention) => {
    expectUnreadable(cli(...args), mention);
  });

  it('2: an English one-liner with --lang en', () => {
    expectUnreadable(cli('validate', 'no-such-file.xlsx', '--lang', 'en'), /^appendix-check: cannot read no-such-file\.xlsx/);
  });

  it('2 wins over 0/1 when one of several files is unreadable; the readable one is still reported', () => {
    const run = cli('validate', inTmp('tidy.xlsx'), 'no-such-file.xlsx', '--format', 'json');
    expect(run.code).toBe(2);
    expectOneErrorLine(run.stderr, /no-such-file\.xlsx/);
    expect(parseReport(run.stdout).file).toBe('tidy.xlsx');
  });
});

describe('clean', () => {
  it('writes OUT: numbers in the budget columns, no repeated headers, the clean sample cell for cell', async () => {
    const out = inTmp('cleaned.xlsx');
    const run = cli('clean', TARGETS, '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Đã ghi bản sạch vào ${out}`);
    expect(fs.existsSync(out)).toBe(true);

    const got = await sheetValues(out);
    const want = await sheetValues(TARGETS_CLEAN);
    expect(Object.keys(got)).toEqual(Object.keys(want));
    for (const sheet of Object.keys(want)) expect({ sheet, rows: got[sheet] }).toEqual({ sheet, rows: want[sheet] });

    // Phụ lục III: ĐTC (F) and SN (G) under a two-row header (rows 6, 7), data from row 8.
    const p3 = got['Phụ lục III'];
    const amounts = p3.slice(7).flatMap((r) => [r[5], r[6]]).filter((v) => v !== null && v !== undefined);
    expect(amounts.length).toBeGreaterThan(50);
    for (const v of amounts) expect(typeof v).toBe('number');
    for (const [sheet, rows] of Object.entries(got)) {
      const headerRows = rows.filter((r) => r[0] === 'STT' || r[0] === 'TT');
      expect({ sheet, headerRows: headerRows.length }).toEqual({ sheet, headerRows: 1 });
    }
  });

  it('never writes the source file (same bytes after clean)', () => {
    const source = inTmp('source.xlsx');
    fs.copyFileSync(TARGETS, source);
    const before = sha256(source);
    const sharedBefore = sha256(TARGETS);
    expect(cli('clean', source, '-o', inTmp('source.clean.xlsx')).code).toBe(0);
    expect(sha256(source)).toBe(before);
    expect(sha256(TARGETS)).toBe(sharedBefore);
    expect(sha256(inTmp('source.clean.xlsx'))).not.toBe(before);
  });

  it('refuses OUT == FILE, however it is spelled (exit 2, file untouched)', () => {
    const source = inTmp('same.xlsx');
    fs.copyFileSync(SMALL, source);
    const past = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(source, past, past);
    const hash = sha256(source);
    for (const out of [source, 'same.xlsx', './same.xlsx', path.join('..', path.basename(tmp), 'same.xlsx')]) {
      expectUnreadable(cli('clean', source, '-o', out));
      expect(sha256(source)).toBe(hash);
      expect(fs.statSync(source).mtimeMs).toBe(past.getTime());
    }
  });

  it('refuses an existing OUT without --force (exit 2, OUT untouched), overwrites it with --force', () => {
    const out = inTmp('existing.xlsx');
    fs.writeFileSync(out, 'do not overwrite me');
    const past = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(out, past, past);
    expectUnreadable(cli('clean', SMALL, '-o', out), /--force/);
    expect(fs.readFileSync(out, 'utf8')).toBe('do not overwrite me');
    expect(fs.statSync(out).mtimeMs).toBe(past.getTime());

    const forced = cli('clean', SMALL, '-o', out, '--force');
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK'); // now an .xlsx (zip)
  });

  it('--verbose lists the cell addresses of each change; without it only counts', () => {
    const quiet = cli('clean', TARGETS, '-o', inTmp('quiet.xlsx'));
    const verbose = cli('clean', TARGETS, '-o', inTmp('verbose.xlsx'), '--verbose');
    expect(verbose.code).toBe(0);
    // Phụ lục I: repeated headers at rows 15, 26, 36, 46; the page number at A25.
    expect(verbose.stdout).toMatch(/4 × xóa dòng tiêu đề lặp lại: A15, A26, A36, A46$/m);
    expect(verbose.stdout).toMatch(/1 × xóa dòng số trang: A25$/m);
    expect(verbose.stdout).toMatch(/chuyển số dạng chữ thành số: G9, G10, G11, G12, F13, /);
    expect(quiet.stdout).toMatch(/4 × xóa dòng tiêu đề lặp lại$/m);
    expect(quiet.stdout).not.toMatch(/A15, A26/);
  });

  it('exit 2 with one line when FILE cannot be read, and OUT is not created', () => {
    for (const file of ['no-such-file.xlsx', 'notes.xlsx', 'empty.xlsx']) {
      const out = inTmp(`never-${file}`);
      expectUnreadable(cli('clean', file, '-o', out), new RegExp(file.replace('.', '\\.')));
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  it('exit 2 on a wrong command line: no -o, two files, a bad --as-of', () => {
    expectUnreadable(cli('clean', SMALL), /-o/);
    expectUnreadable(cli('clean', SMALL, TARGETS, '-o', inTmp('two.xlsx')), /one FILE/);
    expectUnreadable(cli('clean', SMALL, '-o', inTmp('bad-date.xlsx'), '--as-of', '2023-02-30'), /--as-of/);
    expect(fs.existsSync(inTmp('bad-date.xlsx'))).toBe(false);
    expect(fs.existsSync(inTmp('two.xlsx'))).toBe(false);
  });
});

/**
 * The real command line on bad and odd input: every file of the shared robustness corpus
 * (/work/shared/corpus, see its README) and hostile files generated here with the generators in
 * test/fixtures/hostile/. For each, `appendix-check validate FILE --format json`
 *
 *   - ends with exit code 0, 1 or 2 (never a crash code, a signal or a hang);
 *   - on 2, says why in exactly one line on stderr, never a stack trace;
 *   - on 0/1, prints a report that keeps the contract (reportSchema, src/engine/report.ts);
 *   - takes less than 30 s and peaks below 1.5 GB of resident memory.
 *
 * Peak memory comes from test/reliability/measure-cli.js, which runs dist/node/cli/main.js the
 * way bin/appendix-check.js does and writes process.resourceUsage().maxRSS to a side file on
 * exit. The CLI parses in a worker *thread* of the same process, so the figure includes the
 * reader. Files run two at a time (the machine has two cores); a summary table is printed.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { reportSchema } from '../../src/engine/report';
import { c, packageParts, row, writeXlsx, type WorkbookSpec } from '../fixtures/hostile/make-xlsx';
import { buildZip, deflatedZeros, entry, ole2, type RawEntry } from '../fixtures/hostile/raw-zip';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const SAMPLE = path.resolve(__dirname, '../../../shared/samples/vinh-phuc-2023.xlsx');
const BUILT_MAIN = path.join(ROOT, 'dist', 'node', 'cli', 'main.js');
const WRAPPER = path.join(__dirname, 'measure-cli.js');

const MAX_MS = 30_000;
const MAX_RSS_MB = 1536;
/** A run still going after this is killed, so a hang fails its own test instead of the suite. */
const KILL_AFTER_MS = 60_000;
const PARALLEL = 2;

/**
 * Corpus files that are not readable workbooks (see test/cli/xlsx/corpus.test.ts for the
 * reasons): the CLI must refuse them with exit 2. Every other corpus file must be reported.
 */
const CORPUS_REFUSED = new Set([
  'poi__protected_passtika.xlsx',
  'poi__clusterfuzz-testcase-minimized-POIFuzzer-5040805309710336.xlsx',
  'poi__duplicate-filename.xlsx',
  'exceljs__missing-bits.xlsx',
  'excelize__BadWorkbook.xlsx',
]);

type Expect = 'report' | 'refused';

interface Case {
  /** Label in the table and the test name. */
  readonly name: string;
  readonly file: string;
  readonly expect: Expect;
  /** Extra check on a refusal's stderr line (the reason given). */
  readonly mention?: RegExp;
}

interface Outcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly killed: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Peak RSS in MB, or null when the wrapper did not get to write it. */
  readonly rssMB: number | null;
}

let tmp: string;
const cases: Case[] = [];
const outcomes = new Map<string, Outcome>();

// ---------------------------------------------------------------------------------------------
// Build

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
  );
}

/** dist/node is missing or older than a source of the CLI or the engine. */
function cliBuildIsStale(): boolean {
  if (!fs.existsSync(BUILT_MAIN)) return true;
  return ['engine', 'cli'].some((sub) =>
    sources(path.join(ROOT, 'src', sub)).some((ts) => {
      const js = path.join(ROOT, 'dist', 'node', path.relative(path.join(ROOT, 'src'), ts)).replace(/\.ts$/, '.js');
      return !fs.existsSync(js) || fs.statSync(js).mtimeMs < fs.statSync(ts).mtimeMs;
    }),
  );
}

function ensureCliBuilt(): void {
  if (!cliBuildIsStale()) return;
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
  // tsc emits even with type errors (someone's work in progress); only a missing build is fatal.
  if (r.status !== 0 && !fs.existsSync(BUILT_MAIN)) throw new Error(`building the CLI failed:\n${r.stdout}${r.stderr}${r.error ?? ''}`);
  // eslint-disable-next-line no-console
  if (r.status !== 0) console.warn(`tsc -p tsconfig.cli.json reported errors (the build was emitted anyway):\n${r.stdout.slice(0, 2000)}`);
}

// ---------------------------------------------------------------------------------------------
// Hostile files (the constructions of test/cli/xlsx/hostile.test.ts, driven through the CLI)

const inTmp = (name: string): string => path.join(tmp, name);

/** A workbook's parts as honest zip entries, with one part swapped for a crafted entry. */
function packageWith(spec: WorkbookSpec, replace: RawEntry): Buffer {
  const entries = [...packageParts(spec)].map(([name, xml]) => (name === replace.name ? replace : entry(name, xml)));
  return buildZip(entries);
}

const ONE_SHEET: WorkbookSpec = { sheets: [{ name: 'Sheet1', sheetData: row(1, [c.str('A1', 'x')]) }] };

/** An appendix-shaped header (row 1) with `extra` data rows below, so the engine finds a table. */
function appendixRows(dataRows: string[][]): string {
  const header = row(1, [
    c.str('A1', 'STT'),
    c.str('B1', 'Nội dung nhiệm vụ'),
    c.str('C1', 'Đơn vị chủ trì'),
    c.str('D1', 'Thời hạn hoàn thành'),
    c.str('E1', 'Kinh phí (triệu đồng)'),
  ]);
  return header + dataRows.map((cells, i) => row(i + 2, cells)).join('');
}

async function makeHostileFiles(): Promise<Case[]> {
  const out: Case[] = [];
  const add = (name: string, file: string, expect: Expect, mention?: RegExp): void => void out.push({ name: `hostile: ${name}`, file, expect, mention });

  fs.writeFileSync(inTmp('empty.xlsx'), Buffer.alloc(0));
  add('0-byte file', inTmp('empty.xlsx'), 'refused', /rỗng|empty/);

  const noSheets = new ExcelJS.Workbook();
  await noSheets.xlsx.writeFile(inTmp('empty-workbook.xlsx'));
  add('workbook with no sheets (exceljs)', inTmp('empty-workbook.xlsx'), 'refused');

  await writeXlsx(inTmp('title-only.xlsx'), {
    sheets: [
      {
        name: 'Phụ lục',
        sheetData: row(1, [c.str('A1', 'PHỤ LỤC I', 3), ...['B1', 'C1', 'D1', 'E1', 'F1', 'G1'].map((r) => `<c r="${r}" s="3"/>`)]),
        after: '<mergeCells count="1"><mergeCell ref="A1:G1"/></mergeCells>',
      },
    ],
  });
  add('sheet with only a merged title', inTmp('title-only.xlsx'), 'report');

  await writeXlsx(inTmp('corners.xlsx'), {
    sheets: [
      {
        name: 'S',
        sheetData:
          row(1, [c.str('A1', 'STT'), c.str('B1', 'Nội dung nhiệm vụ'), c.str('XFD1', 'top-right')]) +
          row(2, [c.num('A2', 1), c.str('B2', 'Việc một')]) +
          row(1048576, [c.str('A1048576', 'bottom-left'), c.num('XFD1048576', 42)]),
      },
    ],
  });
  add('cells at row 1,048,576 and column XFD', inTmp('corners.xlsx'), 'report');

  await writeXlsx(inTmp('merged-header.xlsx'), {
    sheets: [
      {
        name: 'Phụ lục II',
        sheetData:
          row(1, [c.str('A1', 'STT'), c.str('B1', 'Nội dung nhiệm vụ'), c.str('C1', 'Đơn vị chủ trì'), c.str('D1', 'Kinh phí (triệu đồng)'), c.str('E1', 'Kinh phí (triệu đồng)'), c.str('F1', 'Kinh phí (triệu đồng)')]) +
          row(2, [c.str('A2', 'STT'), c.str('D2', 'ĐTC'), c.str('E2', 'SN'), c.str('F2', 'Khác')]) +
          row(3, [c.str('A3', '1'), c.str('B3', 'Xây dựng kho dữ liệu'), c.str('C3', 'Sở TT&TT'), c.num('D3', 1200, 1), c.num('E3', 300, 1), c.num('F3', 0, 1)]) +
          row(4, [c.str('A4', '2'), c.str('B4', 'Số hóa hồ sơ'), c.str('C4', 'Sở Nội vụ'), c.num('D4', 50, 1)]),
        // Merged across the header in both directions, and one merge straddling header and data.
        after: '<mergeCells count="4"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="D1:F1"/><mergeCell ref="C1:C3"/></mergeCells>',
      },
    ],
  });
  add('merged cells across the header', inTmp('merged-header.xlsx'), 'report');

  await writeXlsx(inTmp('formula-errors.xlsx'), {
    sheets: [
      {
        name: 'Phụ lục',
        sheetData: appendixRows([
          [c.str('A2', '1'), c.str('B2', 'Việc có #REF!'), c.str('C2', 'Sở Tài chính'), c.str('D2', 'Năm 2099'), c.formulaError('E2', 'SUM(#REF!)', '#REF!')],
          [c.str('A3', '2'), c.formulaError('B3', '1/0', '#DIV/0!'), c.formulaError('C3', 'VLOOKUP("x",H1:I2,2,FALSE)', '#N/A'), c.formulaError('D3', '1/0', '#DIV/0!'), c.formulaError('E3', 'VLOOKUP("x",H1:I2,2,FALSE)', '#N/A')],
          [c.str('A4', 'Tổng cộng'), c.str('B4', ''), c.str('C4', ''), c.str('D4', ''), c.formulaError('E4', 'SUM(E2:E3)', '#REF!')],
        ]),
      },
    ],
  });
  add('#REF! / #DIV/0! / #N/A cached formula values', inTmp('formula-errors.xlsx'), 'report');

  const long = 'Kế hoạch chuyển đổi số '.repeat(1500).slice(0, 32_767);
  await writeXlsx(inTmp('long-cell.xlsx'), {
    sharedStrings: [long],
    sheets: [
      {
        name: 'Phụ lục',
        sheetData: appendixRows([
          [c.str('A2', '1'), c.sst('B2', 0), c.str('C2', 'Sở TT&TT'), c.str('D2', 'Năm 2099'), c.num('E2', 100)],
          [c.str('A3', '2'), c.str('B3', 'Việc ngắn'), c.str('C3', long), c.str('D3', long), c.str('E3', long)],
        ]),
      },
    ],
  });
  add('32,767-character cells', inTmp('long-cell.xlsx'), 'report');

  await writeXlsx(inTmp('emoji-rtl.xlsx'), {
    sheets: [
      {
        name: 'عربى 👩‍👩‍👧',
        sheetData: appendixRows([
          [c.str('A2', '1'), c.str('B2', '👩‍👩‍👧 Chuyển đổi số 🇻🇳 ✅'), c.str('C2', 'שלום עולם'), c.str('D2', 'مرحبا بالعالم'), c.str('E2', '١٢٣')],
          [c.str('A3', '2'), c.str('B3', '\u202Eevil\u202C right-to-left override'), c.str('C3', '\u200F\u200E'), c.str('D3', '🙂'), c.num('E3', 5)],
        ]),
      },
    ],
  });
  add('emoji and right-to-left text', inTmp('emoji-rtl.xlsx'), 'report');

  await writeXlsx(inTmp('hidden.xlsx'), {
    sheets: [
      {
        name: 'Visible',
        sheetData: appendixRows([
          [c.str('A2', '1'), c.str('B2', 'Việc hiện'), c.str('C2', 'Sở Nội vụ'), c.str('D2', 'Năm 2099'), c.num('E2', 10)],
        ]).replace('<row r="2"', '<row r="2" hidden="1"'),
      },
      { name: 'Hidden', state: 'hidden', sheetData: row(1, [c.num('A1', 1)]) },
      { name: 'VeryHidden', state: 'veryHidden', sheetData: row(1, [c.num('A1', 2)]) },
    ],
  });
  add('hidden rows, hidden and very hidden sheets', inTmp('hidden.xlsx'), 'report');

  await writeXlsx(inTmp('all-hidden.xlsx'), {
    sheets: [
      { name: 'H1', state: 'hidden', sheetData: row(1, [c.str('A1', 'STT')]) },
      { name: 'H2', state: 'veryHidden', sheetData: row(1, [c.str('A1', 'STT')]) },
    ],
  });
  add('every sheet hidden', inTmp('all-hidden.xlsx'), 'report');

  await writeXlsx(inTmp('protected.xlsx'), {
    sheets: [
      {
        name: 'S',
        sheetData: appendixRows([[c.str('A2', '1'), c.str('B2', 'khoá'), c.str('C2', 'Sở Tư pháp'), c.num('D2', 45292, 2), c.num('E2', 7)]]),
        after:
          '<sheetProtection algorithmName="SHA-512" hashValue="aGFzaA==" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>',
      },
    ],
  });
  add('protected sheet', inTmp('protected.xlsx'), 'report');

  // 2 GiB of real deflated zeros (about 2 MB on disk) declared as such: refused from the directory.
  const zeros2G = deflatedZeros(2 * 1024 * 1024 * 1024);
  fs.writeFileSync(
    inTmp('zip-bomb.xlsx'),
    packageWith(ONE_SHEET, { name: 'xl/worksheets/sheet1.xml', stored: zeros2G, method: 8, declaredSize: 0xffffffff - 1, crc: 0 }),
  );
  add('zip bomb (2 GiB of zeros declared)', inTmp('zip-bomb.xlsx'), 'refused', /zip bomb|unpacks|quá lớn|bom/i);

  // The same 2 GiB stream under a header that claims 1 MB: only the inflater can notice.
  fs.writeFileSync(
    inTmp('zip-bomb-liar.xlsx'),
    packageWith(ONE_SHEET, { name: 'xl/worksheets/sheet1.xml', stored: zeros2G, method: 8, declaredSize: 1024 * 1024, crc: 0 }),
  );
  add('zip bomb (2 GiB of zeros, header says 1 MB)', inTmp('zip-bomb-liar.xlsx'), 'refused');

  const ratio = deflatedZeros(208 * 1024 * 1024);
  fs.writeFileSync(
    inTmp('zip-bomb-ratio.xlsx'),
    packageWith(ONE_SHEET, { name: 'xl/worksheets/sheet1.xml', stored: ratio, method: 8, declaredSize: 208 * 1024 * 1024, crc: 0 }),
  );
  add('zip bomb (208 MB part, > 1000:1)', inTmp('zip-bomb-ratio.xlsx'), 'refused');

  const whole = fs.readFileSync(SAMPLE);
  fs.writeFileSync(inTmp('truncated.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
  add('truncated file (first half of a sample)', inTmp('truncated.xlsx'), 'refused');

  fs.writeFileSync(inTmp('encrypted.xlsx'), ole2(['EncryptionInfo', 'EncryptedPackage']));
  add('encrypted workbook (OLE2 EncryptedPackage)', inTmp('encrypted.xlsx'), 'refused', /mật khẩu/);

  fs.writeFileSync(inTmp('legacy.xlsx'), ole2(['Workbook', '\u0005SummaryInformation']));
  add('.xls renamed .xlsx', inTmp('legacy.xlsx'), 'refused', /\.xls/);

  fs.writeFileSync(inTmp('csv.xlsx'), 'STT,Nội dung,Kinh phí\n1,Đào tạo,"1.200"\n2,Hạ tầng,900\n3,Dữ liệu,450\n');
  add('CSV renamed .xlsx', inTmp('csv.xlsx'), 'refused', /CSV/);

  fs.writeFileSync(inTmp('html.xlsx'), '<html><body><table><tr><td>STT</td></tr></table></body></html>');
  add('HTML renamed .xlsx', inTmp('html.xlsx'), 'refused', /HTML/);

  const dupes = [...packageParts(ONE_SHEET)].map(([n, x]) => entry(n, x));
  dupes.push(entry('xl/worksheets/sheet1.xml', '<worksheet/>'));
  fs.writeFileSync(inTmp('duplicate-part.xlsx'), buildZip(dupes));
  add('zip with two parts of the same name', inTmp('duplicate-part.xlsx'), 'refused');

  fs.writeFileSync(inTmp('random.xlsx'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) & 0xff)));
  add('random bytes', inTmp('random.xlsx'), 'refused');

  return out;
}

// ---------------------------------------------------------------------------------------------
// Running

function runCli(args: string[], rssFile: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [WRAPPER, ...args], {
      cwd: tmp,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', APPENDIX_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, KILL_AFTER_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
      let rssMB: number | null = null;
      try {
        const m = /^maxRSS (\d+)$/m.exec(fs.readFileSync(rssFile, 'utf8'));
        if (m) rssMB = Number(m[1]) / 1024; // maxRSS is in KiB
      } catch {
        rssMB = null;
      }
      resolve({ code, signal, killed, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms, rssMB });
    });
  });
}

async function pool<T>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  });
  await Promise.all(lanes);
}

function summaryTable(): string {
  const w = Math.max(...cases.map((k) => k.name.length), 4);
  const head = `${'file'.padEnd(w)}  exit  ${'ms'.padStart(6)}  ${'MB'.padStart(6)}`;
  const lines = cases.map((k) => {
    const o = outcomes.get(k.name);
    if (!o) return `${k.name.padEnd(w)}  (not run)`;
    const exit = o.killed ? 'KILL' : o.code === null ? String(o.signal) : String(o.code);
    const mb = o.rssMB === null ? '?' : o.rssMB.toFixed(0);
    return `${k.name.padEnd(w)}  ${exit.padStart(4)}  ${String(o.ms).padStart(6)}  ${mb.padStart(6)}`;
  });
  return ['appendix-check validate FILE --format json', head, ...lines].join('\n');
}

beforeAll(async () => {
  ensureCliBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'appendix-reliability-'));
  const corpus = fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f): Case => ({ name: `corpus: ${f}`, file: path.join(CORPUS, f), expect: CORPUS_REFUSED.has(f) ? 'refused' : 'report' }));
  cases.push(...corpus, ...(await makeHostileFiles()));
  await pool(cases, PARALLEL, async (k, i) => {
    outcomes.set(k.name, await runCli(['validate', k.file, '--format', 'json'], inTmp(`run-${i}.rss`)));
  });
  // eslint-disable-next-line no-console
  console.log(summaryTable());
}, 240_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Assertions

function expectNoStack(stderr: string): void {
  expect(stderr).not.toContain('    at ');
  expect(stderr).not.toContain('TypeError');
  expect(stderr).not.toMatch(/RangeError|ReferenceError|SyntaxError|node_modules|\.(ts|js):\d+/);
}

/** Exit 2: exactly one line on stderr, naming the file, no stack trace. */
function expectOneReasonLine(stderr: string, file: string, mention?: RegExp): void {
  expect(stderr.endsWith('\n')).toBe(true);
  const lines = stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^appendix-check: /);
  expect(lines[0]).toContain(path.basename(file));
  expectNoStack(stderr);
  if (mention) expect(lines[0]).toMatch(mention);
}

function schemaProblems(value: unknown): string | null {
  const r = reportSchema.safeParse(value);
  return r.success ? null : JSON.stringify(r.error.issues.slice(0, 3));
}

test('the corpus is there and the cases were generated', () => {
  expect(cases.filter((k) => k.name.startsWith('corpus: ')).length).toBeGreaterThanOrEqual(40);
  expect(cases.filter((k) => k.name.startsWith('hostile: ')).length).toBeGreaterThanOrEqual(20);
  expect(outcomes.size).toBe(cases.length);
});

describe('appendix-check validate FILE --format json', () => {
  // The names are fixed at collection time (jest needs them before beforeAll runs), so the
  // corpus is listed here and the hostile cases are looked up by position in the run.
  const corpusNames = fs.existsSync(CORPUS)
    ? fs
        .readdirSync(CORPUS)
        .filter((f) => f.endsWith('.xlsx'))
        .sort()
        .map((f) => `corpus: ${f}`)
    : [];
  const hostileNames = [
    '0-byte file',
    'workbook with no sheets (exceljs)',
    'sheet with only a merged title',
    'cells at row 1,048,576 and column XFD',
    'merged cells across the header',
    '#REF! / #DIV/0! / #N/A cached formula values',
    '32,767-character cells',
    'emoji and right-to-left text',
    'hidden rows, hidden and very hidden sheets',
    'every sheet hidden',
    'protected sheet',
    'zip bomb (2 GiB of zeros declared)',
    'zip bomb (2 GiB of zeros, header says 1 MB)',
    'zip bomb (208 MB part, > 1000:1)',
    'truncated file (first half of a sample)',
    'encrypted workbook (OLE2 EncryptedPackage)',
    '.xls renamed .xlsx',
    'CSV renamed .xlsx',
    'HTML renamed .xlsx',
    'zip with two parts of the same name',
    'random bytes',
  ].map((n) => `hostile: ${n}`);

  it.each([...corpusNames, ...hostileNames])('%s', (name) => {
    const k = cases.find((x) => x.name === name);
    if (!k) throw new Error(`no case named ${name} was generated`);
    const o = outcomes.get(name) as Outcome;

    // Ended by itself, with a documented exit code, in bounded time and memory.
    expect({ killed: o.killed, signal: o.signal }).toEqual({ killed: false, signal: null });
    expect([0, 1, 2]).toContain(o.code);
    expect(o.ms).toBeLessThan(MAX_MS);
    expect(o.rssMB).not.toBeNull();
    expect(o.rssMB as number).toBeLessThan(MAX_RSS_MB);
    expectNoStack(o.stderr);

    if (o.code === 2) {
      expectOneReasonLine(o.stderr, k.file, k.mention);
      // Nothing on stdout that claims to be a report of this file (the JSON renderer prints an
      // empty list when no file could be read).
      if (o.stdout.trim() !== '') {
        const parsed: unknown = JSON.parse(o.stdout);
        expect(parsed).toEqual([]);
      }
    } else {
      const parsed: unknown = JSON.parse(o.stdout);
      expect(schemaProblems(parsed)).toBeNull();
      expect((parsed as { file?: string }).file).toBe(path.basename(k.file));
      // Anything on stderr is a notice in the CLI's own voice, never library noise.
      for (const line of o.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^appendix-check: /);
    }

    // And the outcome the file deserves: refused (2) when it is not a readable workbook,
    // reported (0/1) when it is one, however odd.
    expect({ name, code: o.code === 2 ? 'refused' : 'report' }).toEqual({ name, code: k.expect });
  });
});

describe('limits that must not be silent', () => {
  it('a sheet the reader clips at its cell limit is reported with a notice, not silently cut', async () => {
    // 400 rows, each with a task and one stray value in column XFD: every row is 16,384 cells
    // wide for the reader's dense-cell budget (5,000,000), so only the first 305 rows are read.
    const rows: string[] = [row(1, [c.str('A1', 'STT'), c.str('B1', 'Nội dung nhiệm vụ'), c.str('C1', 'Đơn vị chủ trì'), c.str('D1', 'Kinh phí')])];
    for (let r = 2; r <= 400; r++) {
      rows.push(row(r, [c.num(`A${r}`, r - 1), c.str(`B${r}`, `Nhiệm vụ ${r - 1}`), c.str(`C${r}`, 'Sở Tài chính'), c.num(`D${r}`, 10), c.str(`XFD${r}`, '.')]));
    }
    const file = await writeXlsx(inTmp('clipped.xlsx'), { sheets: [{ name: 'Phụ lục rộng', sheetData: rows.join('') }] });
    const o = await runCli(['validate', file, '--format', 'json'], inTmp('clipped.rss'));
    expect([0, 1]).toContain(o.code);
    const report = JSON.parse(o.stdout) as { sheets: Array<{ table: { lastRow: number } | null }> };
    expect(schemaProblems(report)).toBeNull();
    // The report covers fewer rows than the sheet has: that much is the documented limit …
    const lastRow = report.sheets[0]?.table?.lastRow ?? 0;
    expect(lastRow).toBeLessThan(400);
    // … but the user must be told, or 95 tasks and their budgets vanish from the totals unseen.
    expect(o.stderr).toMatch(/Phụ lục rộng/);
    expect(o.stderr).toMatch(/too large|only rows|quá lớn|chỉ đọc/i);
  });

  it('a workbook whose every sheet is hidden is not passed as clean without a word', async () => {
    // An unassigned, long overdue task on the only sheet, which is hidden.
    const file = await writeXlsx(inTmp('only-hidden.xlsx'), {
      sheets: [
        {
          name: 'Kế hoạch 2023',
          state: 'hidden',
          sheetData: appendixRows([[c.str('A2', '1'), c.str('B2', 'Việc chưa giao'), c.str('C2', ''), c.str('D2', 'Năm 2020'), c.num('E2', 100)]]),
        },
      ],
    });
    const o = await runCli(['validate', file, '--format', 'json', '--as-of', '2023-06-30'], inTmp('only-hidden.rss'));
    expect([0, 1, 2]).toContain(o.code);
    expectNoStack(o.stderr);
    const report = o.code === 2 ? null : (JSON.parse(o.stdout) as { sheets: unknown[] });
    const checkedAnyway = report !== null && report.sheets.length > 0;
    // Either the hidden sheet is checked, or the user is told why nothing was (and how to ask
    // for it): an empty report with exit 0 reads as "no problems" to a pipeline.
    const told = /Kế hoạch 2023/.test(o.stderr) && /hidden|ẩn|--sheet/i.test(o.stderr);
    if (!checkedAnyway && !told) {
      throw new Error(
        `exit ${o.code}, ${report?.sheets.length ?? 0} sheets in the report, stderr ${JSON.stringify(o.stderr)}: ` +
          'the hidden sheet was neither checked nor mentioned',
      );
    }
  });
});

describe('exit 2 with --out', () => {
  it.each([
    ['encrypted workbook', 'encrypted.xlsx'],
    ['0-byte file', 'empty.xlsx'],
  ])('%s: one line on stderr and no report file written', async (_what, name) => {
    const out = inTmp(`report-${name}.json`);
    const o = await runCli(['validate', inTmp(name), '--format', 'json', '--out', out], inTmp(`out-${name}.rss`));
    expect(o.code).toBe(2);
    expect(o.stdout).toBe('');
    expectOneReasonLine(o.stderr, name);
    expect(fs.existsSync(out)).toBe(false);
  });
});

/**
 * Every file of the shared robustness corpus (/work/shared/corpus, see its README): the reader
 * either reads it — with exactly as many sheets as the file has worksheet parts — or refuses it
 * with an InputError, never another error, and always within a bounded time. Runs through the
 * real worker thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { InputError, readWorkbook, type InputErrorCode, type WorkbookData } from '../../../src/cli/xlsx';
import { cellAt, type SheetGrid } from '../../../src/engine/grid';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const FILES = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();
const PER_FILE_LIMIT_MS = 30_000;

/**
 * The files that are refused, and why. Everything else in the corpus must be read.
 * - passtika: an encrypted OOXML package in an OLE2 container (password "tika").
 * - clusterfuzz: a fuzzer-damaged zip (of Word parts); its central directory is broken.
 * - duplicate-filename: two zip entries named xl/worksheets/sheet1.xml with different content;
 *   readers disagree on which is real (LibreOffice refuses the file), so we refuse too.
 * - missing-bits: no [Content_Types].xml, no workbook.xml, and its cells point into a
 *   sharedStrings.xml that is not there; Excel cannot open it either.
 * - BadWorkbook: workbook.xml declares zero sheets (its one worksheet part is empty).
 */
const REFUSED: Record<string, InputErrorCode> = {
  'poi__protected_passtika.xlsx': 'encrypted',
  'poi__clusterfuzz-testcase-minimized-POIFuzzer-5040805309710336.xlsx': 'corrupt',
  'poi__duplicate-filename.xlsx': 'corrupt',
  'exceljs__missing-bits.xlsx': 'corrupt',
  'excelize__BadWorkbook.xlsx': 'no-sheets',
};

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Worksheet parts, counted independently of the reader: [Content_Types].xml, else part names. */
async function countWorksheetParts(file: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const types = zip.file('[Content_Types].xml');
  if (types) {
    const xml = await types.async('string');
    const overrides = xml.match(/<Override\b[^>]*>/g) ?? [];
    const n = overrides.filter((o) => o.includes(WORKSHEET_TYPE)).length;
    if (n > 0) return n;
  }
  return Object.keys(zip.files).filter((n) => /(^|\/)worksheets\/[^/]+\.xml$/i.test(n)).length;
}

interface Outcome {
  file: string;
  ms: number;
  data?: WorkbookData;
  error?: unknown;
}

const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  for (const file of FILES) {
    const started = Date.now();
    try {
      const data = await readWorkbook(path.join(CORPUS, file), { timeoutMs: PER_FILE_LIMIT_MS });
      outcomes.set(file, { file, ms: Date.now() - started, data });
    } catch (error) {
      outcomes.set(file, { file, ms: Date.now() - started, error });
    }
  }
  const lines = [...outcomes.values()].map((o) => {
    const result = o.data ? 'read' : `refused: ${o.error instanceof InputError ? o.error.code : 'NOT AN InputError'}`;
    const reader = o.data?.reader ?? '-';
    const sheets = o.data ? String(o.data.sheets.length) : '-';
    return `${o.file.padEnd(72)} ${result.padEnd(18)} ${reader.padEnd(8)} ${sheets.padStart(6)} ${String(o.ms).padStart(6)}`;
  });
  // eslint-disable-next-line no-console
  console.log(
    [`${'file'.padEnd(72)} ${'result'.padEnd(18)} ${'reader'.padEnd(8)} ${'sheets'.padStart(6)} ${'ms'.padStart(6)}`, ...lines].join('\n'),
  );
}, 10 * 60_000);

function read(file: string): WorkbookData {
  const o = outcomes.get(file);
  if (!o?.data) throw new Error(`${file} was not read: ${String(o?.error)}`);
  return o.data;
}

function sheet(file: string, name: string): SheetGrid {
  const s = read(file).sheets.find((x) => x.name === name);
  if (!s) throw new Error(`${file} has no sheet ${name}`);
  return s;
}

describe('corpus: every file is read or refused cleanly', () => {
  it.each(FILES)('%s', async (file) => {
    const o = outcomes.get(file) as Outcome;
    expect(o.ms).toBeLessThan(PER_FILE_LIMIT_MS);
    const refusal = REFUSED[file];
    if (refusal !== undefined) {
      expect(o.error).toBeInstanceOf(InputError);
      const e = o.error as InputError;
      expect(e.code).toBe(refusal);
      // One clear line in each language, no stack or library noise.
      expect(e.message).not.toMatch(/\n|at Object\.|node_modules/);
      expect(e.messageVi.length).toBeGreaterThan(10);
      return;
    }
    if (o.error !== undefined) throw o.error;
    const data = o.data as WorkbookData;
    expect(data.sheets.length).toBeGreaterThanOrEqual(1);
    expect(data.sheets.length).toBe(await countWorksheetParts(path.join(CORPUS, file)));
    expect(data.reader).toBe('fallback');
    for (const s of data.sheets) {
      expect(s.originRow).toBe(0);
      expect(s.originCol).toBe(0);
      // Trimmed: no trailing empty row, no trailing null in any row.
      if (s.cells.length > 0) expect(s.cells[s.cells.length - 1].length).toBeGreaterThan(0);
      for (const r of s.cells) if (r.length > 0) expect(r[r.length - 1]).not.toBeNull();
    }
  });
});

describe('corpus: what the odd files hold', () => {
  it('reads the four files exceljs returns with zero worksheets', () => {
    expect(cellAt(sheet('sheetjs__wtf_path.xlsx', 'SheetJS'), 0, 2)).toEqual({ value: 3, formula: 'A1+B1' });
    expect(sheet('sheetjs__wtf_path.xlsx', 'Hidden').hidden).toBe(true);
    const ns = sheet('calamine__nonstandard-xml-ns-prefix.xlsx', 'Sheet1');
    expect(ns.cells.map((r) => r.map((c) => c?.value))).toEqual([
      ['a', 'b'],
      [1, 3],
      [2, 4],
    ]);
    expect(cellAt(sheet('tealeg__macNumbersTest.xlsx', '主动技能'), 0, 0).value).toBe('编号');
    // The fourth, missing-bits, is refused on purpose (see REFUSED).
  });

  it('reads the files exceljs throws on', () => {
    const noRowNums = sheet('poi__59746_NoRowNums.xlsx', 'Features');
    expect(noRowNums.cells.length).toBe(71);
    expect(cellAt(noRowNums, 0, 0).value).toBe('Checked');
    expect(cellAt(noRowNums, 1, 0).value).toBe(true);
    expect(cellAt(noRowNums, 1, 3).value).toBe(644.24222);
    const hancell = sheet('poi__style-alternate-content.xlsx', 'Sheet2');
    expect(cellAt(hancell, 1, 0).value).toBe('사이버서당 무상 콘텐츠 이용 신청서');
    expect(hancell.merges).toHaveLength(12);
  });

  it('keeps visibility, skips chart sheets', () => {
    expect(read('sheetjs__sheet_visibility.xlsx').sheets.map((s) => s.hidden === true)).toEqual([false, true, true]);
    const any = read('calamine__any_sheets.xlsx').sheets;
    expect(any.map((s) => s.name)).toEqual(['Visible', 'Hidden', 'VeryHidden']);
    expect(any.map((s) => s.hidden === true)).toEqual([false, true, true]);
  });

  it('converts dates to 1900-system serials, in both date systems', () => {
    // 1904 system, date1904="1": serial 1 is 1904-01-02 = 1463 in the 1900 system.
    expect(cellAt(sheet('sheetjs__1904.xlsx', 'Sheet1'), 0, 1)).toMatchObject({ value: 1463, date: true });
    // 1904 system written as date1904="true" (exceljs misses this spelling): 2021-01-01 = 44197.
    const lo = sheet('calamine__date_1904.xlsx', 'Sheet1');
    expect(cellAt(lo, 0, 0)).toMatchObject({ value: 44197, date: true });
    // A duration ([hh]:mm:ss) is a day count in either system and is not shifted.
    expect(cellAt(lo, 2, 0).value).toBeCloseTo(10.63206, 5);
    // t="d" ISO-8601 cell: 2014-02-14T08:27:48.765Z.
    const iso = cellAt(sheet('sheetjs__xlsx-stream-d-date-cell.xlsx', 'Sheet1'), 4, 1);
    expect(iso.date).toBe(true);
    expect(iso.value).toBeCloseTo(41684.35264774306, 9);
  });

  it('reads cached errors, booleans and shared formulas', () => {
    const errs = sheet('sheetjs__ErrorTypes.xlsx', 'RawErrors');
    expect(cellAt(errs, 1, 0)).toEqual({ value: '#NULL!', error: true });
    expect(cellAt(errs, 2, 0)).toEqual({ value: '#DIV/0!', error: true });
    expect(cellAt(errs, 1, 8)).toEqual({ value: false, formula: 'ISNA(A2)' });
    const cf = sheet('poi__NewStyleConditionalFormattings.xlsx', 'CF');
    // E13 is the master of a shared formula ($A13); F14 borrows it one row down.
    expect(cellAt(cf, 12, 4).formula).toBe('$A13');
    expect(cellAt(cf, 13, 5).formula).toBe('$A14');
  });

  it('joins rich text, skips phonetic guides, reads strict and right-to-left files', () => {
    expect(cellAt(sheet('sheetjs__rich_text_stress.xlsx', 'Sheet1'), 1, 1).value).toBe('this text is bold, sure enough');
    expect(cellAt(sheet('poi__54071.xlsx', '双11商品导入定制打标时间模板'), 0, 0).value).toBe('time');
    expect(cellAt(sheet('poi__SampleSS.strict.xlsx', 'First Sheet'), 0, 0).value).toBe('Test spreadsheet');
    expect(cellAt(sheet('poi__right-to-left.xlsx', 'عربى'), 0, 0).value).toBe('نص');
    expect(cellAt(sheet('poi__InlineStrings.xlsx', 'Sheet1'), 1, 2).value).toBe('1st Inline String');
  });

  it('handles huge used ranges without materialising them', () => {
    // Values across all 16,384 columns of row 1, and =SUM(1:1) below.
    const wide = sheet('poi__53105.xlsx', 'Sheet1');
    expect(wide.cells[0]).toHaveLength(16_384);
    expect(cellAt(wide, 0, 16_383).value).toBe(1);
    expect(cellAt(wide, 1, 0)).toEqual({ value: 16_384, formula: 'SUM(1:1)' });
    // Dimension and autofilter claim A1:XFD1048576; the data is two rows.
    expect(sheet('calamine__issue_174.xlsx', 'Sheet1').cells.length).toBe(2);
    // 50,000 merged ranges (exceljs never finishes): all kept, read in seconds.
    expect(sheet('poi__57893-many-merges.xlsx', 'Sheet1').merges).toHaveLength(50_000);
  });

  it('stops exceljs at the deadline when it is forced onto the 50,000-merge file', async () => {
    const started = Date.now();
    const err = await readWorkbook(path.join(CORPUS, 'poi__57893-many-merges.xlsx'), {
      reader: 'exceljs',
      timeoutMs: 2_000,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(6_000);
  });
});

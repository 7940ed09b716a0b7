/**
 * Hostile and extreme inputs, generated at test time into a temp dir: each must end in the
 * right InputError or a correct read, quickly. Runs through the real worker thread.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { InputError, readWorkbook, type InputErrorCode, type ReadOptions } from '../../../src/cli/xlsx';
import { cellAt } from '../../../src/engine/grid';
import { c, packageParts, row, writeXlsx, type WorkbookSpec } from '../../fixtures/hostile/make-xlsx';
import { buildZip, deflatedZeros, entry, ole2, type RawEntry } from '../../fixtures/hostile/raw-zip';

const SAMPLE = path.resolve(__dirname, '../../../../shared/samples/vinh-phuc-2023.xlsx');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'appendix-hostile-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string): string {
  return path.join(dir, name);
}

async function refusal(p: string, opts?: ReadOptions): Promise<{ error: InputError; ms: number }> {
  const started = Date.now();
  const result = await readWorkbook(p, opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  const ms = Date.now() - started;
  if (!(result instanceof InputError)) throw new Error(`expected an InputError, got ${String(result)}`);
  return { error: result, ms };
}

async function expectRefused(p: string, code: InputErrorCode, mention?: RegExp, opts?: ReadOptions): Promise<InputError> {
  const { error, ms } = await refusal(p, opts);
  expect(error.code).toBe(code);
  if (mention) expect(error.message).toMatch(mention);
  expect(error.message).not.toContain('\n');
  expect(error.messageVi).not.toBe('');
  expect(ms).toBeLessThan(10_000);
  return error;
}

/** A workbook's parts as honest zip entries, with one part swapped for a crafted entry. */
function packageWith(spec: WorkbookSpec, replace: RawEntry): Buffer {
  const entries = [...packageParts(spec)].map(([name, xml]) => (name === replace.name ? replace : entry(name, xml)));
  return buildZip(entries);
}

const ONE_SHEET: WorkbookSpec = { sheets: [{ name: 'Sheet1', sheetData: row(1, [c.str('A1', 'x')]) }] };

describe('files that are not workbooks', () => {
  it('a missing path and a folder are not-found', async () => {
    await expectRefused(file('nope.xlsx'), 'not-found', /does not exist/);
    const folder = file('folder.xlsx');
    mkdirSync(folder);
    await expectRefused(folder, 'not-found', /folder/);
  });

  it('a 0-byte file is empty', async () => {
    writeFileSync(file('empty.xlsx'), Buffer.alloc(0));
    await expectRefused(file('empty.xlsx'), 'empty', /empty/);
  });

  it('an encrypted workbook (OLE2 with an EncryptedPackage stream) asks for the password to be removed', async () => {
    writeFileSync(file('encrypted.xlsx'), ole2(['EncryptionInfo', 'EncryptedPackage']));
    const e = await expectRefused(file('encrypted.xlsx'), 'encrypted', /password/);
    expect(e.messageVi).toMatch(/mật khẩu/);
  });

  it('an .xls renamed to .xlsx says to save it as .xlsx', async () => {
    writeFileSync(file('legacy.xlsx'), ole2(['Workbook', '\u0005SummaryInformation']));
    await expectRefused(file('legacy.xlsx'), 'not-xlsx', /97-2003 \.xls.*save it as \.xlsx/);
  });

  it('a CSV, an HTML page and a Word document renamed to .xlsx are named as such', async () => {
    writeFileSync(file('csv.xlsx'), 'STT,Nội dung,Kinh phí\n1,Đào tạo,"1.200"\n2,Hạ tầng,900\n3,Dữ liệu,450\n');
    await expectRefused(file('csv.xlsx'), 'not-xlsx', /CSV/);
    writeFileSync(file('html.xlsx'), '<html><body><table><tr><td>STT</td></tr></table></body></html>');
    await expectRefused(file('html.xlsx'), 'not-xlsx', /HTML/);
    writeFileSync(file('docx.xlsx'), buildZip([entry('[Content_Types].xml', '<Types/>'), entry('word/document.xml', '<w:document/>')]));
    await expectRefused(file('docx.xlsx'), 'not-xlsx', /Word/);
  });

  it('a valid workbook cut in half is corrupt (truncated)', async () => {
    const whole = readFileSync(SAMPLE);
    writeFileSync(file('truncated.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    await expectRefused(file('truncated.xlsx'), 'corrupt', /truncated/);
  });
});

describe('zip bombs', () => {
  it('the deflate-zeros construction is a real stream (spot check)', () => {
    // Two 16 MiB blocks and the final block inflate to exactly 32 MiB of zeros.
    const out = inflateRawSync(deflatedZeros(32 * 1024 * 1024));
    expect(out.length).toBe(32 * 1024 * 1024);
    expect(out.every((b) => b === 0)).toBe(true);
  });

  it('refuses a sheet of 2 GB of zeros (genuinely deflated, 2 MB on disk) from the directory alone', async () => {
    const zeros = deflatedZeros(2 * 1024 * 1024 * 1024);
    const bomb: RawEntry = { name: 'xl/worksheets/sheet1.xml', stored: zeros, method: 8, declaredSize: 0xffffffff - 1, crc: 0 };
    writeFileSync(file('bomb.xlsx'), packageWith(ONE_SHEET, bomb));
    expect(zeros.length).toBeLessThan(4 * 1024 * 1024);
    const { error, ms } = await refusal(file('bomb.xlsx'));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/zip bomb|unpacks to/);
    expect(ms).toBeLessThan(2_000);
  });

  it('refuses an entry that shrinks more than 1000:1 above 100 MB', async () => {
    const zeros = deflatedZeros(208 * 1024 * 1024);
    const bomb: RawEntry = { name: 'xl/worksheets/sheet1.xml', stored: zeros, method: 8, declaredSize: 208 * 1024 * 1024, crc: 0 };
    writeFileSync(file('ratio.xlsx'), packageWith(ONE_SHEET, bomb));
    await expectRefused(file('ratio.xlsx'), 'too-large', /zip bomb/);
  });

  it('stops inflating an entry that lies about its size', async () => {
    // Declares 1 MB, really 2 GB: the guard cannot see it; the inflater must stop at 1 MB.
    const liar: RawEntry = {
      name: 'xl/worksheets/sheet1.xml',
      stored: deflatedZeros(2 * 1024 * 1024 * 1024),
      method: 8,
      declaredSize: 1024 * 1024,
      crc: 0,
    };
    writeFileSync(file('liar.xlsx'), packageWith(ONE_SHEET, liar));
    await expectRefused(file('liar.xlsx'), 'corrupt', /larger than its zip header says/);
  });

  it('refuses two parts with the same name', async () => {
    const parts = [...packageParts(ONE_SHEET)].map(([n, x]) => entry(n, x));
    parts.push(entry('xl/worksheets/sheet1.xml', '<worksheet/>'));
    writeFileSync(file('dupe.xlsx'), buildZip(parts));
    await expectRefused(file('dupe.xlsx'), 'corrupt', /two parts named/);
  });
});

describe('odd but legitimate workbooks', () => {
  it('an exceljs workbook with no sheets is no-sheets', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.writeFile(file('nosheets.xlsx'));
    await expectRefused(file('nosheets.xlsx'), 'no-sheets');
  });

  it('a sheet with only a merged title', async () => {
    await writeXlsx(file('title.xlsx'), {
      sheets: [
        {
          name: 'Phụ lục',
          sheetData: row(1, [c.str('A1', 'PHỤ LỤC I', 3), ...['B1', 'C1', 'D1', 'E1', 'F1', 'G1'].map((r) => `<c r="${r}" s="3"/>`)]),
          after: '<mergeCells count="1"><mergeCell ref="A1:G1"/></mergeCells>',
        },
      ],
    });
    const { sheets } = await readWorkbook(file('title.xlsx'));
    expect(sheets).toHaveLength(1);
    expect(sheets[0].cells).toEqual([[{ value: 'PHỤ LỤC I', font: 'Times New Roman' }]]);
    expect(sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 6 }]);
  });

  it('cells at row 1,048,576 and column XFD are read without a dense grid', async () => {
    await writeXlsx(file('corners.xlsx'), {
      sheets: [
        {
          name: 'S',
          sheetData:
            row(1, [c.str('A1', 'top-left'), c.str('XFD1', 'top-right')]) +
            row(1048576, [c.str('A1048576', 'bottom-left'), c.num('XFD1048576', 42)]),
        },
      ],
    });
    const started = Date.now();
    const { sheets, warnings } = await readWorkbook(file('corners.xlsx'));
    expect(Date.now() - started).toBeLessThan(5_000);
    const g = sheets[0];
    expect(g.cells).toHaveLength(1_048_576);
    expect(g.cells[0]).toHaveLength(16_384);
    expect(cellAt(g, 0, 16_383).value).toBe('top-right');
    expect(cellAt(g, 1_048_575, 0).value).toBe('bottom-left');
    expect(cellAt(g, 1_048_575, 16_383).value).toBe(42);
    // Memory: the million empty rows in between are one shared empty array.
    expect(new Set(g.cells).size).toBe(3);
    expect(warnings).toEqual([]);
  });

  it('merged header cells keep only the master value, even when the file repeats it', async () => {
    await writeXlsx(file('header.xlsx'), {
      sheets: [
        {
          name: 'S',
          sheetData:
            row(1, [c.str('A1', 'TT'), c.str('B1', 'KINH PHÍ'), c.str('C1', 'KINH PHÍ'), c.str('D1', 'KINH PHÍ')]) +
            row(2, [c.str('A2', 'TT'), c.str('B2', 'ĐTC'), c.str('C2', 'SN'), c.str('D2', 'Khác')]) +
            row(3, [c.str('A3', '1'), c.num('B3', 1200, 1)]),
          after: '<mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="B1:D1"/></mergeCells>',
        },
      ],
    });
    const g = (await readWorkbook(file('header.xlsx'))).sheets[0];
    expect(g.cells[0]).toEqual([{ value: 'TT' }, { value: 'KINH PHÍ' }]);
    expect(cellAt(g, 1, 0).value).toBeNull();
    expect(cellAt(g, 1, 1).value).toBe('ĐTC');
    expect(cellAt(g, 2, 1)).toEqual({ value: 1200, numberFormat: '#,##0', font: 'Times New Roman' });
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 3 },
    ]);
  });

  it('formulas with cached #REF!, #DIV/0! and #N/A are error cells', async () => {
    await writeXlsx(file('errors.xlsx'), {
      sheets: [
        {
          name: 'S',
          sheetData: row(1, [
            c.formulaError('A1', 'SUM(#REF!)', '#REF!'),
            c.formulaError('B1', '1/0', '#DIV/0!'),
            c.formulaError('C1', 'VLOOKUP("x",D1:E2,2,FALSE)', '#N/A'),
            c.formulaNum('D1', 'SUM(1,2)', 3),
          ]),
        },
      ],
    });
    const g = (await readWorkbook(file('errors.xlsx'))).sheets[0];
    expect(g.cells[0]).toEqual([
      { value: '#REF!', error: true, formula: 'SUM(#REF!)' },
      { value: '#DIV/0!', error: true, formula: '1/0' },
      { value: '#N/A', error: true, formula: 'VLOOKUP("x",D1:E2,2,FALSE)' },
      { value: 3, formula: 'SUM(1,2)' },
    ]);
  });

  it('a 32,767-character cell, emoji, right-to-left text and escaped control characters survive', async () => {
    const long = 'Kế hoạch chuyển đổi số '.repeat(1500).slice(0, 32_767);
    const emoji = '👩‍👩‍👧 Chuyển đổi số 🇻🇳 ✅';
    await writeXlsx(file('text.xlsx'), {
      sharedStrings: [long, 'שלום עולם', 'a_x000D_b', '_x005F_x0041_'],
      sheets: [
        {
          name: 'S',
          sheetData:
            row(1, [c.sst('A1', 0), c.str('B1', long)]) +
            row(2, [c.str('A2', emoji), c.sst('B2', 1), c.str('C2', 'مرحبا بالعالم')]) +
            row(3, [c.sst('A3', 2), c.sst('B3', 3)]),
        },
      ],
    });
    const g = (await readWorkbook(file('text.xlsx'))).sheets[0];
    expect(cellAt(g, 0, 0).value).toBe(long);
    expect((cellAt(g, 0, 0).value as string).length).toBe(32_767);
    expect(cellAt(g, 0, 1).value).toBe(long);
    expect(cellAt(g, 1, 0).value).toBe(emoji);
    expect(cellAt(g, 1, 1).value).toBe('שלום עולם');
    expect(cellAt(g, 1, 2).value).toBe('مرحبا بالعالم');
    expect(cellAt(g, 2, 0).value).toBe('a\rb');
    expect(cellAt(g, 2, 1).value).toBe('_x0041_');
  });

  it('hidden rows are read; hidden and very hidden sheets are flagged, in order', async () => {
    await writeXlsx(file('hidden.xlsx'), {
      sheets: [
        { name: 'Visible', sheetData: row(1, [c.str('A1', 'a')]) + row(2, [c.str('A2', 'hidden row')], 'hidden="1"') },
        { name: 'Hidden', state: 'hidden', sheetData: row(1, [c.num('A1', 1)]) },
        { name: 'VeryHidden', state: 'veryHidden', sheetData: row(1, [c.num('A1', 2)]) },
      ],
    });
    const { sheets } = await readWorkbook(file('hidden.xlsx'));
    expect(sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ['Visible', false],
      ['Hidden', true],
      ['VeryHidden', true],
    ]);
    expect(cellAt(sheets[0], 1, 0).value).toBe('hidden row');
  });

  it('a protected sheet is read like any other', async () => {
    await writeXlsx(file('protected.xlsx'), {
      sheets: [
        {
          name: 'S',
          sheetData: row(1, [c.str('A1', 'khoá'), c.num('B1', 45292, 2)]),
          after:
            '<sheetProtection algorithmName="SHA-512" hashValue="aGFzaA==" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>',
        },
      ],
    });
    const g = (await readWorkbook(file('protected.xlsx'))).sheets[0];
    expect(cellAt(g, 0, 0).value).toBe('khoá');
    expect(cellAt(g, 0, 1)).toEqual({ value: 45292, date: true, numberFormat: 'dd/mm/yyyy', font: 'Times New Roman' });
  });

  it('finds parts by relationships, whatever they are named', async () => {
    const parts = packageParts({ sheets: [{ name: 'Dữ liệu', sheetData: row(1, [c.str('A1', 'ở đâu cũng đọc được')]) }] });
    const rename = (x: string): string =>
      x
        .replace(/xl\/worksheets\/sheet1\.xml/g, 'main/data/s1.xml')
        .replace(/xl\/workbook\.xml/g, 'main/book.xml')
        .replace(/worksheets\/sheet1\.xml/g, 'data/s1.xml');
    const entries = [...parts].map(([name, xml]) =>
      entry(name === 'xl/_rels/workbook.xml.rels' ? 'main/_rels/book.xml.rels' : rename(name).replace(/^xl\//, 'main/'), rename(xml)),
    );
    writeFileSync(file('renamed.xlsx'), buildZip(entries));
    const { sheets } = await readWorkbook(file('renamed.xlsx'));
    expect(sheets.map((x) => [x.name, cellAt(x, 0, 0).value])).toEqual([['Dữ liệu', 'ở đâu cũng đọc được']]);
  });

  it('reads one sheet on request, and names the sheets when the request matches none', async () => {
    await writeXlsx(file('pick.xlsx'), {
      sheets: [
        { name: 'Phụ lục I', sheetData: row(1, [c.num('A1', 1)]) },
        { name: 'Phụ lục II', sheetData: row(1, [c.num('A1', 2)]) },
      ],
    });
    const one = await readWorkbook(file('pick.xlsx'), { sheet: 'phụ lục ii' });
    expect(one.sheets.map((s) => s.name)).toEqual(['Phụ lục II']);
    await expectRefused(file('pick.xlsx'), 'sheet-not-found', /"Phụ lục I", "Phụ lục II"/, { sheet: 'Phụ lục IV' });
  });
});

describe('limits', () => {
  let big: string;
  beforeAll(async () => {
    // 60,000 rows × 5 columns: about 0.3 s to read, far more for exceljs.
    const rows: string[] = [];
    for (let r = 1; r <= 60_000; r++) {
      rows.push(row(r, [c.num(`A${r}`, r), c.str(`B${r}`, `Nhiệm vụ ${r}`), c.num(`C${r}`, r * 10, 1), c.str(`D${r}`, 'Sở TT&TT'), c.num(`E${r}`, 2)]));
    }
    big = await writeXlsx(file('big.xlsx'), { sheets: [{ name: 'S', sheetData: rows.join('') }] });
  }, 60_000);

  it('clips a sheet beyond the row limit and says so', async () => {
    const { sheets, warnings } = await readWorkbook(big, { gridLimits: { maxRows: 1_000 } });
    expect(sheets[0].cells).toHaveLength(1_000);
    expect(warnings.join(' ')).toMatch(/only rows 1–1000 were read/);
  });

  it('clips a sheet beyond the cell limit and says so', async () => {
    const { sheets, warnings } = await readWorkbook(big, { gridLimits: { maxCells: 10_000 } });
    expect(sheets[0].cells.length).toBeLessThanOrEqual(2_000);
    expect(warnings).toHaveLength(1);
  });

  it('stops at the time limit', async () => {
    const { error, ms } = await refusal(big, { timeoutMs: 50 });
    expect(error.code).toBe('timeout');
    expect(ms).toBeLessThan(3_000);
  });

  it('stops at the memory limit (worker heap cap)', async () => {
    const { error } = await refusal(big, { reader: 'exceljs', maxMemoryMB: 32 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/32 MB of memory/);
  });

  it('reads it in full within the defaults', async () => {
    const started = Date.now();
    const { sheets, warnings } = await readWorkbook(big);
    expect(sheets[0].cells).toHaveLength(60_000);
    expect(cellAt(sheets[0], 59_999, 3).value).toBe('Sở TT&TT');
    expect(warnings).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

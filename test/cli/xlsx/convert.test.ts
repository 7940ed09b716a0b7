/**
 * The project's sample appendices (/work/shared/samples) become the grids the engine expects,
 * and the two readers — the built-in one and exceljs — produce the same grids for them, so a
 * file read by either path is checked the same way.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { readWorkbook, type WorkbookData } from '../../../src/cli/xlsx';
import { cellAddress, cellAt, columnIndex, type Cell, type SheetGrid } from '../../../src/engine/grid';

const SAMPLES = path.resolve(__dirname, '../../../../shared/samples');
const FILES = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const EXPECTED = require(path.join(SAMPLES, 'expected-totals.json')) as Record<
  string,
  Record<string, { lastRow: number; itemRows: number[]; budget?: Record<string, { sum: number; filledCells: number }> }>
>;

const byReader = new Map<string, { fallback: WorkbookData; exceljs: WorkbookData; worker: WorkbookData }>();

beforeAll(async () => {
  for (const f of FILES) {
    const file = path.join(SAMPLES, f);
    byReader.set(f, {
      fallback: await readWorkbook(file, { reader: 'fallback', isolation: 'in-process' }),
      exceljs: await readWorkbook(file, { reader: 'exceljs', isolation: 'in-process' }),
      worker: await readWorkbook(file),
    });
  }
}, 120_000);

function grid(file: string, sheet: string, which: 'fallback' | 'exceljs' | 'worker' = 'worker'): SheetGrid {
  const s = byReader.get(file)?.[which].sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`${file}: no sheet ${sheet}`);
  return s;
}

/** A cell by A1 address. */
function at(g: SheetGrid, a1: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
  return cellAt(g, Number(m[2]) - 1, columnIndex(m[1]));
}

describe('samples: grids as the engine expects them', () => {
  it('reads Phụ lục III of vinh-phuc-2022-2025.xlsx with its two-row header', () => {
    const g = grid('vinh-phuc-2022-2025.xlsx', 'Phụ lục III');
    expect(g.originRow).toBe(0);
    expect(g.originCol).toBe(0);
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 5, left: 5, bottom: 5, right: 6 }, // F6:G6 DỰ KIẾN KINH PHÍ
        { top: 5, left: 0, bottom: 6, right: 0 }, // A6:A7 TT
      ]),
    );
    expect(at(g, 'F6').value).toBe('DỰ KIẾN KINH PHÍ (Triệu đồng)');
    expect(at(g, 'G6').value).toBeNull(); // covered by the F6:G6 merge
    expect(at(g, 'A7').value).toBeNull(); // covered by A6:A7
    expect(at(g, 'F7').value).toBe('ĐTC');
    expect(at(g, 'G7').value).toBe('SN');
    expect(at(g, 'G9')).toEqual({ value: 900, numberFormat: '#,##0', font: 'Times New Roman' });
    expect(at(g, 'F4').value).toBe('Đơn vị: Triệu đồng');
  });

  it('ends every sheet at its last row, and budgets add up to the expected totals', () => {
    for (const [file, sheets] of Object.entries(EXPECTED)) {
      if (file.startsWith('_')) continue;
      for (const [name, exp] of Object.entries(sheets)) {
        const g = grid(file, name);
        expect([file, name, g.cells.length]).toEqual([file, name, exp.lastRow]);
        for (const [letter, col] of Object.entries(exp.budget ?? {})) {
          const c = columnIndex(letter);
          const values = exp.itemRows.map((r) => cellAt(g, r - 1, c).value).filter((v) => v !== null);
          expect(values).toHaveLength(col.filledCells);
          if (file.includes('messy')) {
            // The messy copies store budgets as Vietnamese-style text ("1.200"); kept as text.
            expect(values.some((v) => typeof v === 'string')).toBe(true);
          } else {
            expect(values.every((v) => typeof v === 'number')).toBe(true);
            expect((values as number[]).reduce((a, b) => a + b, 0)).toBe(col.sum);
          }
        }
      }
    }
  });

  it('keeps the defects of the messy copies exactly as typed', () => {
    const g = grid('vinh-phuc-2022-2025.messy.xlsx', 'Phụ lục III');
    expect(at(g, 'G9').value).toBe('900');
    expect(at(g, 'G12').value).toBe('1.200');
    expect(at(g, 'A43').value).toBe(33); // stray page number
    expect(at(g, 'C40').value).toBe(' Sở Tài chính');
    expect(at(g, 'C49').value).toBe('Đài  PTTH tỉnh');
    // NFD text must reach the engine undecomposed: normalising is the engine's finding to make.
    const nfd = at(g, 'B48').value as string;
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(nfd.normalize('NFC')).toBe('Thuê ứng dụng cơ sở dữ liệu đất đai');
    expect(String(at(g, 'B9').value)).toContain('\n');
    expect(at(grid('vinh-phuc-2023.messy.xlsx', 'Phụ lục I'), 'D7').value).toBe('Trung tâm THCB ');
  });

  it('lists the sheets in workbook order', () => {
    expect(byReader.get('vinh-phuc-2022-2025.xlsx')?.worker.sheets.map((s) => s.name)).toEqual([
      'Phụ lục I',
      'Phụ lục II',
      'Phụ lục III',
    ]);
    expect(byReader.get('vinh-phuc-2023.xlsx')?.worker.sheets.map((s) => s.name)).toEqual(['Phụ lục I', 'Phụ lục II']);
  });
});

describe('samples: the two readers agree', () => {
  it.each(FILES)('%s: built-in reader = exceljs, cell for cell and merge for merge', (f) => {
    const r = byReader.get(f);
    if (!r) throw new Error('not read');
    expect(r.fallback.reader).toBe('fallback');
    expect(r.exceljs.reader).toBe('exceljs');
    expect(r.fallback.sheets.map((s) => s.name)).toEqual(r.exceljs.sheets.map((s) => s.name));
    r.fallback.sheets.forEach((s, i) => {
      const e = r.exceljs.sheets[i];
      expect(s.cells).toEqual(e.cells);
      expect(sortMerges(s)).toEqual(sortMerges(e));
      expect(s.hidden === true).toBe(e.hidden === true);
    });
  });

  it.each(FILES)('%s: the worker hands over exactly what the reader built', (f) => {
    const r = byReader.get(f);
    if (!r) throw new Error('not read');
    expect(r.worker.sheets).toEqual(r.fallback.sheets);
    expect(r.worker.warnings).toEqual([]);
  });
});

/**
 * The same comparison over the whole robustness corpus. Where the readers differ it is an
 * exceljs defect, listed here with the cells it affects; everything else must match exactly
 * (number formats compared without backslash escapes, which exceljs strips when it loads
 * styles while the built-in reader keeps the code as the file has it).
 */
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const EXCELJS_WRONG: Record<string, { cells: string[]; why: string }> = {
  'calamine__date_1904.xlsx': { cells: ['Sheet1!A1', 'Sheet1!A2'], why: 'exceljs ignores date1904="true" (only "1")' },
  'sheetjs__xlsx-stream-d-date-cell.xlsx': {
    cells: ['Sheet1!B5', 'Sheet1!B11'],
    why: 't="d" parsed with parseFloat (2014); inline-string formula result dropped',
  },
};
/** Files exceljs cannot read (README: zero sheets, TypeError) — the built-in reader reads them. */
const EXCELJS_FAILS = new Set([
  'sheetjs__wtf_path.xlsx',
  'calamine__nonstandard-xml-ns-prefix.xlsx',
  'tealeg__macNumbersTest.xlsx',
  'poi__59746_NoRowNums.xlsx',
  'poi__style-alternate-content.xlsx',
]);
/** Refused by the built-in reader, or (57893) never finishing in exceljs. */
const SKIP = new Set([
  'poi__57893-many-merges.xlsx',
  'poi__protected_passtika.xlsx',
  'poi__clusterfuzz-testcase-minimized-POIFuzzer-5040805309710336.xlsx',
  'poi__duplicate-filename.xlsx',
  'exceljs__missing-bits.xlsx',
  'excelize__BadWorkbook.xlsx',
]);

describe('corpus: the two readers agree wherever exceljs is right', () => {
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xlsx') && !SKIP.has(f))
    .sort();

  it.each(files)('%s', async (f) => {
    const p = path.join(CORPUS, f);
    const own = await readWorkbook(p, { reader: 'fallback', isolation: 'in-process' });
    const other = await readWorkbook(p, { reader: 'exceljs', isolation: 'in-process' }).catch((e: unknown) => e);
    if (EXCELJS_FAILS.has(f)) {
      expect(other).toBeInstanceOf(Error);
      expect(own.sheets.length).toBeGreaterThan(0);
      return;
    }
    if (other instanceof Error) throw other;
    const theirs = other as WorkbookData;
    expect(own.sheets.map((s) => s.name)).toEqual(theirs.sheets.map((s) => s.name));
    const skip = new Set(EXCELJS_WRONG[f]?.cells ?? []);
    const diffs: string[] = [];
    own.sheets.forEach((s, i) => {
      const e = theirs.sheets[i];
      expect(sortMerges(s)).toEqual(sortMerges(e));
      expect(s.hidden === true).toBe(e.hidden === true);
      const rows = Math.max(s.cells.length, e.cells.length);
      for (let r = 0; r < rows; r++) {
        const width = Math.max(s.cells[r]?.length ?? 0, e.cells[r]?.length ?? 0);
        for (let col = 0; col < width; col++) {
          const address = `${s.name}!${cellAddress(s, r, col)}`;
          if (skip.has(address)) continue;
          const a = JSON.stringify(comparable(s.cells[r]?.[col] ?? null));
          const b = JSON.stringify(comparable(e.cells[r]?.[col] ?? null));
          if (a !== b) diffs.push(`${address}: built-in ${a}, exceljs ${b}`);
        }
      }
    });
    expect(diffs).toEqual([]);
  });
});

function comparable(cell: Cell | null): Cell | null {
  if (cell === null) return null;
  const out: Cell = {
    ...cell,
    ...(cell.numberFormat !== undefined ? { numberFormat: cell.numberFormat.replace(/\\/g, '') } : {}),
  };
  // exceljs rounds dates to the millisecond on the way through Date.
  if (cell.date && typeof cell.value === 'number') return { ...out, value: Math.round(cell.value * 86_400_000) };
  return out;
}

function sortMerges(g: SheetGrid): string[] {
  return g.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort();
}

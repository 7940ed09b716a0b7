/**
 * exceljs Workbook → SheetGrid[], with the same rules as the built-in reader (cell-format.ts,
 * grid-builder.ts) so that both produce the same grid for the same file.
 *
 * exceljs quirks handled here: it repeats a merge's value in every covered cell (only the
 * master keeps it), hands dates as UTC Date objects already shifted for the 1904 system (so
 * converting back with the 1900 epoch gives the grid's 1900-system serial), and gives cells in
 * the default style no font at all (they get the workbook's default font, as in the file).
 */
import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import type { Cell, CellScalar, SheetGrid } from '../../engine/grid';
import { DATE1904_OFFSET, dateToSerial, fontToKeep, isTimeOnlyFormat, makeCell, numFmtToKeep, parseRange } from './cell-format';
import { InputError } from './errors';
import { SheetBuilder, type GridLimits } from './grid-builder';

export interface ExceljsOptions {
  readonly limits: GridLimits;
  /** fonts[0] of styles.xml, which exceljs does not expose. */
  readonly defaultFont: string | undefined;
  /** Only this sheet (exact name), when set. */
  readonly sheet: string | undefined;
}

type Scalarish = { value: CellScalar; date?: boolean; error?: boolean };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function richTextToString(v: unknown): string | undefined {
  if (isObject(v) && Array.isArray(v.richText)) {
    return (v.richText as Array<{ text?: unknown }>).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  }
  return undefined;
}

/** A plain (non-formula) exceljs value or formula result as a grid scalar. */
function scalarOf(v: unknown): Scalarish {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) {
    const serial = dateToSerial(v);
    return Number.isNaN(serial) ? { value: null } : { value: serial, date: true };
  }
  if (isObject(v)) {
    if (typeof v.error === 'string') return { value: v.error, error: true };
    const rich = richTextToString(v);
    if (rich !== undefined) return { value: rich };
    if ('text' in v) {
      // Hyperlink: the text is what the sheet shows; it may itself be rich text.
      const t = v.text;
      if (typeof t === 'string') return { value: t };
      const r = richTextToString(t);
      return { value: r ?? null };
    }
  }
  return { value: null };
}

function convertCell(cell: ExcelJS.Cell, defaultFont: string | undefined, date1904: boolean): Cell | null {
  const raw: unknown = cell.value;
  let formula: string | undefined;
  let s: Scalarish;
  if (isObject(raw) && ('formula' in raw || 'sharedFormula' in raw)) {
    const f = cell.formula;
    formula = typeof f === 'string' && f.trim().length > 0 ? f.trim() : undefined;
    // cell.result, not value.result: exceljs's value copy drops falsy results (0, false, "").
    s = scalarOf(cell.result);
  } else {
    s = scalarOf(raw);
  }
  let value = s.value;
  if (s.date && date1904 && typeof value === 'number' && isTimeOnlyFormat(cell.numFmt)) {
    // exceljs shifted a time/duration as if it were a 1904 date; undo it (see isTimeOnlyFormat).
    value -= DATE1904_OFFSET;
  }
  if (value === '' && formula === undefined) value = null;
  if (value === null && formula === undefined) return null;
  const fontName = cell.font?.name ?? defaultFont;
  return makeCell(value, {
    date: s.date,
    error: s.error,
    numberFormat: typeof value === 'number' ? numFmtToKeep(cell.numFmt) : undefined,
    font: fontToKeep(fontName, defaultFont),
    formula,
  });
}

/** exceljs keeps merges in a private map; its public `model` getter rebuilds every row to expose them. */
interface WorksheetInternals {
  _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }>;
}

export function gridsFromExceljs(wb: ExcelJS.Workbook, opts: ExceljsOptions): { sheets: SheetGrid[]; warnings: string[] } {
  const sheets: SheetGrid[] = [];
  const warnings: string[] = [];
  const date1904 = wb.properties?.date1904 === true;
  for (const ws of wb.worksheets) {
    if (opts.sheet !== undefined && ws.name !== opts.sheet) continue;
    const builder = new SheetBuilder(ws.name, ws.state === 'hidden' || ws.state === 'veryHidden', opts.limits);
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (builder.full) return;
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // A covered cell of a merge reports the master's value; Excel shows it only once.
        if (cell.isMerged && cell.master !== cell) return;
        builder.set(rowNumber - 1, colNumber - 1, convertCell(cell, opts.defaultFont, date1904));
      });
    });
    const merges = (ws as unknown as WorksheetInternals)._merges ?? {};
    for (const m of Object.values(merges)) {
      const model = m.model;
      if (model) builder.addMerge({ top: model.top - 1, left: model.left - 1, bottom: model.bottom - 1, right: model.right - 1 });
    }
    if (Object.keys(merges).length === 0) {
      // Older exceljs builds: fall back to the public model.
      for (const ref of ws.model.merges ?? []) {
        const area = parseRange(ref);
        if (area) builder.addMerge(area);
      }
    }
    const built = builder.build();
    sheets.push(built.grid);
    warnings.push(...built.warnings);
  }
  return { sheets, warnings };
}

/**
 * Reads with exceljs. `expectedWorksheets` is how many worksheets workbook.xml lists: exceljs
 * returns zero sheets, without an error, for several valid layouts (parts outside xl/worksheets,
 * sheet.xml without a number, non-standard prefixes), and that must count as a failure.
 */
export async function readWithExceljs(
  path: string,
  opts: ExceljsOptions & { expectedWorksheets: number | undefined },
): Promise<{ sheets: SheetGrid[]; warnings: string[] }> {
  const buffer = await readFile(path);
  // Loaded on demand: exceljs takes ~250 ms to require, and most reads never need it.
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  // exceljs declares its own `Buffer` interface (an ArrayBuffer); a Node Buffer is what it really takes.
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const result = gridsFromExceljs(wb, opts);
  const want = opts.sheet !== undefined ? 1 : opts.expectedWorksheets;
  if (want !== undefined && result.sheets.length < want) {
    throw new InputError(
      'corrupt',
      `exceljs read ${result.sheets.length} of the ${want} worksheet(s) the workbook lists`,
      `exceljs chỉ đọc được ${result.sheets.length} trong ${want} trang tính của tệp`,
    );
  }
  return result;
}

/**
 * Writes the engine's cleaned copy of a sheet. The user's sheet is never written to.
 *
 * With ExcelApi 1.8 and an .xlsx supplied by the caller (built by the pane), the copy opens as
 * a new workbook through `Excel.createWorkbook`. Otherwise it becomes a new worksheet right
 * after the source, named "<source> (sạch)" — "(sạch 2)", "(sạch 3)" … when taken — within
 * Excel's 31 characters, holding the cleaned values and formulas, number formats, merges and
 * the source's column widths, and is activated.
 *
 * Text is written behind an apostrophe so that Excel stores it exactly as the engine produced
 * it: without one, Excel would read "- Tuyên truyền" as a formula and "3.954" or "8/2025" as a
 * number or a date. Large copies are written in several round trips, each under the request
 * payload budget; if one fails, the half-written sheet is deleted.
 */
import type { Cell, SheetGrid } from '../engine/grid';
import type { XlCellValue, XlExcel, XlOffice, XlRequestContext, XlWorksheet } from './api';
import { detectCapabilities, type Capabilities } from './capabilities';
import { jsonBytes } from './payload';

export const CLEANED_SUFFIX = 'sạch';
const MAX_SHEET_NAME = 31;
const DEFAULT_WRITE_BUDGET_BYTES = 4_000_000;

/** Whether "open as a new workbook" can be offered (ExcelApi 1.8). */
export function newWorkbookSupported(office: XlOffice): boolean {
  return detectCapabilities(office).createWorkbook;
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair or leaving a lone combining mark. */
function cut(text: string, max: number): string {
  let out = text.normalize('NFC');
  if (out.length <= max) return out;
  out = out.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out.replace(/\p{M}+$/u, '');
}

/**
 * "<source> (sạch)", or with the first free number; Excel compares sheet names ignoring case.
 * The source part is shortened so the whole stays within 31 characters.
 */
/** A sheet name not in use: `base` itself, else "base (2)", "base (3)"… within Excel's 31 characters. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.normalize('NFC').toLocaleLowerCase()));
  const clean = base.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim() || 'Sheet';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${cut(clean, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.normalize('NFC').toLocaleLowerCase())) return name;
  }
}

export function cleanedSheetName(source: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.normalize('NFC').toLocaleLowerCase()));
  const base = source.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Phụ lục';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ` (${CLEANED_SUFFIX})` : ` (${CLEANED_SUFFIX} ${n})`;
    const name = `${cut(base, MAX_SHEET_NAME - suffix.length).trimEnd().replace(/'+$/, '')}${suffix}`;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

function cellInput(cell: Cell | null): XlCellValue | null {
  if (cell === null || cell.value === null) return null;
  return typeof cell.value === 'string' ? `'${cell.value}` : cell.value;
}

interface Chunk {
  readonly row: number;
  readonly rows: number;
  readonly values: Array<Array<XlCellValue | null>>;
  readonly formats: Array<Array<string | null>>;
  readonly bytes: number;
}

/** The grid's rows as value/format blocks, each at most `budget` bytes on the wire (one row at least). */
function chunks(grid: SheetGrid, width: number, budget: number): Chunk[] {
  const out: Chunk[] = [];
  let values: Array<Array<XlCellValue | null>> = [];
  let formats: Array<Array<string | null>> = [];
  let bytes = 0;
  let start = 0;
  grid.cells.forEach((line, r) => {
    const v: Array<XlCellValue | null> = [];
    const f: Array<string | null> = [];
    for (let c = 0; c < width; c++) {
      const cell = line[c] ?? null;
      v.push(cellInput(cell));
      f.push(cell?.numberFormat ?? null);
    }
    const rowBytes = jsonBytes(v) + jsonBytes(f);
    if (values.length > 0 && bytes + rowBytes > budget) {
      out.push({ row: start, rows: values.length, values, formats, bytes });
      values = [];
      formats = [];
      bytes = 0;
      start = r;
    }
    values.push(v);
    formats.push(f);
    bytes += rowBytes;
  });
  if (values.length > 0) out.push({ row: start, rows: values.length, values, formats, bytes });
  return out;
}

export interface WriteCopyOptions {
  readonly capabilities: Capabilities;
  /** The cleaned workbook as .xlsx (base64); used with `excel.createWorkbook` when supported. */
  readonly xlsxBase64?: string;
  readonly excel?: Pick<XlExcel, 'createWorkbook'>;
  /** Request bytes per round trip (default 4 MB of Excel on the web's 5 MB). */
  readonly payloadBudgetBytes?: number;
}

export interface WriteCopyResult {
  /** The new sheet's name, or the source's when the copy opened as a new workbook. */
  readonly sheetName: string;
  readonly newWorkbook: boolean;
}

export async function writeCleanedCopy(
  context: XlRequestContext,
  sourceSheetName: string,
  grid: SheetGrid,
  options: WriteCopyOptions,
): Promise<WriteCopyResult> {
  const caps = options.capabilities;
  if (options.xlsxBase64 !== undefined && options.excel && caps.createWorkbook) {
    await options.excel.createWorkbook(options.xlsxBase64);
    return { sheetName: sourceSheetName, newWorkbook: true };
  }

  return writeGridSheet(context, sourceSheetName, grid, (names) => cleanedSheetName(sourceSheetName, names), options.payloadBudgetBytes, caps);
}

/**
 * Writes a grid as a new worksheet right after `besideSheet`, named by `nameFor` from the names
 * in use: values, number formats, formulas, merges and the neighbour's column widths. All or
 * nothing: a failed write removes the half-written sheet.
 */
export async function writeGridSheet(
  context: XlRequestContext,
  besideSheet: string,
  grid: SheetGrid,
  nameFor: (existing: readonly string[]) => string,
  payloadBudgetBytes: number | undefined,
  caps: Capabilities,
): Promise<WriteCopyResult> {
  // Round trip 1: the names in use, where the source sits, and its column widths.
  const width = grid.cells.reduce((w, row) => Math.max(w, row.length), 0);
  const sheets = context.workbook.worksheets.load('items/name');
  const source = context.workbook.worksheets.getItem(besideSheet).load('position');
  const widths = Array.from({ length: width }, (_, c) => source.getRangeByIndexes(0, grid.originCol + c, 1, 1).format.load('columnWidth'));
  await context.sync();
  const name = nameFor(sheets.items.map((s) => s.name));

  const budget = payloadBudgetBytes ?? DEFAULT_WRITE_BUDGET_BYTES;
  let target: XlWorksheet | null = null;
  try {
    if (caps.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    target = context.workbook.worksheets.add(name);
    target.position = source.position + 1;
    let pending = 0;
    for (const chunk of width > 0 ? chunks(grid, width, budget / 2) : []) {
      if (pending > 0 && pending + chunk.bytes > budget) {
        await context.sync();
        pending = 0;
      }
      const range = target.getRangeByIndexes(grid.originRow + chunk.row, grid.originCol, chunk.rows, width);
      // null leaves a cell as it is: the new sheet's cells are empty and General already.
      range.values = chunk.values;
      range.numberFormat = chunk.formats;
      pending += chunk.bytes;
    }
    // Formulas after values: the values hold the engine's computed results.
    grid.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell?.formula && target) target.getRangeByIndexes(grid.originRow + r, grid.originCol + c, 1, 1).formulas = [[`=${cell.formula}`]];
      }),
    );
    for (const m of grid.merges) {
      target.getRangeByIndexes(grid.originRow + m.top, grid.originCol + m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
    }
    widths.forEach((w, c) => {
      if (target && typeof w.columnWidth === 'number') target.getRangeByIndexes(0, grid.originCol + c, 1, 1).format.columnWidth = w.columnWidth;
    });
    target.activate();
    await context.sync();
  } catch (e) {
    await deleteBestEffort(context, name);
    throw e;
  }
  return { sheetName: name, newWorkbook: false };
}

/** Removes a half-written copy; never throws (the original error is what matters). */
async function deleteBestEffort(context: XlRequestContext, name: string): Promise<void> {
  try {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const half = sheets.items.find((s) => s.name === name);
    if (!half) return;
    half.delete();
    await context.sync();
  } catch {
    // Nothing more to do: the user can delete the sheet by hand.
  }
}

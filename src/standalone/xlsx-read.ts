/**
 * An .xlsx file (bytes the user picked or the demo fetched from our own origin) turned into the
 * simulator's workbook description. Read with exceljs's browser build, inside the page: the file
 * never leaves the browser. Only what the add-in and the grid view use is carried over: values
 * (dates as Excel serials with their format, as Excel's API gives them), formulas with their
 * cached results, number formats, fonts, solid fills, merges, column widths, hidden sheets.
 */
import type { Cell as XCell, CellValue, Fill, Workbook, Worksheet } from 'exceljs';
import type { SimCellInput, SimCellSpec, SimSheetInit } from '../office-sim';

/** Excel serial of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

export interface ReadLimits {
  /** Rows per sheet carried over (the grid and the add-in stay usable well beyond 50,000). */
  readonly maxRows: number;
  readonly maxCols: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxRows: 200_000, maxCols: 200 };

export class WorkbookReadError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

function serialOf(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** "FFRRGGBB" (exceljs ARGB) → "#RRGGBB"; theme and indexed colours are not resolved. */
export function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return undefined;
  return `#${argb.slice(2).toUpperCase()}`;
}

function fillOf(fill: Fill | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return argbToHex(fill.fgColor?.argb);
}

type Scalar = string | number | boolean;

/** A cell's stored value and formula as Excel's API reports them. */
function valueOf(v: CellValue): { value: Scalar | null; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: serialOf(v) };
  if ('richText' in v) return { value: v.richText.map((r) => r.text).join('') };
  if ('error' in v) return { value: v.error };
  if ('formula' in v || 'sharedFormula' in v) {
    const formula = (v as { formula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula;
    const r = v.result;
    const value = r === undefined || r === null ? null : r instanceof Date ? serialOf(r) : typeof r === 'object' ? r.error : r;
    return { value, formula: formula ? `=${formula}` : undefined };
  }
  if ('hyperlink' in v) return { value: typeof v.text === 'string' ? v.text : String(v.text ?? '') };
  return { value: null };
}

function cellInput(cell: XCell): SimCellInput {
  const { value, formula } = valueOf(cell.value);
  const spec: { -readonly [K in keyof SimCellSpec]: SimCellSpec[K] } = {};
  if (value !== null) spec.value = value;
  if (formula) spec.formula = formula;
  const numFmt = cell.numFmt;
  if (numFmt && numFmt !== 'General') spec.numberFormat = numFmt;
  const f = cell.font;
  if (f && (f.name || f.bold || f.color?.argb)) {
    const font: { name?: string; bold?: boolean; color?: string } = {};
    if (f.name) font.name = f.name;
    if (f.bold) font.bold = true;
    const color = argbToHex(f.color?.argb);
    if (color) font.color = color;
    spec.font = font;
  }
  const fill = fillOf(cell.fill);
  if (fill) spec.fill = fill;
  return Object.keys(spec).length === 0 ? null : spec;
}

/** Column width in characters (as xlsx stores it) → points (what the Excel API reports). */
export function charWidthToPoints(chars: number): number {
  const pixels = Math.trunc(((chars * 7 + 5) / 7) * 256) / 256 * 7;
  return Math.round(pixels * 0.75 * 100) / 100;
}

function sheetInit(ws: Worksheet, limits: ReadLimits): SimSheetInit {
  const rowCount = Math.min(ws.rowCount, limits.maxRows);
  const colCount = Math.min(ws.columnCount, limits.maxCols);
  const cells: SimCellInput[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > rowCount) return;
    const line: SimCellInput[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > colCount) return;
      // A merged area's other cells repeat the master's value in exceljs; Excel keeps them empty.
      if (cell.isMerged && cell.master !== cell) return;
      line[colNumber - 1] = cellInput(cell);
    });
    cells[rowNumber - 1] = line;
  });
  // Holes would be skipped by map/forEach in the simulator: make them explicit empty rows.
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  const columnWidths: Record<string, number> = {};
  for (let c = 1; c <= colCount; c++) {
    const w = ws.getColumn(c).width;
    if (typeof w === 'number' && w > 0) columnWidths[ws.getColumn(c).letter] = charWidthToPoints(w);
  }
  const merges = (ws.model.merges ?? []).filter((m) => typeof m === 'string');
  return {
    name: ws.name,
    cells,
    merges,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    columnWidths,
  };
}

/** Reads an .xlsx into simulator sheets. Throws WorkbookReadError with a plain reason. */
export async function readXlsx(data: ArrayBuffer, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<SimSheetInit[]> {
  const { Workbook: WorkbookClass } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const wb: Workbook = new WorkbookClass();
  try {
    await wb.xlsx.load(data);
  } catch (err) {
    throw new WorkbookReadError('not-xlsx', err);
  }
  const sheets = wb.worksheets.map((ws) => sheetInit(ws, limits));
  if (sheets.length === 0) throw new WorkbookReadError('no-sheets');
  if (sheets.every((s) => s.hidden)) return sheets.map((s, i) => (i === 0 ? { ...s, hidden: false } : s));
  return sheets;
}

/**
 * Reads a worksheet into the engine's SheetGrid with as few round trips as the payload limit
 * allows.
 *
 * Round trip 1 asks for the sheet's name and used range (values only) and, without waiting to
 * learn how big the sheet is, for the values, number formats and formulas of a fixed window
 * (A1:AD300) — which is the whole table for most appendices, so those are read in one sync.
 * For a larger sheet, the window's cells also measure the average cost of a cell, and the rest
 * is read in row blocks sized so that each sync's response stays under the budget (4 MB of
 * Excel on the web's 5 MB). A block the host still refuses as too large is split and retried.
 *
 * What is read per cell:
 * - values and number formats always (a number with a date format is a date; "3.954" stays
 *   text; a percent format marks percentages);
 * - formulas (without the leading "=", as the engine's other hosts give them) only when the
 *   used range has at most 20,000 cells, so that big sheets don't pay twice for every cell;
 * - font names — the strongest hint of a legacy Vietnamese encoding — per cell through
 *   getCellProperties (ExcelApi 1.9) for sheets up to 20,000 cells; otherwise one name per
 *   column (or for the whole used range) when all its cells agree, and none where they differ;
 * - merged areas through getMergedAreasOrNullObject (ExcelApi 1.13). Older hosts have no API
 *   for merges: the grid then has none, and the engine treats merged-down cells as empty.
 */
import type { CellScalar, MergedArea, SheetGrid } from '../engine/grid';
import type { XlCellProperties, XlCellValue, XlClientResult, XlRange, XlRangeAreas, XlRangeFont, XlRequestContext, XlWorksheet } from './api';
import { throwIfCancelled, type CancelSignal } from './cancel';
import { BASELINE_CAPABILITIES, type Capabilities } from './capabilities';
import { isDateFormat } from './number-format';
import { isPayloadTooLarge, jsonBytes } from './payload';

export interface ReadProgress {
  readonly rowsRead: number;
  readonly totalRows: number;
}

export interface ReadSheetOptions {
  readonly capabilities?: Capabilities;
  readonly onProgress?: (progress: ReadProgress) => void;
  readonly signal?: CancelSignal;
  /** Response bytes one sync may carry (default 4 MB). */
  readonly payloadBudgetBytes?: number;
  /**
   * Called once right after the first round trip, before anything else is queued: loads
   * queued here ride on the reader's next sync instead of costing one of their own.
   */
  readonly afterFirstSync?: () => void;
}

export const READ_LIMITS = Object.freeze({
  windowRows: 300,
  windowCols: 30,
  payloadBudgetBytes: 4_000_000,
  /** Sheets up to this many used cells get formulas and per-cell fonts. */
  detailCells: 20_000,
  /** Cost assumed per cell before any was measured (long Vietnamese text is ~2 bytes a letter). */
  initialBytesPerCell: 200,
  /** Margin on the measured cost: later rows may be wordier than the first ones. */
  safety: 1.25,
});

interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const CELL_FONT = { format: { font: { name: true } } };
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

interface MutableCell {
  value: CellScalar;
  date?: boolean;
  error?: boolean;
  numberFormat?: string;
  font?: string;
  formula?: string;
}

/** Collects loaded blocks into the grid's rows, relative to the used range's top-left. */
class GridBuilder {
  readonly cells: Array<Array<MutableCell | null>>;
  private readonly filled: boolean[];
  cellsRead = 0;

  constructor(readonly used: Rect) {
    this.cells = Array.from({ length: used.rows }, () => new Array<MutableCell | null>(used.cols).fill(null));
    this.filled = new Array<boolean>(used.rows * used.cols).fill(false);
  }

  /**
   * Adds a block loaded at sheet position (row, col); parts outside the used range are ignored.
   * Returns the cells taken and their cost on the wire, to size the blocks still to come.
   */
  add(
    at: { row: number; col: number },
    values: XlCellValue[][],
    formats: string[][],
    formulas: XlCellValue[][] | null,
    fonts: XlCellProperties[][] | null,
  ): { cells: number; bytes: number } {
    let cells = 0;
    let bytes = 0;
    for (let i = 0; i < values.length; i++) {
      const r = at.row + i - this.used.row;
      if (r < 0 || r >= this.used.rows) continue;
      for (let j = 0; j < values[i].length; j++) {
        const c = at.col + j - this.used.col;
        if (c < 0 || c >= this.used.cols || this.filled[r * this.used.cols + c]) continue;
        this.filled[r * this.used.cols + c] = true;
        cells++;
        const formula = formulas?.[i][j];
        const font = fonts?.[i][j]?.format?.font?.name;
        bytes += jsonBytes(values[i][j]) + jsonBytes(formats[i][j]) + (formulas ? jsonBytes(formula) : 0) + (fonts ? jsonBytes(fonts[i][j]) : 0) + 3;
        this.cells[r][c] = toCell(values[i][j], formats[i][j], formula, font);
      }
    }
    this.cellsRead += cells;
    return { cells, bytes };
  }

  /** Gives every non-empty cell of column `c` (relative) without a font this font name. */
  setColumnFont(c: number, name: string): void {
    for (const line of this.cells) {
      const cell = line[c];
      if (cell && cell.font === undefined) cell.font = name;
    }
  }

  /** The part of the used range outside `done`, as at most two rectangles (below it, right of it). */
  remaining(done: Rect | null): Rect[] {
    const u = this.used;
    if (!done) return [u];
    const out: Rect[] = [];
    const doneBottom = done.row + done.rows;
    const doneRight = done.col + done.cols;
    if (u.row + u.rows > doneBottom) {
      const top = Math.max(u.row, doneBottom);
      out.push({ row: top, col: u.col, rows: u.row + u.rows - top, cols: u.cols });
    }
    if (u.col + u.cols > doneRight && u.row < doneBottom) {
      const left = Math.max(u.col, doneRight);
      out.push({ row: u.row, col: left, rows: Math.min(u.row + u.rows, doneBottom) - u.row, cols: u.col + u.cols - left });
    }
    return out;
  }
}

/** One font-name load per used column; a column whose cells disagree gets none. */
class ColumnFonts {
  private loads: XlRangeFont[] | null = null;

  constructor(
    private readonly sheet: XlWorksheet,
    private readonly used: Rect,
  ) {}

  get queued(): boolean {
    return this.loads !== null;
  }

  /** Queues the loads (once) to ride on the next sync. */
  queue(): void {
    this.loads ??= Array.from({ length: this.used.cols }, (_, c) =>
      this.sheet.getRangeByIndexes(this.used.row, this.used.col + c, this.used.rows, 1).format.font.load('name'),
    );
  }

  /** The sync carrying the loads failed: queue them again next time. */
  lost(): void {
    this.loads = null;
  }

  applyTo(grid: GridBuilder): void {
    this.loads?.forEach((f, c) => {
      if (f.name) grid.setColumnFont(c, f.name);
    });
  }
}

function toCell(value: XlCellValue, format: string, formula: XlCellValue | undefined, font: string | undefined): MutableCell | null {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=');
  if (value === '' && !hasFormula) return null;
  const cell: MutableCell = { value: value === '' ? null : value };
  if (typeof value === 'number' && isDateFormat(format)) cell.date = true;
  if (typeof value === 'string' && ERROR_VALUE.test(value)) cell.error = true;
  if (format && format !== 'General') cell.numberFormat = format;
  if (font) cell.font = font;
  if (hasFormula) cell.formula = (formula as string).slice(1);
  return cell;
}

interface FirstTrip {
  readonly sheet: XlWorksheet;
  readonly used: XlRange;
  readonly window: XlRange | null;
  readonly windowFonts: XlClientResult<XlCellProperties[][]> | null;
  readonly usedFont: XlRangeFont;
  readonly merges: XlRangeAreas | null;
}

function queueFirstTrip(context: XlRequestContext, sheetName: string | undefined, caps: Capabilities, withWindow: boolean): FirstTrip {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
  sheet.load('name,visibility');
  const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
  // Loading through a null object is harmless: it only comes back as a null object.
  const usedFont = used.format.font.load('name');
  let windowRange: XlRange | null = null;
  let windowFonts: XlClientResult<XlCellProperties[][]> | null = null;
  if (withWindow) {
    windowRange = sheet.getRangeByIndexes(0, 0, READ_LIMITS.windowRows, READ_LIMITS.windowCols).load('values,numberFormat,formulas');
    if (caps.cellProperties) windowFonts = windowRange.getCellProperties(CELL_FONT);
  }
  let merges: XlRangeAreas | null = null;
  if (caps.mergedAreas) {
    merges = sheet.getRange().getMergedAreasOrNullObject();
    merges.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
  }
  return { sheet, used, window: windowRange, windowFonts, usedFont, merges };
}

function mergedAreas(merges: XlRangeAreas | null, used: Rect): MergedArea[] {
  if (!merges || merges.isNullObject) return [];
  const out: MergedArea[] = [];
  for (const m of merges.areas.items) {
    const top = Math.max(m.rowIndex, used.row) - used.row;
    const left = Math.max(m.columnIndex, used.col) - used.col;
    const bottom = Math.min(m.rowIndex + m.rowCount, used.row + used.rows) - 1 - used.row;
    const right = Math.min(m.columnIndex + m.columnCount, used.col + used.cols) - 1 - used.col;
    if (bottom >= top && right >= left && (bottom > top || right > left)) out.push({ top, left, bottom, right });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Reads the named sheet (or the active one) into a SheetGrid. Rejects with CancelledError
 * when `signal.aborted` is set between round trips.
 */
export async function readSheet(context: XlRequestContext, sheetName?: string, options: ReadSheetOptions = {}): Promise<SheetGrid> {
  const caps = options.capabilities ?? BASELINE_CAPABILITIES;
  const budget = options.payloadBudgetBytes ?? READ_LIMITS.payloadBudgetBytes;
  throwIfCancelled(options.signal);

  let first = queueFirstTrip(context, sheetName, caps, true);
  try {
    await context.sync();
  } catch (e) {
    // The window alone was too large (very long texts): start again without it.
    if (!isPayloadTooLarge(e)) throw e;
    first = queueFirstTrip(context, sheetName, caps, false);
    await context.sync();
  }
  options.afterFirstSync?.();

  const name = first.sheet.name;
  const hidden = first.sheet.visibility !== 'Visible';
  if (first.used.isNullObject) return { name, originRow: 0, originCol: 0, cells: [], merges: [], hidden };

  const used: Rect = { row: first.used.rowIndex, col: first.used.columnIndex, rows: first.used.rowCount, cols: first.used.columnCount };
  const detail = used.rows * used.cols <= READ_LIMITS.detailCells;
  const cellFonts = detail && caps.cellProperties;
  const grid = new GridBuilder(used);
  const report = () => options.onProgress?.({ rowsRead: Math.min(used.rows, Math.floor(grid.cellsRead / used.cols)), totalRows: used.rows });

  let bytesPerCell: number = READ_LIMITS.initialBytesPerCell;
  let done: Rect | null = null;
  if (first.window) {
    const w = first.window;
    const sample = grid.add({ row: 0, col: 0 }, w.values, w.numberFormat, detail ? w.formulas : null, cellFonts ? first.windowFonts?.value ?? null : null);
    if (sample.cells > 0) bytesPerCell = sample.bytes / sample.cells;
    done = { row: 0, col: 0, rows: READ_LIMITS.windowRows, cols: READ_LIMITS.windowCols };
    report();
  }

  // Without per-cell fonts: the used range's one font, or else one per column where they agree.
  const uniformFont = cellFonts ? null : first.usedFont.name;
  if (uniformFont) for (let c = 0; c < used.cols; c++) grid.setColumnFont(c, uniformFont);
  const columnFonts = cellFonts || uniformFont ? null : new ColumnFonts(first.sheet, used);

  const fields = detail ? 'values,numberFormat,formulas' : 'values,numberFormat';
  for (const area of grid.remaining(done)) {
    let rowsPerSync = Math.max(1, Math.floor(budget / (area.cols * bytesPerCell * READ_LIMITS.safety)));
    for (let row = area.row; row < area.row + area.rows; ) {
      const rows = Math.min(rowsPerSync, area.row + area.rows - row);
      const block = first.sheet.getRangeByIndexes(row, area.col, rows, area.cols).load(fields);
      const blockFonts = cellFonts ? block.getCellProperties(CELL_FONT) : null;
      columnFonts?.queue();
      throwIfCancelled(options.signal);
      try {
        await context.sync();
      } catch (e) {
        if (!isPayloadTooLarge(e) || rows === 1) throw e;
        rowsPerSync = Math.max(1, Math.floor(rows / 2));
        columnFonts?.lost();
        continue;
      }
      grid.add({ row, col: area.col }, block.values, block.numberFormat, detail ? block.formulas : null, blockFonts?.value ?? null);
      row += rows;
      report();
    }
  }
  if (columnFonts && !columnFonts.queued) {
    // A sheet read in one trip whose cells use several fonts: one more trip, for the columns.
    columnFonts.queue();
    throwIfCancelled(options.signal);
    await context.sync();
  }
  columnFonts?.applyTo(grid);

  return { name, originRow: used.row, originCol: used.col, cells: grid.cells, merges: mergedAreas(first.merges, used), hidden };
}

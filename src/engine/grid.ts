/**
 * The engine's view of a worksheet: a rectangle of cells as a host (Excel, exceljs, the
 * standalone page) hands it over. The engine never sees Office.js or exceljs objects; each
 * host converts into this shape.
 *
 * Coordinates are 0-based everywhere inside the engine. `originRow`/`originCol` say where
 * cells[0][0] sits on the sheet, because hosts read a used range that need not start at A1;
 * only addresses shown to people (A1 notation, 1-based rows) add the origin back.
 */

/** A cell value as Excel gives it. Dates arrive as serial numbers with `date: true`. */
export type CellScalar = string | number | boolean | null;

export interface Cell {
  /** The stored value: string, number (dates as Excel serials), boolean, or null when empty. */
  readonly value: CellScalar;
  /** True when the cell is a date (a date number format on a number); `value` is then the serial. */
  readonly date?: boolean;
  /** An Excel error value such as "#REF!"; `value` then holds the same text. */
  readonly error?: boolean;
  /** The number format, when the host knows it (tells dates and percentages apart). */
  readonly numberFormat?: string;
  /** The font name, when the host knows it (the strongest signal of a legacy Vietnamese encoding). */
  readonly font?: string;
  /** The formula, when the cell has one; `value` is then its cached result. */
  readonly formula?: string;
}

/** A merged area in grid coordinates, inclusive on all sides. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  readonly originRow: number;
  readonly originCol: number;
  /** Row-major; a row may be shorter than others and a cell may be null (empty). */
  readonly cells: ReadonlyArray<ReadonlyArray<Cell | null>>;
  /** Merged areas; only the top-left cell of each holds the value, as in Excel. */
  readonly merges: ReadonlyArray<MergedArea>;
  readonly hidden?: boolean;
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null });

export function cellAt(grid: SheetGrid, row: number, col: number): Cell {
  return grid.cells[row]?.[col] ?? EMPTY_CELL;
}

export function gridWidth(grid: SheetGrid): number {
  let w = 0;
  for (const row of grid.cells) if (row.length > w) w = row.length;
  return w;
}

/** The cell's content as text: strings as they are, numbers in plain form, empty as "". */
export function cellText(cell: Cell): string {
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export function isBlankCell(cell: Cell): boolean {
  const v = cell.value;
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** 0-based column index to Excel letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Excel letters to a 0-based column index: A → 0, AA → 26. Returns -1 for anything else. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheet address (A1 notation) of a grid cell. */
export function cellAddress(grid: Pick<SheetGrid, 'originRow' | 'originCol'>, row: number, col: number): string {
  return columnLetter(grid.originCol + col) + String(grid.originRow + row + 1);
}

/** 1-based sheet row number of a grid row. */
export function sheetRow(grid: Pick<SheetGrid, 'originRow'>, row: number): number {
  return grid.originRow + row + 1;
}

/** Builds a grid from plain values (tests, the demo appendix, simple hosts). */
export function gridFromValues(
  name: string,
  values: ReadonlyArray<ReadonlyArray<CellScalar | Cell>>,
  merges: MergedArea[] = [],
): SheetGrid {
  const cells = values.map((row) =>
    row.map((v): Cell | null => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'object') return v;
      return { value: v };
    }),
  );
  return { name, originRow: 0, originCol: 0, cells, merges };
}

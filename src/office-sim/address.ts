/**
 * A1 addresses for the simulator: parse what the Excel API accepts ("A1", "$A$1:C3", "A:C",
 * "1:5", "Sheet1!A1", "'Phụ lục III'!B2:B9") into 0-based rectangles, and print rectangles
 * back the way Excel reports them.
 */
import { columnIndex, columnLetter } from '../engine/grid';
import { SimError } from './errors';

/** Excel's grid size (xlsx). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle of cells, 0-based, `rows`/`cols` ≥ 1. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function rect(row: number, col: number, rows: number, cols: number): Rect {
  return { row, col, rows, cols };
}

export const WHOLE_SHEET: Rect = rect(0, 0, MAX_ROWS, MAX_COLS);

export function cellCount(r: Rect): number {
  return r.rows * r.cols;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const right = Math.min(a.col + a.cols, b.col + b.cols);
  return rect(row, col, bottom - row, right - col);
}

export function isInsideGrid(r: Rect): boolean {
  return r.row >= 0 && r.col >= 0 && r.rows >= 1 && r.cols >= 1 && r.row + r.rows <= MAX_ROWS && r.col + r.cols <= MAX_COLS;
}

/** "A1" or "A1:C3" (no sheet). */
export function formatRect(r: Rect): string {
  const tl = columnLetter(r.col) + String(r.row + 1);
  if (r.rows === 1 && r.cols === 1) return tl;
  return `${tl}:${columnLetter(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** Sheet name as it appears before "!" in an address: quoted unless plain ASCII. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r)}`;
}

interface Corner {
  row: number | null;
  col: number | null;
}

function parseCorner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const col = m[1] === '' ? null : columnIndex(m[1]);
  const row = m[2] === '' ? null : Number(m[2]) - 1;
  if (col !== null && (col < 0 || col >= MAX_COLS)) return null;
  if (row !== null && (row < 0 || row >= MAX_ROWS)) return null;
  return { row, col };
}

function invalid(address: string): SimError {
  return new SimError('InvalidArgument', `The address "${address}" is not valid.`);
}

/** One area: "A1", "A1:C3", "A:C", "3:5", optionally "Sheet!"-qualified. */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  let text = address.trim();
  let sheet: string | null = null;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [a, b = a, extra] = text.split(':');
  if (extra !== undefined) throw invalid(address);
  const p = parseCorner(a);
  const q = parseCorner(b);
  if (!p || !q) throw invalid(address);
  // Whole columns ("A:C") have no rows, whole rows ("3:5") no columns; both ends must agree.
  if ((p.row === null) !== (q.row === null) || (p.col === null) !== (q.col === null)) throw invalid(address);
  const r1 = p.row ?? 0;
  const r2 = q.row ?? MAX_ROWS - 1;
  const c1 = p.col ?? 0;
  const c2 = q.col ?? MAX_COLS - 1;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { sheet, rect: rect(top, left, Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1) };
}

/** Several areas separated by "," or ";" (what `getRanges` accepts). */
export function parseAreas(list: string): Array<{ sheet: string | null; rect: Rect }> {
  const parts = list.split(/[,;]/).map((s) => s.trim());
  if (parts.some((p) => p === '')) throw invalid(list);
  return parts.map(parseAddress);
}

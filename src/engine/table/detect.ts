/**
 * Table detection: find the header row(s) below the title block, map columns to roles, read
 * the budget unit, and find where each table ends (a sheet may hold several).
 */
import { cellAt, cellText, columnIndex, gridWidth, type MergedArea, type SheetGrid } from '../grid';
import type { ColumnMap, SingleRole, TableModel } from '../model';
import type { ColumnRole } from '../report';
import type { ColumnOverrides } from '../options';
import { cleanText } from '../parse/text';
import { foldText as foldKey } from '../parse/fold';
import { parseStt } from '../parse/stt';
import { isUnitLine, roleOfHeader, unitOfText, type BudgetUnit } from './roles';

/** Header cells are short; longer text is data, and skipping it keeps the scan fast. */
const MAX_HEADER_CELL_LENGTH = 90;
/** How far below the previous table (or the top) a header may start. */
const MAX_TITLE_ROWS = 60;

/** Text of a cell, or of the merged area's top-left cell when the cell lies inside a merge. */
function headerCellText(grid: SheetGrid, mergeAt: MergeLookup, row: number, col: number): string {
  const own = cellText(cellAt(grid, row, col));
  if (own.trim() !== '') return own;
  const area = mergeAt(row, col);
  return area ? cellText(cellAt(grid, area.top, area.left)) : '';
}

type MergeLookup = (row: number, col: number) => MergedArea | undefined;

function mergeLookup(merges: readonly MergedArea[]): MergeLookup {
  // Appendix sheets have few merges (titles, section rows, header groups); a linear scan over
  // the ones that touch a row is cheap and avoids building a cell index for 50,000-row sheets.
  const byRow = new Map<number, MergedArea[]>();
  for (const m of merges) {
    // Bound the rows indexed per merge: a merge spanning thousands of rows is not a header.
    const last = Math.min(m.bottom, m.top + 50);
    for (let r = m.top; r <= last; r++) {
      let list = byRow.get(r);
      if (!list) byRow.set(r, (list = []));
      list.push(m);
    }
  }
  return (row, col) => byRow.get(row)?.find((m) => col >= m.left && col <= m.right);
}

interface HeaderCandidate {
  readonly roles: ReadonlyArray<ColumnRole | null>;
  readonly distinct: number;
}

/** Roles named by the cells of one row, when the row reads like a table header. */
function headerCandidate(grid: SheetGrid, row: number, width: number): HeaderCandidate | null {
  const cells = grid.cells[row];
  if (!cells) return null;
  const roles: (ColumnRole | null)[] = new Array(width).fill(null);
  const seen = new Set<ColumnRole>();
  let filled = 0;
  for (let c = 0; c < width; c++) {
    const cell = cells[c];
    if (!cell || cell.value === null) continue;
    if (typeof cell.value !== 'string') {
      // A header has no numbers in it, except a column-numbering row handled elsewhere.
      return null;
    }
    const text = cell.value;
    if (text.trim() === '') continue;
    if (text.length > MAX_HEADER_CELL_LENGTH) return null;
    filled++;
    const role = roleOfHeader(text);
    roles[c] = role;
    if (role) seen.add(role);
  }
  if (filled < 2 || seen.size < 2) return null;
  if (!seen.has('task') && !(seen.has('stt') && seen.size >= 3)) return null;
  // Most filled cells of a header name a column; a title sentence that happens to contain
  // "nhiệm vụ" does not.
  if (seen.size * 2 < filled) return null;
  return { roles, distinct: seen.size };
}

/** "(1) (2) (3)" or "1 2 3 4" under a header: the column-numbering row of printed tables. */
function isColumnNumberingRow(grid: SheetGrid, row: number, width: number): boolean {
  const cells = grid.cells[row];
  if (!cells) return false;
  let expected = 0;
  let count = 0;
  for (let c = 0; c < width; c++) {
    const v = cells[c]?.value ?? null;
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    const n = typeof v === 'number' ? v : Number(String(v).trim().replace(/^\((\d+)\)$/, '$1'));
    if (!Number.isInteger(n)) return false;
    if (expected === 0) expected = n;
    if (n !== expected) return false;
    expected++;
    count++;
  }
  return count >= 3;
}

/**
 * Whether the row under a header is its second header row: cells under a merged group
 * ("DỰ KIẾN KINH PHÍ" over "ĐTC" | "SN"), or a header whose cells are merged down into it.
 */
function isSecondHeaderRow(
  grid: SheetGrid,
  mergeAt: MergeLookup,
  header: number,
  row: number,
  width: number,
  roles: ReadonlyArray<ColumnRole | null>,
): boolean {
  const cells = grid.cells[row];
  if (!cells) return false;
  let verticalMerge = false;
  let filled = 0;
  for (let c = 0; c < width; c++) {
    const m = mergeAt(header, c);
    if (m && m.top === header && m.bottom >= row && m.left === m.right) verticalMerge = true;
    const v = cells[c]?.value ?? null;
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || v.length > MAX_HEADER_CELL_LENGTH) return false;
    filled++;
    const underGroup = mergeAt(header, c)?.left !== mergeAt(header, c)?.right;
    const headerEmpty = cellText(cellAt(grid, header, c)).trim() === '';
    const repeatsHeader = foldKey(v) === foldKey(cellText(cellAt(grid, header, c)));
    if (!(underGroup || headerEmpty || repeatsHeader || roleOfHeader(v) !== null)) return false;
    if (roles[c] === 'stt' && !repeatsHeader) return false;
  }
  return filled > 0 && (verticalMerge || filled <= width);
}

function applyOverrides(
  roles: (ColumnRole | null)[],
  overrides: ColumnOverrides | undefined,
): void {
  if (!overrides) return;
  for (const [letter, role] of Object.entries(overrides)) {
    const c = columnIndex(letter);
    if (c < 0) continue;
    while (roles.length <= c) roles.push(null);
    if (role === 'ignore') {
      roles[c] = null;
      continue;
    }
    // A role a table has once moves to the corrected column.
    if (role !== 'budget') for (let i = 0; i < roles.length; i++) if (roles[i] === role) roles[i] = null;
    roles[c] = role;
  }
}

function columnMap(roles: ReadonlyArray<ColumnRole | null>): ColumnMap {
  const single: Partial<Record<SingleRole, number>> = {};
  const budget: number[] = [];
  roles.forEach((role, c) => {
    if (role === null) return;
    if (role === 'budget') budget.push(c);
    else if (single[role] === undefined) single[role] = c;
  });
  return { single, budget };
}

function findUnit(
  grid: SheetGrid,
  headerRows: readonly number[],
  titleStart: number,
  headerText: readonly string[],
  budget: readonly number[],
): BudgetUnit | null {
  for (const c of budget) {
    const u = unitOfText(headerText[c] ?? '');
    if (u) return u;
  }
  // A "Đơn vị: Triệu đồng" line above the header, usually right-aligned.
  for (let r = headerRows[0] - 1; r >= titleStart; r--) {
    const cells = grid.cells[r];
    if (!cells) continue;
    for (const cell of cells) {
      if (cell && typeof cell.value === 'string' && cell.value.length < 80 && isUnitLine(cell.value)) {
        return unitOfText(cell.value);
      }
    }
  }
  return null;
}

export interface DetectOptions {
  readonly overrides?: ColumnOverrides;
}

/** Every appendix table on the sheet, top to bottom. Empty when there is none. */
export function detectTables(grid: SheetGrid, options: DetectOptions = {}): TableModel[] {
  const width = gridWidth(grid);
  const rowCount = grid.cells.length;
  const mergeAt = mergeLookup(grid.merges);
  const tables: TableModel[] = [];
  let searchFrom = 0;

  while (searchFrom < rowCount) {
    const found = findHeader(grid, searchFrom, Math.min(rowCount, searchFrom + MAX_TITLE_ROWS), width);
    if (!found) break;
    const { row: header, candidate } = found;
    const headerRows = [header];
    let next = header + 1;
    if (next < rowCount && isSecondHeaderRow(grid, mergeAt, header, next, width, candidate.roles)) {
      headerRows.push(next++);
    }
    if (next < rowCount && isColumnNumberingRow(grid, next, width)) headerRows.push(next++);

    // Column roles: the lower header row names the column when it can ("ĐTC", "Chủ trì"),
    // else the group above it does ("DỰ KIẾN KINH PHÍ" over a year).
    const textRows = headerRows.filter((r) => !isColumnNumberingRow(grid, r, width));
    const roles: (ColumnRole | null)[] = new Array(width).fill(null);
    const headerText: string[] = new Array(width).fill('');
    for (let c = 0; c < width; c++) {
      const parts: string[] = [];
      for (const r of textRows) {
        const t = cleanText(headerCellText(grid, mergeAt, r, c));
        if (t !== '' && !parts.includes(t)) parts.push(t);
      }
      headerText[c] = parts.join(' / ');
      for (let i = parts.length - 1; i >= 0 && roles[c] === null; i--) roles[c] = roleOfHeader(parts[i]);
    }
    applyOverrides(roles, options.overrides);
    const columns = columnMap(roles);
    const headerKeys = headerRows.map((r) => {
      const keys: string[] = [];
      for (let c = 0; c < width; c++) keys.push(foldKey(cellText(cellAt(grid, r, c))));
      return keys;
    });

    const firstRow = headerRows[headerRows.length - 1] + 1;
    const end = findTableEnd(grid, firstRow, width, headerKeys);
    tables.push({
      headerRows,
      firstRow,
      lastRow: end.lastRow,
      unit: findUnit(grid, headerRows, searchFrom, headerText, columns.budget),
      columns,
      headerText,
      headerKeys,
    });
    searchFrom = end.nextSearch;
  }
  return tables;
}

function findHeader(
  grid: SheetGrid,
  from: number,
  to: number,
  width: number,
): { row: number; candidate: HeaderCandidate } | null {
  for (let r = from; r < to; r++) {
    const candidate = headerCandidate(grid, r, width);
    if (candidate) return { row: r, candidate };
  }
  return null;
}

/** Share of a row's filled cells that repeat the header's text in the same column. */
export function headerRepeatScore(
  cells: ReadonlyArray<{ readonly value: unknown } | null> | undefined,
  headerKeys: ReadonlyArray<ReadonlyArray<string>>,
): number {
  if (!cells) return 0;
  let filled = 0;
  let same = 0;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c]?.value;
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' || v.length > MAX_HEADER_CELL_LENGTH) {
      filled++;
      continue;
    }
    const key = foldKey(v);
    if (key === '') continue;
    filled++;
    if (headerKeys.some((keys) => keys[c] === key && key !== '')) same++;
  }
  return filled === 0 ? 0 : same / filled;
}

function startsWithStt(cells: SheetGrid['cells'][number] | undefined): boolean {
  const first = cells?.find((c) => c !== null && c.value !== null && c.value !== '');
  if (!first) return false;
  const stt = parseStt(first.value);
  return stt !== null && (stt.kind === 'number' || stt.kind === 'roman');
}

function isBlankRow(cells: SheetGrid['cells'][number] | undefined): boolean {
  return !cells || cells.every((c) => !c || c.value === null || (typeof c.value === 'string' && c.value.trim() === ''));
}

/**
 * The last data row of a table that starts at `firstRow`: the table runs until a header that
 * is not a repeat of its own (the next table, whose title lines sit just above it) or the end
 * of the sheet; trailing blank rows are not part of it.
 */
function findTableEnd(
  grid: SheetGrid,
  firstRow: number,
  width: number,
  headerKeys: ReadonlyArray<ReadonlyArray<string>>,
): { lastRow: number; nextSearch: number } {
  const rowCount = grid.cells.length;
  let lastFilled = firstRow - 1;
  for (let r = firstRow; r < rowCount; r++) {
    const cells = grid.cells[r];
    if (isBlankRow(cells)) continue;
    // A row that starts with an item number is data; only the rest can open a new table.
    if (!startsWithStt(cells) && headerCandidate(grid, r, width) && headerRepeatScore(cells, headerKeys) < 0.6) {
      const titleStart = titleStartAbove(grid, r, firstRow);
      let last = titleStart - 1;
      while (last >= firstRow && isBlankRow(grid.cells[last])) last--;
      return { lastRow: last, nextSearch: titleStart };
    }
    lastFilled = r;
  }
  return { lastRow: lastFilled, nextSearch: rowCount };
}

/** Up to three short title lines directly above a header belong to that header's table. */
function titleStartAbove(grid: SheetGrid, header: number, floor: number): number {
  let r = header;
  while (r - 1 >= floor && header - (r - 1) <= 3) {
    const cells = grid.cells[r - 1];
    if (isBlankRow(cells)) break;
    const filled = (cells ?? []).filter((c) => c && c.value !== null && String(c.value).trim() !== '').length;
    if (filled > 2) break;
    r--;
  }
  return r;
}

/**
 * Cleaning: the repaired copy of a sheet, as a plan of output rows that point back at source
 * rows, so every host can carry the source's formatting (row heights, fills, borders, column
 * widths) over while writing the new values. The user's sheet is never touched: hosts write
 * the plan to a new sheet or a new file.
 *
 * Repairs: repeated header rows and stray page-number rows removed; continuation rows merged
 * into the row above; text trimmed, inner spaces collapsed, line breaks joined, NFC, legacy
 * encodings decoded; budget numbers stored as text become numbers; declared totals become
 * live =SUM(...) formulas over the rows they cover. Title block, header (with its line
 * breaks), sections, merges and everything outside the tables stay as they were.
 */
import { cellAt, cellText, columnLetter, type Cell, type MergedArea, type SheetGrid } from './grid';
import { detectLegacyEncoding } from './encoding';
import { readBudgetCell, buildItems, tableConvention } from './items';
import { computeTotals } from './totals';
import type { ItemModel, RowInfo, TableModel } from './model';
import { analyzeOptionsSchema, type AnalyzeOptionsInput } from './options';
import type { NumberConvention } from './parse/number';
import { cleanText } from './parse/text';
import { classifyRows } from './table/classify';
import { detectTables } from './table/detect';

export type CleanAction =
  | 'remove-header'
  | 'remove-page-number'
  | 'merge-continuation'
  | 'text-whitespace'
  | 'text-unicode'
  | 'text-legacy-encoding'
  | 'number-from-text'
  | 'total-formula';

export interface CleanChange {
  readonly action: CleanAction;
  /** Source grid position (0-based). */
  readonly row: number;
  readonly col: number;
  readonly before: Cell['value'];
  readonly after: Cell['value'];
}

export interface CleanRow {
  /** Source grid row whose formatting the output row carries. */
  readonly source: number;
  readonly cells: ReadonlyArray<Cell | null>;
}

export interface CleanResult {
  /** The cleaned sheet as a grid (values, formulas, number formats, remapped merges). */
  readonly grid: SheetGrid;
  /** Output rows in order, each with the source row it came from. */
  readonly rows: readonly CleanRow[];
  readonly changes: readonly CleanChange[];
}

const NUMBER_FORMAT_INTEGER = '#,##0';
const NUMBER_FORMAT_DECIMAL = '#,##0.##';

interface TablePlan {
  readonly table: TableModel;
  readonly rows: readonly RowInfo[];
  readonly items: readonly ItemModel[];
  readonly convention: NumberConvention;
}

function cleanTextCell(cell: Cell, row: number, col: number, changes: CleanChange[]): Cell {
  const raw = cell.value;
  if (typeof raw !== 'string') return cell;
  let text = raw;
  const legacy = detectLegacyEncoding(text, cell.font);
  if (legacy) {
    changes.push({ action: 'text-legacy-encoding', row, col, before: text, after: legacy.unicode });
    text = legacy.unicode;
  }
  if (text !== text.normalize('NFC')) {
    changes.push({ action: 'text-unicode', row, col, before: text, after: text.normalize('NFC') });
    text = text.normalize('NFC');
  }
  const cleaned = cleanText(text);
  if (cleaned !== text) {
    changes.push({ action: 'text-whitespace', row, col, before: text, after: cleaned });
    text = cleaned;
  }
  // A legacy font would show the Unicode text as garbage: the repaired cell drops it.
  return text === raw ? cell : { ...cell, value: text, font: legacy ? undefined : cell.font };
}

function budgetCell(cell: Cell, row: number, col: number, convention: NumberConvention, changes: CleanChange[]): Cell {
  const b = readBudgetCell(cell, col, convention);
  if (b.state !== 'text-number' || b.amount === null) return cell;
  changes.push({ action: 'number-from-text', row, col, before: cell.value, after: b.amount });
  const format = cell.numberFormat && cell.numberFormat !== 'General' && cell.numberFormat !== '@' ? cell.numberFormat : Number.isInteger(b.amount) ? NUMBER_FORMAT_INTEGER : NUMBER_FORMAT_DECIMAL;
  return { value: b.amount, numberFormat: format, font: cell.font };
}

/** Cleans one sheet. Sheets with no table come back unchanged (rows mapped one to one). */
export function cleanSheet(grid: SheetGrid, input: AnalyzeOptionsInput): CleanResult {
  const options = analyzeOptionsSchema.parse(input);
  const tables = detectTables(grid, { overrides: options.columnOverrides[grid.name] });
  const plans: TablePlan[] = tables.map((table) => {
    const rows = classifyRows(grid, table);
    const convention = tableConvention(grid, table, options.numberConvention);
    return { table, rows, items: buildItems(grid, table, rows, { asOf: options.asOf, convention }), convention };
  });

  const changes: CleanChange[] = [];
  const kindOf = new Map<number, { plan: TablePlan; info: RowInfo }>();
  for (const plan of plans) for (const info of plan.rows) kindOf.set(info.row, { plan, info });

  // Pass 1: decide which source rows survive and clean their cells.
  const out: { source: number; cells: (Cell | null)[] }[] = [];
  const outIndexOf = new Map<number, number>();
  let joinTarget = -1;
  for (let r = 0; r < grid.cells.length; r++) {
    const entry = kindOf.get(r);
    const source = grid.cells[r] ?? [];
    if (!entry) {
      outIndexOf.set(r, out.length);
      out.push({ source: r, cells: [...source] });
      continue;
    }
    const { plan, info } = entry;
    const firstCol = source.findIndex((c) => c !== null && c.value !== null);
    if (info.kind === 'header') {
      changes.push({ action: 'remove-header', row: r, col: Math.max(0, firstCol), before: null, after: null });
      continue;
    }
    if (info.kind === 'page-number') {
      changes.push({ action: 'remove-page-number', row: r, col: Math.max(0, firstCol), before: source[firstCol]?.value ?? null, after: null });
      continue;
    }
    const budgetCols = new Set(plan.table.columns.budget);
    const cells = source.map((cell, c) => {
      if (!cell) return null;
      const text = cleanTextCell(cell, r, c, changes);
      return budgetCols.has(c) && info.kind !== 'blank' ? budgetCell(text, r, c, plan.convention, changes) : text;
    });
    if (info.kind === 'continuation' && !info.merged && out.length > 0) {
      const above = out[joinTarget >= 0 ? joinTarget : out.length - 1];
      cells.forEach((cell, c) => {
        while (above.cells.length < c) above.cells.push(null);
        if (!cell || cell.value === null || cell.value === '') return;
        const prev = above.cells[c];
        if (budgetCols.has(c) && prev && prev.value !== null && prev.value !== '') return;
        const joined = prev && prev.value !== null && prev.value !== '' ? `${cellText(prev)} ${cellText(cell)}` : cell.value;
        changes.push({ action: 'merge-continuation', row: r, col: c, before: cell.value, after: joined });
        above.cells[c] = { ...(prev ?? cell), value: joined };
      });
      outIndexOf.set(r, joinTarget >= 0 ? joinTarget : out.length - 1);
      continue;
    }
    if (info.kind === 'item' || info.kind === 'continuation') joinTarget = out.length;
    else if (info.kind === 'section' || info.kind === 'group' || info.kind === 'total') joinTarget = -1;
    outIndexOf.set(r, out.length);
    out.push({ source: r, cells });
  }

  // Pass 2: declared totals become formulas over the output rows they cover.
  for (const plan of plans) addTotalFormulas(grid, plan, out, outIndexOf, changes);

  const merges = remapMerges(grid.merges, outIndexOf, kindOf);
  const cleaned: SheetGrid = { name: grid.name, originRow: grid.originRow, originCol: grid.originCol, cells: out.map((o) => Array.from(o.cells, (c) => c ?? null)), merges, hidden: grid.hidden };
  return { grid: cleaned, rows: out, changes };
}

/**
 * Declared total rows become =SUM(...) over the output rows of exactly the items the report's
 * check added up (same scope, no parent counted with its children), so the cleaned sheet and
 * the report agree and the sheet stays live.
 */
function addTotalFormulas(
  grid: SheetGrid,
  plan: TablePlan,
  out: { source: number; cells: (Cell | null)[] }[],
  outIndexOf: ReadonlyMap<number, number>,
  changes: CleanChange[],
): void {
  const { table, rows, items, convention } = plan;
  for (const check of computeTotals({ grid, table, rows, items, convention }).declared) {
    if (check.kind !== 'total') continue;
    const target = outIndexOf.get(check.row);
    if (target === undefined) continue;
    const source = cellAt(grid, check.row, check.col);
    const outRows = check.covered.map((r) => outIndexOf.get(r)).filter((r): r is number => r !== undefined);
    const letter = columnLetter(grid.originCol + check.col);
    const address = (r: number) => `${letter}${grid.originRow + r + 1}`;
    const formula = `SUM(${ranges(outRows).map(([a, z]) => (a === z ? address(a) : `${address(a)}:${address(z)}`)).join(',') || '0'})`;
    const value = check.computed;
    if (source.formula === formula && source.value === value) continue;
    out[target].cells[check.col] = { value, formula, numberFormat: source.numberFormat && source.numberFormat !== 'General' ? source.numberFormat : NUMBER_FORMAT_INTEGER };
    changes.push({ action: 'total-formula', row: check.row, col: check.col, before: source.value, after: value });
  }
}

/** Sorted row indexes as inclusive runs: [3,4,5,9] → [[3,5],[9,9]]. */
function ranges(rows: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** Moves merges with their rows; merges on removed or merged-away rows go with them. */
function remapMerges(
  merges: readonly MergedArea[],
  outIndexOf: ReadonlyMap<number, number>,
  kindOf: ReadonlyMap<number, { info: RowInfo }>,
): MergedArea[] {
  const result: MergedArea[] = [];
  for (const m of merges) {
    const removed = (r: number) => !outIndexOf.has(r) || kindOf.get(r)?.info.kind === 'continuation' && !kindOf.get(r)?.info.merged;
    let first = m.top;
    while (first < m.bottom && !outIndexOf.has(first)) first++;
    if (!outIndexOf.has(first)) continue;
    let bottom = m.bottom;
    while (bottom > first && removed(bottom)) bottom--;
    const top = outIndexOf.get(first)!;
    const newBottom = outIndexOf.get(bottom)!;
    if (top === newBottom && m.left === m.right) continue;
    result.push({ top, left: m.left, bottom: newBottom, right: m.right });
  }
  return result;
}

/**
 * Budget totals: per budget column, by section and by lead unit, without counting a parent
 * and its children twice; every declared total ("Tổng cộng", "Cộng", a section row carrying
 * amounts) checked against the rows it covers; parents checked against their children.
 */
import { cellAt, cellText, columnLetter, type SheetGrid } from './grid';
import type { ItemModel, RowInfo, TableModel } from './model';
import type { NumberConvention } from './parse/number';
import { foldKey } from './parse/text';
import { readBudgetCell } from './items';
import { isTotalLabel } from './table/classify';

export interface DeclaredCheck {
  /** A "Tổng cộng"/"Cộng" row, or a section heading that carries amounts. */
  readonly kind: 'total' | 'section';
  readonly row: number;
  readonly col: number;
  /** Grid rows of the items whose amounts make up `computed` (what a SUM formula covers). */
  readonly covered: readonly number[];
  readonly declared: number | null;
  readonly computed: number;
  readonly ok: boolean;
}

export interface ParentCheck {
  readonly item: number;
  readonly col: number;
  readonly declared: number;
  readonly computed: number;
}

export interface ColumnTotals {
  readonly sum: number;
  readonly bySection: Record<string, number>;
  readonly byLead: Record<string, number>;
}

export interface Totals {
  /** By column letter. */
  readonly budget: Record<string, ColumnTotals>;
  readonly declared: readonly DeclaredCheck[];
  readonly parents: readonly ParentCheck[];
}

/** Amounts are money in whole or tenths of units; compare after rounding away float noise. */
const EPSILON = 0.005;

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export interface TotalsInput {
  readonly grid: SheetGrid;
  readonly table: TableModel;
  readonly rows: readonly RowInfo[];
  readonly items: readonly ItemModel[];
  readonly convention: NumberConvention;
  /** Maps a lead name to the name totals group it under (the unit directory's canonical name). */
  readonly canonicalLead?: (name: string) => string;
}

export function computeTotals(input: TotalsInput): Totals {
  const { grid, table, rows, items } = input;
  const budgetCols = table.columns.budget;
  const canonical = input.canonicalLead ?? ((n: string) => n);

  // counted[i][k]: the amount item i contributes to column k — its own, unless some
  // descendant carries an amount in that column (then the children are counted instead).
  const counted: (number | null)[][] = items.map((item) => item.budget.map((b) => b.amount));
  const below: boolean[][] = items.map(() => budgetCols.map(() => false));
  const subtree: number[][] = items.map(() => budgetCols.map(() => 0));
  const direct: number[][] = items.map(() => budgetCols.map(() => 0));
  for (let i = items.length - 1; i >= 0; i--) {
    const p = items[i].parent;
    for (let k = 0; k < budgetCols.length; k++) {
      if (below[i][k]) counted[i][k] = null;
      const own = counted[i][k] ?? 0;
      subtree[i][k] += own;
      if (p >= 0) {
        if (below[i][k] || items[i].budget[k].amount !== null) below[p][k] = true;
        subtree[p][k] += subtree[i][k];
        direct[p][k] += items[i].budget[k].amount ?? subtree[i][k];
      }
    }
  }

  const budget: Record<string, ColumnTotals> = {};
  budgetCols.forEach((col, k) => {
    let sum = 0;
    const bySection: Record<string, number> = {};
    const byLead: Record<string, number> = {};
    items.forEach((item, i) => {
      const amount = counted[i][k];
      if (amount === null) return;
      sum += amount;
      if (item.section !== null) bySection[item.section] = round((bySection[item.section] ?? 0) + amount);
      // An item led by several units is credited to the first, the one that answers for it.
      if (item.lead.length > 0) {
        const lead = canonical(item.lead[0]);
        byLead[lead] = round((byLead[lead] ?? 0) + amount);
      }
    });
    budget[columnLetter(grid.originCol + col)] = { sum: round(sum), bySection, byLead };
  });

  const parents: ParentCheck[] = [];
  items.forEach((item, i) => {
    if (!item.hasChildren) return;
    item.budget.forEach((b, k) => {
      if (b.amount === null || !below[i][k]) return;
      const computed = round(direct[i][k]);
      if (Math.abs(computed - b.amount) > EPSILON) parents.push({ item: i, col: b.col, declared: b.amount, computed });
    });
  });

  return { budget, declared: declaredChecks(input, counted), parents };
}

function declaredChecks(input: TotalsInput, counted: ReadonlyArray<ReadonlyArray<number | null>>): DeclaredCheck[] {
  const { grid, table, rows, items, convention } = input;
  const checks: DeclaredCheck[] = [];
  const sumOver = (k: number, include: (item: ItemModel) => boolean): { sum: number; covered: number[] } => {
    let s = 0;
    const covered: number[] = [];
    items.forEach((item, i) => {
      const a = counted[i][k];
      if (a !== null && include(item)) {
        s += a;
        covered.push(item.row);
      }
    });
    return { sum: round(s), covered };
  };
  const hasSections = rows.some((r) => r.kind === 'section');

  rows.forEach((info, idx) => {
    if (info.kind !== 'total' && info.kind !== 'section') return;
    let include: (item: ItemModel) => boolean;
    if (info.kind === 'section') {
      const section = (info.stt && info.stt.text) || info.section;
      include = (item) => item.section === section;
    } else {
      const sectionScope = hasSections && info.section !== null && (isSectionSubtotal(grid, table, info.row) || rows.slice(idx + 1).some((r) => r.kind === 'section'));
      include = sectionScope ? (item) => item.row < info.row && item.section === info.section : (item) => item.row < info.row;
    }
    table.columns.budget.forEach((col, k) => {
      const b = readBudgetCell(cellAt(grid, info.row, col), col, convention);
      const raw = cellAt(grid, info.row, col).value;
      if (b.state === 'empty' || b.state === 'reference' || isTotalLabel(raw)) return;
      const { sum: computed, covered } = sumOver(k, include);
      const declared = b.amount;
      const kind = info.kind === 'section' ? 'section' : 'total';
      checks.push({ kind, row: info.row, col, covered, declared, computed, ok: declared !== null && Math.abs(declared - computed) <= EPSILON });
    });
  });
  return checks;
}

/** "Cộng" (or "Cộng mục I") sums a section; "Tổng cộng" sums the whole table. */
function isSectionSubtotal(grid: SheetGrid, table: TableModel, row: number): boolean {
  const cols = [table.columns.single.stt, table.columns.single.task, 0, 1];
  return cols.some((c) => c !== undefined && /^cong\b/.test(foldKey(cellText(cellAt(grid, row, c)))));
}

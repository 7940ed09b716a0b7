/**
 * The engine's internal model of one appendix table: where it is, what each column means and
 * what each row is. Detection builds it, classification fills the rows, rules and totals read
 * it. Grid coordinates are 0-based (see grid.ts).
 */
import type { ColumnRole, Deadline, Indicator } from './report';
import type { BudgetUnit } from './table/roles';
import type { Stt } from './parse/stt';

/** Roles a table has at most one column for. */
export type SingleRole = Exclude<ColumnRole, 'budget'>;

export interface ColumnMap {
  readonly single: Partial<Record<SingleRole, number>>;
  /** Budget columns, left to right (ĐTC | SN, or one per year). */
  readonly budget: readonly number[];
}

export interface TableModel {
  /** Grid rows of the header (one or two, plus a column-numbering row if present). */
  readonly headerRows: readonly number[];
  readonly firstRow: number;
  readonly lastRow: number;
  readonly unit: BudgetUnit | null;
  readonly columns: ColumnMap;
  /** Header text per column index (budget headers joined "group / sub"); '' where none. */
  readonly headerText: readonly string[];
  /** Folded header text per header row and column, to recognise repeated headers. */
  readonly headerKeys: ReadonlyArray<ReadonlyArray<string>>;
}

export type RowKind =
  | 'blank'
  | 'header'
  | 'page-number'
  | 'total'
  | 'section'
  | 'group'
  | 'item'
  | 'continuation';

export interface RowInfo {
  readonly row: number;
  readonly kind: RowKind;
  readonly stt: Stt | null;
  /** The section (roman numeral) the row lies in, or null before the first section. */
  readonly section: string | null;
  /**
   * For continuation rows: true when the STT cell is merged down from the row above, which
   * is a deliberate layout, not a copy-paste split.
   */
  readonly merged?: boolean;
}

/**
 * How a budget cell reads: a number, a number typed as text ("3.954"), a note that the money
 * is planned elsewhere ("kinh phí cụ thể tại Kế hoạch số 285/KH-UBND" — not an error), or
 * something that cannot be read as an amount.
 */
export type BudgetState = 'empty' | 'number' | 'text-number' | 'reference' | 'not-number';

export interface BudgetCell {
  readonly col: number;
  readonly state: BudgetState;
  /** The parsed amount; null unless state is 'number' or 'text-number'. */
  readonly amount: number | null;
}

/** One task or indicator row with every field parsed. Continuation rows are folded in. */
export interface ItemModel {
  readonly row: number;
  /** Rows of continuation text merged into this item (for cell addresses and cleaning). */
  readonly continuationRows: readonly number[];
  readonly stt: Stt | null;
  readonly sttText: string;
  level: number;
  readonly section: string | null;
  /** Index into the items array of the nearest enclosing item, or -1. */
  parent: number;
  hasChildren: boolean;
  readonly task: string;
  readonly indicatorText: string;
  readonly indicator: Indicator | null;
  readonly lead: readonly string[];
  readonly leader: readonly string[];
  readonly partners: readonly string[];
  readonly deadline: Deadline | null;
  readonly status: { readonly raw: string; readonly done: boolean } | null;
  readonly budget: readonly BudgetCell[];
  readonly product: string;
  readonly note: string;
  readonly overdue: boolean;
  readonly unassigned: boolean;
}

/**
 * Builds the parsed item list from classified rows: every field of every task/indicator row,
 * with the text of continuation rows folded into the item they continue.
 */
import { cellAt, cellText, type Cell, type SheetGrid } from './grid';
import type { BudgetCell, BudgetState, ItemModel, RowInfo, SingleRole, TableModel } from './model';
import type { Deadline } from './report';
import { parseDeadline } from './parse/deadline';
import { parseIndicator } from './parse/indicator';
import { detectConvention, parseNumber, type NumberConvention } from './parse/number';
import { splitOwners } from './parse/owners';
import { parseStatus } from './parse/status';
import { sttLevel } from './parse/stt';
import { cleanText } from './parse/text';
import { memoize } from './memo';

const deadlineOfText = memoize((text: string) => parseDeadline(cleanText(text)));
const indicatorOf = memoize(parseIndicator);
const ownersOf = memoize(splitOwners);
const statusOf = memoize(parseStatus);

export interface ItemContext {
  readonly asOf: string;
  readonly convention: NumberConvention;
}

/** A sentence in a budget cell points elsewhere ("… tại Kế hoạch số 285/KH-UBND"). */
const REFERENCE_WORDS = /\p{L}{2,}(\s+\p{L}+){2,}/u;

/**
 * The number style of a table's budget column text ("1.200,5" vs "1,200.5"): the option when
 * the user set one, else what the unambiguous texts of the table say (Vietnamese by default).
 */
export function tableConvention(grid: SheetGrid, table: TableModel, option: NumberConvention | 'auto'): NumberConvention {
  if (option !== 'auto') return option;
  const samples: string[] = [];
  for (let r = table.firstRow; r <= table.lastRow && samples.length < 500; r++) {
    for (const c of table.columns.budget) {
      const v = cellAt(grid, r, c).value;
      if (typeof v === 'string' && /\d/.test(v)) samples.push(v);
    }
  }
  return detectConvention(samples);
}

export function readBudgetCell(cell: Cell, col: number, convention: NumberConvention): BudgetCell {
  const v = cell.value;
  if (cell.error) return { col, state: 'not-number', amount: null };
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { col, state: 'empty', amount: null };
  if (typeof v === 'number') return { col, state: 'number', amount: v };
  if (typeof v === 'boolean') return { col, state: 'not-number', amount: null };
  const parsed = parseNumber(v, convention);
  if (parsed.ok) return { col, state: 'text-number', amount: parsed.value };
  const state: BudgetState = REFERENCE_WORDS.test(v) ? 'reference' : 'not-number';
  return { col, state, amount: null };
}

function readDeadline(cell: Cell, extra: string): Deadline | null {
  const v = cell.value;
  if ((v === null || (typeof v === 'string' && v.trim() === '')) && extra === '') return null;
  if (typeof v === 'number') return parseDeadline(v, { date: cell.date === true });
  return deadlineOfText(extra === '' ? cellText(cell) : `${cellText(cell)} ${extra}`);
}

/** Builds items and links each to its parent (1 → 1.1; an item → its "(1)" sub-tasks). */
export function buildItems(grid: SheetGrid, table: TableModel, rows: readonly RowInfo[], ctx: ItemContext): ItemModel[] {
  const { single, budget } = table.columns;
  const items: ItemModel[] = [];

  // Continuation rows belong to the nearest item above, even across a page-break header.
  const continuations = new Map<number, number[]>();
  let lastItemRow = -1;
  for (const info of rows) {
    if (info.kind === 'item') lastItemRow = info.row;
    else if (info.kind === 'section' || info.kind === 'group' || info.kind === 'total') lastItemRow = -1;
    else if (info.kind === 'continuation' && lastItemRow >= 0) {
      const list = continuations.get(lastItemRow) ?? [];
      list.push(info.row);
      continuations.set(lastItemRow, list);
    }
  }

  const textOf = (row: number, extraRows: readonly number[], role: SingleRole): string => {
    const col = single[role];
    if (col === undefined) return '';
    let text = cellText(cellAt(grid, row, col));
    for (const r of extraRows) {
      const more = cellText(cellAt(grid, r, col));
      if (more.trim() !== '') text += '\n' + more;
    }
    return text;
  };
  const extraText = (extraRows: readonly number[], col: number | undefined): string =>
    col === undefined ? '' : extraRows.map((r) => cellText(cellAt(grid, r, col))).join(' ').trim();

  for (const info of rows) {
    if (info.kind !== 'item') continue;
    const r = info.row;
    const extra = continuations.get(r) ?? [];
    const indicatorText = cleanText(textOf(r, extra, 'indicator'));
    const statusText = cleanText(textOf(r, extra, 'status'));
    const deadline = single.deadline === undefined ? null : readDeadline(cellAt(grid, r, single.deadline), extraText(extra, single.deadline));
    const status = single.status === undefined ? null : statusOf(statusText);
    const lead = ownersOf(textOf(r, extra, 'lead'));
    const done = status?.done === true || deadline?.kind === 'done';
    items.push({
      row: r,
      continuationRows: extra,
      stt: info.stt,
      sttText: info.stt?.text ?? '',
      level: info.stt ? sttLevel(info.stt) : 1,
      section: info.section,
      parent: -1,
      hasChildren: false,
      task: cleanText(textOf(r, extra, 'task')),
      indicatorText,
      indicator: single.indicator === undefined ? null : indicatorOf(indicatorText),
      lead,
      leader: ownersOf(textOf(r, extra, 'leader')),
      partners: ownersOf(textOf(r, extra, 'partners')),
      deadline,
      status,
      budget: budget.map((c) => {
        const own = readBudgetCell(cellAt(grid, r, c), c, ctx.convention);
        if (own.state !== 'empty') return own;
        for (const x of extra) { const b = readBudgetCell(cellAt(grid, x, c), c, ctx.convention); if (b.state !== 'empty') return b; }
        return own;
      }),
      product: cleanText(textOf(r, extra, 'product')),
      note: cleanText(textOf(r, extra, 'note')),
      overdue: !done && deadline?.due != null && deadline.due < ctx.asOf,
      unassigned: single.lead !== undefined && lead.length === 0,
    });
  }
  linkParents(items);
  return items;
}

function linkParents(items: ItemModel[]): void {
  // Open ancestors by depth for numbered items: "3.10" hangs under the last "3" seen.
  const open: number[] = [];
  let lastNumbered = -1;
  let section: string | null | undefined;
  items.forEach((item, i) => {
    if (item.section !== section) {
      section = item.section;
      open.length = 0;
      lastNumbered = -1;
    }
    const stt = item.stt;
    if (stt?.kind === 'number') {
      const depth = stt.parts.length;
      open.length = depth - 1;
      const parent = depth > 1 ? open[depth - 2] : undefined;
      if (parent !== undefined && isPrefix(items[parent], stt.parts)) {
        item.parent = parent;
        items[parent].hasChildren = true;
      }
      open[depth - 1] = i;
      lastNumbered = i;
    } else if (stt && lastNumbered >= 0) {
      // "(1)", "a)" sub-tasks inside a numbered item.
      item.parent = lastNumbered;
      item.level = items[lastNumbered].level + 1;
      items[lastNumbered].hasChildren = true;
    }
  });
}

function isPrefix(parent: ItemModel, parts: readonly number[]): boolean {
  const p = parent.stt;
  return p?.kind === 'number' && p.parts.length === parts.length - 1 && p.parts.every((x, k) => parts[k] === x);
}

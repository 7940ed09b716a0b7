/**
 * Row classification: what each row between the header and the end of a table is — a section
 * heading, a numbered group, an item, a declared total, a page-break copy of the header, a
 * stray page number, the continuation of a split row, or blank.
 */
import { cellAt, cellText, type Cell, type MergedArea, type SheetGrid } from '../grid';
import type { RowInfo, RowKind, TableModel } from '../model';
import { parseStt, type Stt } from '../parse/stt';
import { foldText as foldKey } from '../parse/fold';
import { headerRepeatScore } from './detect';

const TOTAL_LABEL = /^(tong cong|tong so|tong kinh phi|tong|cong)(\s+(cac muc|toan bo|muc|phan|chuong)?\s*[ivx0-9]*)?\s*[:.]?$/;

/** "Tổng cộng", "Cộng mục I": the label of a declared total row. */
export function isTotalLabel(value: unknown): boolean {
  return typeof value === 'string' && value.length < 40 && TOTAL_LABEL.test(foldKey(value));
}

function isEmptyValue(cell: Cell | null | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v === null || (typeof v === 'string' && v.trim() === '');
}

function filledCount(cells: ReadonlyArray<Cell | null> | undefined): number {
  if (!cells) return 0;
  let n = 0;
  for (const c of cells) if (!isEmptyValue(c)) n++;
  return n;
}

/** True when any of the given columns has content in the row. */
function anyFilled(cells: ReadonlyArray<Cell | null> | undefined, cols: readonly (number | undefined)[]): boolean {
  if (!cells) return false;
  for (const c of cols) if (c !== undefined && !isEmptyValue(cells[c])) return true;
  return false;
}

/** A lone number in an otherwise empty row: the page number a PDF printed at a page break. */
function isPageNumber(cells: ReadonlyArray<Cell | null> | undefined): boolean {
  if (!cells || filledCount(cells) !== 1) return false;
  const cell = cells.find((c) => !isEmptyValue(c));
  const v = cell?.value;
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 && v < 10000;
  return typeof v === 'string' && /^\s*-?\s*\d{1,4}\s*-?\s*$/.test(v);
}

function totalLabel(grid: SheetGrid, row: number, table: TableModel): boolean {
  const { stt, task } = table.columns.single;
  for (const c of [stt, task, 0, 1]) {
    if (c === undefined) continue;
    const v = cellAt(grid, row, c).value;
    if (typeof v === 'string' && v.length < 40 && TOTAL_LABEL.test(foldKey(v))) return true;
  }
  return false;
}

function mergedFromAbove(merges: readonly MergedArea[], row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  return merges.some((m) => m.top < row && m.bottom >= row && m.left <= col && m.right >= col);
}

/** Classifies every row of the table, top to bottom. */
export function classifyRows(grid: SheetGrid, table: TableModel): RowInfo[] {
  const { single, budget } = table.columns;
  const ownDataCols = [single.lead, single.leader, single.deadline, single.indicator, single.status, ...budget];
  const sttCol = single.stt;
  const taskCol = single.task;
  const rows: RowInfo[] = [];
  let section: string | null = null;
  let previousContent: RowKind | null = null;
  // Merges that reach into the data area: only these can make a continuation row deliberate.
  const dataMerges = grid.merges.filter((m) => m.bottom > m.top && m.bottom >= table.firstRow);

  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const cells = grid.cells[r];
    const filled = filledCount(cells);
    let kind: RowKind;
    let stt: Stt | null = null;
    let merged = false;

    const sttCell = sttCol === undefined ? null : parseStt(cellAt(grid, r, sttCol).value);
    // A numbered row is never a header copy; skipping the comparison keeps big sheets fast.
    const numbered = sttCell !== null && (sttCell.kind === 'number' || sttCell.kind === 'roman');
    if (filled === 0) {
      kind = 'blank';
    } else if (!numbered && filled >= 2 && headerRepeatScore(cells, table.headerKeys) >= 0.6) {
      kind = 'header';
    } else if (isPageNumber(cells) && !budget.some((c) => !isEmptyValue(cells?.[c]))) {
      kind = 'page-number';
    } else if (totalLabel(grid, r, table)) {
      kind = 'total';
    } else {
      stt = sttCell;
      if (stt?.kind === 'roman' && !anyFilled(cells, [single.lead, single.deadline, single.leader])) {
        kind = 'section';
        section = stt.text;
      } else if (stt) {
        kind = 'item';
      } else if (sttCol !== undefined && mergedFromAbove(dataMerges, r, sttCol)) {
        kind = 'continuation';
        merged = true;
      } else if ((previousContent === 'item' || previousContent === 'continuation') && (sttCol === undefined || isEmptyValue(cells?.[sttCol]))) {
        // No STT: the rest of the row above when its task cell is empty or reads on from it,
        // otherwise an unnumbered item of its own.
        const taskText = taskCol === undefined ? '' : cellText(cellAt(grid, r, taskCol)).trim();
        const continues = taskText === '' || /^[\p{Ll}(,;–-]/u.test(taskText);
        kind = continues ? 'continuation' : 'item';
      } else {
        kind = 'item';
      }
    }
    rows.push(merged ? { row: r, kind, stt, section, merged } : { row: r, kind, stt, section });
    if (kind === 'item' || kind === 'section' || kind === 'continuation' || kind === 'total') previousContent = kind;
  }
  markGroups(grid, rows, ownDataCols);
  return rows;
}

/**
 * A numbered row whose children follow (1 → 1.1, 1.2) and which has no owner, deadline,
 * indicator or budget of its own is a group heading, not an unassigned item.
 */
function markGroups(grid: SheetGrid, rows: RowInfo[], ownDataCols: readonly (number | undefined)[]): void {
  for (let i = 0; i < rows.length; i++) {
    const info = rows[i];
    if (info.kind !== 'item' || info.stt?.kind !== 'number') continue;
    if (anyFilled(grid.cells[info.row], ownDataCols)) continue;
    const parts = info.stt.parts;
    const child = nextItem(rows, i);
    if (
      child?.stt?.kind === 'number' &&
      child.stt.parts.length === parts.length + 1 &&
      parts.every((p, k) => (child.stt as { parts: readonly number[] }).parts[k] === p)
    ) {
      rows[i] = { ...info, kind: 'group' };
    }
  }
}

function nextItem(rows: readonly RowInfo[], from: number): RowInfo | undefined {
  for (let j = from + 1; j < rows.length; j++) {
    const k = rows[j].kind;
    if (k === 'item') return rows[j];
    if (k === 'section' || k === 'total') return undefined;
  }
  return undefined;
}

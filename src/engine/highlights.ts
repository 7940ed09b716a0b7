/**
 * Which cells the add-in highlights after a validation, decided from the report alone so every
 * host marks the same cells:
 *
 * - overdue   — a `deadline.overdue` finding: its cell, which is the item's deadline cell (red);
 * - unassigned — an `owner.missing` finding: its cell, which is the item's empty lead cell (orange);
 * - finding   — any other finding of severity error or warning: its cell (yellow).
 *
 * Info findings (whitespace, Unicode form, numbering gaps, aliases) are not highlighted: they
 * are fixed by the cleaned copy, and colouring them would drown the errors. A cell gets one
 * mark, the most urgent: overdue, then unassigned, then finding. Findings of further tables on
 * the sheet (`moreTables`) count too.
 */
import type { SheetReport } from './report';

export const MARK_KINDS = ['overdue', 'unassigned', 'finding'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface Mark {
  readonly kind: MarkKind;
  /** A1 address on the report's sheet: one cell ("F9") or, after `coalesce`, a column run ("F9:F40"). */
  readonly address: string;
}

const URGENCY: Record<MarkKind, number> = { overdue: 0, unassigned: 1, finding: 2 };

const CELL_REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

interface CellRef {
  readonly col: string;
  readonly row: number;
}

function parseCell(address: string): CellRef | null {
  const m = CELL_REF.exec(address.trim().toUpperCase());
  return m ? { col: m[1], row: Number(m[2]) } : null;
}

/** Sort key for a column: by length, then alphabetically (B < Z < AA). */
function columnKey(col: string): string {
  return col.padStart(3, ' ');
}

function compareRefs(a: CellRef, b: CellRef): number {
  return columnKey(a.col) < columnKey(b.col) ? -1 : columnKey(a.col) > columnKey(b.col) ? 1 : a.row - b.row;
}

function markKind(rule: string, severity: string): MarkKind | null {
  if (rule === 'deadline.overdue') return 'overdue';
  if (rule === 'owner.missing') return 'unassigned';
  return severity === 'error' || severity === 'warning' ? 'finding' : null;
}

function allReports(report: SheetReport): SheetReport[] {
  return [report, ...(report.moreTables ?? []).flatMap(allReports)];
}

/** One mark per highlighted cell, sorted by column then row. */
export function planMarks(report: SheetReport): Mark[] {
  const byCell = new Map<string, MarkKind>();
  for (const sheet of allReports(report)) {
    for (const f of sheet.findings) {
      const kind = markKind(f.rule, f.severity);
      if (kind === null || f.cell.trim() === '') continue;
      const address = f.cell.trim().toUpperCase().replace(/\$/g, '');
      const had = byCell.get(address);
      if (had === undefined || URGENCY[kind] < URGENCY[had]) byCell.set(address, kind);
    }
  }
  return [...byCell]
    .map(([address, kind]) => ({ kind, address }))
    .sort((a, b) => {
      const p = parseCell(a.address);
      const q = parseCell(b.address);
      if (p && q) return compareRefs(p, q);
      return p ? -1 : q ? 1 : a.address.localeCompare(b.address);
    });
}

/**
 * Merges marks of the same kind on consecutive rows of the same column into one range
 * ("F9", "F10", "F11" → "F9:F11"), so that a host writes one format per run instead of one
 * per cell. Marks that are not single cells are kept as they are. Output is sorted by kind,
 * column and row.
 */
export function coalesce(marks: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  const byKind = new Map<MarkKind, CellRef[]>();
  for (const m of marks) {
    const ref = parseCell(m.address);
    if (!ref) {
      if (!out.some((o) => o.kind === m.kind && o.address === m.address)) out.push(m);
      continue;
    }
    const list = byKind.get(m.kind) ?? [];
    list.push(ref);
    byKind.set(m.kind, list);
  }
  const runs: Mark[] = [];
  for (const kind of MARK_KINDS) {
    const refs = (byKind.get(kind) ?? []).sort(compareRefs);
    let start: CellRef | null = null;
    let end: CellRef | null = null;
    const flush = () => {
      if (start && end) runs.push({ kind, address: start.row === end.row ? `${start.col}${start.row}` : `${start.col}${start.row}:${end.col}${end.row}` });
    };
    for (const ref of refs) {
      if (end && ref.col === end.col && ref.row === end.row) continue; // duplicate cell
      if (start && end && ref.col === end.col && ref.row === end.row + 1) {
        end = ref;
        continue;
      }
      flush();
      start = ref;
      end = ref;
    }
    flush();
  }
  return [...runs, ...out];
}

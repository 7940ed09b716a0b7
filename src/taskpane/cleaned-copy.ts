/**
 * The cleaned copy with the fixes the reviewer chose. The engine's cleanSheet already repairs
 * what it can do mechanically (whitespace, Unicode form, legacy encodings, numbers typed as
 * text, totals as formulas); a finding's `fix` can go further (a unit's canonical name). This
 * lays the chosen fixes over the cleaned grid, cell by cell, following each source row to the
 * output row it became. Pure: no Excel here.
 */
import type { CleanResult } from '../engine/clean';
import { columnIndex, type Cell, type SheetGrid } from '../engine/grid';
import type { Finding } from '../engine/report';

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

export interface FixOutcome {
  readonly grid: SheetGrid;
  /** Fixes now in the copy (including those cleanSheet had already made). */
  readonly applied: number;
}

export function applyFixes(source: SheetGrid, cleaned: CleanResult, fixes: readonly Finding[]): FixOutcome {
  if (fixes.length === 0) return { grid: cleaned.grid, applied: 0 };
  const outRowOf = new Map<number, number>();
  cleaned.rows.forEach((r, i) => {
    if (!outRowOf.has(r.source)) outRowOf.set(r.source, i);
  });
  const cells = cleaned.grid.cells.map((line) => [...line]);
  let applied = 0;
  for (const f of fixes) {
    if (f.fix === null) continue;
    const m = A1.exec(f.cell);
    if (!m) continue;
    const row = Number(m[2]) - 1 - source.originRow;
    const col = columnIndex(m[1]) - source.originCol;
    const out = outRowOf.get(row);
    // A row cleaning removed or merged into another has nothing left to fix.
    if (out === undefined || col < 0) continue;
    const line = cells[out];
    const current: Cell | null = line[col] ?? null;
    const value = current?.value ?? null;
    if (value === f.fix) {
      applied++;
      continue;
    }
    let next: Cell['value'] = f.fix;
    // A finding about one name in a cell of several ("Sở TT&TT; Sở Tài chính") replaces that name only.
    if (typeof f.fix === 'string' && typeof f.value === 'string' && typeof value === 'string' && f.value !== '' && value !== f.value) {
      if (!value.includes(f.value)) continue;
      next = value.split(f.value).join(f.fix);
    }
    const base: Cell = current ?? { value: null };
    line[col] = typeof next === 'number' ? { ...base, value: next, formula: undefined } : { ...base, value: next, formula: undefined };
    applied++;
  }
  return { grid: { ...cleaned.grid, cells }, applied };
}

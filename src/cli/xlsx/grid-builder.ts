/**
 * Collects one sheet's cells sparsely while a reader walks the file, then builds the dense,
 * trimmed SheetGrid the engine wants. Both readers go through here, so merges, trimming and the
 * memory limits behave identically whichever reader ran.
 *
 * Memory: cells are stored per row as (possibly holey) arrays in a Map, so a lone value at
 * XFD1048576 costs one entry, not a million rows. The built grid is dense up to the last value,
 * but every empty row is the same shared empty array: a stray cell at row 1,048,576 costs
 * 8 MB of row pointers, not a million allocations.
 */
import type { Cell, MergedArea, SheetGrid } from '../../engine/grid';

export interface GridLimits {
  /** Most cells a built grid may hold (sum of row lengths), and most values kept while reading. */
  readonly maxCells: number;
  /** Most non-empty rows a grid may hold. */
  readonly maxRows: number;
}

export const DEFAULT_GRID_LIMITS: GridLimits = { maxCells: 5_000_000, maxRows: 200_000 };

/** Work budget for blanking the covered cells of merges (overlapping giant merges are hostile). */
const MERGE_WORK_BUDGET = 20_000_000;

const EMPTY_ROW: ReadonlyArray<Cell | null> = Object.freeze([]);

export class SheetBuilder {
  private readonly rows = new Map<number, Array<Cell | undefined>>();
  private readonly merges: MergedArea[] = [];
  private stored = 0;
  private clippedAtRow = -1;
  readonly warnings: string[] = [];

  constructor(
    readonly name: string,
    readonly hidden: boolean,
    private readonly limits: GridLimits = DEFAULT_GRID_LIMITS,
  ) {}

  /** True once the limits were hit: readers may skip cell work (but keep reading merges). */
  get full(): boolean {
    return this.clippedAtRow >= 0;
  }

  /** Stores a cell (0-based). A null cell is simply not stored. Later writes win. */
  set(row: number, col: number, cell: Cell | null): void {
    if (cell === null) return;
    if (this.clippedAtRow >= 0 && row >= this.clippedAtRow) return;
    let r = this.rows.get(row);
    if (r === undefined) {
      if (this.rows.size >= this.limits.maxRows || this.stored >= this.limits.maxCells) {
        this.clip(row);
        return;
      }
      r = [];
      this.rows.set(row, r);
    }
    if (r[col] === undefined) this.stored++;
    r[col] = cell;
  }

  addMerge(area: MergedArea): void {
    if (area.bottom === area.top && area.right === area.left) return;
    this.merges.push(area);
  }

  private clip(row: number): void {
    if (this.clippedAtRow < 0 || row < this.clippedAtRow) this.clippedAtRow = row;
  }

  build(): { grid: SheetGrid; warnings: string[] } {
    this.blankMergedCells();

    // Rows in order; find the last one holding anything and apply the cell budget to the dense size.
    const order = [...this.rows.keys()].sort((a, b) => a - b);
    const lengths = new Map<number, number>();
    let lastRow = -1;
    let slots = 0;
    for (const r of order) {
      if (this.clippedAtRow >= 0 && r >= this.clippedAtRow) break;
      const cells = this.rows.get(r) as Array<Cell | undefined>;
      let len = cells.length;
      while (len > 0 && cells[len - 1] === undefined) len--;
      if (len === 0) continue;
      if (slots + len > this.limits.maxCells) {
        this.clip(r);
        break;
      }
      slots += len;
      lengths.set(r, len);
      lastRow = r;
    }

    const out: Array<ReadonlyArray<Cell | null>> = new Array<ReadonlyArray<Cell | null>>(lastRow + 1);
    for (let r = 0; r <= lastRow; r++) {
      const len = lengths.get(r);
      if (len === undefined) {
        out[r] = EMPTY_ROW;
        continue;
      }
      const src = this.rows.get(r) as Array<Cell | undefined>;
      const dense = new Array<Cell | null>(len);
      for (let c = 0; c < len; c++) dense[c] = src[c] ?? null;
      out[r] = dense;
    }

    const warnings = [...this.warnings];
    let merges: MergedArea[] = this.merges;
    if (this.clippedAtRow >= 0) {
      const shown = lastRow + 1;
      warnings.push(
        `sheet "${this.name}": too large to check in full; only rows 1–${shown} were read (limits: ${this.limits.maxRows.toLocaleString('en-US')} rows, ${this.limits.maxCells.toLocaleString('en-US')} cells)`,
      );
      merges = merges.filter((m) => m.top <= lastRow);
    }
    const grid: SheetGrid = {
      name: this.name,
      originRow: 0,
      originCol: 0,
      cells: out,
      merges,
      ...(this.hidden ? { hidden: true } : {}),
    };
    return { grid, warnings };
  }

  /** Only a merge's top-left cell keeps its value, as Excel shows it. */
  private blankMergedCells(): void {
    let work = 0;
    const blank = (r: number, m: MergedArea): void => {
      const cells = this.rows.get(r);
      if (cells === undefined) return;
      const right = Math.min(m.right, cells.length - 1);
      for (let c = m.left; c <= right; c++) {
        if (r === m.top && c === m.left) continue;
        if (cells[c] !== undefined) {
          cells[c] = undefined;
          this.stored--;
        }
        work++;
      }
    };
    for (const m of this.merges) {
      if (work > MERGE_WORK_BUDGET) {
        this.warnings.push(`sheet "${this.name}": too many or too large merged areas; some covered cells may keep values`);
        return;
      }
      if (m.bottom - m.top + 1 > this.rows.size) {
        // A tall merge over a small sheet: visit the rows that exist, not the whole span.
        for (const r of this.rows.keys()) if (r >= m.top && r <= m.bottom) blank(r, m);
        work += this.rows.size;
      } else {
        for (let r = m.top; r <= m.bottom; r++) blank(r, m);
        work += m.bottom - m.top + 1;
      }
    }
  }
}

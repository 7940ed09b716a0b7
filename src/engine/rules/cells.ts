import type { Cell, SheetGrid } from '../grid';
import type { RowInfo } from '../model';

/** Column of the first non-empty cell of a row (0 when the row is empty). */
export function firstFilledColumn(grid: SheetGrid, row: number): number {
  const cells = grid.cells[row] ?? [];
  const c = cells.findIndex((cell) => cell !== null && cell.value !== null && String(cell.value).trim() !== '');
  return c < 0 ? 0 : c;
}

/** Rows whose text cells the text.* rules look at: everything but header copies and page numbers. */
export function isTextRow(kind: string): boolean {
  return kind !== 'header' && kind !== 'page-number' && kind !== 'blank';
}

/** Sheet rows the text.* rules look at, in order. */
export function textRows(rows: readonly RowInfo[]): number[] {
  return rows.filter((info) => isTextRow(info.kind)).map((info) => info.row);
}

/** Calls `visit` for every non-empty text cell of the given grid rows. */
export function forEachTextCell(
  grid: SheetGrid,
  rowIndexes: readonly number[],
  visit: (row: number, col: number, text: string, cell: Cell) => void,
): void {
  for (const row of rowIndexes) {
    const cells = grid.cells[row] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell && typeof cell.value === 'string' && cell.value !== '') visit(row, c, cell.value, cell);
    }
  }
}

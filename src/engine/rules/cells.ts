import type { SheetGrid } from '../grid';

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

/**
 * A cleaned SheetGrid as an .xlsx in base64, for Excel.createWorkbook (ExcelApi 1.8), which
 * opens the cleaned copy as a workbook of its own. exceljs is loaded only when this runs (a
 * separate chunk), so it costs the pane nothing until the reviewer asks for a new workbook.
 */
import type { SheetGrid } from '../engine/grid';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export async function gridToXlsxBase64(grid: SheetGrid): Promise<string> {
  const { Workbook } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const wb = new Workbook();
  const ws = wb.addWorksheet(grid.name.slice(0, 31) || 'Phụ lục');
  grid.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (!cell || (cell.value === null && !cell.formula)) return;
      const target = ws.getCell(grid.originRow + r + 1, grid.originCol + c + 1);
      const v = cell.value;
      target.value = cell.formula ? { formula: cell.formula, result: typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : undefined } : v;
      if (cell.numberFormat && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
      if (cell.font) target.font = { name: cell.font };
    }),
  );
  for (const m of grid.merges) {
    ws.mergeCells(grid.originRow + m.top + 1, grid.originCol + m.left + 1, grid.originRow + m.bottom + 1, grid.originCol + m.right + 1);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return toBase64(new Uint8Array(buffer as ArrayBuffer));
}

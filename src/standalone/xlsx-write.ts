/**
 * A simulated sheet (the cleaned copy src/excel/ wrote) saved as an .xlsx the user downloads,
 * built with exceljs in the page. Values keep their types (numbers stay numbers), formulas
 * keep their cached results, and formats, fonts, fills, merges and widths come along.
 */
import type { CellValue, Workbook } from 'exceljs';
import type { SheetSnapshot } from '../office-sim';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Points (the Excel API's unit) → characters (xlsx's unit), the inverse of xlsx-read. */
export function pointsToCharWidth(points: number): number {
  const pixels = points / 0.75;
  return Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);
}

const A1 = /^([A-Z]+)(\d+)$/;

export async function sheetsToXlsx(sheets: readonly SheetSnapshot[]): Promise<Blob> {
  const { Workbook: WorkbookClass } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const wb: Workbook = new WorkbookClass();
  wb.creator = 'Kiểm tra phụ lục';
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [address, c] of Object.entries(sheet.cells)) {
      if (!A1.test(address)) continue;
      const cell = ws.getCell(address);
      const value: CellValue =
        c.formula !== null
          ? { formula: c.formula.replace(/^=/, ''), result: c.value === '' ? undefined : c.value }
          : c.value === ''
            ? null
            : c.value;
      cell.value = value;
      if (c.numberFormat && c.numberFormat !== 'General') cell.numFmt = c.numberFormat;
      if (c.font.name !== 'Calibri' || c.font.bold || c.font.color !== '#000000') {
        cell.font = { name: c.font.name, bold: c.font.bold, color: { argb: argb(c.font.color) } };
      }
      if (c.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(c.fill) } };
    }
    for (const m of sheet.merges) {
      if (m.includes(':')) ws.mergeCells(m);
    }
    for (const [letter, points] of Object.entries(sheet.columnWidths)) ws.getColumn(letter).width = pointsToCharWidth(points);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_MIME });
}

import { cellText, type SheetGrid } from '../grid';
import { foldKey } from '../parse/text';
import { entriesFromRows, UNIT_SHEET_NAME, type UnitEntry } from './directory';

export function isUnitSheet(grid: SheetGrid, sheetName: string = UNIT_SHEET_NAME): boolean {
  return foldKey(grid.name) === foldKey(sheetName);
}

/** Units listed on a "Danh mục đơn vị" sheet: canonical name in the first column, aliases ("; ") in the second. */
export function unitsFromGrid(grid: SheetGrid): UnitEntry[] {
  const rows: Array<[string, string]> = [];
  for (const row of grid.cells) {
    const first = row.findIndex((c) => c !== null && cellText(c).trim() !== '');
    if (first < 0) continue;
    rows.push([cellText(row[first]!), row[first + 1] ? cellText(row[first + 1]!) : '']);
  }
  return entriesFromRows(rows);
}

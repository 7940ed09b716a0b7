/**
 * "Go to cell" from the pane's list of findings: shows the sheet and selects the cell. Excel
 * selects only on the active sheet, hence activate first; both calls go in one round trip.
 */
import type { XlRequestContext } from './api';

export async function selectCell(context: XlRequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

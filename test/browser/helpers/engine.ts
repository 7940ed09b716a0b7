/**
 * What the engine says about a sample file, computed in the test itself (never hard-coded):
 * the same workbook read by the CLI's reader and analysed directly, to compare with what the
 * standalone page shows after going through exceljs-in-the-browser, the simulator and src/excel.
 */
import * as path from 'path';
import { analyzeWorkbook, type SheetReport } from '../../../src/engine';
import { coalesce, planMarks, type Mark } from '../../../src/engine/highlights';
import { readWorkbook } from '../../../src/cli/xlsx';

export async function engineSheetReport(file: string, sheet: string, asOf: string): Promise<SheetReport> {
  const wb = await readWorkbook(file, { isolation: 'in-process' });
  const grid = wb.sheets.find((g) => g.name === sheet);
  if (!grid) throw new Error(`${path.basename(file)} has no sheet ${sheet}`);
  const report = analyzeWorkbook([grid], { asOf, lang: 'vi' });
  return report.sheets[0];
}

/** Single-cell marks the add-in puts on the sheet for this report. */
export function engineMarks(report: SheetReport): Mark[] {
  return planMarks(report);
}

export { coalesce };

/**
 * office-sim: an in-memory Excel for the jest tests and the standalone page. It implements the
 * slice of the Excel JavaScript API that src/excel/ uses (src/excel/api.ts), with Excel's
 * proxy / load / sync semantics, requirement sets and payload limits, and refuses ("not
 * simulated") anything else. Product code: no Node built-ins, no DOM, no test framework.
 */
export { createSimWorkbook, SimWorkbook } from './workbook';
export type {
  CellSnapshot,
  ConditionalFormatSnapshot,
  SheetSnapshot,
  SimCellInput,
  SimCellSpec,
  SimConditionalFormatSpec,
  SimSheetInit,
  SimWorkbookInit,
  WorkbookSnapshot,
} from './workbook';
export type { SyncRecord } from './context';
export { SimError } from './errors';
export type { SimErrorCode } from './errors';

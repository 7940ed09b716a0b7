/**
 * What the host Excel can do beyond our baseline (ExcelApi 1.7), asked once per operation
 * through `Office.context.requirements`. Code calls an API above 1.7 only behind one of these
 * flags and has a documented fallback for when it is false.
 */
import type { XlOffice } from './api';

/** The lowest ExcelApi version the add-in runs on (getRangeByIndexes, worksheet.copy …). */
export const BASELINE_EXCEL_API = '1.7';

export interface Capabilities {
  /** ExcelApi 1.8: `Excel.createWorkbook(base64)` opens a new workbook. */
  readonly createWorkbook: boolean;
  /** ExcelApi 1.9: RangeAreas (`worksheet.getRanges`), one conditional format over many areas. */
  readonly rangeAreas: boolean;
  /** ExcelApi 1.9: `application.suspendScreenUpdatingUntilNextSync()`. */
  readonly suspendScreenUpdating: boolean;
  /** ExcelApi 1.9: `range.getCellProperties` (per-cell font names in one call). */
  readonly cellProperties: boolean;
  /** ExcelApi 1.13: `range.getMergedAreasOrNullObject()`. Without it merges are not read. */
  readonly mergedAreas: boolean;
}

/** A host at exactly the baseline: every optional API off. */
export const BASELINE_CAPABILITIES: Capabilities = Object.freeze({
  createWorkbook: false,
  rangeAreas: false,
  suspendScreenUpdating: false,
  cellProperties: false,
  mergedAreas: false,
});

export function detectCapabilities(office: XlOffice): Capabilities {
  const has = (v: string) => office.context.requirements.isSetSupported('ExcelApi', v);
  const v19 = has('1.9');
  return {
    createWorkbook: has('1.8'),
    rangeAreas: v19,
    suspendScreenUpdating: v19,
    cellProperties: v19,
    mergedAreas: has('1.13'),
  };
}

/** False on hosts too old for the add-in (the pane shows a message instead of failing later). */
export function meetsBaseline(office: XlOffice): boolean {
  return office.context.requirements.isSetSupported('ExcelApi', BASELINE_EXCEL_API);
}

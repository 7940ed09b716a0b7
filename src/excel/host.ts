/**
 * The Excel and Office objects the add-in works through. In Excel they are the Office.js
 * globals; the jest tests and the standalone page pass the simulator's instead
 * (`createSimWorkbook(...).host`). Nothing else in src/excel/ touches a global.
 */
import type { XlExcel, XlOffice } from './api';

export interface Host {
  readonly excel: XlExcel;
  readonly office: XlOffice;
}

/** The real globals. Call only after `Office.onReady`, inside Excel. */
export function officeHost(): Host {
  return { excel: Excel, office: Office };
}

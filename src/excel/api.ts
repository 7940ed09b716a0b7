/**
 * The slice of the Excel JavaScript API (and of the common Office API) this add-in uses, as
 * narrow structural interfaces. Everything in src/excel/ is written against these, never
 * against the globals, so the same code runs in Excel, in the jest tests and in the standalone
 * page (both against src/office-sim/).
 *
 * Why not `Excel.RequestContext` directly: the real types describe hundreds of members per
 * object, which no simulator can honestly implement. These interfaces are checked in both
 * directions at compile time instead: the real `Excel`/`Office` types must be assignable to
 * them (test/excel/api-conformance.test.ts), and the simulator's classes `implements` them.
 * Each member notes the ExcelApi requirement set it needs; anything above 1.7 is only called
 * after a check in capabilities.ts.
 */

export type XlCellValue = string | number | boolean;

/** `OfficeExtension.ClientResult`: `value` is readable after the next `context.sync()`. */
export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<void>;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly application: XlApplication;
}

export interface XlApplication {
  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  add(name?: string): XlWorksheet;
  load(propertyNames?: string | string[]): XlWorksheetCollection;
}

export interface XlWorksheet {
  readonly name: string;
  position: number;
  readonly visibility: string;
  getRange(address?: string): XlRange;
  /** ExcelApi 1.7. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  /** ExcelApi 1.9. */
  getRanges(address?: string): XlRangeAreas;
  /** ExcelApi 1.4 (valuesOnly 1.2). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
  load(propertyNames?: string | string[]): XlWorksheet;
}

export interface XlRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Writing: null leaves a cell unchanged (Office.js semantics). */
  get values(): XlCellValue[][];
  set values(values: Array<Array<XlCellValue | null>>);
  get numberFormat(): string[][];
  set numberFormat(formats: Array<Array<string | null>>);
  get formulas(): XlCellValue[][];
  set formulas(formulas: Array<Array<XlCellValue | null>>);
  readonly format: XlRangeFormat;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  getCell(row: number, column: number): XlRange;
  getColumn(column: number): XlRange;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** ExcelApi 1.9. */
  getCellProperties(cellPropertiesLoadOptions: XlCellPropertiesLoadOptions): XlClientResult<XlCellProperties[][]>;
  merge(across?: boolean): void;
  select(): void;
  load(propertyNames?: string | string[]): XlRange;
}

export interface XlCellPropertiesLoadOptions {
  format: { font: { name: boolean } };
}

export interface XlCellProperties {
  format?: { font?: { name?: string } };
}

export interface XlRangeFormat {
  columnWidth: number;
  readonly font: XlRangeFont;
  load(propertyNames?: string | string[]): XlRangeFormat;
}

export interface XlRangeFont {
  /** Null when the cells of the range use different fonts. */
  readonly name: string;
  load(propertyNames?: string | string[]): XlRangeFont;
}

/** ExcelApi 1.9 (RangeAreas as returned by getMergedAreasOrNullObject: 1.13). */
export interface XlRangeAreas {
  readonly isNullObject: boolean;
  readonly areas: XlRangeCollection;
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(propertyNames?: string | string[]): XlRangeAreas;
}

export interface XlRangeCollection {
  readonly items: XlRange[];
  load(propertyNames?: string | string[]): XlRangeCollection;
}

/** ExcelApi 1.6. */
export interface XlConditionalFormatCollection {
  readonly items: XlConditionalFormat[];
  add(type: 'Custom'): XlConditionalFormat;
  load(propertyNames?: string | string[]): XlConditionalFormatCollection;
}

export interface XlConditionalFormat {
  readonly type: string;
  /** Only valid when `type` is "Custom". */
  readonly custom: XlCustomConditionalFormat;
  delete(): void;
  load(propertyNames?: string | string[]): XlConditionalFormat;
}

export interface XlCustomConditionalFormat {
  readonly rule: XlConditionalFormatRule;
  readonly format: XlConditionalRangeFormat;
}

export interface XlConditionalFormatRule {
  formula: string;
  load(propertyNames?: string | string[]): XlConditionalFormatRule;
}

export interface XlConditionalRangeFormat {
  readonly fill: XlConditionalRangeFill;
}

export interface XlConditionalRangeFill {
  color: string;
}

/** The `Excel` namespace object. */
export interface XlExcel {
  run<T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T>;
  /** ExcelApi 1.8: opens a new workbook built from an .xlsx given as base64. */
  createWorkbook(base64?: string): Promise<void>;
}

/**
 * `Office.AsyncResult` as far as we read it. `status` is compared with the injected namespace's
 * `AsyncResultStatus` members, never with a literal: @types/office-js declares that enum numeric
 * while Office.js's runtime values are the strings "succeeded"/"failed".
 */
export type XlAsyncStatus = string | number;
export interface XlAsyncResult {
  readonly status: XlAsyncStatus;
  readonly error?: { readonly message: string } | null;
}

/** `Office.context.document.settings`: per-document key/value store, saved into the file. */
export interface XlSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: XlAsyncResult) => void): void;
}

/** The `Office` namespace object. */
export interface XlOffice {
  readonly AsyncResultStatus: { readonly Succeeded: XlAsyncStatus; readonly Failed: XlAsyncStatus };
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly document: { readonly settings: XlSettings };
    readonly displayLanguage: string;
  };
}

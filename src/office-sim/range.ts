/**
 * Range, its format and font, and RangeAreas. Reading a property of a multi-cell range follows
 * Excel: `values`/`numberFormat`/`formulas` are 2-D arrays; `format.font.name` and
 * `format.columnWidth` are single values, null when the cells disagree.
 *
 * Writing `formulas` stores "=…" formulas but does not calculate them (see writeFormulas).
 * Writing `values` follows Excel's input parsing only as far as it is unambiguous: numbers,
 * booleans, plain text and text behind a leading apostrophe (stored without it). Text that
 * Excel would turn into a formula, number, date or boolean ("=A1", "- item", "3.954",
 * "8/2025", "TRUE") throws "not simulated" — a host writing such text without the apostrophe
 * would get something else than it wrote, so the simulator refuses to guess.
 */
import type { XlCellProperties, XlCellPropertiesLoadOptions, XlCellValue, XlRange, XlRangeAreas, XlRangeCollection, XlRangeFont, XlRangeFormat } from '../excel/api';
import { type Rect, cellCount, formatAddress, intersects, isInsideGrid, rect } from './address';
import { type AreasTarget, SimConditionalFormatCollection } from './conditional-formats';
import { SimError, notSimulated } from './errors';
import { type CellModel, DEFAULT_FONT, DEFAULT_NUMBER_FORMAT, EMPTY_CELL_MODEL, type SheetModel, type SimValue, type WorkbookModel } from './model';
import { type OpSink, type Resolver, SimClientResult, SimCollection, SimObject } from './proxy';
import { OP_OVERHEAD_BYTES, type Txn } from './txn';

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** Beyond this many cells Excel refuses to return a range's values at all. */
export const MAX_LOADED_CELLS = 5_000_000;

const RANGE_SCALARS = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'numberFormat', 'formulas'] as const;

function cellGrid<V>(t: RangeTarget, pick: (c: CellModel) => V): V[][] {
  if (cellCount(t.rect) > MAX_LOADED_CELLS) {
    throw new SimError('RangeExceedsLimit', `The range ${formatAddress(t.sheet.name, t.rect)} has too many cells to load.`);
  }
  const out: V[][] = new Array(t.rect.rows);
  for (let r = 0; r < t.rect.rows; r++) {
    const line = t.sheet.rows[t.rect.row + r];
    const row: V[] = new Array(t.rect.cols);
    for (let c = 0; c < t.rect.cols; c++) row[c] = pick(line?.[t.rect.col + c] ?? EMPTY_CELL_MODEL);
    out[r] = row;
  }
  return out;
}

/** One value for the whole range, or null when its cells differ (how Excel reports formats). */
function uniform<V>(t: RangeTarget, pick: (c: CellModel) => V, fallback: V): V | null {
  let seen = 0;
  let value: V | undefined;
  let mixed = false;
  t.sheet.forEachStored(t.rect, (c) => {
    seen++;
    const v = pick(c);
    if (value === undefined) value = v;
    else if (v !== value) mixed = true;
  });
  if (seen < cellCount(t.rect)) {
    if (value === undefined) value = fallback;
    else if (value !== fallback) mixed = true;
  }
  return mixed ? null : (value as V);
}

function checkShape(t: RangeTarget, input: unknown, what: string): unknown[][] {
  const ok =
    Array.isArray(input) &&
    input.length === t.rect.rows &&
    input.every((row) => Array.isArray(row) && row.length === t.rect.cols);
  if (!ok) {
    throw new SimError(
      'InvalidArgument',
      `Range.${what}: the array must have ${t.rect.rows} row(s) of ${t.rect.cols} value(s) for ${formatAddress(t.sheet.name, t.rect)}.`,
    );
  }
  return input as unknown[][];
}

const CONVERTIBLE_TEXT = [
  /^\s*[$€£¥₫]?\s*[+-]?(\d[\d,. ]*|[.,]\d+)(e[+-]?\d+)?\s*%?\s*[$€£¥₫đ]?\s*$/i, // numbers, "3.954", "100%"
  /^\s*\(\s*\d[\d,. ]*\)\s*$/, // accounting negatives
  /^\s*\d{1,4}\s*[/.-]\s*\d{1,4}(\s*[/.-]\s*\d{1,4})?\s*$/, // dates and fractions: "8/2025", "20/12/2025"
  /^\s*\d{1,2}:\d{2}/, // times
  /^\s*(true|false)\s*$/i,
];

/** The value Excel stores for one element of `range.values = …`; undefined leaves the cell as is. */
export function storedInput(v: unknown): SimValue | undefined {
  if (v === null || v === undefined) return undefined; // Office.js: null leaves the cell unchanged
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new SimError('InvalidArgument', `Range.values: ${v} is not a number Excel can store.`);
    return v;
  }
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') throw new SimError('InvalidArgument', `Range.values: ${typeof v} is not a cell value.`);
  if (v.startsWith("'")) return v.slice(1);
  if (v === '') return '';
  const shown = v.length > 40 ? `${v.slice(0, 40)}…` : v;
  if (/^[=+\-@]/.test(v)) throw notSimulated(`Excel's reading of the text "${shown}" as a formula`);
  if (CONVERTIBLE_TEXT.some((re) => re.test(v))) throw notSimulated(`Excel's conversion of the text "${shown}"`);
  return v;
}

function writeValues(model: WorkbookModel, t: RangeTarget, input: unknown): void {
  const rows = checkShape(t, input, 'values');
  rows.forEach((line, r) =>
    line.forEach((v, c) => {
      const value = storedInput(v);
      if (value === undefined) return;
      const old = t.sheet.cell(t.rect.row + r, t.rect.col + c) ?? EMPTY_CELL_MODEL;
      model.setCell(t.sheet, t.rect.row + r, t.rect.col + c, { ...old, value, formula: undefined });
    }),
  );
}

/**
 * `range.formulas = …`: "=…" stores a formula; anything else is written as a value. The
 * simulator does not calculate, so a formula keeps the cell's current value as its result —
 * write the expected result to `values` first when it matters.
 */
function writeFormulas(model: WorkbookModel, t: RangeTarget, input: unknown): void {
  const rows = checkShape(t, input, 'formulas');
  rows.forEach((line, r) =>
    line.forEach((f, c) => {
      const old = t.sheet.cell(t.rect.row + r, t.rect.col + c) ?? EMPTY_CELL_MODEL;
      if (typeof f === 'string' && f.startsWith('=')) {
        model.setCell(t.sheet, t.rect.row + r, t.rect.col + c, { ...old, formula: f });
        return;
      }
      const value = storedInput(f);
      if (value !== undefined) model.setCell(t.sheet, t.rect.row + r, t.rect.col + c, { ...old, value, formula: undefined });
    }),
  );
}

function writeNumberFormats(model: WorkbookModel, t: RangeTarget, input: unknown): void {
  const rows = checkShape(t, input, 'numberFormat');
  rows.forEach((line, r) =>
    line.forEach((f, c) => {
      if (f === null || f === undefined) return;
      if (typeof f !== 'string') throw new SimError('InvalidArgument', 'Range.numberFormat: formats are strings.');
      const old = t.sheet.cell(t.rect.row + r, t.rect.col + c) ?? EMPTY_CELL_MODEL;
      model.setCell(t.sheet, t.rect.row + r, t.rect.col + c, { ...old, numberFormat: f === DEFAULT_NUMBER_FORMAT ? undefined : f });
    }),
  );
}

function subRange(t: RangeTarget, r: Rect): RangeTarget {
  if (!isInsideGrid(r)) throw new SimError('InvalidArgument', 'The requested range lies outside the worksheet.');
  return { sheet: t.sheet, rect: r };
}

export class SimRange extends SimObject<RangeTarget> implements XlRange {
  constructor(ctx: OpSink, resolver: Resolver<RangeTarget>) {
    super(ctx, resolver, 'Range');
  }

  protected _scalars(): readonly string[] {
    return RANGE_SCALARS;
  }

  protected _read(name: string, t: RangeTarget): unknown {
    switch (name) {
      case 'address':
        return formatAddress(t.sheet.name, t.rect);
      case 'rowIndex':
        return t.rect.row;
      case 'columnIndex':
        return t.rect.col;
      case 'rowCount':
        return t.rect.rows;
      case 'columnCount':
        return t.rect.cols;
      case 'values':
        return cellGrid(t, (c) => c.value);
      case 'numberFormat':
        return cellGrid(t, (c) => c.numberFormat ?? DEFAULT_NUMBER_FORMAT);
      default:
        return cellGrid(t, (c) => c.formula ?? c.value);
    }
  }

  protected override _navigations(): readonly string[] {
    return ['format', 'conditionalFormats'];
  }

  protected override _navigation(name: string): SimObject<unknown> {
    return name === 'format' ? this.format : this.conditionalFormats;
  }

  get address(): string {
    return this._get('address');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }

  get values(): XlCellValue[][] {
    return this._get('values');
  }
  set values(values: Array<Array<XlCellValue | null>>) {
    this._queue('values=', values, (t, txn) => writeValues(txn.model, t, values));
  }

  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(formats: Array<Array<string | null>>) {
    this._queue('numberFormat=', formats, (t, txn) => writeNumberFormats(txn.model, t, formats));
  }

  get formulas(): XlCellValue[][] {
    return this._get('formulas');
  }
  set formulas(formulas: Array<Array<XlCellValue | null>>) {
    this._queue('formulas=', formulas, (t, txn) => writeFormulas(txn.model, t, formulas));
  }

  get format(): SimRangeFormat {
    return this._child('format', (t) => t, (r) => new SimRangeFormat(this._ctx, r));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    return this._child(
      'conditionalFormats',
      (t, txn): AreasTarget => {
        txn.requires(6, 'Range.conditionalFormats');
        return { sheet: t.sheet, areas: [t.rect] };
      },
      (r) => new SimConditionalFormatCollection(this._ctx, r),
    );
  }

  /** The cell at (row, column) relative to this range; it may lie outside it, as in Excel. */
  getCell(row: number, column: number): SimRange {
    return this._spawn('getCell', (t) => subRange(t, rect(t.rect.row + row, t.rect.col + column, 1, 1)), (r) => new SimRange(this._ctx, r));
  }

  getColumn(column: number): SimRange {
    return this._spawn('getColumn', (t) => subRange(t, rect(t.rect.row, t.rect.col + column, t.rect.rows, 1)), (r) => new SimRange(this._ctx, r));
  }

  /** Every merged area that intersects the range (whole areas), or a null object. */
  getMergedAreasOrNullObject(): SimRangeAreas {
    return this._spawn(
      'getMergedAreasOrNullObject',
      (t): AreasTarget | null => {
        const areas = t.sheet.merges.filter((m) => intersects(m, t.rect));
        return areas.length === 0 ? null : { sheet: t.sheet, areas };
      },
      (r) => new SimRangeAreas(this._ctx, r),
      { orNull: true, minor: 13 },
    );
  }

  /** Only the font name is simulated: `{ format: { font: { name: true } } }`. */
  getCellProperties(options: XlCellPropertiesLoadOptions): SimClientResult<XlCellProperties[][]> {
    const keys = JSON.stringify(options);
    if (keys !== JSON.stringify({ format: { font: { name: true } } })) throw notSimulated(`Range.getCellProperties(${keys})`);
    const result = new SimClientResult<XlCellProperties[][]>('Range.getCellProperties');
    this._ctx._enqueue({
      label: 'Range.getCellProperties',
      requestBytes: OP_OVERHEAD_BYTES,
      run: (txn: Txn) => {
        txn.requires(9, 'Range.getCellProperties');
        const t = this._need(txn);
        const value = cellGrid(t, (c): XlCellProperties => ({ format: { font: { name: c.font?.name ?? DEFAULT_FONT.name } } }));
        txn.deliver(value, () => result._set(value));
      },
    });
    return result;
  }

  /** Merges the range (or each of its rows with `across`); only the top-left value is kept. */
  merge(across = false): void {
    this._queue('merge', across, (t, txn) => {
      if (!across) txn.model.merge(t.sheet, t.rect);
      else for (let r = 0; r < t.rect.rows; r++) txn.model.merge(t.sheet, rect(t.rect.row + r, t.rect.col, 1, t.rect.cols));
    });
  }

  select(): void {
    this._queue('select', undefined, (t, txn) => {
      if (txn.model.activeSheet !== t.sheet) {
        throw new SimError('InvalidSelection', 'Range.select: the range is not on the active worksheet; activate it first.');
      }
      txn.model.setSelection(t.sheet, t.rect);
    });
  }
}

export class SimRangeFormat extends SimObject<RangeTarget> implements XlRangeFormat {
  constructor(ctx: OpSink, resolver: Resolver<RangeTarget>) {
    super(ctx, resolver, 'RangeFormat');
  }

  protected _scalars(): readonly string[] {
    return ['columnWidth'];
  }

  protected _read(_name: string, t: RangeTarget): unknown {
    let width: number | null | undefined;
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
      const w = t.sheet.columnWidth(c);
      if (width === undefined) width = w;
      else if (width !== w) return null;
    }
    return width ?? null;
  }

  protected override _navigations(): readonly string[] {
    return ['font'];
  }

  protected override _navigation(): SimObject<unknown> {
    return this.font;
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(width: number) {
    if (typeof width !== 'number' || !(width >= 0)) throw new SimError('InvalidArgument', 'RangeFormat.columnWidth must be a non-negative number.');
    this._queue('columnWidth=', width, (t, txn) => {
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) txn.model.setColumnWidth(t.sheet, c, width);
    });
  }

  get font(): SimRangeFont {
    return this._child('font', (t) => t, (r) => new SimRangeFont(this._ctx, r));
  }
}

export class SimRangeFont extends SimObject<RangeTarget> implements XlRangeFont {
  constructor(ctx: OpSink, resolver: Resolver<RangeTarget>) {
    super(ctx, resolver, 'RangeFont');
  }

  protected _scalars(): readonly string[] {
    return ['name'];
  }

  protected _read(_name: string, t: RangeTarget): unknown {
    return uniform(t, (c) => c.font?.name ?? DEFAULT_FONT.name, DEFAULT_FONT.name);
  }

  get name(): string {
    return this._get('name');
  }
}

/** RangeAreas (ExcelApi 1.9): several rectangles of one sheet. */
export class SimRangeAreas extends SimObject<AreasTarget> implements XlRangeAreas {
  constructor(ctx: OpSink, resolver: Resolver<AreasTarget>) {
    super(ctx, resolver, 'RangeAreas');
  }

  protected _scalars(): readonly string[] {
    return ['address', 'areaCount'];
  }

  protected _read(name: string, t: AreasTarget): unknown {
    return name === 'areaCount' ? t.areas.length : t.areas.map((a) => formatAddress(t.sheet.name, a)).join(',');
  }

  protected override _navigations(): readonly string[] {
    return ['areas', 'conditionalFormats'];
  }

  protected override _navigation(name: string): SimObject<unknown> {
    return name === 'areas' ? this.areas : this.conditionalFormats;
  }

  get address(): string {
    return this._get('address');
  }

  get areaCount(): number {
    return this._get('areaCount');
  }

  get areas(): SimRangeCollection {
    return this._child('areas', (t) => t, (r) => new SimRangeCollection(this._ctx, r));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    return this._child('conditionalFormats', (t) => t, (r) => new SimConditionalFormatCollection(this._ctx, r));
  }
}

class SimRangeCollection extends SimCollection<AreasTarget, SimRange> implements XlRangeCollection {
  constructor(ctx: OpSink, resolver: Resolver<AreasTarget>) {
    super(ctx, resolver, 'RangeCollection');
  }

  protected _itemTargets(t: AreasTarget): readonly RangeTarget[] {
    return t.areas.map((a) => ({ sheet: t.sheet, rect: a }));
  }

  protected _makeItem(resolver: Resolver<unknown>): SimRange {
    return new SimRange(this._ctx, resolver as Resolver<RangeTarget>);
  }

  protected _itemPrototype(): SimRange {
    return new SimRange(this._ctx, this._fixed({ sheet: null as unknown as SheetModel, rect: rect(0, 0, 1, 1) }));
  }
}

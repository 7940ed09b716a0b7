/**
 * The simulated workbook's state: sheets of cells, merges, conditional formats, column widths,
 * the active sheet and the selection. Only `sync()` (through the API objects) and the test
 * helpers change it.
 *
 * Every mutation goes through a method here that records how to undo it, so that a sync which
 * fails half-way can be rolled back completely: a batch either applies all its writes or none
 * (see context.ts). Cells are immutable objects replaced on write, which makes the undo record
 * one reference per cell and lets `reopen()` share cells between the old and new state.
 */
import { MAX_COLS, MAX_ROWS, type Rect, intersects } from './address';

export type SimValue = string | number | boolean;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export const BORDER_SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
export type BorderSide = (typeof BORDER_SIDES)[number];

export interface FontModel {
  readonly name: string;
  readonly color: string;
  readonly bold: boolean;
}

export interface BorderModel {
  readonly style: string;
  readonly color: string;
}

export const DEFAULT_FONT: FontModel = Object.freeze({ name: 'Calibri', color: '#000000', bold: false });
export const DEFAULT_NUMBER_FORMAT = 'General';
/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

/** One cell. Absent fields mean Excel's defaults; `value` is "" for an empty cell, as Excel reports it. */
export interface CellModel {
  readonly value: SimValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly font?: Partial<FontModel>;
  /** Fill colour ("#RRGGBB"); absent = no fill. */
  readonly fill?: string;
  readonly borders?: Partial<Record<BorderSide, BorderModel>>;
}

export const EMPTY_CELL_MODEL: CellModel = Object.freeze({ value: '' });

export function isDefaultCell(c: CellModel): boolean {
  return (
    c.value === '' &&
    c.formula === undefined &&
    c.numberFormat === undefined &&
    c.font === undefined &&
    c.fill === undefined &&
    c.borders === undefined
  );
}

export function hasContent(c: CellModel): boolean {
  return c.value !== '' || c.formula !== undefined;
}

/**
 * A conditional format. Only custom-formula formats are modelled in full; other types (a user's
 * data bars or cell-value rules) exist so that code can be shown to leave them alone, and carry
 * no rule of their own.
 */
export type ConditionalFormatType = 'Custom' | 'CellValue' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'ContainsText';

export interface ConditionalFormatModel {
  id: string;
  readonly type: ConditionalFormatType;
  /** The custom rule's formula ('' for other types). */
  formula: string;
  fill: string | null;
  fontColor: string | null;
  areas: Rect[];
}

export class SheetModel {
  /** Rows of cells; holes mean default cells. */
  readonly rows: Array<Array<CellModel | undefined> | undefined> = [];
  merges: Rect[] = [];
  /** In priority order: index 0 is evaluated first (Excel puts a newly added format there). */
  conditionalFormats: ConditionalFormatModel[] = [];
  readonly columnWidths = new Map<number, number>();

  constructor(
    readonly id: string,
    public name: string,
    public visibility: Visibility = 'Visible',
  ) {}

  cell(row: number, col: number): CellModel | undefined {
    return this.rows[row]?.[col];
  }

  /** Calls `fn` for each stored (non-hole) cell inside `r`, row by row. */
  forEachStored(r: Rect, fn: (cell: CellModel, row: number, col: number) => void): void {
    const lastRow = Math.min(r.row + r.rows, this.rows.length);
    for (let row = r.row; row < lastRow; row++) {
      const line = this.rows[row];
      if (!line) continue;
      const lastCol = Math.min(r.col + r.cols, line.length);
      for (let col = r.col; col < lastCol; col++) {
        const c = line[col];
        if (c) fn(c, row, col);
      }
    }
  }

  /** Bounding box of cells with content (valuesOnly) or with content or formatting. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = MAX_COLS;
    let right = -1;
    for (let row = 0; row < this.rows.length; row++) {
      const line = this.rows[row];
      if (!line) continue;
      for (let col = 0; col < line.length; col++) {
        const c = line[col];
        if (!c || (valuesOnly ? !hasContent(c) : isDefaultCell(c))) continue;
        if (top < 0) top = row;
        bottom = row;
        if (col < left) left = col;
        if (col > right) right = col;
      }
    }
    if (top < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }
}

let nextId = 1;
export function newId(prefix: string): string {
  return `{${prefix}-${(nextId++).toString(36).toUpperCase()}}`;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; rect: Rect } | null = null;
  /** Undo records of the transaction in progress; null outside one (test helpers write directly). */
  private journal: Array<() => void> | null = null;

  begin(): void {
    this.journal = [];
  }

  commit(): void {
    this.journal = null;
  }

  rollback(): void {
    const undo = this.journal ?? [];
    this.journal = null;
    for (let i = undo.length - 1; i >= 0; i--) undo[i]();
  }

  private record(undo: () => void): void {
    this.journal?.push(undo);
  }

  sheetByName(name: string): SheetModel | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === key);
  }

  setCell(sheet: SheetModel, row: number, col: number, cell: CellModel | undefined): void {
    if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) throw new RangeError(`cell ${row},${col} is off the grid`);
    const stored = cell === undefined || isDefaultCell(cell) ? undefined : cell;
    let line = sheet.rows[row];
    const old = line?.[col];
    if (old === stored) return;
    if (!line) {
      line = [];
      sheet.rows[row] = line;
    }
    line[col] = stored;
    const target = line;
    this.record(() => {
      target[col] = old;
    });
  }

  addSheet(sheet: SheetModel): void {
    this.sheets.push(sheet);
    this.record(() => {
      this.sheets.splice(this.sheets.indexOf(sheet), 1);
    });
  }

  removeSheet(sheet: SheetModel): void {
    const at = this.sheets.indexOf(sheet);
    if (at < 0) return;
    this.sheets.splice(at, 1);
    this.record(() => {
      this.sheets.splice(at, 0, sheet);
    });
    if (this.activeSheet === sheet) {
      this.setActive(this.sheets.slice(at).concat(this.sheets.slice(0, at).reverse()).find((s) => s.visibility === 'Visible') ?? this.sheets[0]);
    }
  }

  moveSheet(sheet: SheetModel, position: number): void {
    const from = this.sheets.indexOf(sheet);
    const to = Math.max(0, Math.min(position, this.sheets.length - 1));
    if (from === to) return;
    this.sheets.splice(from, 1);
    this.sheets.splice(to, 0, sheet);
    this.record(() => {
      this.sheets.splice(to, 1);
      this.sheets.splice(from, 0, sheet);
    });
  }

  setActive(sheet: SheetModel): void {
    const old = this.activeSheet;
    this.activeSheet = sheet;
    this.record(() => {
      this.activeSheet = old;
    });
  }

  setSelection(sheet: SheetModel, r: Rect): void {
    const old = this.selection;
    this.selection = { sheet, rect: r };
    this.record(() => {
      this.selection = old;
    });
  }

  /** Merges `r`, replacing merges it overlaps, and keeps only the top-left value as Excel does. */
  merge(sheet: SheetModel, r: Rect): void {
    const old = sheet.merges;
    sheet.merges = [...old.filter((m) => !intersects(m, r)), r];
    this.record(() => {
      sheet.merges = old;
    });
    sheet.forEachStored(r, (c, row, col) => {
      if ((row !== r.row || col !== r.col) && hasContent(c)) {
        this.setCell(sheet, row, col, { ...c, value: '', formula: undefined });
      }
    });
  }

  setColumnWidth(sheet: SheetModel, col: number, width: number): void {
    const had = sheet.columnWidths.has(col);
    const old = sheet.columnWidths.get(col);
    sheet.columnWidths.set(col, width);
    this.record(() => {
      if (had && old !== undefined) sheet.columnWidths.set(col, old);
      else sheet.columnWidths.delete(col);
    });
  }

  /** Inserts at the top of the priority list, as Excel does for a new conditional format. */
  addConditionalFormat(sheet: SheetModel, cf: ConditionalFormatModel): void {
    const old = sheet.conditionalFormats;
    sheet.conditionalFormats = [cf, ...old];
    this.record(() => {
      sheet.conditionalFormats = old;
    });
  }

  deleteConditionalFormat(sheet: SheetModel, cf: ConditionalFormatModel): void {
    const old = sheet.conditionalFormats;
    sheet.conditionalFormats = old.filter((x) => x !== cf);
    this.record(() => {
      sheet.conditionalFormats = old;
    });
  }

  updateConditionalFormat(cf: ConditionalFormatModel, patch: Partial<Pick<ConditionalFormatModel, 'formula' | 'fill' | 'fontColor'>>): void {
    const old = { formula: cf.formula, fill: cf.fill, fontColor: cf.fontColor };
    Object.assign(cf, patch);
    this.record(() => {
      Object.assign(cf, old);
    });
  }

  /**
   * The workbook as it would be after save, close and reopen: everything stored in the file is
   * kept (cells, merges, widths, conditional formats, sheet order, active sheet, selection);
   * conditional formats get new ids because nothing promises that ids outlive a session.
   */
  reopen(): WorkbookModel {
    const next = new WorkbookModel();
    const bySheet = new Map<SheetModel, SheetModel>();
    for (const s of this.sheets) {
      const copy = new SheetModel(s.id, s.name, s.visibility);
      s.rows.forEach((line, i) => {
        if (line) copy.rows[i] = line.slice();
      });
      copy.merges = s.merges.slice();
      copy.conditionalFormats = s.conditionalFormats.map((cf) => ({ ...cf, id: newId('CF'), areas: cf.areas.slice() }));
      s.columnWidths.forEach((w, c) => copy.columnWidths.set(c, w));
      next.sheets.push(copy);
      bySheet.set(s, copy);
    }
    next.activeSheet = this.activeSheet ? bySheet.get(this.activeSheet) ?? null : null;
    next.selection = this.selection ? { sheet: bySheet.get(this.selection.sheet) as SheetModel, rect: this.selection.rect } : null;
    return next;
  }
}

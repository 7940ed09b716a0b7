/**
 * `createSimWorkbook`: an in-memory workbook with an `Excel`-shaped and an `Office`-shaped
 * object to hand to src/excel/ code, plus helpers for tests and the standalone page to look at
 * and change its state directly (no syncs, no proxies).
 */
import { parseAddress, parseAreas, formatRect, rect } from './address';
import { DEFAULT_PAYLOAD_LIMIT_BYTES, type SimSession, SimExcel, type SyncRecord } from './context';
import {
  BORDER_SIDES,
  type BorderModel,
  type BorderSide,
  type CellModel,
  type ConditionalFormatType,
  DEFAULT_FONT,
  DEFAULT_NUMBER_FORMAT,
  type FontModel,
  SheetModel,
  type SimValue,
  WorkbookModel,
  newId,
} from './model';
import { type OfficeSession, SimOffice } from './office';
import { columnIndex, columnLetter } from '../engine/grid';

export interface SimCellSpec {
  /** The stored value (for a formula: its cached result). Stored as given, without Excel's input parsing. */
  readonly value?: SimValue | null;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly font?: Partial<FontModel>;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly borders?: Partial<Record<BorderSide, BorderModel>>;
}

export type SimCellInput = SimValue | null | undefined | SimCellSpec;

export interface SimConditionalFormatSpec {
  /** One or more areas: "B2:B9" or "B2:B9,D2:D9". */
  readonly range: string;
  readonly type?: ConditionalFormatType;
  readonly formula?: string;
  readonly fill?: string | null;
  readonly fontColor?: string | null;
}

export interface SimSheetInit {
  readonly name: string;
  readonly cells?: ReadonlyArray<ReadonlyArray<SimCellInput>>;
  /** Where cells[0][0] goes (default "A1"). */
  readonly at?: string;
  readonly merges?: readonly string[];
  readonly hidden?: boolean;
  readonly conditionalFormats?: readonly SimConditionalFormatSpec[];
  /** Column letter → width in points. */
  readonly columnWidths?: Readonly<Record<string, number>>;
}

export interface SimWorkbookInit {
  readonly sheets: readonly SimSheetInit[];
  /** Highest ExcelApi version the simulated host supports, e.g. "1.7" or "1.17" (default "1.17"). */
  readonly requirementSets?: string;
  /** Request and response size limit per sync (default 5 MB, as Excel on the web). */
  readonly payloadLimitBytes?: number;
  /** Name of the active sheet (default: the first visible one). */
  readonly activeSheet?: string;
  /** `Office.context.displayLanguage` (default "vi-VN"). */
  readonly displayLanguage?: string;
  /** Document settings already saved in the file. */
  readonly documentSettings?: Readonly<Record<string, unknown>>;
  /**
   * What a failed sync leaves behind: nothing ('rollback', the default), or the writes of the
   * calls before the failing one ('keep-applied', which real Excel does not rule out).
   */
  readonly failedBatch?: 'rollback' | 'keep-applied';
}

export interface CellSnapshot {
  readonly value: SimValue;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly font: FontModel;
  readonly fill: string | null;
  readonly borders: Readonly<Record<BorderSide, BorderModel | null>>;
}

export interface ConditionalFormatSnapshot {
  readonly type: ConditionalFormatType;
  readonly formula: string | null;
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly areas: readonly string[];
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: string;
  /** Every cell that differs from an empty default cell, by A1 address. */
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  readonly merges: readonly string[];
  /** In priority order. */
  readonly conditionalFormats: readonly ConditionalFormatSnapshot[];
  readonly columnWidths: Readonly<Record<string, number>>;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly activeSheet: string | null;
  readonly selection: { readonly sheet: string; readonly address: string } | null;
  readonly documentSettings: Readonly<Record<string, unknown>>;
}

function parseMinor(sets: string | undefined): number {
  const m = /^1\.(\d+)$/.exec(sets ?? '1.17');
  if (!m) throw new Error(`requirementSets must look like "1.7" (got ${JSON.stringify(sets)})`);
  return Number(m[1]);
}

function toCellModel(input: SimCellInput): CellModel | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input !== 'object') return { value: input };
  const cell: { -readonly [K in keyof CellModel]: CellModel[K] } = { value: input.value ?? '' };
  if (input.formula !== undefined) cell.formula = input.formula;
  if (input.numberFormat !== undefined && input.numberFormat !== DEFAULT_NUMBER_FORMAT) cell.numberFormat = input.numberFormat;
  if (input.font !== undefined) cell.font = { ...input.font };
  if (input.fill !== undefined) cell.fill = input.fill.toUpperCase();
  if (input.borders !== undefined) cell.borders = { ...input.borders };
  return cell;
}

function snapshotCell(c: CellModel): CellSnapshot {
  const borders = {} as Record<BorderSide, BorderModel | null>;
  for (const side of BORDER_SIDES) borders[side] = c.borders?.[side] ?? null;
  return {
    value: c.value,
    formula: c.formula ?? null,
    numberFormat: c.numberFormat ?? DEFAULT_NUMBER_FORMAT,
    font: { ...DEFAULT_FONT, ...c.font },
    fill: c.fill ?? null,
    borders,
  };
}

export class SimWorkbook {
  readonly excel: SimExcel;
  readonly office: SimOffice;
  private readonly session: SimSession;
  private readonly officeSession: OfficeSession;

  constructor(init: SimWorkbookInit) {
    const minor = parseMinor(init.requirementSets);
    const model = new WorkbookModel();
    this.session = {
      model,
      minor,
      payloadLimitBytes: init.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
      generation: 0,
      syncLog: [],
      failures: [],
      createdWorkbooks: [],
      failedBatch: init.failedBatch ?? 'rollback',
    };
    const saved = new Map(Object.entries(init.documentSettings ?? {}).map(([k, v]) => [k, JSON.stringify(v)] as [string, string]));
    this.officeSession = {
      minor,
      displayLanguage: init.displayLanguage ?? 'vi-VN',
      saved,
      live: new Map(saved),
      actions: new Map(),
      failNextSave: null,
    };
    for (const s of init.sheets) {
      const sheet = new SheetModel(newId('WS'), s.name, s.hidden ? 'Hidden' : 'Visible');
      model.sheets.push(sheet);
      if (s.cells) this.setCells(s.name, s.at ?? 'A1', s.cells);
      for (const m of s.merges ?? []) sheet.merges.push(parseAddress(m).rect);
      for (const cf of s.conditionalFormats ?? []) this.addConditionalFormat(s.name, cf);
      for (const [letter, width] of Object.entries(s.columnWidths ?? {})) sheet.columnWidths.set(columnIndex(letter), width);
    }
    const active = init.activeSheet ? model.sheetByName(init.activeSheet) : model.sheets.find((s) => s.visibility === 'Visible');
    if (!active) throw new Error('a simulated workbook needs a visible (or the named active) sheet');
    model.activeSheet = active;
    this.excel = new SimExcel(() => this.session);
    this.office = new SimOffice(() => this.officeSession);
  }

  /** The pair src/excel/ code takes (`Host` in src/excel/host.ts). */
  get host(): { readonly excel: SimExcel; readonly office: SimOffice } {
    return { excel: this.excel, office: this.office };
  }

  /** Round trips (`context.sync()` calls, including rejected ones) since the workbook was created. */
  get syncCount(): number {
    return this.session.syncLog.length;
  }

  get syncLog(): readonly SyncRecord[] {
    return this.session.syncLog;
  }

  get requirementMinor(): number {
    return this.session.minor;
  }

  /** The base64 files passed to `Excel.createWorkbook`. */
  get createdWorkbooks(): readonly string[] {
    return this.session.createdWorkbooks;
  }

  private sheet(name: string): SheetModel {
    const s = this.session.model.sheetByName(name);
    if (!s) throw new Error(`no sheet named ${JSON.stringify(name)}`);
    return s;
  }

  sheetNames(): string[] {
    return this.session.model.sheets.map((s) => s.name);
  }

  /** Writes cells directly (no sync), as stored values: no input parsing. */
  setCells(sheetName: string, at: string, cells: ReadonlyArray<ReadonlyArray<SimCellInput>>): void {
    const sheet = this.sheet(sheetName);
    const origin = parseAddress(at).rect;
    cells.forEach((line, r) => line.forEach((input, c) => this.session.model.setCell(sheet, origin.row + r, origin.col + c, toCellModel(input))));
  }

  addConditionalFormat(sheetName: string, spec: SimConditionalFormatSpec): void {
    const type = spec.type ?? 'Custom';
    this.sheet(sheetName).conditionalFormats.push({
      id: newId('CF'),
      type,
      formula: type === 'Custom' ? spec.formula ?? '=TRUE' : '',
      fill: spec.fill?.toUpperCase() ?? null,
      fontColor: spec.fontColor?.toUpperCase() ?? null,
      areas: parseAreas(spec.range).map((a) => a.rect),
    });
  }

  cell(sheetName: string, address: string): CellSnapshot {
    const { rect: r } = parseAddress(address);
    return snapshotCell(this.sheet(sheetName).cell(r.row, r.col) ?? { value: '' });
  }

  conditionalFormats(sheetName: string): ConditionalFormatSnapshot[] {
    return this.sheet(sheetName).conditionalFormats.map((cf) => ({
      type: cf.type,
      formula: cf.type === 'Custom' ? cf.formula : null,
      fill: cf.fill,
      fontColor: cf.fontColor,
      areas: cf.areas.map(formatRect),
    }));
  }

  activeSheet(): string | null {
    return this.session.model.activeSheet?.name ?? null;
  }

  selection(): { sheet: string; address: string } | null {
    const sel = this.session.model.selection;
    return sel ? { sheet: sel.sheet.name, address: formatRect(sel.rect) } : null;
  }

  /** Everything a user could see or that is saved in the file, for before/after comparisons. */
  snapshot(opts: { readonly sheets?: readonly string[] } = {}): WorkbookSnapshot {
    const model = this.session.model;
    const sheets = opts.sheets ? opts.sheets.map((n) => this.sheet(n)) : model.sheets;
    return {
      sheets: sheets.map((s) => {
        const cells: Record<string, CellSnapshot> = {};
        s.rows.forEach((line, row) =>
          line?.forEach((c, col) => {
            if (c) cells[formatRect(rect(row, col, 1, 1))] = snapshotCell(c);
          }),
        );
        const columnWidths: Record<string, number> = {};
        [...s.columnWidths.keys()].sort((a, b) => a - b).forEach((c) => (columnWidths[columnLetter(c)] = s.columnWidth(c)));
        return {
          name: s.name,
          visibility: s.visibility,
          cells,
          merges: s.merges.map(formatRect).sort(),
          conditionalFormats: this.conditionalFormats(s.name),
          columnWidths,
        };
      }),
      activeSheet: this.activeSheet(),
      selection: this.selection(),
      documentSettings: Object.fromEntries([...this.officeSession.saved].map(([k, v]) => [k, JSON.parse(v) as unknown])),
    };
  }

  /**
   * Save, close and reopen: keeps what the file holds (cells, formats, merges, widths,
   * conditional formats, saved document settings); drops unsaved settings, registered ribbon
   * actions and every context and proxy of the previous session.
   */
  reload(): void {
    this.session.model = this.session.model.reopen();
    this.session.generation++;
    this.session.failures = [];
    this.officeSession.live = new Map(this.officeSession.saved);
    this.officeSession.actions.clear();
    this.officeSession.failNextSave = null;
  }

  /**
   * Makes the next sync whose queued calls satisfy `when` fail with GeneralException after
   * `afterOperations` of its calls have run (default: half of them) — a batch that breaks
   * half-way, which must leave the workbook unchanged.
   */
  failSync(opts: { readonly when?: (labels: readonly string[]) => boolean; readonly afterOperations?: number } = {}): void {
    const when = opts.when ?? (() => true);
    let after = opts.afterOperations;
    this.session.failures.push({
      when: (labels) => {
        if (!when(labels)) return false;
        after ??= Math.floor(labels.length / 2);
        return true;
      },
      get afterOperations() {
        return after ?? 0;
      },
      code: 'GeneralException',
    });
  }

  /** Makes the next `settings.saveAsync` report failure. */
  failNextSettingsSave(message = 'The settings could not be saved.'): void {
    this.officeSession.failNextSave = message;
  }

  /** Calls a ribbon action registered with `Office.actions.associate`. */
  async invokeAction(name: string, event: unknown): Promise<void> {
    const action = this.officeSession.actions.get(name);
    if (!action) throw new Error(`no action associated with ${JSON.stringify(name)}`);
    await action(event);
  }
}

export function createSimWorkbook(init: SimWorkbookInit): SimWorkbook {
  return new SimWorkbook(init);
}

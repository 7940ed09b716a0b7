/**
 * Workbook, Application, the worksheet collection and Worksheet. Sheet names follow Excel's
 * rules (at most 31 characters, none of []:*?/\, no leading or trailing apostrophe, unique
 * ignoring case) so that code choosing names is tested against the real constraints.
 */
import type { XlApplication, XlWorkbook, XlWorksheet, XlWorksheetCollection } from '../excel/api';
import { WHOLE_SHEET, isInsideGrid, parseAddress, parseAreas, rect } from './address';
import { SimError, notSimulated } from './errors';
import { SheetModel, type WorkbookModel, newId } from './model';
import { type OpSink, type Resolver, SimCollection, SimObject } from './proxy';
import type { AreasTarget } from './conditional-formats';
import { SimRange, SimRangeAreas, type RangeTarget } from './range';
import type { Txn } from './txn';

export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return 'must be 1 to 31 characters long';
  if (/[[\]:*?/\\]/.test(name)) return 'must not contain [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'")) return 'must not begin or end with an apostrophe';
  return null;
}

export class SimWorkbookObject extends SimObject<WorkbookModel> implements XlWorkbook {
  constructor(ctx: OpSink) {
    super(ctx, { kind: 'derived', derive: (txn) => txn.model }, 'Workbook');
  }

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(name: string): unknown {
    throw notSimulated(`Workbook.${name}`);
  }

  protected override _navigations(): readonly string[] {
    return ['worksheets'];
  }

  protected override _navigation(): SimObject<unknown> {
    return this.worksheets;
  }

  get worksheets(): SimWorksheetCollection {
    return this._child('worksheets', (m) => m, (r) => new SimWorksheetCollection(this._ctx, r));
  }

  get application(): SimApplication {
    return this._child('application', (m) => m, (r) => new SimApplication(this._ctx, r));
  }
}

class SimApplication extends SimObject<WorkbookModel> implements XlApplication {
  constructor(ctx: OpSink, resolver: Resolver<WorkbookModel>) {
    super(ctx, resolver, 'Application');
  }

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(name: string): unknown {
    throw notSimulated(`Application.${name}`);
  }

  /** Nothing to suspend in memory; the call still needs ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void {
    this._queue('suspendScreenUpdatingUntilNextSync', undefined, (_m, txn) => txn.requires(9, 'Application.suspendScreenUpdatingUntilNextSync'));
  }
}

export class SimWorksheetCollection extends SimCollection<WorkbookModel, SimWorksheet> implements XlWorksheetCollection {
  constructor(ctx: OpSink, resolver: Resolver<WorkbookModel>) {
    super(ctx, resolver, 'WorksheetCollection');
  }

  protected _itemTargets(m: WorkbookModel): readonly SheetModel[] {
    return m.sheets.slice();
  }

  protected _makeItem(resolver: Resolver<unknown>): SimWorksheet {
    return new SimWorksheet(this._ctx, resolver as Resolver<SheetModel>);
  }

  protected _itemPrototype(): SimWorksheet {
    return new SimWorksheet(this._ctx, this._fixed(new SheetModel('', '')));
  }

  /** By name (ignoring case, as Excel does) or by id. */
  getItem(key: string): SimWorksheet {
    return this._spawn('getItem', (m) => m.sheetByName(key) ?? m.sheets.find((s) => s.id === key) ?? null, (r) => new SimWorksheet(this._ctx, r));
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return this._spawn(
      'getItemOrNullObject',
      (m) => m.sheetByName(key) ?? m.sheets.find((s) => s.id === key) ?? null,
      (r) => new SimWorksheet(this._ctx, r),
      { orNull: true, minor: 4 },
    );
  }

  getActiveWorksheet(): SimWorksheet {
    return this._spawn('getActiveWorksheet', (m) => m.activeSheet, (r) => new SimWorksheet(this._ctx, r));
  }

  /** Adds a sheet at the end; like Excel, does not activate it. */
  add(name?: string): SimWorksheet {
    return this._spawn('add', (m, txn) => {
      let chosen = name;
      if (chosen === undefined) {
        let n = m.sheets.length + 1;
        while (m.sheetByName(`Sheet${n}`)) n++;
        chosen = `Sheet${n}`;
      }
      const problem = sheetNameProblem(chosen);
      if (problem) throw new SimError('InvalidArgument', `WorksheetCollection.add: the name "${chosen}" ${problem}.`);
      if (m.sheetByName(chosen)) throw new SimError('ItemAlreadyExists', `WorksheetCollection.add: a sheet named "${chosen}" already exists.`);
      const sheet = new SheetModel(newId('WS'), chosen);
      txn.model.addSheet(sheet);
      return sheet;
    }, (r) => new SimWorksheet(this._ctx, r));
  }
}

export class SimWorksheet extends SimObject<SheetModel> implements XlWorksheet {
  constructor(ctx: OpSink, resolver: Resolver<SheetModel>) {
    super(ctx, resolver, 'Worksheet');
  }

  protected _scalars(): readonly string[] {
    return ['id', 'name', 'position', 'visibility'];
  }

  protected _read(name: string, s: SheetModel, txn: Txn): unknown {
    if (name === 'id') return s.id;
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    return txn.model.sheets.indexOf(s);
  }

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  get visibility(): string {
    return this._get('visibility');
  }
  get position(): number {
    return this._get('position');
  }
  set position(position: number) {
    this._queue('position=', position, (s, txn) => txn.model.moveSheet(s, position));
  }

  getRange(address?: string): SimRange {
    return this._spawn('getRange', (s): RangeTarget => {
      if (address === undefined) return { sheet: s, rect: WHOLE_SHEET };
      const parsed = parseAddress(address);
      if (parsed.sheet !== null && parsed.sheet.toLocaleLowerCase() !== s.name.toLocaleLowerCase()) {
        throw new SimError('InvalidArgument', `Worksheet.getRange: "${address}" is on another sheet.`);
      }
      return { sheet: s, rect: parsed.rect };
    }, (r) => new SimRange(this._ctx, r));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this._spawn(
      'getRangeByIndexes',
      (s): RangeTarget => {
        const area = rect(startRow, startColumn, rowCount, columnCount);
        if (!isInsideGrid(area)) throw new SimError('InvalidArgument', 'Worksheet.getRangeByIndexes: the range lies outside the worksheet.');
        return { sheet: s, rect: area };
      },
      (r) => new SimRange(this._ctx, r),
      { minor: 7 },
    );
  }

  getRanges(address?: string): SimRangeAreas {
    return this._spawn(
      'getRanges',
      (s): AreasTarget => {
        if (address === undefined) throw notSimulated('Worksheet.getRanges() without an address');
        const areas = parseAreas(address);
        if (areas.some((a) => a.sheet !== null && a.sheet.toLocaleLowerCase() !== s.name.toLocaleLowerCase())) {
          throw new SimError('InvalidArgument', `Worksheet.getRanges: "${address}" names another sheet.`);
        }
        return { sheet: s, areas: areas.map((a) => a.rect) };
      },
      (r) => new SimRangeAreas(this._ctx, r),
      { minor: 9 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this._spawn(
      'getUsedRangeOrNullObject',
      (s): RangeTarget | null => {
        const used = s.usedRect(valuesOnly);
        return used ? { sheet: s, rect: used } : null;
      },
      (r) => new SimRange(this._ctx, r),
      { orNull: true, minor: 4 },
    );
  }

  activate(): void {
    this._queue('activate', undefined, (s, txn) => {
      if (s.visibility !== 'Visible') throw new SimError('InvalidOperation', 'Worksheet.activate: the sheet is hidden.');
      txn.model.setActive(s);
    });
  }

  delete(): void {
    this._queue('delete', undefined, (s, txn) => {
      if (!txn.model.sheets.includes(s)) throw new SimError('ItemNotFound', 'Worksheet.delete: the sheet no longer exists.');
      if (txn.model.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0) {
        throw new SimError('InvalidOperation', 'Worksheet.delete: a workbook must keep at least one visible sheet.');
      }
      txn.model.removeSheet(s);
    });
  }
}

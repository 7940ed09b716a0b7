/**
 * Conditional formats (ExcelApi 1.6): the collection on a Range or RangeAreas, and the
 * custom-formula format with its rule and fill. A collection lists the formats whose areas
 * intersect its range, in priority order; `add` puts the new format first, as Excel does.
 */
import type {
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalFormatRule,
  XlConditionalRangeFill,
  XlConditionalRangeFormat,
  XlCustomConditionalFormat,
} from '../excel/api';
import { type Rect, intersects } from './address';
import { SimError, notSimulated } from './errors';
import { type ConditionalFormatModel, type SheetModel, newId } from './model';
import { type OpSink, type Resolver, SimCollection, SimObject } from './proxy';
import type { Txn } from './txn';

export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly areas: readonly Rect[];
}

interface CfTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

const DUMMY_CF: CfTarget = {
  sheet: null as unknown as SheetModel,
  cf: { id: '', type: 'Custom', formula: '', fill: null, fontColor: null, areas: [] },
};

/** "#RRGGBB" in upper case; Excel also takes colour names, which we do not model. */
function normalizeColor(color: unknown): string {
  if (typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  throw notSimulated(`the colour ${JSON.stringify(color)} (only "#RRGGBB")`);
}

export class SimConditionalFormatCollection
  extends SimCollection<AreasTarget, SimConditionalFormat>
  implements XlConditionalFormatCollection
{
  constructor(ctx: OpSink, resolver: Resolver<AreasTarget>) {
    super(ctx, resolver, 'ConditionalFormatCollection');
  }

  protected _itemTargets(t: AreasTarget): readonly CfTarget[] {
    return t.sheet.conditionalFormats
      .filter((cf) => cf.areas.some((a) => t.areas.some((b) => intersects(a, b))))
      .map((cf) => ({ sheet: t.sheet, cf }));
  }

  protected _makeItem(resolver: Resolver<unknown>): SimConditionalFormat {
    return new SimConditionalFormat(this._ctx, resolver as Resolver<CfTarget>);
  }

  protected _itemPrototype(): SimConditionalFormat {
    return new SimConditionalFormat(this._ctx, this._fixed(DUMMY_CF));
  }

  add(type: 'Custom'): SimConditionalFormat {
    if (type !== 'Custom') throw notSimulated(`ConditionalFormatCollection.add("${String(type)}")`);
    return this._spawn(
      'add',
      (t, txn) => {
        const cf: ConditionalFormatModel = { id: newId('CF'), type: 'Custom', formula: '', fill: null, fontColor: null, areas: t.areas.slice() };
        txn.model.addConditionalFormat(t.sheet, cf);
        return { sheet: t.sheet, cf };
      },
      (r) => new SimConditionalFormat(this._ctx, r),
      { minor: 6 },
    );
  }
}

export class SimConditionalFormat extends SimObject<CfTarget> implements XlConditionalFormat {
  constructor(ctx: OpSink, resolver: Resolver<CfTarget>) {
    super(ctx, resolver, 'ConditionalFormat');
  }

  protected _scalars(): readonly string[] {
    return ['id', 'type', 'priority'];
  }

  protected _read(name: string, t: CfTarget): unknown {
    if (name === 'id') return t.cf.id;
    if (name === 'type') return t.cf.type;
    return t.sheet.conditionalFormats.indexOf(t.cf);
  }

  protected override _navigations(): readonly string[] {
    return ['custom'];
  }

  protected override _navigation(): SimObject<unknown> {
    return this.custom;
  }

  get id(): string {
    return this._get('id');
  }

  get type(): string {
    return this._get('type');
  }

  get priority(): number {
    return this._get('priority');
  }

  /** Excel offers `custom` on formats of the custom type only; anywhere else it fails the sync. */
  get custom(): SimCustomConditionalFormat {
    return this._child(
      'custom',
      (t) => {
        if (t.cf.type !== 'Custom') {
          throw new SimError('InvalidOperation', `ConditionalFormat.custom: the conditional format is of type ${t.cf.type}.`);
        }
        return t;
      },
      (r) => new SimCustomConditionalFormat(this._ctx, r),
    );
  }

  delete(): void {
    this._queue('delete', undefined, (t, txn) => {
      if (!t.sheet.conditionalFormats.includes(t.cf)) throw new SimError('ItemNotFound', 'ConditionalFormat.delete: the format no longer exists.');
      txn.model.deleteConditionalFormat(t.sheet, t.cf);
    });
  }
}

class SimCustomConditionalFormat extends SimObject<CfTarget> implements XlCustomConditionalFormat {
  constructor(ctx: OpSink, resolver: Resolver<CfTarget>) {
    super(ctx, resolver, 'CustomConditionalFormat');
  }

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(name: string): unknown {
    throw notSimulated(`CustomConditionalFormat.${name}`);
  }

  protected override _navigations(): readonly string[] {
    return ['rule', 'format'];
  }

  protected override _navigation(name: string): SimObject<unknown> {
    return name === 'rule' ? this.rule : this.format;
  }

  get rule(): SimConditionalFormatRule {
    return this._child('rule', (t) => t, (r) => new SimConditionalFormatRule(this._ctx, r));
  }

  get format(): SimConditionalRangeFormat {
    return this._child('format', (t) => t, (r) => new SimConditionalRangeFormat(this._ctx, r));
  }
}

class SimConditionalFormatRule extends SimObject<CfTarget> implements XlConditionalFormatRule {
  constructor(ctx: OpSink, resolver: Resolver<CfTarget>) {
    super(ctx, resolver, 'ConditionalFormatRule');
  }

  protected _scalars(): readonly string[] {
    return ['formula'];
  }

  protected _read(_name: string, t: CfTarget): unknown {
    return t.cf.formula;
  }

  get formula(): string {
    return this._get('formula');
  }

  set formula(formula: string) {
    if (typeof formula !== 'string') throw new SimError('InvalidArgument', 'ConditionalFormatRule.formula must be a string.');
    this._queue('formula=', formula, (t: CfTarget, txn: Txn) => txn.model.updateConditionalFormat(t.cf, { formula }));
  }
}

class SimConditionalRangeFormat extends SimObject<CfTarget> implements XlConditionalRangeFormat {
  constructor(ctx: OpSink, resolver: Resolver<CfTarget>) {
    super(ctx, resolver, 'ConditionalRangeFormat');
  }

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(name: string): unknown {
    throw notSimulated(`ConditionalRangeFormat.${name}`);
  }

  protected override _navigations(): readonly string[] {
    return ['fill'];
  }

  protected override _navigation(): SimObject<unknown> {
    return this.fill;
  }

  get fill(): SimConditionalRangeFill {
    return this._child('fill', (t) => t, (r) => new SimConditionalRangeFill(this._ctx, r));
  }
}

class SimConditionalRangeFill extends SimObject<CfTarget> implements XlConditionalRangeFill {
  constructor(ctx: OpSink, resolver: Resolver<CfTarget>) {
    super(ctx, resolver, 'ConditionalRangeFill');
  }

  protected _scalars(): readonly string[] {
    return ['color'];
  }

  protected _read(_name: string, t: CfTarget): unknown {
    return t.cf.fill;
  }

  get color(): string {
    return this._get('color');
  }

  set color(color: string) {
    const fill = normalizeColor(color);
    this._queue('color=', color, (t: CfTarget, txn: Txn) => txn.model.updateConditionalFormat(t.cf, { fill }));
  }
}

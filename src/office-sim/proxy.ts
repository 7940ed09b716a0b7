/**
 * The proxy machinery every simulated API object shares, mirroring Office.js:
 *
 * - An object is a proxy for something in the workbook. Methods that return objects (getItem,
 *   getRange, add …) queue a call that binds the new proxy when the batch runs, so a missing
 *   item fails the sync, not the call, exactly as in Excel. Navigation properties (range.format,
 *   cf.custom.rule …) derive their target from their parent's.
 * - Scalar properties are readable only after `load()` and a successful `sync()`; before that
 *   they throw PropertyNotLoaded. Assignments are queued and applied at sync.
 * - `*OrNullObject` proxies learn `isNullObject` at sync.
 * - Anything a proxy does not simulate throws "not simulated" instead of returning a guess,
 *   enforced by wrapping every proxy in a JS Proxy that rejects unknown member names.
 */
import { SimError, notSimulated } from './errors';
import { OP_OVERHEAD_BYTES, type Op, Txn, jsonBytes } from './txn';

/** Where proxies queue their calls: the request context. */
export interface OpSink {
  _enqueue(op: Op): void;
}

type Resolver<T> =
  | { readonly kind: 'bound' }
  | { readonly kind: 'fixed'; readonly target: T }
  | { readonly kind: 'derived'; readonly derive: (txn: Txn) => T | null };

/** Member names that JS machinery (await, JSON, jest) probes on any object. */
const PROBED = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'inspect']);

/** Wraps `obj` so that reading or writing a member it does not define throws "not simulated". */
export function honest<T extends object>(obj: T, className: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target || prop.startsWith('_') || prop.startsWith('@@') || PROBED.has(prop)) {
        return Reflect.get(target, prop, receiver);
      }
      throw notSimulated(`${className}.${prop}`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop in target || prop.startsWith('_')) return Reflect.set(target, prop, value, receiver);
      throw notSimulated(`setting ${className}.${String(prop)}`);
    },
  });
}

/** "a, b/c" or ["a", "b/c"] → [["a"], ["b", "c"]]; nothing → [] (= every scalar property). */
export function parseLoadSpec(spec: unknown, className: string): string[][] {
  if (spec === undefined || spec === null) return [];
  const parts = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : null;
  if (!parts || parts.some((p) => typeof p !== 'string')) throw notSimulated(`${className}.load with an options object`);
  return (parts as string[])
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => p.split('/').map((s) => s.trim()));
}

export abstract class SimObject<T> {
  private _committed: T | null | undefined = undefined;
  private _null: boolean | undefined = undefined;
  private readonly _values = new Map<string, unknown>();
  private readonly _children = new Map<string, SimObject<unknown>>();

  protected constructor(
    protected readonly _ctx: OpSink,
    private readonly _resolver: Resolver<T>,
    protected readonly _className: string,
  ) {
    return honest(this, _className);
  }

  /** Scalar properties `load()` can fetch. */
  protected abstract _scalars(): readonly string[];
  /** A scalar's current value in the workbook, as Excel would send it. */
  protected abstract _read(name: string, target: T, txn: Txn): unknown;
  /** Navigation properties `load()` can walk through ("format/font/name"). */
  protected _navigations(): readonly string[] {
    return [];
  }
  protected _navigation(name: string): SimObject<unknown> {
    throw notSimulated(`${this._className}.${name}`);
  }

  get isNullObject(): boolean {
    if (this._null === undefined) {
      throw new SimError('PropertyNotLoaded', `${this._className}.isNullObject is not available before context.sync().`);
    }
    return this._null;
  }

  load(spec?: string | string[]): this {
    const paths = parseLoadSpec(spec, this._className);
    this._checkPaths(paths);
    this._ctx._enqueue({ label: `${this._className}.load`, requestBytes: OP_OVERHEAD_BYTES, run: (txn) => this._load(txn, paths) });
    return this;
  }

  // ---- for the API classes ------------------------------------------------------------------

  /** The target in the batch being executed; null for a null object. */
  _resolve(txn: Txn): T | null {
    const r = this._resolver;
    if (r.kind === 'fixed') return r.target;
    if (r.kind === 'derived') return r.derive(txn);
    if (txn.pins.has(this)) return txn.pins.get(this) as T | null;
    if (this._committed !== undefined) return this._committed;
    throw new SimError('InvalidObjectPath', `${this._className} was created in a batch that failed, so it refers to nothing.`);
  }

  /** The target, which must not be null. */
  protected _need(txn: Txn): T {
    const t = this._resolve(txn);
    if (t === null) throw new SimError('InvalidOperation', `${this._className} is a null object; check isNullObject first.`);
    return t;
  }

  _bind(target: unknown): void {
    this._committed = target as T | null;
  }

  _setNull(isNull: boolean): void {
    this._null = isNull;
  }

  protected _deliver(name: string, value: unknown): void {
    this._values.set(name, value);
  }

  protected _get<V>(name: string): V {
    if (!this._values.has(name)) {
      const hint = this._null ? ' (the object is a null object)' : '';
      throw new SimError(
        'PropertyNotLoaded',
        `The property '${name}' of ${this._className} is not available${hint}. Call load('${name}') and context.sync() before reading it.`,
      );
    }
    return this._values.get(name) as V;
  }

  /** Queues a call that runs against this object's (non-null) target when the batch executes. */
  protected _queue(label: string, args: unknown, apply: (target: T, txn: Txn) => void): void {
    this._ctx._enqueue({
      label: `${this._className}.${label}`,
      requestBytes: OP_OVERHEAD_BYTES + (args === undefined ? 0 : jsonBytes(args)),
      run: (txn) => apply(this._need(txn), txn),
    });
  }

  /**
   * Returns a new proxy bound when the batch runs to `compute(target)`. For `orNull` methods a
   * null result makes a null object; otherwise it fails the sync with ItemNotFound.
   */
  protected _spawn<U, C extends SimObject<U>>(
    label: string,
    compute: (target: T, txn: Txn) => U | null,
    make: (resolver: Resolver<U>) => C,
    opts: { readonly orNull?: boolean; readonly minor?: number } = {},
  ): C {
    const child = make({ kind: 'bound' });
    this._ctx._enqueue({
      label: `${this._className}.${label}`,
      requestBytes: OP_OVERHEAD_BYTES,
      run: (txn) => {
        if (opts.minor !== undefined) txn.requires(opts.minor, `${this._className}.${label}`);
        const value = compute(this._need(txn), txn);
        if (value === null && !opts.orNull) {
          throw new SimError('ItemNotFound', `${this._className}.${label}: the requested item does not exist.`);
        }
        txn.pins.set(child, value);
        txn.deliver(undefined, () => child._setNull(value === null));
      },
    });
    return child;
  }

  /** A navigation property: one proxy per parent, targeting `map(parent target)`. */
  protected _child<U, C extends SimObject<U>>(name: string, map: (target: T, txn: Txn) => U, make: (resolver: Resolver<U>) => C): C {
    let child = this._children.get(name);
    if (!child) {
      child = make({
        kind: 'derived',
        derive: (txn) => {
          const t = this._resolve(txn);
          return t === null ? null : map(t, txn);
        },
      });
      this._children.set(name, child);
    }
    return child as C;
  }

  /** Validates load paths at call time, so a typo fails where it was written. */
  _checkPaths(paths: readonly string[][]): void {
    for (const [head, ...rest] of paths) {
      if (this._scalars().includes(head)) {
        if (rest.length > 0) throw notSimulated(`${this._className}.${head}/${rest.join('/')}`);
      } else if (this._navigations().includes(head)) {
        if (rest.length > 0) this._navigation(head)._checkPaths([rest]);
      } else {
        throw notSimulated(`loading ${this._className}.${head}`);
      }
    }
  }

  /** Executes a load in a batch: reads every requested value now, hands them over on commit. */
  _load(txn: Txn, paths: readonly string[][]): void {
    const target = this._resolve(txn);
    txn.deliver(undefined, () => this._setNull(target === null));
    if (target === null) return;
    const scalars = paths.length === 0 ? this._scalars() : paths.filter((p) => p.length === 1 && this._scalars().includes(p[0])).map((p) => p[0]);
    for (const name of new Set(scalars)) {
      const value = this._read(name, target, txn);
      txn.deliver(value, () => this._deliver(name, value));
    }
    const byNav = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) {
      if (!this._navigations().includes(head)) continue;
      const list = byNav.get(head) ?? [];
      list.push(rest);
      byNav.set(head, list);
    }
    byNav.forEach((rests, head) => {
      // "format" alone loads the scalars of format, like Office.js.
      const sub = rests.some((r) => r.length === 0) ? [] : rests;
      this._navigation(head)._load(txn, sub);
    });
  }

  protected _fixed<U>(target: U): Resolver<U> {
    return { kind: 'fixed', target };
  }
}

export type { Resolver };

/**
 * A collection: `items` after load. "items/name" and "name" both load `name` of every item;
 * "items" or nothing loads every scalar of every item.
 */
export abstract class SimCollection<T, I extends SimObject<unknown>> extends SimObject<T> {
  protected abstract _itemTargets(target: T, txn: Txn): readonly unknown[];
  protected abstract _makeItem(resolver: Resolver<unknown>): I;
  /** A throwaway item proxy to validate load paths against. */
  protected abstract _itemPrototype(): I;

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(name: string): unknown {
    throw notSimulated(`${this._className}.${name}`);
  }

  get items(): I[] {
    return this._get<I[]>('items');
  }

  override _checkPaths(paths: readonly string[][]): void {
    const itemPaths = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    this._itemPrototype()._checkPaths(itemPaths);
  }

  override _load(txn: Txn, paths: readonly string[][]): void {
    const target = this._resolve(txn);
    txn.deliver(undefined, () => this._setNull(target === null));
    if (target === null) return;
    const items = this._itemTargets(target, txn).map((t) => this._makeItem({ kind: 'fixed', target: t }));
    txn.deliver(undefined, () => this._deliver('items', items));
    const itemPaths = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of items) item._load(txn, itemPaths);
  }
}

/** `OfficeExtension.ClientResult`: a value that exists only after the sync that computes it. */
export class SimClientResult<T> {
  private _has = false;
  private _value: T | undefined;

  constructor(private readonly _what: string) {
    return honest(this, 'ClientResult');
  }

  get value(): T {
    if (!this._has) {
      throw new SimError('ValueNotLoaded', `The value of ${this._what} is not available before context.sync().`);
    }
    return this._value as T;
  }

  _set(value: T): void {
    this._value = value;
    this._has = true;
  }
}

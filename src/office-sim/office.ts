/**
 * The common Office API as the add-in sees it through the `Office` global: requirement-set
 * checks, per-document settings, onReady, ribbon action registration and the UI language.
 *
 * Document settings behave like Office's: `set`/`remove` change an in-memory copy, only
 * `saveAsync` writes them into the document, so a reload keeps what was saved and nothing else.
 * Values are stored as JSON, as Office does, so a value that does not survive JSON does not
 * survive here either.
 */
import type { XlAsyncResult, XlOffice, XlSettings } from '../excel/api';
import { SimError } from './errors';
import { honest } from './proxy';

export interface OfficeSession {
  readonly minor: number;
  displayLanguage: string;
  /** Settings as saved in the document: name → JSON text. */
  saved: Map<string, string>;
  /** Settings in memory (what `get` reads). */
  live: Map<string, string>;
  readonly actions: Map<string, (event: unknown) => unknown>;
  /** Test hook: the next saveAsync reports failure with this message. */
  failNextSave: string | null;
}

const STATUS = Object.freeze({ Succeeded: 'succeeded', Failed: 'failed' });

function parseVersion(v: string | undefined): [number, number] | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec((v ?? '1.1').trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : null;
}

class SimSettings implements XlSettings {
  constructor(private readonly _s: () => OfficeSession) {
    return honest(this, 'Settings');
  }

  get(name: string): unknown {
    const text = this._s().live.get(name);
    return text === undefined ? null : JSON.parse(text);
  }

  set(name: string, value: unknown): void {
    const text = JSON.stringify(value);
    if (text === undefined) throw new SimError('InvalidArgument', `Settings.set: the value of "${name}" cannot be serialized.`);
    this._s().live.set(name, text);
  }

  remove(name: string): void {
    this._s().live.delete(name);
  }

  saveAsync(callback?: (result: XlAsyncResult) => void): void {
    const s = this._s();
    const failure = s.failNextSave;
    s.failNextSave = null;
    if (failure === null) s.saved = new Map(s.live);
    const result: XlAsyncResult =
      failure === null
        ? { status: STATUS.Succeeded, error: null }
        : { status: STATUS.Failed, error: { message: failure } };
    // Office calls back asynchronously, never from inside saveAsync.
    void Promise.resolve().then(() => callback?.(result));
  }
}

export interface SimOfficeContext {
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly document: { readonly settings: XlSettings };
  readonly displayLanguage: string;
}

export class SimOffice implements XlOffice {
  readonly AsyncResultStatus = STATUS;
  readonly context: SimOfficeContext;
  readonly actions: { associate(name: string, action: (event: unknown) => unknown): void };

  constructor(session: () => OfficeSession) {
    const settings = new SimSettings(session);
    this.context = honest(
      {
        requirements: honest(
          {
            isSetSupported(name: string, minVersion?: string): boolean {
              const v = parseVersion(minVersion);
              if (name.toLowerCase() !== 'excelapi' || v === null) return false;
              return v[0] < 1 || (v[0] === 1 && v[1] <= session().minor);
            },
          },
          'RequirementSetSupport',
        ),
        document: honest({ settings }, 'Document'),
        get displayLanguage(): string {
          return session().displayLanguage;
        },
      },
      'Context',
    );
    this.actions = honest(
      {
        associate(name: string, action: (event: unknown) => unknown): void {
          session().actions.set(name, action);
        },
      },
      'Actions',
    );
    return honest(this, 'Office');
  }

  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  }
}

/**
 * The request context and `Excel.run`: calls made through API objects are queued; `sync()`
 * sends them as one batch. A batch is all-or-nothing here: if any call fails, or the request
 * or the response exceeds the payload limit (5 MB by default, as in Excel on the web), the
 * workbook is rolled back to where it was before the batch and no proxy receives anything.
 *
 * (Real Excel does not promise to roll back the calls before a failing one; code that needs
 * all-or-nothing there must also clean up after a failed sync — see src/excel/highlights.ts.
 * `failedBatch: 'keep-applied'` makes the simulator behave that way, to test such clean-ups.)
 */
import type { XlExcel, XlRequestContext } from '../excel/api';
import { SimError, apiNotFound } from './errors';
import type { WorkbookModel } from './model';
import { type OpSink, honest } from './proxy';
import { type Op, Txn, payloadError } from './txn';
import { SimWorkbookObject } from './worksheet';

export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncRecord {
  /** 1-based count of round trips in this workbook session. */
  readonly index: number;
  readonly operations: number;
  readonly requestBytes: number;
  responseBytes: number;
  /** Error code when the sync was rejected. */
  error: string | null;
}

/** A failure the tests inject: the next sync whose call labels match fails after `afterOperations` calls. */
export interface InjectedFailure {
  readonly when: (labels: readonly string[]) => boolean;
  readonly afterOperations: number;
  readonly code: 'GeneralException';
}

/** State shared by every context of one open workbook (reload() starts a new generation). */
export interface SimSession {
  model: WorkbookModel;
  readonly minor: number;
  readonly payloadLimitBytes: number;
  generation: number;
  readonly syncLog: SyncRecord[];
  failures: InjectedFailure[];
  readonly createdWorkbooks: string[];
  /**
   * What a failed batch leaves: 'rollback' (default) undoes every call of it; 'keep-applied'
   * keeps the calls that ran before the failing one, as real Excel may.
   */
  readonly failedBatch: 'rollback' | 'keep-applied';
}

export class SimRequestContext implements XlRequestContext, OpSink {
  readonly workbook: SimWorkbookObject;
  private _queue: Op[] = [];
  private _closed = false;
  private readonly _generation: number;

  constructor(private readonly _session: SimSession) {
    this._generation = _session.generation;
    this.workbook = new SimWorkbookObject(this);
    return honest(this, 'RequestContext');
  }

  _enqueue(op: Op): void {
    if (this._closed) {
      throw new SimError('InvalidRequestContext', `${op.label}: this context's Excel.run has finished; start a new one.`);
    }
    this._queue.push(op);
  }

  _hasPending(): boolean {
    return this._queue.length > 0;
  }

  _close(): void {
    this._closed = true;
  }

  async sync(): Promise<void> {
    const ops = this._queue;
    this._queue = [];
    const s = this._session;
    const record: SyncRecord = {
      index: s.syncLog.length + 1,
      operations: ops.length,
      requestBytes: ops.reduce((n, op) => n + op.requestBytes, 0),
      responseBytes: 0,
      error: null,
    };
    s.syncLog.push(record);
    // A round trip is asynchronous; let other tasks run as they would while Excel works.
    await Promise.resolve();
    const model = s.model;
    const txn = new Txn(model, s.minor);
    model.begin();
    try {
      if (this._generation !== s.generation) {
        throw new SimError('InvalidRequestContext', 'The workbook was closed and reopened since this context was created.');
      }
      if (record.requestBytes > s.payloadLimitBytes) throw payloadError('Request', record.requestBytes, s.payloadLimitBytes);
      const labels = ops.map((op) => op.label);
      const failure = s.failures.find((f) => f.when(labels));
      if (failure) s.failures.splice(s.failures.indexOf(failure), 1);
      ops.forEach((op, i) => {
        if (failure && i === failure.afterOperations) throw injected(failure, op.label);
        try {
          op.run(txn);
        } catch (e) {
          throw e instanceof SimError && e.debugInfo.errorLocation === undefined ? new SimError(e.code, e.message, op.label) : e;
        }
      });
      if (failure && failure.afterOperations >= ops.length) throw injected(failure, 'end of batch');
      record.responseBytes = txn.responseBytes;
      if (txn.responseBytes > s.payloadLimitBytes) throw payloadError('Response', txn.responseBytes, s.payloadLimitBytes);
    } catch (e) {
      if (s.failedBatch === 'rollback') model.rollback();
      else model.commit();
      record.error = e instanceof SimError ? e.code : 'GeneralException';
      throw e;
    }
    model.commit();
    txn.pins.forEach((target, proxy) => (proxy as { _bind(t: unknown): void })._bind(target));
    txn.commitDeliveries();
  }
}

function injected(f: InjectedFailure, where: string): SimError {
  return new SimError(f.code, `An internal error has occurred (injected by the test at ${where}).`, where);
}

export class SimExcel implements XlExcel {
  constructor(private readonly _session: () => SimSession) {
    return honest(this, 'Excel');
  }

  /**
   * Runs `batch` with a fresh context. Calls still queued when the batch's promise resolves
   * are sent in one last sync, as Excel.run does.
   */
  async run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T> {
    const ctx = new SimRequestContext(this._session());
    try {
      const result = await batch(ctx);
      if (ctx._hasPending()) await ctx.sync();
      return result;
    } finally {
      ctx._close();
    }
  }

  /** ExcelApi 1.8. The simulator records the file instead of opening a window. */
  async createWorkbook(base64?: string): Promise<void> {
    const s = this._session();
    if (s.minor < 8) throw apiNotFound('Excel.createWorkbook', 8);
    if (base64 !== undefined && !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
      throw new SimError('InvalidArgument', 'Excel.createWorkbook: the argument is not base64.');
    }
    s.createdWorkbooks.push(base64 ?? '');
  }
}

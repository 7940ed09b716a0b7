/**
 * One `context.sync()` round trip as the simulator executes it: the queued operations run in
 * order against the model, proxies created in the batch are bound to what they resolved to,
 * and loaded values are collected to be handed to their proxies only if the whole batch
 * succeeds (a failed sync leaves proxies as unloaded as the model is unchanged).
 */
import { jsonBytes } from '../excel/payload';
import { SimError, apiNotFound } from './errors';
import type { WorkbookModel } from './model';

/** What a queued API call does when its batch is executed. */
export interface Op {
  /** "Range.values=" — shown in errors and in the sync log, and matched by failure injection. */
  readonly label: string;
  /** Estimated size of the call in the request (JSON of its arguments plus overhead). */
  readonly requestBytes: number;
  run(txn: Txn): void;
}

/** Rough per-call overhead of Office.js's request JSON (object path, method name, ids). */
export const OP_OVERHEAD_BYTES = 64;

export { jsonBytes };

export class Txn {
  /** Targets of proxies created by calls in this batch, bound on commit. */
  readonly pins = new Map<object, unknown>();
  private readonly deliveries: Array<() => void> = [];
  responseBytes = 0;

  constructor(
    readonly model: WorkbookModel,
    private readonly minor: number,
  ) {}

  /** Throws ApiNotFound when the host's ExcelApi version is below 1.`minor`. */
  requires(minor: number, api: string): void {
    if (this.minor < minor) throw apiNotFound(api, minor);
  }

  /** Queues `apply` for commit and counts `payload` toward the response size. */
  deliver(payload: unknown, apply: () => void): void {
    if (payload !== undefined) this.responseBytes += jsonBytes(payload);
    this.deliveries.push(apply);
  }

  commitDeliveries(): void {
    for (const d of this.deliveries) d();
  }
}

export function payloadError(kind: 'Request' | 'Response', bytes: number, limit: number): SimError {
  return new SimError(
    kind === 'Request' ? 'RequestPayloadSizeLimitExceeded' : 'ResponsePayloadSizeLimitExceeded',
    `PayloadTooLarge: the ${kind.toLowerCase()} payload size (${bytes} bytes) has exceeded the limit (${limit} bytes).`,
  );
}

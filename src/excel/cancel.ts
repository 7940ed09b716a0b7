/**
 * Cancelling a long operation from the pane: the caller passes an AbortSignal (or anything with
 * its `aborted` flag); operations look at it between round trips and stop with CancelledError.
 * A round trip already sent cannot be called back.
 */

export interface CancelSignal {
  readonly aborted: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('The operation was cancelled.');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

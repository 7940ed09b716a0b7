/**
 * Loads that ride on someone else's round trip. Office.js sends every queued call with the next
 * `context.sync()`, whoever makes it, so a module can queue a load early and read it after the
 * caller's next sync — saving a round trip. If that sync failed (and its owner recovered), the
 * load never arrived; these helpers notice and load again.
 */
import type { XlRequestContext } from './api';

function notLoaded(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'PropertyNotLoaded' || code === 'ValueNotLoaded';
}

/** True when `read` works; false when what it reads has not been loaded (yet). */
export function arrived(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch (e) {
    if (notLoaded(e)) return false;
    throw e;
  }
}

/**
 * The value of a riding load: `read()` if it arrived, else `requeue()` (which must queue the
 * load afresh and return the new reader), one sync, and read again.
 */
export async function afterRide<T>(context: XlRequestContext, read: () => T, requeue: () => () => T): Promise<T> {
  if (arrived(read)) return read();
  const again = requeue();
  await context.sync();
  return again();
}

/**
 * How a ribbon command hands validation results to the task pane when both run in one shared
 * runtime (same window, but separate webpack bundles, so a module variable would not be
 * shared): the command stores the latest outcome on window and fires an event. The task pane
 * reads `latestRun()` on mount and listens for LAST_RUN_EVENT afterwards.
 */

export const LAST_RUN_EVENT = 'appendix-checker:validated';

const KEY = '__APPENDIX_CHECKER_LAST_RUN__';

type WindowWithRun = Window & { [KEY]?: unknown };

export function publishRun(win: Window, outcome: unknown): void {
  (win as WindowWithRun)[KEY] = outcome;
  win.dispatchEvent(new CustomEvent(LAST_RUN_EVENT, { detail: outcome }));
}

/** The outcome of the last ribbon validation in this runtime, if any (untyped: check it). */
export function latestRun(win: Window): unknown {
  return (win as WindowWithRun)[KEY];
}

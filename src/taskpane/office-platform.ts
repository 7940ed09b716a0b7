/**
 * The pane's platform inside Office: display language, theme, downloads and the hand-over of
 * results from the ribbon's Validate button. Reads the Office global (after Office.onReady) for
 * what src/excel's narrow API does not cover — the theme and the platform — never the workbook.
 */
import { LAST_RUN_EVENT, latestRun } from '../commands/pane-channel';
import { downloadBlob } from './download';
import type { PanePlatform } from './excel-services';
import type { ThemeName, ValidationRun } from './services';
import { onSystemThemeChange, systemTheme, themeFromBackground } from './theme';

/** A ribbon run (src/commands ValidationOutcome, untyped on window) as the pane's run. */
export function runFromOutcome(outcome: unknown): ValidationRun | null {
  if (typeof outcome !== 'object' || outcome === null) return null;
  const o = outcome as { report?: unknown; sheet?: unknown; marks?: unknown; notice?: unknown };
  if (typeof o.sheet !== 'string' || typeof o.report !== 'object' || o.report === null) return null;
  if (!Array.isArray((o.report as { sheets?: unknown }).sheets)) return null;
  const marks = typeof o.marks === 'number' ? o.marks : Array.isArray(o.marks) ? o.marks.length : 0;
  return {
    report: o.report as ValidationRun['report'],
    sheet: o.sheet,
    marks,
    ...(typeof o.notice === 'string' ? { notice: o.notice } : {}),
  };
}

function officeTheme(): ThemeName | null {
  try {
    return themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    // officeTheme throws on hosts that do not implement it.
    return null;
  }
}

export function officePlatform(win: Window): PanePlatform {
  let platform: string | null = null;
  try {
    platform = String(Office.context.platform ?? '');
  } catch {
    platform = null;
  }
  return {
    displayLanguage: Office.context.displayLanguage ?? null,
    theme: () => officeTheme() ?? systemTheme(win),
    onThemeChange: (listener) => onSystemThemeChange(win, (t) => listener(officeTheme() ?? t)),
    // Mac and iPad Excel host the pane in a web view that silently drops <a download>.
    canDownload: platform !== 'Mac' && platform !== 'iOS',
    download: (fileName, blob) => downloadBlob(win.document, fileName, blob),
    onExternalRun: (listener) => {
      const initial = runFromOutcome(latestRun(win));
      if (initial) setTimeout(() => listener(initial), 0);
      const handler = (e: Event): void => {
        const run = runFromOutcome((e as CustomEvent).detail);
        if (run) listener(run);
      };
      win.addEventListener(LAST_RUN_EVENT, handler);
      return () => win.removeEventListener(LAST_RUN_EVENT, handler);
    },
  };
}

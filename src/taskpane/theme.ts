/**
 * Light or dark, following the host: Office's theme colours inside Office (the body background
 * tells dark from light), the browser's prefers-color-scheme elsewhere (the standalone page, or
 * a client that does not report a theme).
 */
import type { ThemeName } from './services';

/** Relative luminance of "#RRGGBB" (WCAG), or null when it is not such a colour. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Dark when the host's body background is dark (Office's "Black" and "Dark Gray" themes). */
export function themeFromBackground(background: string | null | undefined): ThemeName | null {
  if (!background) return null;
  const l = luminance(background);
  return l === null ? null : l < 0.2 ? 'dark' : 'light';
}

export function systemTheme(win: Window): ThemeName {
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function onSystemThemeChange(win: Window, listener: (t: ThemeName) => void): () => void {
  const mq = win.matchMedia?.('(prefers-color-scheme: dark)');
  if (!mq) return () => undefined;
  const handler = (): void => listener(mq.matches ? 'dark' : 'light');
  mq.addEventListener('change', handler);
  return () => mq.removeEventListener('change', handler);
}

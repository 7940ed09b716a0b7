/**
 * Numbers and dates as the pane shows them: the report renderers' own helpers, so the pane, the
 * HTML report and the CLI agree digit for digit (385.000 and 31/08/2025 in Vietnamese).
 */
import type { Lang } from '../engine/options';
import { formatDateFor, formatNumberFor, formatUnitFor } from '../engine/render/labels';
import { formatScalar } from '../engine/render/view';

export function fmtNumber(lang: Lang, n: number): string {
  return formatNumberFor(lang, n);
}

/** Whole counts (rows, findings) never have decimals. */
export function fmtCount(lang: Lang, n: number): string {
  return formatNumberFor(lang, Math.round(n), 0);
}

export function fmtDate(lang: Lang, iso: string): string {
  return formatDateFor(lang, iso);
}

export function fmtUnit(lang: Lang, unit: string): string {
  return formatUnitFor(lang, unit);
}

/** A cell value or proposed fix: text in quotes (so stray spaces show), numbers localised. */
export function fmtScalar(lang: Lang, v: string | number | boolean | null): string {
  return formatScalar(lang, v);
}

/** [6, 7] → "6–7", [5] → "5". */
export function fmtRows(rows: readonly number[]): string {
  if (rows.length === 0) return '';
  if (rows.length === 1) return String(rows[0]);
  const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  return consecutive ? `${rows[0]}–${rows[rows.length - 1]}` : rows.join(', ');
}

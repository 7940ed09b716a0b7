/**
 * What a cell's number format says about its number: Excel stores dates as serial numbers, and
 * only the format tells 45900 (a budget) from 31/08/2025 (a deadline). Shared by every host
 * (the CLI's reader and the Office.js adapter) so they agree on which cells are dates.
 */

const dateCache = new Map<string, boolean>();
const timeOnlyCache = new Map<string, boolean>();

/** A format's code with everything that cannot be a date/time token removed. */
function dateTokens(code: string): string {
  return code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '');
}

/**
 * True when a number format shows a date or time. Literal text (quoted, backslash-escaped,
 * `_x` spacers, `*x` fills) and bracketed colours/locales cannot make a format a date; what is
 * left must contain a date/time letter. Elapsed-time brackets ([h], [mm]) count as time.
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const cached = dateCache.get(code);
  if (cached !== undefined) return cached;
  // b/bb = Buddhist year; the others are day, month/minute, year, hour, second. Upper-case
  // D/Y/H/S are left out on purpose (as exceljs does): unquoted currency text such as
  // "#,##0 VND" or "USD" must not turn amounts into dates.
  const result = /[dmyhsbM]/.test(dateTokens(code));
  if (dateCache.size > 10_000) dateCache.clear();
  dateCache.set(code, result);
  return result;
}

/**
 * True for a time-of-day or duration format (h:mm, [hh]:mm:ss, mm:ss): no day, month or year.
 * Such values are fractions of a day in either date system, so they are never shifted by the
 * 1904 offset.
 */
export function isTimeOnlyFormat(code: string | undefined): boolean {
  if (!code || !isDateFormat(code)) return false;
  const cached = timeOnlyCache.get(code);
  if (cached !== undefined) return cached;
  const t = dateTokens(code).replace(/AM\/PM|A\/P/gi, '');
  // "m" next to h or s is minutes; "m" alone (or with d/y) is a month.
  const result = !/[dyb]/i.test(t) && /[hs]/i.test(t);
  if (timeOnlyCache.size > 10_000) timeOnlyCache.clear();
  timeOnlyCache.set(code, result);
  return result;
}


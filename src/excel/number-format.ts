/**
 * What a cell's number format says about its number: Excel stores dates as serial numbers, and
 * only the format tells 45900 (a budget) from 31/08/2025 (a deadline).
 */

/** Literal parts of a format that never mean a date: "quoted text", \x escapes, [Red]/[$-42A] tags, _x and *x. */
const LITERALS = /"[^"]*"|\\.|_.|\*.|\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi;

/** True for formats that display a number as a date or time ("dd/mm/yyyy", "mmm-yy", "[h]:mm"). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const f = format.trim();
  if (f === '' || /^general$/i.test(f) || f === '@') return false;
  // Only the first section (positive numbers) decides, as in Excel's own date detection.
  const first = f.replace(LITERALS, '').split(';')[0];
  return /[dmyhs]/i.test(first);
}

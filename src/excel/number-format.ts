/**
 * The Office.js adapter decides which numbers are dates exactly as the CLI's reader does:
 * one detector, in the engine.
 */
import { isDateFormat as engineIsDateFormat } from '../engine/number-format';

/** True for formats that display a number as a date or time ("dd/mm/yyyy", "mmm-yy", "[h]:mm"). */
export function isDateFormat(format: string | null | undefined): boolean {
  return engineIsDateFormat(format ?? undefined);
}

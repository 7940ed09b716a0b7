/**
 * Options the hosts (CLI, task pane, ribbon, standalone page) pass to the engine. Parsed with
 * zod because they cross a boundary: they come from the command line, from workbook settings
 * written by an older version, or from a user's edit in the pane.
 */
import { z } from 'zod';
import { columnRoleSchema } from './report';

export const LANGS = ['vi', 'en'] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

/** A user's correction of the column mapping: column letter → role, or 'ignore'. */
export const columnOverridesSchema = z.record(
  z.string().regex(/^[A-Z]{1,3}$/),
  z.union([columnRoleSchema, z.literal('ignore')]),
);
export type ColumnOverrides = z.infer<typeof columnOverridesSchema>;

export const analyzeOptionsSchema = z.object({
  /** ISO date "overdue" is judged against. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  lang: langSchema.default('vi'),
  /** Number style for ambiguous text such as "1.200": Vietnamese unless the sheet says otherwise. */
  numberConvention: z.enum(['vi', 'en', 'auto']).default('auto'),
  /** Per-sheet column corrections, keyed by sheet name. */
  columnOverrides: z.record(columnOverridesSchema).default({}),
});
export type AnalyzeOptionsInput = z.input<typeof analyzeOptionsSchema>;
export type AnalyzeOptions = z.output<typeof analyzeOptionsSchema>;

/** Today's date as ISO in the local time zone (what a reviewer means by "today"). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

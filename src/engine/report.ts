/**
 * The validation report: the public JSON contract of `appendix-check validate --format json`
 * and of the task pane's "download report" (see shared/domain/report-format.md). Field names
 * and rule ids here are a public interface: add fields freely, never rename or drop one.
 */
import { z } from 'zod';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const RULE_IDS = [
  'owner.missing',
  'owner.alias',
  'owner.unknown',
  'deadline.overdue',
  'deadline.missing',
  'deadline.unparsed',
  'indicator.missing',
  'indicator.invalid',
  'budget.text-number',
  'budget.not-number',
  'budget.negative',
  'total.mismatch',
  'total.parent-mismatch',
  'numbering.duplicate',
  'numbering.gap',
  'structure.repeated-header',
  'structure.continuation',
  // Not in the original contract table; added (additive) for stray page-number rows.
  'structure.page-number',
  'text.whitespace',
  'text.unicode',
  'text.legacy-encoding',
] as const;
export const ruleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof ruleIdSchema>;

export const DEADLINE_KINDS = [
  'date',
  'month',
  'quarter',
  'half',
  'year',
  'range',
  'recurring',
  'done',
  'conditional',
  'unknown',
] as const;
export const deadlineKindSchema = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const deadlineSchema = z.object({
  raw: z.string(),
  kind: deadlineKindSchema,
  /** ISO date the item is due, or null for kinds with no due date. */
  due: isoDate.nullable(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const INDICATOR_KINDS = ['percent', 'count', 'qualitative'] as const;
export const indicatorSchema = z.object({
  raw: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  comparator: z.enum(['>', '>=', '<', '<=', '=']).nullable().optional(),
  value: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const itemSchema = z.object({
  row: z.number().int(),
  stt: z.string(),
  level: z.number().int(),
  section: z.string().nullable(),
  task: z.string(),
  indicator: indicatorSchema.nullable().optional(),
  lead: z.array(z.string()),
  leader: z.array(z.string()).optional(),
  partners: z.array(z.string()).optional(),
  deadline: deadlineSchema.nullable().optional(),
  status: z.object({ raw: z.string(), done: z.boolean() }).nullable().optional(),
  budget: z.record(z.number().nullable()).optional(),
  product: z.string().optional(),
  note: z.string().optional(),
  overdue: z.boolean().optional(),
  unassigned: z.boolean().optional(),
});
export type ReportItem = z.infer<typeof itemSchema>;

/** The cleaned value a finding proposes; null when there is nothing to apply mechanically. */
export const fixSchema = z.union([z.string(), z.number(), z.null()]);

export const findingSchema = z.object({
  rule: ruleIdSchema,
  severity: severitySchema,
  cell: z.string(),
  row: z.number().int(),
  message: z.string(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  fix: fixSchema,
  /** Named values the message was built from, so other languages can re-render it. */
  params: z.record(z.union([z.string(), z.number(), z.null()])).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const COLUMN_ROLES = [
  'stt',
  'task',
  'indicator',
  'lead',
  'leader',
  'partners',
  'deadline',
  'status',
  'budget',
  'product',
  'method',
  'decision',
  'note',
] as const;
export const columnRoleSchema = z.enum(COLUMN_ROLES);
export type ColumnRole = z.infer<typeof columnRoleSchema>;

export const tableSchema = z.object({
  headerRows: z.array(z.number().int()),
  firstRow: z.number().int(),
  lastRow: z.number().int(),
  unit: z.string().nullable(),
  /** role -> column letter; budget -> letters. */
  columns: z.record(z.union([z.string(), z.array(z.string())])),
  /** Header text of each mapped column, by letter (budget headers joined "group / sub"). */
  headers: z.record(z.string()).optional(),
});
export type TableInfo = z.infer<typeof tableSchema>;

export const budgetTotalsSchema = z.object({
  sum: z.number(),
  bySection: z.record(z.number()),
  byLead: z.record(z.number()),
});

export const declaredTotalSchema = z.object({
  cell: z.string(),
  declared: z.number().nullable(),
  computed: z.number(),
  ok: z.boolean(),
});
export type DeclaredTotal = z.infer<typeof declaredTotalSchema>;

export const countsSchema = z.object({
  items: z.number().int(),
  overdue: z.number().int(),
  unassigned: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
});
export type Counts = z.infer<typeof countsSchema>;

export const sheetReportSchema = z.object({
  sheet: z.string(),
  table: tableSchema.nullable(),
  items: z.array(itemSchema),
  findings: z.array(findingSchema),
  totals: z.object({
    budget: z.record(budgetTotalsSchema),
    declared: z.array(declaredTotalSchema),
  }),
  counts: countsSchema,
  /** Further tables found on the same sheet below the first, each reported like a sheet. */
  moreTables: z.array(z.lazy((): z.ZodTypeAny => sheetReportSchema)).optional(),
  /** Why no table was found (only when `table` is null). */
  reason: z.string().optional(),
});
export type SheetReport = z.infer<typeof sheetReportSchema> & { moreTables?: SheetReport[] };

export const reportSchema = z.object({
  tool: z.object({ name: z.literal('appendix-check'), version: z.string() }),
  file: z.string().optional(),
  asOf: isoDate,
  sheets: z.array(sheetReportSchema),
});
export type Report = Omit<z.infer<typeof reportSchema>, 'sheets'> & { sheets: SheetReport[] };

export const TOOL_VERSION = '0.1.0';

/**
 * What the text and HTML reports show, decided once: finding order, column order, budget
 * tables, overall counts. The two renderers only differ in markup, so a reviewer who compares
 * the terminal output with the mailed HTML file sees the same rows in the same order.
 */
import { SEVERITIES } from '../report';
import type { Counts, DeclaredTotal, Finding, Report, Severity, SheetReport, TableInfo } from '../report';
import type { Lang } from '../options';
import { formatMessage } from '../messages/format';
import { formatNumberFor, reportLabels } from './labels';

/** Budget-by-lead lists in the text report stop after this many rows. */
export const TOP_LEADS = 10;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** "AA" after "Z": shorter letter runs first, then alphabetical. */
export function compareColumnLetters(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

const CELL_ADDRESS = /^\$?([A-Za-z]{1,3})\$?\d+$/;

function columnOf(cell: string): string {
  const m = CELL_ADDRESS.exec(cell);
  return m ? m[1].toUpperCase() : '';
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

/**
 * Findings grouped by severity (errors first, empty groups left out), each group in sheet
 * order — row, then column — so a reviewer can walk the sheet top to bottom.
 */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const sorted = sortFindings(findings);
  return SEVERITIES.map((severity) => ({
    severity,
    findings: sorted.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0);
}

/** Severity, then row, then column; ties keep the engine's order (Array#sort is stable). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.row - b.row ||
      compareColumnLetters(columnOf(a.cell), columnOf(b.cell)),
  );
}

export interface MappedColumn {
  readonly letter: string;
  /** A COLUMN_ROLES value, or a role a newer engine added (shown as is). */
  readonly role: string;
}

/** The column mapping in sheet order: budget's several letters become one entry each. */
export function columnMapping(table: TableInfo): MappedColumn[] {
  const out: MappedColumn[] = [];
  for (const [role, letters] of Object.entries(table.columns)) {
    for (const letter of Array.isArray(letters) ? letters : [letters]) out.push({ letter, role });
  }
  return out.sort((a, b) => compareColumnLetters(a.letter, b.letter));
}

/** Budget column letters with totals: in the table's mapping order, then any others. */
export function budgetColumns(sheet: SheetReport): string[] {
  const mapped = sheet.table?.columns.budget;
  const declaredOrder = Array.isArray(mapped) ? mapped : mapped ? [mapped] : [];
  const present = Object.keys(sheet.totals.budget);
  const first = declaredOrder.filter((l) => present.includes(l));
  const rest = present.filter((l) => !first.includes(l)).sort(compareColumnLetters);
  return [...first, ...rest];
}

export interface BudgetRow {
  /** Section or lead name exactly as the report has it ("" when the items had none). */
  readonly key: string;
  /** One amount per budget column, null when that column has nothing for this key. */
  readonly amounts: readonly (number | null)[];
}

export interface BudgetMatrix {
  readonly columns: readonly string[];
  readonly sums: readonly number[];
  readonly bySection: readonly BudgetRow[];
  /** Largest total across the budget columns first, so the "top 10" is meaningful. */
  readonly byLead: readonly BudgetRow[];
}

/**
 * The per-column totals turned into rows × budget columns, which reads far better than one
 * list per column when a sheet splits its budget (ĐTC | SN, or one column per year).
 */
export function budgetMatrix(sheet: SheetReport): BudgetMatrix {
  const columns = budgetColumns(sheet);
  const totals = columns.map((c) => sheet.totals.budget[c]);
  const rowsOf = (pick: 'bySection' | 'byLead'): BudgetRow[] => {
    const keys = new Set<string>();
    for (const t of totals) for (const k of Object.keys(t[pick])) keys.add(k);
    return [...keys].map((key) => ({
      key,
      amounts: totals.map((t) => (Object.prototype.hasOwnProperty.call(t[pick], key) ? t[pick][key] : null)),
    }));
  };
  const rowTotal = (r: BudgetRow): number => r.amounts.reduce<number>((s, a) => s + (a ?? 0), 0);
  const byLead = rowsOf('byLead').sort(
    (a, b) => rowTotal(b) - rowTotal(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { columns, sums: totals.map((t) => t.sum), bySection: rowsOf('bySection'), byLead };
}

/** [6, 7] → "6–7"; [5, 7] → "5, 7". */
export function rowList(rows: readonly number[]): string {
  const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  return rows.length > 1 && consecutive ? `${rows[0]}–${rows[rows.length - 1]}` : rows.join(', ');
}

/** Declared minus computed (how far the typed total is off); null when nothing was declared. */
export function declaredDifference(d: DeclaredTotal): number | null {
  return d.declared === null ? null : d.declared - d.computed;
}

export interface SheetBlock {
  readonly sheet: SheetReport;
  /** 1 for the sheet's first table, 2… for `moreTables`. */
  readonly tableNumber: number;
}

/** A sheet and the further tables found on it, flattened in reading order. */
export function sheetBlocks(sheet: SheetReport): SheetBlock[] {
  const more = (sheet.moreTables ?? []).map((s, i) => ({ sheet: s, tableNumber: i + 2 }));
  return [{ sheet, tableNumber: 1 }, ...more];
}

const ZERO_COUNTS: Counts = { items: 0, overdue: 0, unassigned: 0, errors: 0, warnings: 0, infos: 0 };

/** Counts over every sheet and every further table (each table reports its own counts). */
export function reportCounts(report: Report): Counts {
  const total = { ...ZERO_COUNTS };
  for (const sheet of report.sheets) {
    for (const { sheet: s } of sheetBlocks(sheet)) {
      for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += s.counts[k];
    }
  }
  return total;
}

/** The counts on every summary line, in that order; each is also a key of ReportLabels. */
export const COUNT_FIELDS = ['errors', 'warnings', 'infos', 'overdue', 'unassigned'] as const;

/**
 * A finding's value or fix for display: text in quotes (so "3.954" typed as text and the
 * number 3954 look different, and stray spaces show), numbers in the report's style.
 */
export function formatScalar(lang: Lang, value: string | number | boolean | null): string {
  const labels = reportLabels[lang];
  if (value === null) return '';
  if (typeof value === 'string') return labels.quote(value);
  if (typeof value === 'number') return formatNumberFor(lang, value, 12);
  return value ? labels.yes : labels.no;
}

/**
 * A finding's message in the reader's language. The engine writes `message` in the language it
 * ran in and keeps the `params` it filled the template with; re-filling the template lets a
 * report produced in Vietnamese be read in English. Without params (older or hand-made
 * reports) the stored message is all there is.
 */
export function findingMessage(f: Finding, lang: Lang): string {
  return f.params ? formatMessage(f.rule, f.params, lang) : f.message;
}

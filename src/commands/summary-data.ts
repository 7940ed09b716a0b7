/**
 * The summary a ribbon command shows without the task pane, and how it travels: the command
 * builds a small SummaryData, encodes it as URL-encoded JSON in the dialog's query string
 * (dialogs open as separate pages; the query string is the one channel that needs no
 * messaging handshake), and summary.ts decodes it, distrusting every field, and turns it into
 * a SummaryView of plain strings that is rendered with textContent only.
 */
import type { SheetReport } from '../engine/report';
import { CommandName, MESSAGES, UiLang } from './messages';

export interface SummaryCounts {
  readonly items: number;
  readonly errors: number;
  readonly warnings: number;
  readonly overdue: number;
  readonly unassigned: number;
}

export interface BudgetLine {
  readonly label: string;
  readonly sum: number;
}

export interface ValidateSummary {
  readonly kind: 'validate';
  readonly lang: UiLang;
  readonly sheet: string;
  /** False when no appendix table was found on the sheet. */
  readonly found: boolean;
  readonly counts: SummaryCounts;
  /** Cells highlighted, when the host says. */
  readonly marks: number | null;
  readonly unit: string | null;
  readonly budget: readonly BudgetLine[];
  /** Budget columns left out to keep the URL short. */
  readonly moreBudget: number;
  readonly notice?: string;
}

export interface ClearedSummary {
  readonly kind: 'cleared';
  readonly lang: UiLang;
  readonly count: number;
}

export interface ExportedSummary {
  readonly kind: 'exported';
  readonly lang: UiLang;
  readonly sheet: string;
  /** True when the copy was opened as a new workbook rather than added as a sheet. */
  readonly newWorkbook: boolean;
}

export interface ErrorSummary {
  readonly kind: 'error';
  readonly lang: UiLang;
  readonly command: CommandName;
  readonly message: string;
}

export type SummaryData = ValidateSummary | ClearedSummary | ExportedSummary | ErrorSummary;

/**
 * Longest encoded `data` value we put in a dialog URL. Office rejects long dialog URLs on some
 * clients (and Vietnamese text triples in size when percent-encoded), so we stay well short of
 * the 2048 characters a manifest URL may have.
 */
export const MAX_ENCODED_LENGTH = 1500;
const MAX_BUDGET_LINES = 6;
const MAX_LABEL = 40;
const MAX_MESSAGE = 400;

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** Builds the validation summary of one sheet (its first table and any further tables). */
export function summarizeSheet(
  report: SheetReport,
  lang: UiLang,
  extra: { marks?: number | null; notice?: string } = {},
): ValidateSummary {
  const tables: SheetReport[] = [report, ...(report.moreTables ?? [])];
  const counts = { items: 0, errors: 0, warnings: 0, overdue: 0, unassigned: 0 };
  const budget = new Map<string, number>();
  for (const t of tables) {
    counts.items += t.counts.items;
    counts.errors += t.counts.errors;
    counts.warnings += t.counts.warnings;
    counts.overdue += t.counts.overdue;
    counts.unassigned += t.counts.unassigned;
    for (const [column, totals] of Object.entries(t.totals.budget)) {
      // Budget totals are keyed by column letter; people know the columns by their headers.
      const label = clip(t.table?.headers?.[column] ?? column, MAX_LABEL);
      budget.set(label, (budget.get(label) ?? 0) + totals.sum);
    }
  }
  const lines = [...budget].map(([label, sum]) => ({ label, sum }));
  return {
    kind: 'validate',
    lang,
    sheet: clip(report.sheet, 80),
    found: tables.some((t) => t.table !== null),
    counts,
    marks: extra.marks ?? null,
    unit: report.table?.unit ?? null,
    budget: lines.slice(0, MAX_BUDGET_LINES),
    moreBudget: Math.max(0, lines.length - MAX_BUDGET_LINES),
    ...(extra.notice ? { notice: clip(extra.notice, 200) } : {}),
  };
}

/** A readable one-paragraph description of anything thrown, including Office.js error codes. */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as Error & { code?: unknown }).code;
    const prefix = typeof code === 'string' && code && !err.message.includes(code) ? `${code}: ` : '';
    return clip(`${prefix}${err.message || err.name}`, MAX_MESSAGE);
  }
  if (typeof err === 'string') return clip(err, MAX_MESSAGE);
  try {
    return clip(JSON.stringify(err) ?? String(err), MAX_MESSAGE);
  } catch {
    return clip(String(err), MAX_MESSAGE);
  }
}

/** The `data` query value for the dialog, shrunk (fewer budget lines, shorter text) to fit. */
export function encodeSummary(data: SummaryData): string {
  let current: SummaryData = data;
  // Each shrink step removes a budget line or halves a text, so a few dozen steps always suffice.
  for (let step = 0; step < 64; step++) {
    const encoded = encodeURIComponent(JSON.stringify(current));
    if (encoded.length <= MAX_ENCODED_LENGTH) return encoded;
    current = shrink(current);
  }
  throw new Error('summary cannot be made short enough');
}

function shrink(data: SummaryData): SummaryData {
  switch (data.kind) {
    case 'validate':
      if (data.budget.length > 0) {
        return { ...data, budget: data.budget.slice(0, -1), moreBudget: data.moreBudget + 1 };
      }
      if (data.notice) return { ...data, notice: undefined };
      return { ...data, sheet: clip(data.sheet, Math.floor(data.sheet.length / 2)) };
    case 'error':
      return { ...data, message: clip(data.message, Math.floor(data.message.length / 2)) };
    case 'exported':
      return { ...data, sheet: clip(data.sheet, Math.floor(data.sheet.length / 2)) };
    case 'cleared':
      // A number and a language always fit; reaching this means MAX_ENCODED_LENGTH is absurd.
      throw new Error('summary cannot be made short enough');
  }
}

/** The dialog page's URL for a summary, relative to the page that opens it. */
export function summaryUrl(pageUrl: string, data: SummaryData): string {
  return `${new URL('summary.html', pageUrl).href}?data=${encodeSummary(data)}`;
}

// ---------------------------------------------------------------------------------------------
// Decoding: the query string is user-editable, so every field is checked.

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isLang = (v: unknown): v is UiLang => v === 'vi' || v === 'en';
const isCommand = (v: unknown): v is CommandName =>
  v === 'validate' || v === 'clearHighlights' || v === 'exportCleaned';

/** Parses `?data=…`; null when absent or not a summary we wrote. */
export function decodeSummary(search: string): SummaryData | null {
  const raw = new URLSearchParams(search).get('data');
  if (raw === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(v) || !isLang(v.lang)) return null;
  const lang = v.lang;
  switch (v.kind) {
    case 'cleared':
      return isCount(v.count) ? { kind: 'cleared', lang, count: v.count } : null;
    case 'exported':
      return typeof v.sheet === 'string'
        ? { kind: 'exported', lang, sheet: v.sheet, newWorkbook: v.newWorkbook === true }
        : null;
    case 'error':
      return isCommand(v.command) && typeof v.message === 'string'
        ? { kind: 'error', lang, command: v.command, message: v.message }
        : null;
    case 'validate': {
      const c = v.counts;
      if (typeof v.sheet !== 'string' || !isRecord(c) || !Array.isArray(v.budget)) return null;
      const keys = ['items', 'errors', 'warnings', 'overdue', 'unassigned'] as const;
      if (!keys.every((k) => isCount(c[k]))) return null;
      const budget: BudgetLine[] = [];
      for (const line of v.budget) {
        if (!isRecord(line) || typeof line.label !== 'string' || typeof line.sum !== 'number') return null;
        budget.push({ label: line.label, sum: line.sum });
      }
      return {
        kind: 'validate',
        lang,
        sheet: v.sheet,
        found: v.found !== false,
        counts: {
          items: c.items as number,
          errors: c.errors as number,
          warnings: c.warnings as number,
          overdue: c.overdue as number,
          unassigned: c.unassigned as number,
        },
        marks: isCount(v.marks) ? v.marks : null,
        unit: typeof v.unit === 'string' ? v.unit : null,
        budget,
        moreBudget: isCount(v.moreBudget) ? v.moreBudget : 0,
        ...(typeof v.notice === 'string' ? { notice: v.notice } : {}),
      };
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The view: everything the dialog shows, as plain strings.

export interface SummaryView {
  readonly lang: UiLang;
  readonly title: string;
  /** Label/value pairs, e.g. ["Lỗi", "3"]. */
  readonly rows: ReadonlyArray<readonly [string, string]>;
  readonly budgetTitle: string | null;
  readonly budgetRows: ReadonlyArray<readonly [string, string]>;
  readonly notes: readonly string[];
  /** Verbatim error text, shown preformatted. */
  readonly detail: string | null;
  readonly close: string;
}

export function summaryView(data: SummaryData | null, fallbackLang: UiLang = 'vi'): SummaryView {
  const lang = data?.lang ?? fallbackLang;
  const m = MESSAGES[lang];
  const fmt = new Intl.NumberFormat(m.numberLocale, { maximumFractionDigits: 3 });
  const base = { lang, rows: [], budgetTitle: null, budgetRows: [], notes: [], detail: null, close: m.close };
  if (data === null) return { ...base, title: m.unreadable };
  switch (data.kind) {
    case 'cleared':
      return { ...base, title: m.clearedTitle, notes: [m.cleared(data.count)] };
    case 'exported':
      return { ...base, title: m.exportedTitle, notes: [data.newWorkbook ? m.exportedWorkbook : m.exported(data.sheet)] };
    case 'error':
      return { ...base, title: m.errorTitle(data.command), notes: [m.errorHint], detail: data.message };
    case 'validate': {
      if (!data.found) return { ...base, title: m.validateTitle, rows: [[m.sheet, data.sheet]], notes: [m.noTable] };
      const rows: Array<readonly [string, string]> = [
        [m.sheet, data.sheet],
        [m.items, fmt.format(data.counts.items)],
        [m.errors, fmt.format(data.counts.errors)],
        [m.warnings, fmt.format(data.counts.warnings)],
        [m.overdue, fmt.format(data.counts.overdue)],
        [m.unassigned, fmt.format(data.counts.unassigned)],
      ];
      if (data.marks !== null) rows.push([m.highlighted, fmt.format(data.marks)]);
      const budgetRows: Array<readonly [string, string]> = data.budget.map((b) => [b.label, fmt.format(b.sum)]);
      if (data.moreBudget > 0) budgetRows.push(['…', `+${data.moreBudget}`]);
      const notes = [
        ...(data.unit && budgetRows.length ? [m.unit(data.unit)] : []),
        ...(data.notice ? [data.notice] : []),
        m.openPaneHint,
      ];
      return {
        ...base,
        title: m.validateTitle,
        rows,
        budgetTitle: budgetRows.length ? m.budgetTitle : null,
        budgetRows,
        notes,
      };
    }
  }
}

/**
 * The plain-text report: what `appendix-check validate` prints for a person. One finding per
 * line with the cell address first, so `| grep deadline.overdue` and "go to F9" both work.
 *
 * Everything from the workbook goes through `clean`: a cell can hold line breaks, ANSI escape
 * sequences or bidi overrides, and none of them may reach the terminal and rearrange or recolour
 * the report. Lines are collected in an array and joined once, so hundreds of findings stay
 * linear.
 */
import type { Counts, Finding, Report, Severity, SheetReport, TableInfo } from '../report';
import type { Lang } from '../options';
import { formatDateFor, formatNumberFor, formatUnitFor, reportLabels } from './labels';
import type { ReportLabels } from './labels';
import {
  COUNT_FIELDS,
  TOP_LEADS,
  budgetMatrix,
  columnMapping,
  declaredDifference,
  findingMessage,
  formatScalar,
  groupFindings,
  reportCounts,
  rowList,
  sheetBlocks,
} from './view';
import type { BudgetRow } from './view';

export interface TextOptions {
  /** ANSI colours; the CLI turns this on for a TTY. Off by default so pipes and files stay clean. */
  readonly color?: boolean;
}

/** Longest message / fix / name kept on one line; the JSON and HTML reports have the full text. */
const MAX_MESSAGE = 200;
const MAX_FIX = 80;
const MAX_NAME = 44;
const INDENT = '  ';

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
const ANSI: Readonly<Record<Style, string>> = {
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  green: '\x1b[32m',
};
const RESET = '\x1b[0m';
const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** Control characters (C0, DEL, C1) and bidi controls: never passed to a terminal. */
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

function clean(text: string): string {
  return text.replace(UNSAFE_CHARS, ' ');
}

/** Cut by code points (never half a surrogate pair) and mark the cut. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A table cell: plain text, or text with a colour applied after padding (so widths stay right). */
interface Styled {
  readonly text: string;
  readonly style?: Style;
}
type TextCell = string | Styled;

interface Writer {
  readonly lines: string[];
  readonly labels: ReportLabels;
  readonly lang: Lang;
  paint(text: string, style: Style | undefined): string;
}

function makeWriter(lang: Lang, color: boolean): Writer {
  return {
    lines: [],
    labels: reportLabels[lang],
    lang,
    paint: (text, style) => (color && style && text ? `${ANSI[style]}${text}${RESET}` : text),
  };
}

/**
 * Pads columns to a common width ('r' for numbers) and joins them with two spaces. The last
 * column is not padded, so no line ends in spaces.
 */
function alignRows(w: Writer, rows: readonly (readonly TextCell[])[], align: readonly ('l' | 'r')[], indent: string): void {
  const text = (c: TextCell | undefined): string => (c === undefined ? '' : typeof c === 'string' ? c : c.text);
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, text(c).length)));
  for (const row of rows) {
    const parts = row.map((c, i) => {
      const t = text(c);
      const last = i === row.length - 1;
      const padded = align[i] === 'r' ? t.padStart(widths[i]) : last ? t : t.padEnd(widths[i]);
      return w.paint(padded, typeof c === 'string' ? undefined : c.style);
    });
    w.lines.push((indent + parts.join('  ')).trimEnd());
  }
}

function countsLine(w: Writer, counts: Counts): string {
  return COUNT_FIELDS.map((k) => {
    const n = formatNumberFor(w.lang, counts[k]);
    const style = counts[k] > 0 && k === 'errors' ? 'red' : counts[k] > 0 && k === 'warnings' ? 'yellow' : undefined;
    return `${w.labels[k]}: ${w.paint(n, style)}`;
  }).join(' · ');
}

function renderTableInfo(w: Writer, sheet: SheetReport, table: TableInfo): void {
  const { labels, lang } = w;
  const unit = table.unit ? clean(formatUnitFor(lang, table.unit)) : labels.noUnit;
  w.lines.push(
    [
      `${labels.headerRows}: ${rowList(table.headerRows)}`,
      `${labels.dataRows}: ${table.firstRow}–${table.lastRow}`,
      `${labels.items}: ${formatNumberFor(lang, sheet.counts.items)}`,
      `${labels.unit}: ${unit}`,
    ].join(' · '),
  );
  const mapping = columnMapping(table)
    .map(({ letter, role }) => `${clean(letter)}=${clean(roleName(labels, role))}`)
    .join(', ');
  if (mapping) w.lines.push(`${labels.columns}: ${mapping}`);
}

function roleName(labels: ReportLabels, role: string): string {
  return Object.prototype.hasOwnProperty.call(labels.roles, role)
    ? labels.roles[role as keyof ReportLabels['roles']]
    : role;
}

function renderBudget(w: Writer, sheet: SheetReport): void {
  const m = budgetMatrix(sheet);
  if (m.columns.length === 0) return;
  const { labels, lang } = w;
  const unit = sheet.table?.unit ? ` (${clean(formatUnitFor(lang, sheet.table.unit))})` : '';
  w.lines.push('', w.paint(`${labels.budgetTotals}${unit}`, 'bold'));

  // Header texts can be long ("DỰ KIẾN KINH PHÍ (Triệu đồng) / ĐTC"): a legend, then letters.
  const headers = sheet.table?.headers ?? {};
  for (const c of m.columns) {
    if (headers[c]) w.lines.push(`${INDENT}${clean(c)} = ${truncate(clean(headers[c]), MAX_NAME * 2)}`);
  }

  const amounts = (values: readonly (number | null)[]): string[] =>
    values.map((v) => (v === null ? '' : formatNumberFor(lang, v)));
  const name = (key: string, empty: string): string => (key ? truncate(clean(key), MAX_NAME) : empty);
  const rows: TextCell[][] = [
    ['', ...m.columns.map(clean)],
    [{ text: labels.total, style: 'bold' }, ...amounts(m.sums)],
  ];
  const group = (title: string, list: readonly BudgetRow[], empty: string, limit: number): void => {
    if (list.length === 0) return;
    rows.push([title]);
    for (const r of list.slice(0, limit)) rows.push([INDENT + name(r.key, empty), ...amounts(r.amounts)]);
    if (list.length > limit) rows.push([INDENT + labels.moreRows(list.length - limit)]);
  };
  group(labels.bySection, m.bySection, labels.noSection, Infinity);
  group(labels.byLead, m.byLead, labels.noLead, TOP_LEADS);
  alignRows(w, rows, ['l', ...m.columns.map(() => 'r' as const)], INDENT);
}

function renderDeclared(w: Writer, sheet: SheetReport): void {
  const declared = sheet.totals.declared;
  if (declared.length === 0) return;
  const { labels, lang } = w;
  w.lines.push('', w.paint(labels.declaredTotals, 'bold'));
  const rows: TextCell[][] = [[labels.cell, labels.declared, labels.computed, labels.difference, '']];
  for (const d of declared) {
    const diff = declaredDifference(d);
    rows.push([
      clean(d.cell),
      d.declared === null ? labels.notDeclared : formatNumberFor(lang, d.declared),
      formatNumberFor(lang, d.computed),
      diff === null ? '' : formatNumberFor(lang, diff),
      d.ok
        ? { text: `${labels.okMark} ${labels.match}`, style: 'green' }
        : { text: `${labels.failMark} ${labels.mismatch}`, style: 'red' },
    ]);
  }
  alignRows(w, rows, ['l', 'r', 'r', 'r', 'l'], INDENT);
}

function findingText(w: Writer, f: Finding): string {
  const message = truncate(clean(findingMessage(f, w.lang)), MAX_MESSAGE);
  if (f.fix === null) return message;
  return `${message} ${w.labels.fixArrow} ${truncate(clean(formatScalar(w.lang, f.fix)), MAX_FIX)}`;
}

function renderFindings(w: Writer, sheet: SheetReport): void {
  const { labels, lang } = w;
  const groups = groupFindings(sheet.findings);
  if (groups.length === 0) {
    if (sheet.table) w.lines.push('', labels.noFindings);
    return;
  }
  for (const g of groups) {
    const style = SEVERITY_STYLE[g.severity];
    w.lines.push('', w.paint(`${labels.severityGroup[g.severity]} (${formatNumberFor(lang, g.findings.length)})`, style));
    // Cell and rule id are padded per group, not per sheet: one long cell address elsewhere
    // should not push every message to the right.
    const rows: TextCell[][] = g.findings.map((f) => [
      { text: clean(f.cell), style },
      { text: f.rule, style: 'dim' },
      findingText(w, f),
    ]);
    alignRows(w, rows, ['l', 'l', 'l'], INDENT);
  }
}

function renderSheet(w: Writer, sheet: SheetReport, tableNumber: number): void {
  const { labels } = w;
  const suffix = tableNumber > 1 ? ` — ${labels.tableNumber(tableNumber)}` : '';
  w.lines.push('', w.paint(`== ${labels.sheet}: ${clean(sheet.sheet)}${suffix} ==`, 'bold'));
  if (sheet.table) {
    renderTableInfo(w, sheet, sheet.table);
    w.lines.push(countsLine(w, sheet.counts));
  } else {
    w.lines.push(sheet.reason ? `${labels.noTable}: ${clean(sheet.reason)}` : labels.noTable);
  }
  renderBudget(w, sheet);
  renderDeclared(w, sheet);
  renderFindings(w, sheet);
}

export function renderText(report: Report, lang: Lang, opts: TextOptions = {}): string {
  const w = makeWriter(lang, opts.color ?? false);
  const { labels } = w;
  w.lines.push(w.paint(labels.title, 'bold'));
  if (report.file !== undefined) w.lines.push(`${labels.file}: ${clean(report.file)}`);
  w.lines.push(`${labels.asOf}: ${formatDateFor(lang, report.asOf)}`);
  w.lines.push(`${labels.tool}: ${clean(report.tool.name)} ${clean(report.tool.version)}`);
  if (report.sheets.length === 0) {
    w.lines.push('', labels.noSheets);
  } else {
    w.lines.push(`${labels.overall}: ${countsLine(w, reportCounts(report))}`);
    for (const sheet of report.sheets) {
      for (const block of sheetBlocks(sheet)) renderSheet(w, block.sheet, block.tableNumber);
    }
  }
  return `${w.lines.join('\n')}\n`;
}

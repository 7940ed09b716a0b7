/**
 * The HTML report: one self-contained file a reviewer opens, prints or mails. No scripts, no
 * fonts, no images, no links — only an inline stylesheet — and a Content-Security-Policy that
 * forbids everything else, so even a rendering mistake cannot run anything.
 *
 * All markup goes through the `html` tag (safe-html.ts), which escapes every interpolated value;
 * workbook text (sheet names, cells, unit names, messages) never reaches the page unescaped.
 */
import type { Counts, DeclaredTotal, Finding, Report, SheetReport, TableInfo } from '../report';
import type { Lang } from '../options';
import { formatDateFor, formatNumberFor, formatUnitFor, reportLabels } from './labels';
import type { ReportLabels } from './labels';
import { html } from './safe-html';
import type { SafeHtml } from './safe-html';
import {
  COUNT_FIELDS,
  budgetMatrix,
  columnMapping,
  declaredDifference,
  findingMessage,
  formatScalar,
  reportCounts,
  rowList,
  sheetBlocks,
  sortFindings,
} from './view';
import type { BudgetRow } from './view';

export { escapeHtml } from './safe-html';

interface Ctx {
  readonly lang: Lang;
  readonly labels: ReportLabels;
}

/**
 * System fonts only (nothing to fetch); colours keep at least 4.5:1 contrast and every colour
 * also has a word beside it (severity, match/mismatch), so the report survives a black-and-white
 * printer and colour blindness.
 */
const STYLE = html`
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem; color: #1a1a1a; background: #fff;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 75rem; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #8c8c8c; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #ececec; }
tfoot th, tfoot td { font-weight: 600; background: #f5f5f5; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.raw { white-space: pre-wrap; overflow-wrap: anywhere; }
td.msg { overflow-wrap: anywhere; }
code { font-family: ui-monospace, Consolas, "Liberation Mono", monospace; font-size: .85em; color: #404040; }
.sub { display: block; font-weight: normal; font-size: .85em; color: #404040; }
.sev, .mark { display: inline-block; padding: 0 .4rem; border-radius: .2rem; font-weight: 600; white-space: nowrap; }
.sev-error, .mark-bad { color: #8b1a1a; background: #fdecea; }
.sev-warning { color: #6b4500; background: #fff4d6; }
.sev-info { color: #1d4f91; background: #e8f1fb; }
.mark-ok { color: #1e6b34; background: #e6f4ea; }
tr.row-error > :first-child { border-left: 4px solid #b42318; }
tr.row-warning > :first-child { border-left: 4px solid #b57900; }
tr.row-info > :first-child { border-left: 4px solid #2f6fbf; }
p.no-table, p.none { font-style: italic; }
@media print {
  body { padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .sev, .mark, tr > :first-child { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const numCell = (ctx: Ctx, n: number | null): SafeHtml =>
  html`<td class="num">${n === null ? '' : formatNumberFor(ctx.lang, n)}</td>`;

function roleName(labels: ReportLabels, role: string): string {
  return Object.prototype.hasOwnProperty.call(labels.roles, role)
    ? labels.roles[role as keyof ReportLabels['roles']]
    : role;
}

function countHeaders(ctx: Ctx): SafeHtml[] {
  return COUNT_FIELDS.map((k) => html`<th scope="col" class="num">${ctx.labels[k]}</th>`);
}

function countCells(ctx: Ctx, counts: Counts): SafeHtml[] {
  return COUNT_FIELDS.map((k) => numCell(ctx, counts[k]));
}

function sheetTitle(ctx: Ctx, sheet: SheetReport, tableNumber: number): string {
  return tableNumber > 1 ? `${sheet.sheet} — ${ctx.labels.tableNumber(tableNumber)}` : sheet.sheet;
}

/** Several files in one page: a first table with one row per file. */
function filesSummary(ctx: Ctx, reports: readonly Report[]): SafeHtml {
  const { labels } = ctx;
  const rows = reports.map(
    (r, i) => html`<tr><th scope="row">${r.file ?? `#${i + 1}`}</th><td>${formatDateFor(ctx.lang, r.asOf)}</td>${countCells(ctx, reportCounts(r))}</tr>`,
  );
  return html`<table class="files">
<caption>${labels.overall}</caption>
<thead><tr><th scope="col">${labels.file}</th><th scope="col">${labels.asOf}</th>${countHeaders(ctx)}</tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

function sheetSummary(ctx: Ctx, report: Report): SafeHtml {
  const { labels } = ctx;
  const rows = report.sheets.flatMap((sheet) =>
    sheetBlocks(sheet).map(({ sheet: s, tableNumber }) => {
      const name = html`<th scope="row">${sheetTitle(ctx, s, tableNumber)}</th>`;
      return s.table
        ? html`<tr>${name}${numCell(ctx, s.counts.items)}${countCells(ctx, s.counts)}</tr>`
        : html`<tr>${name}<td colspan="${COUNT_FIELDS.length + 1}">${labels.noTable}</td></tr>`;
    }),
  );
  const total = reportCounts(report);
  return html`<table class="summary">
<caption>${labels.summary}</caption>
<thead><tr><th scope="col">${labels.sheet}</th><th scope="col" class="num">${labels.items}</th>${countHeaders(ctx)}</tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row">${labels.overall}</th>${numCell(ctx, total.items)}${countCells(ctx, total)}</tr></tfoot>
</table>`;
}

function tableInfo(ctx: Ctx, sheet: SheetReport, table: TableInfo): SafeHtml {
  const { labels, lang } = ctx;
  const headerRows = rowList(table.headerRows);
  const columns = columnMapping(table).map(({ letter, role }) => `${letter}=${roleName(labels, role)}`).join(', ');
  return html`<dl class="meta">
<dt>${labels.headerRows}</dt><dd>${headerRows}</dd>
<dt>${labels.dataRows}</dt><dd>${table.firstRow}–${table.lastRow}</dd>
<dt>${labels.items}</dt><dd>${formatNumberFor(lang, sheet.counts.items)}</dd>
<dt>${labels.unit}</dt><dd>${table.unit ? formatUnitFor(lang, table.unit) : labels.noUnit}</dd>
<dt>${labels.columns}</dt><dd>${columns}</dd>
</dl>`;
}

function budgetTables(ctx: Ctx, sheet: SheetReport, sheetName: string): SafeHtml[] {
  const m = budgetMatrix(sheet);
  if (m.columns.length === 0) return [];
  const { labels, lang } = ctx;
  const headers = sheet.table?.headers ?? {};
  const unit = sheet.table?.unit ? ` (${formatUnitFor(lang, sheet.table.unit)})` : '';
  const columnHeads = m.columns.map(
    (c) => html`<th scope="col" class="num">${c}${headers[c] ? html`<span class="sub">${headers[c]}</span>` : null}</th>`,
  );
  const matrix = (title: string, keyHead: string, rows: readonly BudgetRow[], empty: string): SafeHtml | null =>
    rows.length === 0
      ? null
      : html`<table class="budget">
<caption>${title}${unit} — ${sheetName}</caption>
<thead><tr><th scope="col">${keyHead}</th>${columnHeads}</tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${r.key || empty}</th>${r.amounts.map((a) => numCell(ctx, a))}</tr>`)}</tbody>
<tfoot><tr><th scope="row">${labels.total}</th>${m.sums.map((s) => numCell(ctx, s))}</tr></tfoot>
</table>`;
  const totals = html`<table class="budget">
<caption>${labels.budgetTotals}${unit} — ${sheetName}</caption>
<thead><tr><th scope="col">${labels.column}</th><th scope="col">${labels.header}</th><th scope="col" class="num">${labels.total}</th></tr></thead>
<tbody>${m.columns.map((c, i) => html`<tr><th scope="row">${c}</th><td>${headers[c] ?? ''}</td>${numCell(ctx, m.sums[i])}</tr>`)}</tbody>
</table>`;
  return [
    totals,
    matrix(labels.bySection, labels.section, m.bySection, labels.noSection),
    matrix(labels.byLead, labels.lead, m.byLead, labels.noLead),
  ].filter((t): t is SafeHtml => t !== null);
}

function declaredRow(ctx: Ctx, d: DeclaredTotal): SafeHtml {
  const { labels } = ctx;
  const diff = declaredDifference(d);
  const mark = d.ok
    ? html`<span class="mark mark-ok">${labels.okMark} ${labels.match}</span>`
    : html`<span class="mark mark-bad">${labels.failMark} ${labels.mismatch}</span>`;
  return html`<tr><th scope="row">${d.cell}</th>${
    d.declared === null ? html`<td class="num">${labels.notDeclared}</td>` : numCell(ctx, d.declared)
  }${numCell(ctx, d.computed)}${numCell(ctx, diff)}<td>${mark}</td></tr>`;
}

function declaredTable(ctx: Ctx, sheet: SheetReport, sheetName: string): SafeHtml | null {
  const { labels } = ctx;
  if (sheet.totals.declared.length === 0) return null;
  return html`<table class="declared">
<caption>${labels.declaredTotals} — ${sheetName}</caption>
<thead><tr><th scope="col">${labels.cell}</th><th scope="col" class="num">${labels.declared}</th><th scope="col" class="num">${labels.computed}</th><th scope="col" class="num">${labels.difference}</th><th scope="col">${labels.result}</th></tr></thead>
<tbody>${sheet.totals.declared.map((d) => declaredRow(ctx, d))}</tbody>
</table>`;
}

function findingRow(ctx: Ctx, f: Finding): SafeHtml {
  const { labels, lang } = ctx;
  return html`<tr class="row-${f.severity}"><th scope="row">${f.cell}</th><td><span class="sev sev-${f.severity}">${labels.severityName[f.severity]}</span></td><td>${labels.ruleTitles[f.rule] ?? f.rule}<span class="sub"><code>${f.rule}</code></span></td><td class="msg">${findingMessage(f, lang)}</td><td class="raw">${formatScalar(lang, f.value)}</td><td class="raw">${formatScalar(lang, f.fix)}</td></tr>`;
}

function findingsTable(ctx: Ctx, sheet: SheetReport, sheetName: string): SafeHtml | null {
  const { labels, lang } = ctx;
  if (sheet.findings.length === 0) return sheet.table ? html`<p class="none">${labels.noFindings}</p>` : null;
  return html`<table class="findings">
<caption>${labels.findings} — ${sheetName} (${formatNumberFor(lang, sheet.findings.length)})</caption>
<thead><tr><th scope="col">${labels.cell}</th><th scope="col">${labels.severity}</th><th scope="col">${labels.rule}</th><th scope="col">${labels.message}</th><th scope="col">${labels.value}</th><th scope="col">${labels.fix}</th></tr></thead>
<tbody>${sortFindings(sheet.findings).map((f) => findingRow(ctx, f))}</tbody>
</table>`;
}

function sheetSection(ctx: Ctx, sheet: SheetReport, tableNumber: number, id: string): SafeHtml {
  const { labels } = ctx;
  const name = sheetTitle(ctx, sheet, tableNumber);
  const body = sheet.table
    ? tableInfo(ctx, sheet, sheet.table)
    : html`<p class="no-table">${labels.noTable}${sheet.reason ? `: ${sheet.reason}` : ''}</p>`;
  return html`<section class="sheet" aria-labelledby="${id}">
<h3 id="${id}">${labels.sheet}: ${name}</h3>
${body}
${budgetTables(ctx, sheet, name)}
${declaredTable(ctx, sheet, name)}
${findingsTable(ctx, sheet, name)}
</section>`;
}

function reportArticle(ctx: Ctx, report: Report, index: number): SafeHtml {
  const { labels, lang } = ctx;
  const id = `r${index + 1}`;
  const heading = report.file !== undefined ? `${labels.file}: ${report.file}` : labels.summary;
  const sections = report.sheets.flatMap((sheet, s) =>
    sheetBlocks(sheet).map((b) => sheetSection(ctx, b.sheet, b.tableNumber, `${id}-s${s + 1}-t${b.tableNumber}`)),
  );
  return html`<article class="report" aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
<dl class="meta">
${report.file !== undefined ? html`<dt>${labels.file}</dt><dd>${report.file}</dd>` : null}
<dt>${labels.asOf}</dt><dd>${formatDateFor(lang, report.asOf)}</dd>
<dt>${labels.tool}</dt><dd>${report.tool.name} ${report.tool.version}</dd>
</dl>
${report.sheets.length === 0 ? html`<p class="none">${labels.noSheets}</p>` : sheetSummary(ctx, report)}
${sections}
</article>`;
}

export function renderHtml(report: Report | readonly Report[], lang: Lang): string {
  const reports: readonly Report[] = Array.isArray(report) ? report : [report as Report];
  const ctx: Ctx = { lang, labels: reportLabels[lang] };
  const { labels } = ctx;
  const only = reports.length === 1 ? reports[0] : undefined;
  const title = only?.file !== undefined ? `${labels.title} — ${only.file}` : labels.title;
  const body =
    reports.length === 0
      ? html`<p class="none">${labels.noReports}</p>`
      : [reports.length > 1 ? filesSummary(ctx, reports) : null, ...reports.map((r, i) => reportArticle(ctx, r, i))];
  // The CSP is written literally (not interpolated) so it reads exactly as reviewed.
  return html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${labels.title}</h1>
${body}
</main>
</body>
</html>
`.html;
}

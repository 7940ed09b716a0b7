/**
 * The report as rows of cells, for hosts that cannot download a file (Excel on Mac and iPad
 * without downloads): the pane writes these rows to a new sheet. Findings come one per row,
 * after a short summary, so the sheet can be filtered and sorted like any table.
 */
import type { Lang } from '../options';
import type { Report } from '../report';
import { reportLabels, formatDateFor } from './labels';

export type ReportCell = string | number | null;

export function reportRows(report: Report, lang: Lang): ReportCell[][] {
  const l = reportLabels[lang];
  const rows: ReportCell[][] = [[l.title], [l.asOf, formatDateFor(lang, report.asOf)]];
  if (report.file) rows.push([l.file, report.file]);
  rows.push([]);
  rows.push([l.sheet, l.items, l.errors, l.warnings, l.infos, l.overdue, l.unassigned]);
  for (const s of report.sheets) rows.push([s.sheet, s.counts.items, s.counts.errors, s.counts.warnings, s.counts.infos, s.counts.overdue, s.counts.unassigned]);
  rows.push([]);
  rows.push([l.sheet, l.cell, l.severity, l.rule, l.message, l.value, l.fix]);
  for (const s of report.sheets) {
    for (const f of s.findings) {
      const value = typeof f.value === 'boolean' ? String(f.value) : f.value;
      rows.push([s.sheet, f.cell, l.severityName[f.severity], f.rule, f.message, value, f.fix]);
    }
  }
  return rows;
}

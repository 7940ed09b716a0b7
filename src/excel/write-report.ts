/**
 * The validation report written to a new sheet, for Excel clients that cannot download files.
 * The user's sheets are untouched; the report sheet is an ordinary sheet they can delete.
 */
import { gridFromValues } from '../engine/grid';
import type { Lang } from '../engine/options';
import type { Report } from '../engine/report';
import { reportLabels, reportRows } from '../engine/render';
import type { XlRequestContext } from './api';
import type { Capabilities } from './capabilities';
import { uniqueSheetName, writeGridSheet } from './write-copy';

export async function writeReportSheet(
  context: XlRequestContext,
  besideSheet: string,
  report: Report,
  lang: Lang,
  capabilities: Capabilities,
): Promise<{ sheetName: string }> {
  const title = reportLabels[lang].title;
  const grid = gridFromValues(title, reportRows(report, lang));
  const written = await writeGridSheet(context, besideSheet, grid, (names) => uniqueSheetName(title, names), undefined, capabilities);
  return { sheetName: written.sheetName };
}

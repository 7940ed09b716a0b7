/**
 * Pane operations composed from src/excel/'s building blocks where src/excel/run.ts has no
 * ready-made one yet: the cleaned copy of a named sheet with the reviewer's chosen fixes laid
 * over it, and activating a sheet. Each opens one Excel.run through the injected Host and
 * otherwise only calls src/excel/ functions — no Office.js object is touched here directly.
 * (Requested for src/excel/run.ts: runExportCleaned(host, { sheet, fixes }) and runValidation
 * with a `sheet` option; this file then shrinks to calls of those.)
 */
import { cleanSheet } from '../engine/clean';
import { detectCapabilities } from '../excel/capabilities';
import type { Host } from '../excel/host';
import { readSheet } from '../excel/read-sheet';
import { selectCell } from '../excel/select';
import { writeCleanedCopy } from '../excel/write-copy';
import { applyFixes } from './cleaned-copy';
import type { CleanedCopyRequest, CleanedCopyResult, ProgressInfo } from './services';

/** Read progress → the pane's phases: reading with a fraction, then the engine's turn. */
export function readProgress(onProgress: (p: ProgressInfo) => void): (p: { rowsRead: number; totalRows: number }) => void {
  return ({ rowsRead, totalRows }) => {
    if (totalRows > 0 && rowsRead >= totalRows) onProgress({ phase: 'analyzing', fraction: null });
    else onProgress({ phase: 'reading', fraction: totalRows > 0 ? rowsRead / totalRows : null, done: rowsRead, total: totalRows });
  };
}


export async function selectCellIn(host: Host, sheet: string, cell: string): Promise<void> {
  await host.excel.run((ctx) => selectCell(ctx, sheet, cell));
}

/** Makes `sheet` the active one again (selecting `anchor`, A1 by default). */
export async function activateSheet(host: Host, sheet: string, anchor = 'A1'): Promise<void> {
  await selectCellIn(host, sheet, anchor);
}

export async function writeCleanedCopyWithFixes(host: Host, req: CleanedCopyRequest): Promise<CleanedCopyResult> {
  const caps = detectCapabilities(host.office);
  return host.excel.run(async (ctx) => {
    req.onProgress({ phase: 'reading', fraction: null });
    const grid = await readSheet(ctx, req.sheet, { capabilities: caps, signal: req.signal, onProgress: readProgress(req.onProgress) });
    req.onProgress({ phase: 'writing', fraction: null });
    const cleaned = cleanSheet(grid, { asOf: req.asOf, lang: req.lang, columnOverrides: req.columnOverrides });
    const { grid: fixed, applied } = applyFixes(grid, cleaned, req.fixes);
    if (req.signal.aborted) throw Object.assign(new Error('Cancelled'), { name: 'AbortError' });
    let xlsxBase64: string | undefined;
    if (req.target === 'workbook' && caps.createWorkbook) {
      const { gridToXlsxBase64 } = await import('./grid-xlsx');
      xlsxBase64 = await gridToXlsxBase64(fixed);
    }
    const written = await writeCleanedCopy(ctx, req.sheet, fixed, { capabilities: caps, xlsxBase64, excel: host.excel });
    return { sheetName: written.newWorkbook ? undefined : written.sheetName, applied };
  });
}

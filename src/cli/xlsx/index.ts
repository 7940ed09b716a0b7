/**
 * The CLI's workbook reader: a path in, SheetGrids out, or an InputError that says in one line
 * (English and Vietnamese) what is wrong with the file.
 *
 *   1. sniff (main thread, cheap): exists? empty? OLE2 (encrypted .xlsx or legacy .xls)? zip?
 *   2. zip guard (main thread, central directory only): truncated, zip bomb, duplicate parts,
 *      other Office formats.
 *   3. parse (worker thread, heap-capped, killed at the deadline): built-in streaming reader,
 *      exceljs as a second opinion — see parse.ts.
 */
import type { SheetGrid } from '../../engine/grid';
import { corrupt, InputError } from './errors';
import { DEFAULT_GRID_LIMITS, type GridLimits } from './grid-builder';
import { sniffFile } from './sniff';
import type { ParseRequest, ReaderChoice, ReaderName } from './types';
import { runInProcess, runInWorker } from './worker-host';
import { readZipDirectory } from './zip';
import { DEFAULT_ZIP_LIMITS, guardZip, type ZipGuardLimits } from './zip-guard';

export { InputError, type InputErrorCode } from './errors';
export type { ReaderName, ReaderChoice } from './types';

export interface ReadOptions {
  /** Give up after this long (default 60,000 ms). */
  timeoutMs?: number;
  /** Heap limit of the parsing worker (default 1024 MB). */
  maxMemoryMB?: number;
  /** Read only this sheet (exact name, else matched ignoring case); others are not parsed. */
  sheet?: string;
  /** Force a reader (tests, diagnostics); default 'auto'. */
  reader?: ReaderChoice;
  /** 'worker' (default) caps memory and can kill a runaway parse; 'in-process' only bounds time. */
  isolation?: 'worker' | 'in-process';
  /** Grid size limits (default 5,000,000 cells, 200,000 non-empty rows per sheet). */
  gridLimits?: Partial<GridLimits>;
  /** Zip-bomb thresholds (default 1.5 GB total; entries over 100 MB may not shrink > 1000:1). */
  zipLimits?: Partial<ZipGuardLimits>;
}

export interface WorkbookData {
  /** Worksheets in workbook order (chart sheets skipped); hidden ones have `hidden: true`. */
  sheets: SheetGrid[];
  reader: ReaderName;
  /** Things the user should know that did not stop the read (clipped sheets, skipped parts). */
  warnings: string[];
}

export async function readWorkbook(path: string, opts: ReadOptions = {}): Promise<WorkbookData> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const maxMemoryMB = opts.maxMemoryMB ?? 1024;
  const started = Date.now();
  try {
    await sniffFile(path);
    const directory = await readZipDirectory(path);
    const zipLimits: ZipGuardLimits = { ...DEFAULT_ZIP_LIMITS, ...opts.zipLimits };
    guardZip(directory, zipLimits);

    const req: ParseRequest = {
      path,
      directory,
      sheet: opts.sheet,
      reader: opts.reader ?? 'auto',
      deadline: started + timeoutMs,
      timeoutMs,
      limits: { ...DEFAULT_GRID_LIMITS, ...opts.gridLimits },
      maxPartBytes: zipLimits.maxTotalUncompressed,
      exceljsMaxSheetBytes: 64 * 1024 * 1024,
    };
    const result =
      opts.isolation === 'in-process' ? await runInProcess(req) : await runInWorker(req, { timeoutMs, maxMemoryMB });
    return { sheets: result.sheets, reader: result.reader, warnings: result.warnings };
  } catch (e) {
    if (e instanceof InputError) throw e;
    // fs errors between the sniff and the parse (file deleted, permissions changed), …
    throw corrupt(`the file could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

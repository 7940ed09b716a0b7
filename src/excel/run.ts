/**
 * What the ribbon buttons and the task pane do, one function each, over an injected host
 * (Office.js in Excel, the simulator in tests and on the standalone page).
 *
 * Validation of a sheet costs, in round trips: the read (one for an appendix of up to 300 rows
 * by 30 columns, plus one per ~4 MB of further cells), one for the unit directory sheet when
 * the workbook has one, at most one to find the previous run's highlights (its first step
 * rides on the read), and one to write the new highlights. Settings come from the document
 * without a round trip.
 */
import { analyzeWorkbook, cleanSheet, todayIso, type Lang, type Report } from '../engine';
import { coalesce, planMarks } from '../engine/highlights';
import { foldKey } from '../engine/parse/text';
import type { XlRequestContext } from './api';
import { detectCapabilities } from './capabilities';
import { clearHighlights, scanMarks, writeHighlights, type HighlightResult } from './highlights';
import type { Host } from './host';
import { throwIfCancelled, type CancelSignal } from './cancel';
import { readSheet, type ReadProgress } from './read-sheet';
import { afterRide } from './riding';
import { loadSettings } from './settings';
import { writeCleanedCopy } from './write-copy';

export interface ValidationOptions {
  /** ISO date overdue is judged against; default: the workbook's setting, else today. */
  readonly asOf?: string;
  /** Report language; default: the workbook's setting, else Vietnamese. */
  readonly lang?: Lang;
  readonly onProgress?: (progress: ReadProgress) => void;
  readonly signal?: CancelSignal;
}

export interface ValidationResult {
  readonly report: Report;
  /** The sheet that was validated (the active one). */
  readonly sheet: string;
  /** How many cells were highlighted. */
  readonly marks: number;
  /** Something the user should know: settings that could not be used, highlights left out. */
  readonly notice?: string;
  readonly highlights: HighlightResult;
}

const OMITTED_NOTICE: Record<Lang, (n: number) => string> = {
  vi: (n) => `Đã dừng tô màu ở giới hạn số định dạng có điều kiện; ${n} vùng không được tô.`,
  en: (n) => `Highlighting stopped at the conditional-format limit; ${n} ranges were not highlighted.`,
};

/** Names of the workbook's sheets, from a load queued earlier (riding on a later sync). */
function queueSheetNames(context: XlRequestContext): () => Promise<string[]> {
  const load = () => {
    const sheets = context.workbook.worksheets.load('items/name');
    return () => sheets.items.map((s) => s.name);
  };
  const read = load();
  return () => afterRide(context, read, load);
}

/**
 * Validates the active sheet: reads it (and the unit directory sheet if there is one), runs
 * the engine, and replaces the previous highlights with the new ones.
 */
export async function runValidation(host: Host, opts: ValidationOptions = {}): Promise<ValidationResult> {
  const caps = detectCapabilities(host.office);
  const { settings, notice: settingsNotice } = loadSettings(host.office, opts.lang);
  const lang = opts.lang ?? settings.lang ?? 'vi';
  const asOf = opts.asOf ?? settings.asOf ?? todayIso();
  return host.excel.run(async (ctx) => {
    // Both ride on the read's first round trip.
    const scan = scanMarks(ctx, [undefined]);
    const sheetNames = queueSheetNames(ctx);
    const readOptions = { capabilities: caps, signal: opts.signal, afterFirstSync: () => scan.queueRules() };
    const grid = await readSheet(ctx, undefined, { ...readOptions, onProgress: opts.onProgress });
    const grids = [grid];
    // Matched as the engine matches it (isUnitSheet): ignoring case, accents and spacing.
    const unitKey = foldKey(settings.unitSheetName);
    const unitSheet = (await sheetNames()).find((n) => foldKey(n) === unitKey);
    if (unitSheet !== undefined && unitSheet !== grid.name) grids.push(await readSheet(ctx, unitSheet, readOptions));

    const report = analyzeWorkbook(grids, { asOf, lang, columnOverrides: settings.columnOverrides }, { unitSheetName: settings.unitSheetName });
    const sheetReport = report.sheets.find((s) => s.sheet === grid.name);
    const marks = sheetReport ? planMarks(sheetReport) : [];
    throwIfCancelled(opts.signal); // cancelled while the engine ran: leave the sheet as it was
    const highlights = await writeHighlights(ctx, grid.name, coalesce(marks), { capabilities: caps, scan });
    const notices = [settingsNotice, highlights.omitted > 0 ? OMITTED_NOTICE[lang](highlights.omitted) : undefined].filter(
      (n): n is string => n !== undefined,
    );
    return { report, sheet: grid.name, marks: marks.length, highlights, ...(notices.length > 0 ? { notice: notices.join(' ') } : {}) };
  });
}

/** Removes the checker's highlights from every sheet; returns how many formats were removed. */
export async function runClearHighlights(host: Host): Promise<number> {
  const caps = detectCapabilities(host.office);
  return host.excel.run((ctx) => clearHighlights(ctx, caps));
}

export interface ExportOptions {
  readonly asOf?: string;
  /** The cleaned workbook as .xlsx (base64), to open it as a new workbook where ExcelApi 1.8 allows. */
  readonly xlsxBase64?: string;
  readonly signal?: CancelSignal;
}

/** Writes the cleaned copy of the active sheet (a new sheet, or a new workbook). */
export async function runExportCleaned(host: Host, opts: ExportOptions = {}): Promise<{ sheetName: string; newWorkbook: boolean }> {
  const caps = detectCapabilities(host.office);
  const { settings } = loadSettings(host.office);
  return host.excel.run(async (ctx) => {
    const grid = await readSheet(ctx, undefined, { capabilities: caps, signal: opts.signal });
    throwIfCancelled(opts.signal);
    const cleaned = cleanSheet(grid, {
      asOf: opts.asOf ?? settings.asOf ?? todayIso(),
      lang: settings.lang ?? 'vi',
      columnOverrides: settings.columnOverrides,
    });
    return writeCleanedCopy(ctx, grid.name, cleaned.grid, { capabilities: caps, xlsxBase64: opts.xlsxBase64, excel: host.excel });
  });
}

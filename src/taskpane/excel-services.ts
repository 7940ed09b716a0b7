/**
 * PaneServices over src/excel/: what the pane asks of Excel, answered by the add-in's Excel
 * module through a Host (Office.js in Excel, the simulator in the standalone page). This file
 * and excel-ops.ts are the pane's only way to Excel; neither touches an Office.js global.
 */
import type { Lang } from '../engine/options';
import type { Report } from '../engine/report';
import type { Host } from '../excel/host';
import { runClearHighlights, runValidation } from '../excel/run';
import { loadSettings, saveSettings } from '../excel/settings';
import { newWorkbookSupported } from '../excel/write-copy';
import { writeReportSheet } from '../excel/write-report';
import { detectCapabilities } from '../excel/capabilities';
import { activateSheet, readProgress, selectCellIn, writeCleanedCopyWithFixes } from './excel-ops';
import type { CleanedCopyRequest, PaneServices, PaneSettings, ThemeName, ValidationRun } from './services';

/** What differs between Excel and the standalone page around the same Excel code. */
export interface PanePlatform {
  readonly displayLanguage: string | null;
  theme(): ThemeName;
  onThemeChange?(listener: (theme: ThemeName) => void): () => void;
  readonly canDownload: boolean;
  download(fileName: string, blob: Blob): void;
  downloadCleanedWorkbook?(sheetName: string): Promise<{ readonly fileName: string }>;
  onExternalRun?(listener: (run: ValidationRun) => void): () => void;
  onLangChange?(lang: Lang): void;
}

export function excelServices(host: Host, platform: PanePlatform): PaneServices {
  const services: PaneServices = {
    displayLanguage: platform.displayLanguage,
    theme: () => platform.theme(),
    onThemeChange: platform.onThemeChange ? (l) => platform.onThemeChange!(l) : undefined,
    canCreateWorkbook: newWorkbookSupported(host.office),
    canDownload: platform.canDownload,

    async validate(req) {
      req.onProgress({ phase: 'reading', fraction: null });
      if (req.sheet !== undefined) await activateSheet(host, req.sheet, req.anchor);
      const result = await runValidation(host, {
        asOf: req.asOf,
        lang: req.lang,
        signal: req.signal,
        onProgress: readProgress(req.onProgress),
      });
      const run: ValidationRun = {
        report: result.report,
        sheet: result.sheet,
        marks: result.marks,
        ...(result.notice ? { notice: result.notice } : {}),
      };
      return run;
    },

    async clearHighlights() {
      return runClearHighlights(host);
    },

    async selectCell(sheet, cell) {
      await selectCellIn(host, sheet, cell);
    },

    async writeCleanedCopy(req: CleanedCopyRequest) {
      return writeCleanedCopyWithFixes(host, req);
    },

    async writeReportSheet(report: Report, lang: Lang) {
      const beside = report.sheets[0]?.sheet;
      if (beside === undefined) throw new Error('The report has no sheet to write beside.');
      const caps = detectCapabilities(host.office);
      return host.excel.run((ctx) => writeReportSheet(ctx, beside, report, lang, caps));
    },

    download: (fileName, blob) => platform.download(fileName, blob),
    downloadCleanedWorkbook: platform.downloadCleanedWorkbook ? (s) => platform.downloadCleanedWorkbook!(s) : undefined,

    async loadSettings(): Promise<PaneSettings> {
      const { settings, notice } = loadSettings(host.office);
      return {
        asOf: settings.asOf ?? null,
        lang: settings.lang ?? null,
        columnOverrides: settings.columnOverrides,
        ...(notice ? { notice } : {}),
      };
    },

    async saveSettings(patch) {
      // Read-modify-write: keep what other versions or the ribbon saved (unit sheet name …).
      const { settings } = loadSettings(host.office);
      const next = { ...settings };
      if (patch.asOf !== undefined) {
        if (patch.asOf === null) delete next.asOf;
        else next.asOf = patch.asOf;
      }
      if (patch.lang !== undefined) {
        if (patch.lang === null) delete next.lang;
        else next.lang = patch.lang;
      }
      if (patch.columnOverrides !== undefined) next.columnOverrides = { ...patch.columnOverrides };
      await saveSettings(host.office, next);
    },

    onExternalRun: platform.onExternalRun ? (l) => platform.onExternalRun!(l) : undefined,
    onLangChange: platform.onLangChange ? (lang) => platform.onLangChange!(lang) : undefined,
  };
  return services;
}

/**
 * What the pane needs from its host, as one small port. The pane's components and store know
 * nothing of Office.js: in Excel this port is built from src/excel/ over the real Office
 * globals (office-services.ts), in the standalone page from the same src/excel/ code over
 * src/office-sim/, and in unit tests from plain fakes.
 */
import type { ColumnOverrides, Lang } from '../engine/options';
import type { Finding, Report } from '../engine/report';

export type ProgressPhase = 'reading' | 'analyzing' | 'highlighting' | 'writing' | 'working';

export interface ProgressInfo {
  readonly phase: ProgressPhase;
  /** 0…1, or null when the host cannot tell how far along it is. */
  readonly fraction: number | null;
  readonly done?: number;
  readonly total?: number;
}

export interface ValidateRequest {
  /**
   * Validate this sheet rather than the active one (re-runs after a setting changed, when the
   * active sheet may since have become the cleaned copy); `anchor` is the cell selected there.
   */
  readonly sheet?: string;
  readonly anchor?: string;
  readonly asOf: string;
  readonly lang: Lang;
  readonly columnOverrides: Readonly<Record<string, ColumnOverrides>>;
  readonly signal: AbortSignal;
  readonly onProgress: (p: ProgressInfo) => void;
}

export interface ValidationRun {
  readonly report: Report;
  /** The sheet that was validated (its SheetReport is in report.sheets). */
  readonly sheet: string;
  /** Cells highlighted on the sheet. */
  readonly marks: number;
  /** Something the user should know, e.g. that highlighting stopped at a limit. */
  readonly notice?: string;
  /** Header text of every column of the table's header rows, by letter (for the Columns tab). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface CleanedCopyRequest {
  readonly sheet: string;
  readonly asOf: string;
  readonly lang: Lang;
  readonly columnOverrides: Readonly<Record<string, ColumnOverrides>>;
  /** Findings whose `fix` the user chose to apply on top of the automatic repairs. */
  readonly fixes: readonly Finding[];
  /** A new sheet in this workbook, or a new workbook (ExcelApi 1.8). */
  readonly target: 'sheet' | 'workbook';
  readonly signal: AbortSignal;
  readonly onProgress: (p: ProgressInfo) => void;
}

export interface CleanedCopyResult {
  /** The sheet written (target "sheet"). */
  readonly sheetName?: string;
  /** Fixes that were applied (some may not apply any more, e.g. the cell changed since). */
  readonly applied?: number;
}

export interface PaneSettings {
  /** ISO date the user picked, or null for "today". */
  readonly asOf: string | null;
  readonly columnOverrides: Readonly<Record<string, ColumnOverrides>>;
  /** The language the user switched to in this workbook, or null to follow Office. */
  readonly lang: Lang | null;
  /** Why saved settings were (partly) not used, when that happened. */
  readonly notice?: string;
}

export type ThemeName = 'light' | 'dark';

export interface PaneServices {
  /** Office.context.displayLanguage (or the browser's language outside Office). */
  readonly displayLanguage: string | null;
  /** The host's current theme, and a way to hear when it changes. */
  theme(): ThemeName;
  onThemeChange?(listener: (theme: ThemeName) => void): () => void;

  /** Whether the host can open a new workbook (ExcelApi 1.8 createWorkbook). */
  readonly canCreateWorkbook: boolean;
  /** Whether Blob downloads reach the user on this platform; otherwise reports go to a sheet. */
  readonly canDownload: boolean;

  validate(req: ValidateRequest): Promise<ValidationRun>;
  clearHighlights(): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  writeCleanedCopy(req: CleanedCopyRequest): Promise<CleanedCopyResult>;
  /** Writes a report (as rows of text) to a new sheet, for platforms without downloads. */
  writeReportSheet(report: Report, lang: Lang): Promise<{ readonly sheetName: string }>;
  /** Saves a file for the user (only called when canDownload). */
  download(fileName: string, blob: Blob): void;
  /**
   * The standalone page offers the cleaned workbook as an .xlsx download as well; Excel itself
   * does not need it (the copy is a sheet or a workbook of its own there).
   */
  downloadCleanedWorkbook?(sheetName: string): Promise<{ readonly fileName: string }>;

  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: Partial<PaneSettings>): Promise<void>;

  /** Told when the user switches the pane's language (the standalone page follows it). */
  onLangChange?(lang: Lang): void;

  /** Validation results a ribbon command produced in the same runtime (shared runtime only). */
  onExternalRun?(listener: (run: ValidationRun) => void): () => void;
}

/** The error the host rejects with when the user cancelled (AbortSignal). */
export function isAbortError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const name = (err as { name?: unknown }).name;
  // src/excel rejects with ReadCancelledError / CancelledError (cancel.ts) when its signal fires.
  return name === 'AbortError' || name === 'ReadCancelledError' || name === 'CancelledError' || (err as { code?: unknown }).code === 'Aborted';
}

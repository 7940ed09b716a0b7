/**
 * What the ribbon buttons do, as plain functions over injected dependencies so that tests can
 * drive them without Office: run the Excel operation, show the outcome (task pane when the
 * runtime allows, otherwise a small summary dialog), show any error, and always tell Office the
 * command is finished — a command that never calls event.completed() leaves Excel waiting and
 * blocks the add-in's next command.
 */
import type { SheetReport } from '../engine/report';
import type { CommandName, UiLang } from './messages';
import { describeError, summarizeSheet, SummaryData, ValidateSummary } from './summary-data';

/** The part of src/excel/run.ts's validation result the commands read. */
export interface ValidationOutcome {
  readonly report: { readonly sheets: readonly SheetReport[] };
  /** The sheet that was validated. */
  readonly sheet: string;
  /** How many cells were highlighted (a count, or the list of marks). */
  readonly marks: number | readonly unknown[];
  /** Something the user should know, e.g. that highlighting stopped at a limit. */
  readonly notice?: string;
}

export interface CommandUi {
  /** Opens the task pane on these results; resolves false when this runtime cannot. */
  showInPane(outcome: ValidationOutcome): Promise<boolean>;
  /** Shows the summary dialog; resolves once it has been closed (or waiting was given up). */
  showDialog(data: SummaryData): Promise<void>;
}

export interface CommandDeps {
  readonly lang: UiLang;
  readonly runValidation: () => Promise<ValidationOutcome>;
  readonly runClearHighlights: () => Promise<number>;
  readonly runExportCleaned: () => Promise<{ readonly sheetName: string; readonly newWorkbook?: boolean }>;
  readonly ui: CommandUi;
  /** Where errors are recorded besides the dialog (the browser console in production). */
  readonly log: (message: string, err: unknown) => void;
}

/** The event Office passes to an ExecuteFunction handler (Office.AddinCommands.Event). */
export interface CommandEvent {
  completed(): void;
}

export type CommandHandler = (event: CommandEvent) => Promise<void>;

/** The validation summary of the sheet that was validated. */
export function summarizeOutcome(outcome: ValidationOutcome, lang: UiLang): ValidateSummary {
  const marks = typeof outcome.marks === 'number' ? outcome.marks : outcome.marks.length;
  const sheet = outcome.report.sheets.find((s) => s.sheet === outcome.sheet) ?? outcome.report.sheets[0];
  if (!sheet) {
    return {
      kind: 'validate',
      lang,
      sheet: outcome.sheet,
      found: false,
      counts: { items: 0, errors: 0, warnings: 0, overdue: 0, unassigned: 0 },
      marks,
      unit: null,
      budget: [],
      moreBudget: 0,
      ...(outcome.notice ? { notice: outcome.notice } : {}),
    };
  }
  return summarizeSheet(sheet, lang, { marks, notice: outcome.notice });
}

export function createCommandHandlers(deps: CommandDeps): Record<CommandName, CommandHandler> {
  const { lang, ui } = deps;

  const command =
    (name: CommandName, body: () => Promise<void>): CommandHandler =>
    async (event) => {
      try {
        await body();
      } catch (err) {
        deps.log(`Appendix Checker: ${name} failed`, err);
        try {
          await ui.showDialog({ kind: 'error', lang, command: name, message: describeError(err) });
        } catch (shown) {
          // Nowhere left to show it in a UI-less runtime; both errors are in the log.
          deps.log(`Appendix Checker: could not show the error of ${name}`, shown);
        }
      } finally {
        event.completed();
      }
    };

  return {
    validate: command('validate', async () => {
      const outcome = await deps.runValidation();
      if (await ui.showInPane(outcome)) return;
      await ui.showDialog(summarizeOutcome(outcome, lang));
    }),
    clearHighlights: command('clearHighlights', async () => {
      const count = await deps.runClearHighlights();
      await ui.showDialog({ kind: 'cleared', lang, count });
    }),
    exportCleaned: command('exportCleaned', async () => {
      const { sheetName, newWorkbook } = await deps.runExportCleaned();
      await ui.showDialog({ kind: 'exported', lang, sheet: sheetName, newWorkbook: newWorkbook === true });
    }),
  };
}

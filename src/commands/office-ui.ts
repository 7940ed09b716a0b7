/**
 * CommandUi on top of Office.js: the task pane when this add-in runs in a shared runtime,
 * otherwise the summary dialog (src/commands/summary.html).
 */
import type { CommandUi, ValidationOutcome } from './actions';
import { publishRun } from './pane-channel';
import { summaryUrl, SummaryData } from './summary-data';

/** The members of the Office namespace used here; `Office` itself satisfies it. */
export interface OfficeLike {
  readonly context: {
    readonly requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
    readonly ui: Pick<Office.UI, 'displayDialogAsync'>;
  };
  readonly addin: Pick<Office.Addin, 'showAsTaskpane'>;
  readonly AsyncResultStatus: typeof Office.AsyncResultStatus;
  readonly EventType: typeof Office.EventType;
}

/**
 * How long a command waits for its dialog to be closed before completing anyway. Completing
 * while the dialog is open can close it on some clients, so we wait for the user; but a
 * command that never completes blocks the add-in's other buttons, so not forever.
 */
export const DIALOG_WAIT_MS = 5 * 60 * 1000;

/** Dialog size in percent of the screen: enough for the counts and a few budget lines. */
const DIALOG_SIZE = { height: 50, width: 30 };

export interface OfficeUiOptions {
  /** URL of the page the commands run in; summary.html is resolved against it. */
  readonly pageUrl: string;
  readonly win: Window;
  readonly waitMs?: number;
  readonly warn?: (message: string, err: unknown) => void;
}

export function officeCommandUi(office: OfficeLike, options: OfficeUiOptions): CommandUi {
  const warn = options.warn ?? ((message, err) => console.warn(message, err));
  return {
    async showInPane(outcome: ValidationOutcome): Promise<boolean> {
      // The API set says the client could share a runtime, not that this add-in does; only a
      // successful showAsTaskpane() proves it (our manifest declares no <Runtimes> yet).
      if (!office.context.requirements.isSetSupported('SharedRuntime', '1.1')) return false;
      publishRun(options.win, outcome);
      try {
        await office.addin.showAsTaskpane();
        return true;
      } catch (err) {
        warn('Appendix Checker: no shared runtime, showing the summary dialog instead', err);
        return false;
      }
    },
    showDialog(data: SummaryData): Promise<void> {
      return openDialog(office, summaryUrl(options.pageUrl, data), options.waitMs ?? DIALOG_WAIT_MS);
    },
  };
}

/** Opens a dialog and resolves when it is closed, or after waitMs; rejects if it cannot open. */
export function openDialog(office: OfficeLike, url: string, waitMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // displayInIframe: Office on the web shows the dialog in the page instead of a pop-up
    // window that a pop-up blocker could stop; desktop Excel ignores it.
    office.context.ui.displayDialogAsync(url, { ...DIALOG_SIZE, displayInIframe: true }, (result) => {
      if (result.status !== office.AsyncResultStatus.Succeeded) {
        reject(new Error(`displayDialogAsync failed (${result.error.code}): ${result.error.message}`));
        return;
      }
      const dialog = result.value;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        resolve();
      };
      // The dialog's own Close button sends a message; the window's X raises DialogEventReceived.
      dialog.addEventHandler(office.EventType.DialogMessageReceived, () => {
        dialog.close();
        finish();
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, finish);
      timer = setTimeout(finish, waitMs);
    });
  });
}

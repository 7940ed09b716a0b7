/**
 * The shape every pane message file fills in. One file per language (vi.ts first, en.ts
 * second); the compiler checks both have every key, so a new string cannot be forgotten in one
 * language. Finding messages, rule titles and column-role names come from the engine's own
 * catalogues (src/engine/messages, src/engine/render/labels.ts) through these files, so the
 * pane, the CLI and the HTML report use the same words.
 */
import type { Lang } from '../../engine/options';
import type { ColumnRole, RuleId, Severity } from '../../engine/report';

export interface PaneMessages {
  readonly lang: Lang;
  /** BCP 47 tag for the <html lang> of the pane and for the date input. */
  readonly htmlLang: string;
  readonly appTitle: string;
  readonly loading: string;

  readonly language: {
    readonly label: string;
    /** Text of the button that switches to the other language, written in that language. */
    readonly switchTo: string;
    readonly switchToHint: string;
  };

  readonly toolbar: {
    readonly label: string;
    readonly asOf: string;
    readonly asOfHint: string;
    readonly asOfToday: string;
    /** How to type the date, shown as the placeholder. */
    readonly asOfPlaceholder: string;
    readonly asOfInvalid: string;
    readonly validate: string;
    readonly revalidate: string;
    readonly clear: string;
    readonly clearHint: string;
  };

  readonly tabs: {
    readonly label: string;
    readonly summary: string;
    readonly findings: string;
    readonly totals: string;
    readonly columns: string;
    readonly export: string;
  };

  readonly progress: {
    readonly title: string;
    readonly reading: string;
    readonly analyzing: string;
    readonly highlighting: string;
    readonly writing: string;
    readonly working: string;
    readonly percent: (p: number) => string;
    readonly rows: (done: string, total: string) => string;
    readonly cancel: string;
    readonly cancelled: string;
  };

  readonly start: {
    readonly title: string;
    readonly body: string;
  };

  readonly summary: {
    readonly heading: string;
    readonly sheet: string;
    readonly headerRows: string;
    readonly dataRows: string;
    readonly items: string;
    readonly unit: string;
    readonly noUnit: string;
    readonly asOf: string;
    readonly countsLabel: string;
    readonly errors: string;
    readonly warnings: string;
    readonly infos: string;
    readonly overdue: string;
    readonly unassigned: string;
    readonly highlighted: (n: string) => string;
    readonly noTable: string;
    readonly moreTables: (n: number) => string;
    readonly tablePicker: string;
    readonly tableOption: (n: number, firstRow: string, lastRow: string) => string;
  };

  readonly legend: {
    readonly heading: string;
    readonly overdue: string;
    readonly unassigned: string;
    readonly other: string;
    readonly note: string;
  };

  readonly findings: {
    readonly heading: string;
    readonly none: string;
    readonly noneMatch: string;
    readonly filterSeverity: string;
    readonly filterRule: string;
    readonly allRules: string;
    readonly shown: (shown: string, total: string) => string;
    readonly groupCount: (n: string) => string;
    readonly cell: string;
    readonly value: string;
    readonly fix: string;
    readonly fixProposal: string;
    readonly fixOne: string;
    readonly fixOneHint: (cell: string) => string;
    readonly fixAll: (n: string) => string;
    readonly fixAllHint: (rule: string) => string;
    readonly fixed: string;
    readonly selectHint: (cell: string) => string;
    readonly showMore: (n: string) => string;
    readonly listLabel: (rule: string) => string;
  };

  readonly fixes: {
    readonly written: (sheet: string, n: string) => string;
    readonly note: string;
  };

  readonly totals: {
    readonly heading: string;
    readonly none: string;
    readonly column: (letter: string, header: string) => string;
    readonly grandTotal: string;
    readonly bySection: string;
    readonly byLead: string;
    readonly section: string;
    readonly lead: string;
    readonly amount: string;
    readonly noSection: string;
    readonly noLead: string;
    readonly showAllLeads: (n: string) => string;
    readonly declaredHeading: string;
    readonly declaredNone: string;
    readonly cell: string;
    readonly declared: string;
    readonly computed: string;
    readonly difference: string;
    readonly result: string;
    readonly match: string;
    readonly mismatch: string;
    readonly notDeclared: string;
    readonly unitNote: (unit: string) => string;
  };

  readonly chart: {
    readonly heading: string;
    readonly groupBy: string;
    readonly byLead: string;
    readonly bySection: string;
    readonly columnPicker: string;
    readonly allColumns: string;
    /** The chart's accessible name and <title>. */
    readonly title: (group: string, column: string) => string;
    /** Spoken summary of the bars, in order. */
    readonly description: (bars: readonly { label: string; value: string }[]) => string;
    readonly others: (n: string) => string;
    readonly empty: string;
  };

  readonly columns: {
    readonly heading: string;
    readonly intro: string;
    readonly column: string;
    readonly header: string;
    readonly role: string;
    readonly auto: (detected: string) => string;
    readonly autoNone: string;
    readonly ignore: string;
    readonly roleLabel: (letter: string) => string;
    readonly reset: string;
    readonly saved: string;
    readonly overridden: string;
  };

  readonly export: {
    readonly heading: string;
    readonly cleanedHeading: string;
    readonly cleanedIntro: string;
    readonly cleanedSheet: string;
    readonly cleanedWorkbook: string;
    readonly cleanedWorkbookUnsupported: string;
    readonly cleanedDownload: string;
    readonly cleanedDone: (sheet: string) => string;
    readonly cleanedWorkbookDone: string;
    readonly cleanedDownloaded: (file: string) => string;
    readonly reportHeading: string;
    readonly reportIntro: string;
    readonly reportJson: string;
    readonly reportHtml: string;
    readonly reportToSheet: string;
    readonly reportDownloaded: (file: string) => string;
    readonly reportWritten: (sheet: string) => string;
    readonly noDownloads: string;
    readonly needValidation: string;
  };

  readonly errors: {
    readonly title: string;
    readonly dismiss: string;
    readonly noTable: string;
    readonly noTableNext: string;
    readonly sheetNotFound: string;
    readonly tooLarge: string;
    readonly apiMissing: string;
    readonly busy: string;
    readonly generic: string;
    readonly next: string;
    readonly settingsNotSaved: string;
    readonly details: string;
    readonly outsideOffice: string;
  };

  /** The standalone page around the pane (src/standalone/). */
  readonly standalone: {
    readonly title: string;
    readonly intro: string;
    readonly openFile: string;
    readonly openDemo: string;
    readonly loading: (file: string) => string;
    readonly loaded: (file: string, sheets: number) => string;
    readonly privacy: string;
    readonly emptyWorkbook: string;
    readonly sheetTabs: string;
    readonly gridLabel: (sheet: string) => string;
    readonly readError: (file: string) => string;
    readonly readErrorNext: string;
    readonly demoError: string;
    readonly paneLabel: string;
  };

  readonly severity: Readonly<Record<Severity, string>>;
  readonly severityPlural: Readonly<Record<Severity, string>>;
  readonly ruleTitles: Readonly<Record<RuleId, string>>;
  readonly roles: Readonly<Record<ColumnRole, string>>;
}

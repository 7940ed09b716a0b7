/**
 * The pane's state and every way it can change, as a pure reducer: components dispatch or call
 * the actions in usePane.ts, and tests drive this file without React or a DOM.
 */
import type { ColumnOverrides, Lang } from '../../engine/options';
import type { ColumnRole, Finding, RuleId, Severity, SheetReport } from '../../engine/report';
import type { ProgressInfo, ThemeName, ValidationRun } from '../services';

export const TABS = ['summary', 'findings', 'totals', 'columns', 'export'] as const;
export type Tab = (typeof TABS)[number];

export type TaskKind = 'validate' | 'clear' | 'cleaned' | 'fix' | 'report';

export interface Task {
  readonly kind: TaskKind;
  readonly progress: ProgressInfo | null;
}

export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

/** What a MessageBar says: what happened, and for errors what to do next. */
export interface Notice {
  readonly intent: NoticeIntent;
  readonly title?: string;
  readonly body: string;
  readonly next?: string;
  /** The underlying error text, shown under "Details" for support. */
  readonly detail?: string;
}

export interface Filters {
  /** Severities shown; all three by default. */
  readonly severities: readonly Severity[];
  /** One rule, or null for every rule. */
  readonly rule: RuleId | null;
}

export interface PaneState {
  readonly ready: boolean;
  readonly lang: Lang;
  /** True once the user picked a language in the pane (then it no longer follows Office). */
  readonly langChosen: boolean;
  readonly theme: ThemeName;
  /** The as-of date the user picked; null = today. */
  readonly asOf: string | null;
  readonly today: string;
  readonly columnOverrides: Readonly<Record<string, ColumnOverrides>>;
  readonly tab: Tab;
  readonly task: Task | null;
  readonly run: ValidationRun | null;
  /** Which table of the validated sheet is shown: 0 = first, 1… = moreTables. */
  readonly tableIndex: number;
  readonly filters: Filters;
  /** Keys (findingKey) of findings whose fix went into the cleaned copy. */
  readonly fixed: ReadonlySet<string>;
  readonly notice: Notice | null;
}

export type Action =
  | { type: 'ready'; lang: Lang | null; asOf: string | null; columnOverrides: Readonly<Record<string, ColumnOverrides>> }
  | { type: 'setLang'; lang: Lang }
  | { type: 'setTheme'; theme: ThemeName }
  | { type: 'setAsOf'; asOf: string | null }
  | { type: 'setTab'; tab: Tab }
  | { type: 'taskStart'; kind: TaskKind }
  | { type: 'taskProgress'; progress: ProgressInfo }
  | { type: 'taskEnd' }
  | { type: 'validated'; run: ValidationRun }
  | { type: 'cleared' }
  | { type: 'setTable'; index: number }
  | { type: 'setFilters'; filters: Partial<Filters> }
  | { type: 'fixed'; keys: readonly string[] }
  | { type: 'setOverride'; sheet: string; letter: string; role: ColumnRole | 'ignore' | null }
  | { type: 'resetOverrides'; sheet: string }
  | { type: 'notice'; notice: Notice | null };

export const ALL_SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function initialState(lang: Lang, theme: ThemeName, today: string): PaneState {
  return {
    ready: false,
    lang,
    langChosen: false,
    theme,
    asOf: null,
    today,
    columnOverrides: {},
    tab: 'summary',
    task: null,
    run: null,
    tableIndex: 0,
    filters: { severities: ALL_SEVERITIES, rule: null },
    fixed: new Set(),
    notice: null,
  };
}

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'ready':
      return {
        ...state,
        ready: true,
        lang: action.lang ?? state.lang,
        langChosen: action.lang !== null,
        asOf: action.asOf,
        columnOverrides: action.columnOverrides,
      };
    case 'setLang':
      return { ...state, lang: action.lang, langChosen: true };
    case 'setTheme':
      return { ...state, theme: action.theme };
    case 'setAsOf':
      return { ...state, asOf: action.asOf };
    case 'setTab':
      return { ...state, tab: action.tab };
    case 'taskStart':
      return { ...state, task: { kind: action.kind, progress: null }, notice: null };
    case 'taskProgress':
      return state.task ? { ...state, task: { ...state.task, progress: action.progress } } : state;
    case 'taskEnd':
      return { ...state, task: null };
    case 'validated': {
      // A rule filter for a rule that no longer has findings would show an empty list.
      const sheet = validatedSheet(action.run);
      const rules = new Set((sheet ? sheetBlocksOf(sheet) : []).flatMap((s) => s.findings.map((f) => f.rule)));
      const rule = state.filters.rule && rules.has(state.filters.rule) ? state.filters.rule : null;
      const tables = sheet ? sheetBlocksOf(sheet).length : 1;
      return {
        ...state,
        run: action.run,
        tableIndex: Math.min(state.tableIndex, tables - 1),
        filters: { ...state.filters, rule },
        // Fixes were applied to the previous findings; a new run starts a new cleaned copy.
        fixed: new Set(),
      };
    }
    case 'cleared':
      return state.run ? { ...state, run: { ...state.run, marks: 0 } } : state;
    case 'setTable':
      return { ...state, tableIndex: action.index };
    case 'setFilters':
      return { ...state, filters: { ...state.filters, ...action.filters } };
    case 'fixed': {
      const fixed = new Set(state.fixed);
      for (const k of action.keys) fixed.add(k);
      return { ...state, fixed };
    }
    case 'setOverride': {
      const current = { ...(state.columnOverrides[action.sheet] ?? {}) };
      if (action.role === null) delete current[action.letter];
      else current[action.letter] = action.role;
      const all = { ...state.columnOverrides };
      if (Object.keys(current).length === 0) delete all[action.sheet];
      else all[action.sheet] = current;
      return { ...state, columnOverrides: all };
    }
    case 'resetOverrides': {
      const all = { ...state.columnOverrides };
      delete all[action.sheet];
      return { ...state, columnOverrides: all };
    }
    case 'notice':
      return { ...state, notice: action.notice };
  }
}

/** The effective as-of date: the one picked, else today. */
export function effectiveAsOf(state: Pick<PaneState, 'asOf' | 'today'>): string {
  return state.asOf ?? state.today;
}

/** The validated sheet's report, if the run has it. */
export function validatedSheet(run: ValidationRun | null): SheetReport | null {
  if (!run) return null;
  return run.report.sheets.find((s) => s.sheet === run.sheet) ?? run.report.sheets[0] ?? null;
}

/** The sheet's first table and any further ones found below it, in reading order. */
export function sheetBlocksOf(sheet: SheetReport): SheetReport[] {
  return [sheet, ...(sheet.moreTables ?? [])];
}

/** The table shown: the chosen one of the validated sheet. */
export function currentTable(state: Pick<PaneState, 'run' | 'tableIndex'>): SheetReport | null {
  const sheet = validatedSheet(state.run);
  if (!sheet) return null;
  const blocks = sheetBlocksOf(sheet);
  return blocks[Math.min(state.tableIndex, blocks.length - 1)] ?? null;
}

/** A finding's identity within one run: its rule and cell (a rule reports a cell once). */
export function findingKey(f: Pick<Finding, 'rule' | 'cell'>): string {
  return `${f.rule}@${f.cell}`;
}

export interface FindingGroup {
  readonly rule: RuleId;
  /** The group's severity (a rule has one). */
  readonly severity: Severity;
  readonly findings: readonly Finding[];
  /** How many of them carry a fix that has not been applied yet. */
  readonly fixable: number;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Findings that pass the filters, grouped by rule: errors' groups first, then bigger groups;
 * inside a group, sheet order (row, then the column letters).
 */
export function groupByRule(findings: readonly Finding[], filters: Filters, fixed: ReadonlySet<string>): FindingGroup[] {
  const groups = new Map<RuleId, Finding[]>();
  for (const f of findings) {
    if (!filters.severities.includes(f.severity)) continue;
    if (filters.rule !== null && f.rule !== filters.rule) continue;
    let list = groups.get(f.rule);
    if (!list) groups.set(f.rule, (list = []));
    list.push(f);
  }
  const out: FindingGroup[] = [];
  for (const [rule, list] of groups) {
    list.sort((a, b) => a.row - b.row || compareCells(a.cell, b.cell));
    out.push({
      rule,
      severity: list[0].severity,
      findings: list,
      fixable: list.filter((f) => f.fix !== null && !fixed.has(findingKey(f))).length,
    });
  }
  return out.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.findings.length - a.findings.length || (a.rule < b.rule ? -1 : 1),
  );
}

function columnPart(cell: string): string {
  return /^[A-Z]+/i.exec(cell)?.[0].toUpperCase() ?? '';
}

function compareCells(a: string, b: string): number {
  const ca = columnPart(a);
  const cb = columnPart(b);
  return ca.length - cb.length || (ca < cb ? -1 : ca > cb ? 1 : 0);
}

/** Counts of findings per rule over a table (for the rule filter's options). */
export function ruleCounts(findings: readonly Finding[]): Map<RuleId, number> {
  const m = new Map<RuleId, number>();
  for (const f of findings) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return m;
}

/**
 * The pane's store hook: state from the reducer plus the actions that talk to the host. Every
 * long operation gets an AbortController (Cancel), progress reports and one place that turns
 * failures into a readable notice, so components stay declarative.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Lang } from '../../engine/options';
import { todayIso } from '../../engine/options';
import type { ColumnRole, Finding, RuleId, SheetReport } from '../../engine/report';
import { renderHtml } from '../../engine/render/html';
import { safeFileName } from '../download';
import { fmtCount } from '../format';
import { MESSAGES, langFromDisplayLanguage, type PaneMessages } from '../i18n';
import { isAbortError, type PaneServices, type ProgressInfo, type ValidationRun } from '../services';
import { noticeFromError } from './errors';
import {
  type Action,
  type Filters,
  type PaneState,
  type Tab,
  type TaskKind,
  currentTable,
  effectiveAsOf,
  findingKey,
  initialState,
  reducer,
  validatedSheet,
} from './store';

export interface PaneActions {
  validate(rerun?: boolean): Promise<void>;
  cancel(): void;
  clearHighlights(): Promise<void>;
  selectFinding(f: Finding): Promise<void>;
  fix(findings: readonly Finding[]): Promise<void>;
  fixAll(rule: RuleId): Promise<void>;
  writeCleaned(target: 'sheet' | 'workbook'): Promise<void>;
  downloadCleaned(): Promise<void>;
  exportReport(format: 'json' | 'html'): Promise<void>;
  setAsOf(iso: string | null): Promise<void>;
  setOverride(letter: string, role: ColumnRole | 'ignore' | null): Promise<void>;
  resetOverrides(): Promise<void>;
  setLang(lang: Lang): void;
  setTab(tab: Tab): void;
  setTable(index: number): void;
  setFilters(filters: Partial<Filters>): void;
  dismissNotice(): void;
}

export interface Pane {
  readonly state: PaneState;
  readonly messages: PaneMessages;
  readonly actions: PaneActions;
}

/** Everything in the run the pane reads must be JSON (the ribbon hands runs over untyped). */
export function isValidationRun(v: unknown): v is ValidationRun {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<ValidationRun>;
  return typeof r.sheet === 'string' && typeof r.report === 'object' && r.report !== null && Array.isArray(r.report.sheets);
}

/** The cell to select when re-activating a validated sheet: the table's first header cell. */
function anchorCell(table: SheetReport | null): string {
  const info = table?.table;
  if (!info) return 'A1';
  const stt = info.columns.stt;
  const letter = typeof stt === 'string' ? stt : 'A';
  return `${letter}${info.headerRows[0] ?? info.firstRow}`;
}

export function usePane(services: PaneServices, now: () => Date = () => new Date()): Pane {
  const [state, rawDispatch] = useReducer(
    reducer,
    undefined,
    () => initialState(langFromDisplayLanguage(services.displayLanguage), services.theme(), todayIso(now())),
  );
  // Async actions read the latest state through this ref, not a stale closure. dispatch also
  // advances the ref at once, so an action can read what it just changed before React renders.
  const stateRef = useRef(state);
  stateRef.current = state;
  const dispatch = useCallback((action: Action) => {
    stateRef.current = reducer(stateRef.current, action);
    rawDispatch(action);
  }, []);
  const controller = useRef<AbortController | null>(null);
  const messages = MESSAGES[state.lang];
  const messagesRef = useRef(messages);
  messagesRef.current = messages;

  useEffect(() => {
    let live = true;
    services.loadSettings().then(
      (s) => {
        if (!live) return;
        dispatch({ type: 'ready', lang: s.lang, asOf: s.asOf, columnOverrides: s.columnOverrides });
        if (s.lang) services.onLangChange?.(s.lang);
        if (s.notice) dispatch({ type: 'notice', notice: { intent: 'warning', body: s.notice } });
      },
      // Unreadable settings are not worth stopping for: start with the defaults.
      () => live && dispatch({ type: 'ready', lang: null, asOf: null, columnOverrides: {} }),
    );
    const offTheme = services.onThemeChange?.((theme) => dispatch({ type: 'setTheme', theme }));
    const offRun = services.onExternalRun?.((run) => {
      if (isValidationRun(run)) dispatch({ type: 'validated', run });
    });
    return () => {
      live = false;
      offTheme?.();
      offRun?.();
    };
  }, [services, dispatch]);

  /** Runs one host operation as the pane's current task; false when it did not finish. */
  const runTask = useCallback(
    async (kind: TaskKind, body: (signal: AbortSignal, onProgress: (p: ProgressInfo) => void) => Promise<void>): Promise<boolean> => {
      if (stateRef.current.task) return false;
      const ctl = new AbortController();
      controller.current = ctl;
      dispatch({ type: 'taskStart', kind });
      try {
        await body(ctl.signal, (progress) => {
          if (!ctl.signal.aborted) dispatch({ type: 'taskProgress', progress });
        });
        return true;
      } catch (err) {
        const m = messagesRef.current;
        if (ctl.signal.aborted || isAbortError(err)) dispatch({ type: 'notice', notice: { intent: 'info', body: m.progress.cancelled } });
        else {
          console.error('Appendix Checker:', err);
          dispatch({ type: 'notice', notice: noticeFromError(err, m) });
        }
        return false;
      } finally {
        controller.current = null;
        dispatch({ type: 'taskEnd' });
      }
    },
    [dispatch],
  );

  const saveSettings = useCallback(
    async (patch: Parameters<PaneServices['saveSettings']>[0]) => {
      try {
        await services.saveSettings(patch);
      } catch (err) {
        console.warn('Appendix Checker: settings not saved', err);
        dispatch({ type: 'notice', notice: { intent: 'warning', body: messagesRef.current.errors.settingsNotSaved } });
      }
    },
    [services, dispatch],
  );

  /** rerun: validate the sheet of the current results again (a setting changed). */
  const validate = useCallback(async (rerun = false) => {
    await runTask('validate', async (signal, onProgress) => {
      const s = stateRef.current;
      const target = rerun && s.run ? { sheet: s.run.sheet, anchor: anchorCell(currentTable(s)) } : {};
      const run = await services.validate({
        ...target,
        asOf: effectiveAsOf(s),
        lang: s.lang,
        columnOverrides: s.columnOverrides,
        signal,
        onProgress,
      });
      dispatch({ type: 'validated', run });
      if (run.notice) dispatch({ type: 'notice', notice: { intent: 'warning', body: run.notice } });
    });
  }, [runTask, services, dispatch]);

  const writeCleanedWith = useCallback(
    async (kind: TaskKind, fixes: readonly Finding[], target: 'sheet' | 'workbook'): Promise<void> => {
      const s = stateRef.current;
      if (!s.run) return;
      const run = s.run;
      const table = currentTable(s);
      const accepted = table ? table.findings.filter((f) => s.fixed.has(findingKey(f))) : [];
      const all = [...accepted, ...fixes.filter((f) => !s.fixed.has(findingKey(f)))];
      await runTask(kind, async (signal, onProgress) => {
        const result = await services.writeCleanedCopy({
          sheet: run.sheet,
          asOf: effectiveAsOf(s),
          lang: s.lang,
          columnOverrides: s.columnOverrides,
          fixes: all,
          target,
          signal,
          onProgress,
        });
        const m = messagesRef.current;
        if (fixes.length > 0) dispatch({ type: 'fixed', keys: fixes.map(findingKey) });
        const body =
          target === 'workbook'
            ? m.export.cleanedWorkbookDone
            : fixes.length > 0 || all.length > 0
              ? m.fixes.written(result.sheetName ?? '', fmtCount(m.lang, result.applied ?? all.length))
              : m.export.cleanedDone(result.sheetName ?? '');
        dispatch({ type: 'notice', notice: { intent: 'success', body } });
      });
    },
    [runTask, services, dispatch],
  );

  const actions = useMemo<PaneActions>(
    () => ({
      validate,
      cancel: () => controller.current?.abort(),
      clearHighlights: async () => {
        await runTask('clear', async () => {
          await services.clearHighlights();
          dispatch({ type: 'cleared' });
        });
      },
      selectFinding: async (f) => {
        const run = stateRef.current.run;
        if (!run) return;
        try {
          await services.selectCell(run.sheet, f.cell);
        } catch (err) {
          dispatch({ type: 'notice', notice: noticeFromError(err, messagesRef.current) });
        }
      },
      fix: (findings) => writeCleanedWith('fix', findings.filter((f) => f.fix !== null), 'sheet'),
      fixAll: (rule) => {
        const table = currentTable(stateRef.current);
        const list = table ? table.findings.filter((f) => f.rule === rule && f.fix !== null) : [];
        return writeCleanedWith('fix', list, 'sheet');
      },
      writeCleaned: (target) => writeCleanedWith('cleaned', [], target),
      downloadCleaned: async () => {
        const s = stateRef.current;
        if (!s.run || !services.downloadCleanedWorkbook) return;
        const run = s.run;
        await runTask('cleaned', async (signal, onProgress) => {
          // The download is built from the cleaned sheet, so write (or refresh) it first.
          const table = currentTable(s);
          const fixes = table ? table.findings.filter((f) => s.fixed.has(findingKey(f))) : [];
          const written = await services.writeCleanedCopy({
            sheet: run.sheet,
            asOf: effectiveAsOf(s),
            lang: s.lang,
            columnOverrides: s.columnOverrides,
            fixes,
            target: 'sheet',
            signal,
            onProgress,
          });
          if (!written.sheetName || !services.downloadCleanedWorkbook) return;
          const { fileName } = await services.downloadCleanedWorkbook(written.sheetName);
          dispatch({ type: 'notice', notice: { intent: 'success', body: messagesRef.current.export.cleanedDownloaded(fileName) } });
        });
      },
      exportReport: async (format) => {
        const s = stateRef.current;
        if (!s.run) return;
        const run = s.run;
        await runTask('report', async () => {
          const m = messagesRef.current;
          if (!services.canDownload) {
            const { sheetName } = await services.writeReportSheet(run.report, s.lang);
            dispatch({ type: 'notice', notice: { intent: 'success', body: m.export.reportWritten(sheetName) } });
            return;
          }
          const base = `${run.sheet} - ${format === 'json' ? 'report' : m.appTitle}`;
          const fileName = safeFileName(base, format);
          const blob =
            format === 'json'
              ? new Blob([`${JSON.stringify(run.report, null, 2)}\n`], { type: 'application/json' })
              : new Blob([renderHtml(run.report, s.lang)], { type: 'text/html;charset=utf-8' });
          services.download(fileName, blob);
          dispatch({ type: 'notice', notice: { intent: 'success', body: m.export.reportDownloaded(fileName) } });
        });
      },
      setAsOf: async (iso) => {
        dispatch({ type: 'setAsOf', asOf: iso });
        await saveSettings({ asOf: iso });
        if (stateRef.current.run) await validate(true);
      },
      setOverride: async (letter, role) => {
        const sheet = stateRef.current.run?.sheet;
        if (!sheet) return;
        dispatch({ type: 'setOverride', sheet, letter, role });
        await saveSettings({ columnOverrides: stateRef.current.columnOverrides });
        await validate(true);
      },
      resetOverrides: async () => {
        const sheet = stateRef.current.run?.sheet;
        if (!sheet) return;
        dispatch({ type: 'resetOverrides', sheet });
        await saveSettings({ columnOverrides: stateRef.current.columnOverrides });
        await validate(true);
      },
      setLang: (lang) => {
        dispatch({ type: 'setLang', lang });
        services.onLangChange?.(lang);
        void saveSettings({ lang });
      },
      setTab: (tab) => dispatch({ type: 'setTab', tab }),
      setTable: (index) => dispatch({ type: 'setTable', index }),
      setFilters: (filters) => dispatch({ type: 'setFilters', filters }),
      dismissNotice: () => dispatch({ type: 'notice', notice: null }),
    }),
    [runTask, saveSettings, services, validate, writeCleanedWith, dispatch],
  );

  return { state, messages, actions };
}

export { validatedSheet, currentTable };
export type { Action };

/**
 * The task pane: header with the language switch, the main actions, progress and messages,
 * then the results in tabs (summary, findings, totals, columns, export). All state lives in
 * usePane; all host calls go through the PaneServices port.
 */
import {
  FluentProvider,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../engine/report';
import type { PaneServices } from '../services';
import { type Tab as TabName, ALL_SEVERITIES, TABS, currentTable, effectiveAsOf, findingKey, sheetBlocksOf, validatedSheet } from '../state/store';
import { usePane } from '../state/usePane';
import { ColumnsEditor } from './ColumnsEditor';
import { ExportPanel } from './ExportPanel';
import { FindingsList } from './FindingsList';
import { HighlightLegend } from './HighlightLegend';
import { LanguageSwitch } from './LanguageSwitch';
import { NoticeBar } from './NoticeBar';
import { ProgressOverlay } from './ProgressOverlay';
import { Summary, type CountTarget } from './Summary';
import { Toolbar } from './Toolbar';
import { TotalsView } from './TotalsView';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalS },
  start: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

export const PANE_INTERACTIVE_MARK = 'appendix-checker:pane-interactive';

export interface TaskPaneProps {
  readonly services: PaneServices;
}

export function TaskPane({ services }: TaskPaneProps): JSX.Element {
  const { state, messages, actions } = usePane(services);
  const styles = useStyles();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [idle, setIdle] = useState(false);
  const lang = state.lang;
  const busy = state.task !== null;
  const sheet = validatedSheet(state.run);
  const table = currentTable(state);
  const blocks = sheet ? sheetBlocksOf(sheet) : [];

  // <html lang> follows the pane language, so screen readers pronounce it right.
  useEffect(() => {
    document.documentElement.lang = messages.htmlLang;
  }, [messages.htmlLang]);

  // "Interactive" for the bench and the browser tests: settings read, first render committed
  // and the main thread idle once.
  useEffect(() => {
    // A performance mark the bench reads (time from navigation start to an interactive pane).
    if (idle) performance.mark?.(PANE_INTERACTIVE_MARK);
  }, [idle]);
  useEffect(() => {
    if (!state.ready || idle) return undefined;
    const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
    if (w.requestIdleCallback) {
      w.requestIdleCallback(() => setIdle(true), { timeout: 500 });
      return undefined;
    }
    const t = setTimeout(() => setIdle(true), 0);
    return () => clearTimeout(t);
  }, [state.ready, idle]);

  const onSelect = useCallback(
    (f: Finding) => {
      setSelectedKey(findingKey(f));
      void actions.selectFinding(f);
    },
    [actions],
  );
  const onFix = useCallback((f: Finding) => void actions.fix([f]), [actions]);
  const onOpenCount = useCallback(
    (target: CountTarget) => {
      if ('severity' in target) actions.setFilters({ severities: [target.severity], rule: null });
      else actions.setFilters({ severities: ALL_SEVERITIES, rule: target.rule });
      actions.setTab('findings');
    },
    [actions],
  );

  const panel = (tab: TabName): JSX.Element | null => {
    if (!state.run || !sheet || !table) return null;
    switch (tab) {
      case 'summary':
        return (
          <>
            <Summary
              table={table}
              tableCount={blocks.length}
              tableIndex={state.tableIndex}
              tableRanges={blocks.map((b) => ({ first: b.table?.firstRow ?? 0, last: b.table?.lastRow ?? 0 }))}
              marks={state.run.marks}
              asOf={effectiveAsOf(state)}
              lang={lang}
              messages={messages}
              onOpenCount={onOpenCount}
              onPickTable={actions.setTable}
            />
            <HighlightLegend messages={messages} />
          </>
        );
      case 'findings':
        return (
          <FindingsList
            findings={table.findings}
            filters={state.filters}
            fixed={state.fixed}
            selectedKey={selectedKey}
            busy={busy}
            lang={lang}
            messages={messages}
            onFilters={actions.setFilters}
            onSelect={onSelect}
            onFix={onFix}
            onFixAll={(rule) => void actions.fixAll(rule)}
          />
        );
      case 'totals':
        return <TotalsView table={table} lang={lang} messages={messages} />;
      case 'columns':
        return (
          <ColumnsEditor
            table={table.table}
            headers={state.run.headers ?? {}}
            overrides={state.columnOverrides[state.run.sheet] ?? {}}
            busy={busy}
            messages={messages}
            onChange={(letter, role) => void actions.setOverride(letter, role)}
            onReset={() => void actions.resetOverrides()}
          />
        );
      case 'export':
        return (
          <ExportPanel
            hasRun
            busy={busy}
            canCreateWorkbook={services.canCreateWorkbook}
            canDownload={services.canDownload}
            canDownloadCleaned={services.downloadCleanedWorkbook !== undefined}
            messages={messages}
            onCleanedSheet={() => void actions.writeCleaned('sheet')}
            onCleanedWorkbook={() => void actions.writeCleaned('workbook')}
            onCleanedDownload={() => void actions.downloadCleaned()}
            onReport={(format) => void actions.exportReport(format)}
          />
        );
    }
  };

  return (
    <FluentProvider
      theme={state.theme === 'dark' ? webDarkTheme : webLightTheme}
      className={styles.root}
      lang={messages.htmlLang}
      data-testid="pane"
      data-theme={state.theme}
      data-lang={lang}
      data-busy={busy ? 'true' : 'false'}
      data-pane-ready={state.ready && idle ? 'true' : 'false'}
    >
      <header className={styles.header}>
        <h1 className={styles.title}>{messages.appTitle}</h1>
        <LanguageSwitch messages={messages} onSwitch={actions.setLang} />
      </header>
      <Toolbar
        asOf={state.asOf}
        today={state.today}
        hasRun={state.run !== null}
        busy={busy || !state.ready}
        lang={lang}
        messages={messages}
        onAsOf={actions.setAsOf}
        onValidate={() => void actions.validate()}
        onClear={() => void actions.clearHighlights()}
      />
      <ProgressOverlay task={state.task} lang={lang} messages={messages} onCancel={actions.cancel} />
      <NoticeBar notice={state.notice} messages={messages} onDismiss={actions.dismissNotice} />
      {state.run ? (
        <>
          <TabList
            className={styles.tabs}
            selectedValue={state.tab}
            onTabSelect={(_, d) => actions.setTab(d.value as TabName)}
            aria-label={messages.tabs.label}
            size="small"
          >
            {TABS.map((t) => (
              <Tab key={t} value={t} id={`pane-tab-${t}`} aria-controls={t === state.tab ? `pane-panel-${t}` : undefined} data-testid={`tab-${t}`}>
                {messages.tabs[t]}
              </Tab>
            ))}
          </TabList>
          <div
            className={styles.panel}
            role="tabpanel"
            id={`pane-panel-${state.tab}`}
            aria-labelledby={`pane-tab-${state.tab}`}
            data-testid={`panel-${state.tab}`}
          >
            {panel(state.tab)}
          </div>
        </>
      ) : (
        <section className={styles.start} aria-labelledby="start-heading">
          <h2 className={styles.heading} id="start-heading">{messages.start.title}</h2>
          <Text>{messages.start.body}</Text>
          <HighlightLegend messages={messages} />
        </section>
      )}
    </FluentProvider>
  );
}

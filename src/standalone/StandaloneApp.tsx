/**
 * The standalone checker: the real task pane beside a grid view of a workbook held in the
 * in-browser Excel simulator. The pane runs the real src/excel/ adapter against it, so
 * everything but Excel itself is the code that runs in Excel.
 */
import { FluentProvider, MessageBar, MessageBarBody, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../engine/options';
import type { Host } from '../excel/host';
import { createSimWorkbook, type SimSheetInit, type SimWorkbook } from '../office-sim';
import { TaskPane } from '../taskpane/components/TaskPane';
import { downloadBlob, safeFileName } from '../taskpane/download';
import { excelServices } from '../taskpane/excel-services';
import { selectCellIn } from '../taskpane/excel-ops';
import { MESSAGES, langFromDisplayLanguage } from '../taskpane/i18n';
import type { PaneServices, ThemeName } from '../taskpane/services';
import { onSystemThemeChange, systemTheme } from '../taskpane/theme';
import { GridView } from './GridView';
import { activeFormats, parseRect, readRows, structureFromInit, structureFromSnapshot, type SheetStructure } from './grid-data';
import { SheetTabs } from './SheetTabs';
import { browserSimHost } from './sim-host';
import { WorkbookBar } from './WorkbookBar';
import { readXlsx } from './xlsx-read';
import { sheetsToXlsx } from './xlsx-write';

export const DEMO_URL = 'demo/phu-luc-demo.xlsx';

const useStyles = makeStyles({
  root: {
    height: '100%',
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(320px, 420px)',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  bar: { gridColumn: '1 / span 2' },
  sheet: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0 },
  gridBox: { flexGrow: 1, minHeight: 0 },
  pane: {
    minHeight: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

interface Book {
  readonly id: number;
  /** Sheet structures known without asking the simulator (those read from the file). */
  readonly structures: Map<string, SheetStructure>;
  readonly sim: SimWorkbook;
  readonly host: Host;
  readonly services: PaneServices;
  readonly fileName: string | null;
}

let nextBookId = 1;

function initialLang(): Lang {
  const param = new URLSearchParams(window.location.search).get('lang');
  return param === 'en' || param === 'vi' ? param : 'vi';
}

export function StandaloneApp(): JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [theme, setTheme] = useState<ThemeName>(() => systemTheme(window));
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ body: string; next?: string } | null>(null);
  const [loading, setLoading] = useState(false);
  const m = MESSAGES[lang];
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => onSystemThemeChange(window, setTheme), []);

  const makeBook = useCallback((sheets: SimSheetInit[], fileName: string | null): Book => {
    const sim = createSimWorkbook({ sheets, displayLanguage: langRef.current === 'en' ? 'en-US' : 'vi-VN' });
    // Redraw the grid after each Excel.run, once per frame at most.
    let pending = false;
    const changed = (): void => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        setVersion((v) => v + 1);
      });
    };
    const host = browserSimHost(sim, changed);
    const services = excelServices(host, {
      displayLanguage: sim.host.office.context.displayLanguage,
      theme: () => systemTheme(window),
      onThemeChange: (l) => onSystemThemeChange(window, l),
      canDownload: true,
      download: (name, blob) => downloadBlob(document, name, blob),
      downloadCleanedWorkbook: async (sheetName) => {
        const snapshot = sim.snapshot({ sheets: [sheetName] });
        const blob = await sheetsToXlsx(snapshot.sheets);
        const name = safeFileName(sheetName, 'xlsx');
        downloadBlob(document, name, blob);
        return { fileName: name };
      },
      onLangChange: setLang,
    });
    return { id: nextBookId++, structures: new Map(sheets.map((s) => [s.name, structureFromInit(s)])), sim, host, services, fileName };
  }, []);

  const [book, setBook] = useState<Book>(() => makeBook([{ name: 'Sheet1', cells: [] }], null));

  const open = useCallback(
    async (name: string, load: () => Promise<ArrayBuffer>, failure: () => { body: string; next?: string }) => {
      setLoading(true);
      setError(null);
      setStatus(MESSAGES[langRef.current].standalone.loading(name));
      try {
        const sheets = await readXlsx(await load());
        setBook(makeBook(sheets, name));
        setStatus(MESSAGES[langRef.current].standalone.loaded(name, sheets.length));
      } catch (err) {
        console.error('Appendix Checker: could not open', name, err);
        setError(failure());
        setStatus('');
      } finally {
        setLoading(false);
      }
    },
    [makeBook],
  );

  const openFile = useCallback(
    (file: File) => {
      const s = MESSAGES[langRef.current].standalone;
      void open(file.name, () => file.arrayBuffer(), () => ({ body: s.readError(file.name), next: s.readErrorNext }));
    },
    [open],
  );

  const openDemo = useCallback(() => {
    const s = MESSAGES[langRef.current].standalone;
    const name = DEMO_URL.split('/').pop() ?? DEMO_URL;
    void open(
      name,
      async () => {
        // Same origin only (connect-src 'self'): the demo ships with the page.
        const res = await fetch(DEMO_URL, { credentials: 'same-origin' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.arrayBuffer();
      },
      () => ({ body: s.demoError }),
    );
  }, [open]);

  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('demo') === '1') openDemo();
  }, [openDemo]);

  useEffect(() => {
    document.documentElement.lang = m.htmlLang;
    document.title = m.standalone.title;
  }, [m]);

  const view = useMemo(() => {
    const sim = book.sim;
    const sheets = sim.sheetNames();
    const active = sim.activeSheet() ?? sheets[0];
    // The add-in never resizes an existing sheet; a sheet it creates is measured once.
    for (const known of [...book.structures.keys()]) if (!sheets.includes(known)) book.structures.delete(known);
    let structure = book.structures.get(active);
    if (!structure) {
      structure = structureFromSnapshot(sim.snapshot({ sheets: [active] }).sheets[0]);
      book.structures.set(active, structure);
    }
    const formats = activeFormats(sim.conditionalFormats(active));
    const selection = sim.selection();
    const s = structure;
    return {
      sheets,
      active,
      structure: s,
      read: (first: number, last: number) => readRows(sim, s, formats, first, last),
      selection: selection && selection.sheet === active ? parseRect(selection.address) : null,
    };
    // `version` changes after every Excel.run: that is when the workbook may have changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [book, version]);

  const pickSheet = useCallback(
    (sheet: string) => {
      // Clicking a tab in Excel activates that sheet; the pane then validates it.
      void selectCellIn(book.host, sheet, 'A1');
    },
    [book],
  );

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.root}>
      <div className={styles.bar}>
        <WorkbookBar messages={m} status={status} busy={loading} onFile={openFile} onDemo={openDemo} />
        {error ? (
          <MessageBar intent="error" layout="multiline" data-testid="standalone-error">
            <MessageBarBody>
              {error.body} {error.next ?? ''}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <main className={styles.sheet} aria-label={m.standalone.gridLabel(view.active)}>
        <div className={styles.gridBox}>
          <GridView data={view.structure} readRows={view.read} version={version} selection={view.selection} label={m.standalone.gridLabel(view.active)} />
        </div>
        <SheetTabs sheets={view.sheets} active={view.active} label={m.standalone.sheetTabs} onSelect={pickSheet} />
      </main>
      <aside className={styles.pane} aria-label={m.standalone.paneLabel} data-testid="pane-host">
        <TaskPane key={book.id} services={book.services} />
      </aside>
    </FluentProvider>
  );
}

import * as fs from 'fs';
import * as path from 'path';
import type { SheetReport } from '../../src/engine/report';
import {
  CommandDeps,
  CommandEvent,
  CommandUi,
  createCommandHandlers,
  summarizeOutcome,
  ValidationOutcome,
} from '../../src/commands/actions';
import { MESSAGES, pickLang } from '../../src/commands/messages';
import { OfficeLike, officeCommandUi, openDialog } from '../../src/commands/office-ui';
import { LAST_RUN_EVENT } from '../../src/commands/pane-channel';
import {
  decodeSummary,
  describeError,
  encodeSummary,
  MAX_ENCODED_LENGTH,
  summaryUrl,
  summaryView,
  SummaryData,
  ValidateSummary,
} from '../../src/commands/summary-data';

// ---------------------------------------------------------------------------------------------
// Fixtures

function sheetReport(overrides: Partial<SheetReport> = {}): SheetReport {
  return {
    sheet: 'PL1',
    table: {
      headerRows: [5, 6],
      firstRow: 7,
      lastRow: 40,
      unit: 'triệu đồng',
      columns: { stt: 'A', task: 'B', budget: ['H', 'I'] },
      headers: { H: 'Kinh phí / NSTW', I: 'Kinh phí / NSĐP' },
    },
    items: [],
    findings: [],
    totals: {
      budget: {
        H: { sum: 1234567.5, bySection: {}, byLead: {} },
        I: { sum: 250, bySection: {}, byLead: {} },
      },
      declared: [],
    },
    counts: { items: 30, overdue: 4, unassigned: 2, errors: 7, warnings: 3, infos: 1 },
    ...overrides,
  };
}

function outcome(overrides: Partial<ValidationOutcome> = {}): ValidationOutcome {
  return { report: { sheets: [sheetReport()] }, sheet: 'PL1', marks: 12, ...overrides };
}

interface FakeUi extends CommandUi {
  readonly dialogs: SummaryData[];
}

function fakeUi(opts: { pane?: boolean; dialogFails?: boolean } = {}): FakeUi {
  const dialogs: SummaryData[] = [];
  return {
    dialogs,
    showInPane: async () => opts.pane ?? false,
    showDialog: async (data) => {
      dialogs.push(data);
      if (opts.dialogFails) throw new Error('dialog already open (12007)');
    },
  };
}

function deps(overrides: Partial<CommandDeps> = {}): CommandDeps & { logged: unknown[] } {
  const logged: unknown[] = [];
  return {
    lang: 'vi',
    runValidation: async () => outcome(),
    runClearHighlights: async () => 5,
    runExportCleaned: async () => ({ sheetName: 'PL1 (sạch)' }),
    ui: fakeUi(),
    log: (_message, err) => logged.push(err),
    logged,
    ...overrides,
  };
}

function event(): CommandEvent & { calls: number } {
  const e = {
    calls: 0,
    completed() {
      e.calls++;
    },
  };
  return e;
}

// ---------------------------------------------------------------------------------------------
// Handlers

describe('command handlers', () => {
  test.each(['validate', 'clearHighlights', 'exportCleaned'] as const)('%s completes once on success', async (name) => {
    const d = deps();
    const e = event();
    await createCommandHandlers(d)[name](e);
    expect(e.calls).toBe(1);
    expect(d.logged).toEqual([]);
  });

  test.each(['validate', 'clearHighlights', 'exportCleaned'] as const)(
    '%s completes and shows the error when the Excel operation fails',
    async (name) => {
      const boom = Object.assign(new Error('The requested resource doesn’t exist.'), { code: 'ItemNotFound' });
      const ui = fakeUi();
      const d = deps({
        ui,
        runValidation: () => Promise.reject(boom),
        runClearHighlights: () => Promise.reject(boom),
        runExportCleaned: () => Promise.reject(boom),
      });
      const e = event();
      await createCommandHandlers(d)[name](e);
      expect(e.calls).toBe(1);
      expect(d.logged).toEqual([boom]);
      expect(ui.dialogs).toEqual([
        { kind: 'error', lang: 'vi', command: name, message: 'ItemNotFound: The requested resource doesn’t exist.' },
      ]);
    },
  );

  test('completes even when the error cannot be shown, and logs both errors', async () => {
    const boom = new Error('sync failed');
    const d = deps({ ui: fakeUi({ dialogFails: true }), runValidation: () => Promise.reject(boom) });
    const e = event();
    await createCommandHandlers(d).validate(e);
    expect(e.calls).toBe(1);
    expect(d.logged).toHaveLength(2);
    expect(d.logged[0]).toBe(boom);
    expect(String(d.logged[1])).toContain('12007');
  });

  test('a failure to show the result is itself shown as an error', async () => {
    let attempts = 0;
    const ui: CommandUi = {
      showInPane: async () => false,
      showDialog: async (data) => {
        attempts++;
        if (data.kind !== 'error') throw new Error('cannot open dialog');
      },
    };
    const d = deps({ ui });
    const e = event();
    await createCommandHandlers(d).exportCleaned(e);
    expect(attempts).toBe(2);
    expect(e.calls).toBe(1);
    expect(d.logged).toHaveLength(1);
  });

  test('validate shows the pane instead of the dialog when the runtime allows', async () => {
    const ui = fakeUi({ pane: true });
    const e = event();
    await createCommandHandlers(deps({ ui })).validate(e);
    expect(ui.dialogs).toEqual([]);
    expect(e.calls).toBe(1);
  });

  test('validate shows the summary of the validated sheet in the dialog', async () => {
    const ui = fakeUi();
    await createCommandHandlers(deps({ ui, lang: 'en' })).validate(event());
    expect(ui.dialogs).toHaveLength(1);
    const data = ui.dialogs[0] as ValidateSummary;
    expect(data).toMatchObject({
      kind: 'validate',
      lang: 'en',
      sheet: 'PL1',
      found: true,
      counts: { items: 30, errors: 7, warnings: 3, overdue: 4, unassigned: 2 },
      marks: 12,
      unit: 'triệu đồng',
      budget: [
        { label: 'Kinh phí / NSTW', sum: 1234567.5 },
        { label: 'Kinh phí / NSĐP', sum: 250 },
      ],
      moreBudget: 0,
    });
  });

  test('clear and export report what they did', async () => {
    const ui = fakeUi();
    const handlers = createCommandHandlers(deps({ ui }));
    await handlers.clearHighlights(event());
    await handlers.exportCleaned(event());
    expect(ui.dialogs).toEqual([
      { kind: 'cleared', lang: 'vi', count: 5 },
      { kind: 'exported', lang: 'vi', sheet: 'PL1 (sạch)', newWorkbook: false },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Summary contents

describe('validation summary', () => {
  test('adds up further tables on the sheet and counts marks given as a list', () => {
    const second = sheetReport({
      counts: { items: 5, overdue: 1, unassigned: 1, errors: 1, warnings: 0, infos: 0 },
      totals: { budget: { H: { sum: 100, bySection: {}, byLead: {} } }, declared: [] },
    });
    const s = summarizeOutcome(outcome({ report: { sheets: [sheetReport({ moreTables: [second] })] }, marks: [1, 2, 3] }), 'vi');
    expect(s.counts).toEqual({ items: 35, errors: 8, warnings: 3, overdue: 5, unassigned: 3 });
    expect(s.budget[0]).toEqual({ label: 'Kinh phí / NSTW', sum: 1234667.5 });
    expect(s.marks).toBe(3);
  });

  test('picks the validated sheet, not the first one', () => {
    const other = sheetReport({ sheet: 'PL2', counts: { items: 1, overdue: 0, unassigned: 0, errors: 0, warnings: 0, infos: 0 } });
    const s = summarizeOutcome(outcome({ report: { sheets: [sheetReport(), other] }, sheet: 'PL2' }), 'vi');
    expect(s.sheet).toBe('PL2');
    expect(s.counts.items).toBe(1);
  });

  test('says so when no table was found', () => {
    const s = summarizeOutcome(outcome({ report: { sheets: [sheetReport({ table: null, reason: 'no header' })] } }), 'vi');
    expect(s.found).toBe(false);
    const view = summaryView(s);
    expect(view.notes).toEqual([MESSAGES.vi.noTable]);
  });

  test('the Vietnamese view shows counts and budget totals with Vietnamese number format', () => {
    const view = summaryView(summarizeOutcome(outcome({ notice: 'Chỉ tô sáng 5000 ô đầu tiên.' }), 'vi'));
    expect(view.title).toBe('Kết quả kiểm tra phụ lục');
    expect(view.rows).toEqual([
      ['Trang tính', 'PL1'],
      ['Số nhiệm vụ', '30'],
      ['Lỗi', '7'],
      ['Cảnh báo', '3'],
      ['Quá hạn', '4'],
      ['Chưa có đơn vị chủ trì', '2'],
      ['Ô đã tô sáng', '12'],
    ]);
    expect(view.budgetTitle).toBe('Tổng kinh phí');
    expect(view.budgetRows).toEqual([
      ['Kinh phí / NSTW', '1.234.567,5'],
      ['Kinh phí / NSĐP', '250'],
    ]);
    expect(view.notes).toEqual(['Đơn vị tính: triệu đồng', 'Chỉ tô sáng 5000 ô đầu tiên.', MESSAGES.vi.openPaneHint]);
  });

  test('the English view uses English labels and number format', () => {
    const view = summaryView(summarizeOutcome(outcome(), 'en'));
    expect(view.rows[2]).toEqual(['Errors', '7']);
    expect(view.budgetRows[0]).toEqual(['Kinh phí / NSTW', '1,234,567.5']);
    expect(view.close).toBe('Close');
  });

  test('error, cleared and exported views', () => {
    const err = summaryView({ kind: 'error', lang: 'en', command: 'exportCleaned', message: 'boom' });
    expect(err.title).toBe('Could not export the cleaned copy');
    expect(err.detail).toBe('boom');
    expect(summaryView({ kind: 'cleared', lang: 'vi', count: 0 }).notes).toEqual(['Không có tô sáng nào cần xóa.']);
    expect(summaryView({ kind: 'exported', lang: 'vi', sheet: 'Sạch', newWorkbook: false }).notes[0]).toContain('“Sạch”');
    expect(summaryView({ kind: 'exported', lang: 'en', sheet: 'Sạch', newWorkbook: true }).notes[0]).toContain('new workbook');
    expect(summaryView(null, 'en').title).toBe(MESSAGES.en.unreadable);
  });

  test('describeError handles non-Error values', () => {
    expect(describeError('plain')).toBe('plain');
    expect(describeError({ code: 'GeneralException' })).toBe('{"code":"GeneralException"}');
    expect(describeError(new Error('x'.repeat(1000))).length).toBeLessThanOrEqual(400);
  });
});

// ---------------------------------------------------------------------------------------------
// Transport through the dialog URL

describe('summary URL', () => {
  test('round-trips through the query string', () => {
    const data = summarizeOutcome(outcome({ notice: 'Ghi chú' }), 'vi');
    const url = summaryUrl('https://localhost:3000/commands.html', data);
    expect(url.startsWith('https://localhost:3000/summary.html?data=')).toBe(true);
    expect(decodeSummary(new URL(url).search)).toEqual(data);
  });

  test('shrinks to fit: fewer budget lines, never more than the limit', () => {
    const budget: Record<string, { sum: number; bySection: Record<string, number>; byLead: Record<string, number> }> = {};
    const headers: Record<string, string> = {};
    for (const col of ['H', 'I', 'J', 'K', 'L', 'M', 'N', 'O']) {
      budget[col] = { sum: 1e9, bySection: {}, byLead: {} };
      headers[col] = `Nguồn vốn ngân sách địa phương – cột ${col} – giai đoạn 2026–2030`;
    }
    const base = sheetReport();
    const big = sheetReport({ table: { ...base.table!, headers }, totals: { budget, declared: [] } });
    const data = summarizeOutcome(outcome({ report: { sheets: [big] } }), 'vi');
    expect(data.budget).toHaveLength(6);
    expect(data.moreBudget).toBe(2);
    expect(encodeSummary(data).length).toBeLessThanOrEqual(MAX_ENCODED_LENGTH);
    expect(data.budget[0].label.length).toBeLessThanOrEqual(40);

    // Labels that slipped past the clipping (e.g. an older sender) still fit, by dropping lines.
    const long = { ...data, budget: data.budget.map((b) => ({ ...b, label: `${b.label} ${'đồng '.repeat(30)}` })) };
    const encoded = encodeSummary(long);
    expect(encoded.length).toBeLessThanOrEqual(MAX_ENCODED_LENGTH);
    const back = decodeSummary(`?data=${encoded}`) as ValidateSummary;
    expect(back.budget.length + back.moreBudget).toBe(8);
    expect(back.budget.length).toBeLessThan(6);
  });

  test('long error messages are cut to fit', () => {
    const encoded = encodeSummary({ kind: 'error', lang: 'vi', command: 'validate', message: 'Lỗi đồng bộ '.repeat(200) });
    expect(encoded.length).toBeLessThanOrEqual(MAX_ENCODED_LENGTH);
  });

  test('rejects what it did not write', () => {
    expect(decodeSummary('')).toBeNull();
    expect(decodeSummary('?data=%7Bnot json')).toBeNull();
    expect(decodeSummary(`?data=${encodeURIComponent('{"kind":"validate","lang":"vi"}')}`)).toBeNull();
    expect(decodeSummary(`?data=${encodeURIComponent('{"kind":"cleared","lang":"fr","count":1}')}`)).toBeNull();
    expect(decodeSummary(`?data=${encodeURIComponent('{"kind":"cleared","lang":"vi","count":-1}')}`)).toBeNull();
    expect(decodeSummary(`?data=${encodeURIComponent('{"kind":"error","lang":"vi","command":"rm","message":"x"}')}`)).toBeNull();
  });

  test('markup in the data stays text', () => {
    const data: SummaryData = { kind: 'exported', lang: 'en', sheet: '<img src=x onerror=alert(1)>', newWorkbook: false };
    const back = decodeSummary(`?data=${encodeSummary(data)}`);
    expect(summaryView(back).notes[0]).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('language', () => {
  test.each([
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['vi-VN', 'vi'],
    ['fr-FR', 'vi'],
    [undefined, 'vi'],
  ] as const)('%s → %s', (display, lang) => {
    expect(pickLang(display)).toBe(lang);
  });
});

// ---------------------------------------------------------------------------------------------
// Office-backed UI, against a fake Office

type DialogHandler = (arg: { message: string; origin: string | undefined } | { error: number }) => void;

function fakeOffice(opts: { sharedRuntime?: boolean; paneFails?: boolean; dialogFails?: boolean } = {}) {
  const handlers = new Map<string, DialogHandler>();
  const calls = { urls: [] as string[], closed: 0, pane: 0 };
  const office = {
    context: {
      requirements: { isSetSupported: (name: string) => name === 'SharedRuntime' && !!opts.sharedRuntime },
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (r: unknown) => void) {
          calls.urls.push(url);
          if (opts.dialogFails) {
            callback({ status: 'failed', error: { code: 12007, message: 'A dialog is already open.' } });
            return;
          }
          const dialog = {
            addEventHandler: (type: string, h: DialogHandler) => handlers.set(type, h),
            close: () => calls.closed++,
          };
          callback({ status: 'succeeded', value: dialog });
        },
      },
    },
    addin: {
      showAsTaskpane: () => {
        calls.pane++;
        return opts.paneFails ? Promise.reject(new Error('not a shared runtime')) : Promise.resolve();
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  } as unknown as OfficeLike;
  return { office, handlers, calls };
}

function fakeWindow(): Window & { events: string[] } {
  const events: string[] = [];
  return { events, dispatchEvent: (e: Event) => events.push(e.type) > 0 } as unknown as Window & { events: string[] };
}

describe('officeCommandUi', () => {
  const page = 'https://localhost:3000/commands.html';

  test('no shared runtime API: no pane', async () => {
    const { office, calls } = fakeOffice();
    const ui = officeCommandUi(office, { pageUrl: page, win: fakeWindow() });
    await expect(ui.showInPane(outcome())).resolves.toBe(false);
    expect(calls.pane).toBe(0);
  });

  test('shared runtime: publishes the run and opens the pane', async () => {
    const { office, calls } = fakeOffice({ sharedRuntime: true });
    const win = fakeWindow();
    const ui = officeCommandUi(office, { pageUrl: page, win });
    await expect(ui.showInPane(outcome())).resolves.toBe(true);
    expect(calls.pane).toBe(1);
    expect(win.events).toEqual([LAST_RUN_EVENT]);
  });

  test('API present but this add-in has no shared runtime: falls back', async () => {
    const { office } = fakeOffice({ sharedRuntime: true, paneFails: true });
    const warnings: unknown[] = [];
    const ui = officeCommandUi(office, { pageUrl: page, win: fakeWindow(), warn: (_m, e) => warnings.push(e) });
    await expect(ui.showInPane(outcome())).resolves.toBe(false);
    expect(warnings).toHaveLength(1);
  });

  test('the dialog opens summary.html and resolves when the user closes it', async () => {
    const { office, handlers, calls } = fakeOffice();
    const ui = officeCommandUi(office, { pageUrl: page, win: fakeWindow() });
    let resolved = false;
    const shown = ui.showDialog({ kind: 'cleared', lang: 'vi', count: 2 }).then(() => (resolved = true));
    await Promise.resolve();
    expect(calls.urls[0]).toMatch(/^https:\/\/localhost:3000\/summary\.html\?data=/);
    expect(resolved).toBe(false);
    handlers.get('dialogEventReceived')?.({ error: 12006 });
    await shown;
    expect(resolved).toBe(true);
  });

  test('the dialog’s own Close button closes it', async () => {
    const { office, handlers, calls } = fakeOffice();
    const shown = openDialog(office, 'https://localhost:3000/summary.html', 60_000);
    handlers.get('dialogMessageReceived')?.({ message: 'close', origin: undefined });
    await shown;
    expect(calls.closed).toBe(1);
  });

  test('waiting for the dialog is given up after a while', async () => {
    const { office } = fakeOffice();
    await expect(openDialog(office, 'https://localhost:3000/summary.html', 5)).resolves.toBeUndefined();
  });

  test('a dialog that cannot open is an error', async () => {
    const { office } = fakeOffice({ dialogFails: true });
    await expect(openDialog(office, 'https://localhost:3000/summary.html', 1000)).rejects.toThrow('12007');
  });
});

// ---------------------------------------------------------------------------------------------
// Static guard: data reaches the pages as text only.

test('no HTML sinks in src/commands or src/fallback', () => {
  const root = path.join(__dirname, '..', '..', 'src');
  for (const dir of ['commands', 'fallback']) {
    for (const file of fs.readdirSync(path.join(root, dir))) {
      if (!/\.(ts|js)$/.test(file)) continue;
      const src = fs.readFileSync(path.join(root, dir, file), 'utf8');
      expect({ file, sinks: src.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/g) }).toEqual({ file, sinks: null });
    }
  }
});

/** The pane's reducer and selectors, without React. */
import type { Finding, Report } from '../../src/engine';
import {
  ALL_SEVERITIES,
  currentTable,
  effectiveAsOf,
  findingKey,
  groupByRule,
  initialState,
  reducer,
  ruleCounts,
  type PaneState,
} from '../../src/taskpane/state/store';
import type { ValidationRun } from '../../src/taskpane/services';

function finding(rule: Finding['rule'], severity: Finding['severity'], cell: string, fix: Finding['fix'] = null): Finding {
  return { rule, severity, cell, row: Number(/\d+/.exec(cell)![0]), message: `${rule} at ${cell}`, value: 'v', fix };
}

const FINDINGS: Finding[] = [
  finding('text.whitespace', 'info', 'B9', 'x'),
  finding('deadline.overdue', 'error', 'F12'),
  finding('deadline.overdue', 'error', 'F9'),
  finding('budget.text-number', 'warning', 'AA9', 385000),
  finding('budget.text-number', 'warning', 'G9', 900),
  finding('owner.missing', 'error', 'D20'),
];

function run(findings: Finding[] = FINDINGS, more = 0): ValidationRun {
  const sheet = {
    sheet: 'Phụ lục III',
    table: { headerRows: [6, 7], firstRow: 8, lastRow: 70, unit: 'million VND', columns: { stt: 'A', task: 'B' } },
    items: [],
    findings,
    totals: { budget: {}, declared: [] },
    counts: { items: 57, overdue: 2, unassigned: 1, errors: 3, warnings: 2, infos: 1 },
  };
  const moreTables = Array.from({ length: more }, (_, i) => ({ ...sheet, findings: [], table: { ...sheet.table, firstRow: 100 + i } }));
  const report: Report = { tool: { name: 'appendix-check', version: 't' }, asOf: '2025-06-30', sheets: [{ ...sheet, ...(more ? { moreTables } : {}) }] };
  return { report, sheet: 'Phụ lục III', marks: 4 };
}

const base = (): PaneState => initialState('vi', 'light', '2026-01-15');

describe('pane store', () => {
  it('starts on today, in the display language, not ready', () => {
    const s = base();
    expect(s.ready).toBe(false);
    expect(effectiveAsOf(s)).toBe('2026-01-15');
    const ready = reducer(s, { type: 'ready', lang: 'en', asOf: '2025-06-30', columnOverrides: {} });
    expect(ready.lang).toBe('en');
    expect(ready.langChosen).toBe(true);
    expect(effectiveAsOf(ready)).toBe('2025-06-30');
  });

  it('groups findings by rule: errors first, then bigger groups; sheet order inside', () => {
    const groups = groupByRule(FINDINGS, { severities: ALL_SEVERITIES, rule: null }, new Set());
    expect(groups.map((g) => g.rule)).toEqual(['deadline.overdue', 'owner.missing', 'budget.text-number', 'text.whitespace']);
    expect(groups[0].findings.map((f) => f.cell)).toEqual(['F9', 'F12']);
    // G before AA on the same row.
    expect(groups[2].findings.map((f) => f.cell)).toEqual(['G9', 'AA9']);
    expect(groups[2].fixable).toBe(2);
  });

  it('filters by severity and by rule, and counts what is left to fix', () => {
    expect(groupByRule(FINDINGS, { severities: ['warning'], rule: null }, new Set()).map((g) => g.rule)).toEqual(['budget.text-number']);
    expect(groupByRule(FINDINGS, { severities: ALL_SEVERITIES, rule: 'owner.missing' }, new Set()).map((g) => g.rule)).toEqual(['owner.missing']);
    const fixed = new Set([findingKey(FINDINGS[4])]);
    expect(groupByRule(FINDINGS, { severities: ALL_SEVERITIES, rule: 'budget.text-number' }, fixed)[0].fixable).toBe(1);
    expect(ruleCounts(FINDINGS).get('deadline.overdue')).toBe(2);
  });

  it('a new run forgets applied fixes and a filter for a rule that is gone', () => {
    let s = reducer(base(), { type: 'validated', run: run() });
    s = reducer(s, { type: 'setFilters', filters: { rule: 'owner.missing' } });
    s = reducer(s, { type: 'fixed', keys: [findingKey(FINDINGS[0])] });
    expect(s.fixed.size).toBe(1);
    s = reducer(s, { type: 'validated', run: run(FINDINGS.filter((f) => f.rule !== 'owner.missing')) });
    expect(s.fixed.size).toBe(0);
    expect(s.filters.rule).toBeNull();
  });

  it('keeps column overrides per sheet and drops empty ones', () => {
    let s = reducer(base(), { type: 'setOverride', sheet: 'A', letter: 'D', role: 'lead' });
    s = reducer(s, { type: 'setOverride', sheet: 'A', letter: 'G', role: 'ignore' });
    expect(s.columnOverrides).toEqual({ A: { D: 'lead', G: 'ignore' } });
    s = reducer(s, { type: 'setOverride', sheet: 'A', letter: 'D', role: null });
    expect(s.columnOverrides).toEqual({ A: { G: 'ignore' } });
    s = reducer(s, { type: 'resetOverrides', sheet: 'A' });
    expect(s.columnOverrides).toEqual({});
  });

  it('shows the chosen table of a sheet with several, and clamps the choice on a new run', () => {
    let s = reducer(base(), { type: 'validated', run: run(FINDINGS, 2) });
    s = reducer(s, { type: 'setTable', index: 2 });
    expect(currentTable(s)?.table?.firstRow).toBe(101);
    s = reducer(s, { type: 'validated', run: run(FINDINGS, 0) });
    expect(s.tableIndex).toBe(0);
    expect(currentTable(s)?.table?.firstRow).toBe(8);
  });

  it('tracks one task at a time with its progress, and clears the notice when one starts', () => {
    let s = reducer(base(), { type: 'notice', notice: { intent: 'error', body: 'x' } });
    s = reducer(s, { type: 'taskStart', kind: 'validate' });
    expect(s.notice).toBeNull();
    s = reducer(s, { type: 'taskProgress', progress: { phase: 'reading', fraction: 0.5 } });
    expect(s.task?.progress?.fraction).toBe(0.5);
    s = reducer(s, { type: 'taskEnd' });
    expect(s.task).toBeNull();
  });
});

/** src/engine/highlights.ts: which cells get which mark, and how runs are merged. */
import { coalesce, planMarks, type Mark } from '../../src/engine/highlights';
import type { Finding, SheetReport } from '../../src/engine/report';

function finding(rule: Finding['rule'], severity: Finding['severity'], cell: string): Finding {
  return { rule, severity, cell, row: Number(cell.replace(/\D/g, '')), message: '', value: null, fix: null };
}

function report(findings: Finding[], more: Finding[][] = []): SheetReport {
  const base = {
    table: null,
    items: [],
    totals: { budget: {}, declared: [] },
    counts: { items: 0, overdue: 0, unassigned: 0, errors: 0, warnings: 0, infos: 0 },
  };
  return { sheet: 'S', ...base, findings, ...(more.length ? { moreTables: more.map((f) => ({ sheet: 'S', ...base, findings: f })) } : {}) };
}

describe('planMarks', () => {
  it('marks overdue deadlines, missing leads and other errors and warnings; not infos', () => {
    const marks = planMarks(
      report([
        finding('deadline.overdue', 'error', 'F9'),
        finding('owner.missing', 'error', 'D12'),
        finding('budget.text-number', 'warning', 'H10'),
        finding('total.mismatch', 'error', 'I70'),
        finding('text.whitespace', 'info', 'B9'),
        finding('numbering.gap', 'info', 'A14'),
      ]),
    );
    expect(marks).toEqual([
      { kind: 'unassigned', address: 'D12' },
      { kind: 'overdue', address: 'F9' },
      { kind: 'finding', address: 'H10' },
      { kind: 'finding', address: 'I70' },
    ]);
  });

  it('gives a cell with several findings its most urgent mark, whatever the order', () => {
    const a = finding('deadline.unparsed', 'warning', 'F9');
    const b = finding('deadline.overdue', 'error', 'F9');
    expect(planMarks(report([a, b]))).toEqual([{ kind: 'overdue', address: 'F9' }]);
    expect(planMarks(report([b, a]))).toEqual([{ kind: 'overdue', address: 'F9' }]);
  });

  it('includes the findings of further tables on the sheet', () => {
    expect(planMarks(report([finding('owner.missing', 'error', 'D5')], [[finding('owner.missing', 'error', 'D40')]]))).toEqual([
      { kind: 'unassigned', address: 'D5' },
      { kind: 'unassigned', address: 'D40' },
    ]);
  });

  it('sorts columns as Excel orders them (Z before AA)', () => {
    const marks = planMarks(report([finding('owner.missing', 'error', 'AA3'), finding('owner.missing', 'error', 'Z3'), finding('owner.missing', 'error', 'B30'), finding('owner.missing', 'error', 'B4')]));
    expect(marks.map((m) => m.address)).toEqual(['B4', 'B30', 'Z3', 'AA3']);
  });
});

describe('coalesce', () => {
  it('merges consecutive rows of one kind in one column', () => {
    const marks: Mark[] = ['F9', 'F10', 'F11', 'F13', 'G10', 'F40'].map((address) => ({ kind: 'overdue', address }));
    expect(coalesce(marks)).toEqual([
      { kind: 'overdue', address: 'F9:F11' },
      { kind: 'overdue', address: 'F13' },
      { kind: 'overdue', address: 'F40' },
      { kind: 'overdue', address: 'G10' },
    ]);
  });

  it('keeps kinds apart even on adjacent cells, and drops duplicates', () => {
    const marks: Mark[] = [
      { kind: 'overdue', address: 'F9' },
      { kind: 'finding', address: 'F10' },
      { kind: 'overdue', address: 'F11' },
      { kind: 'overdue', address: 'F9' },
    ];
    expect(coalesce(marks)).toEqual([
      { kind: 'overdue', address: 'F9' },
      { kind: 'overdue', address: 'F11' },
      { kind: 'finding', address: 'F10' },
    ]);
  });

  it('covers exactly the cells it was given', () => {
    // Every row 1..200 of column C marked when row % 3 !== 0, of column D when row % 5 === 0.
    const cells: Mark[] = [];
    for (let r = 1; r <= 200; r++) {
      if (r % 3 !== 0) cells.push({ kind: 'finding', address: `C${r}` });
      if (r % 5 === 0) cells.push({ kind: 'finding', address: `D${r}` });
    }
    const expand = (m: Mark): string[] => {
      const [a, b = a] = m.address.split(':');
      const col = a.replace(/\d/g, '');
      const out: string[] = [];
      for (let r = Number(a.replace(/\D/g, '')); r <= Number(b.replace(/\D/g, '')); r++) out.push(`${col}${r}`);
      return out;
    };
    const runs = coalesce(cells);
    expect(runs.flatMap(expand).sort()).toEqual(cells.map((m) => m.address).sort());
    expect(runs.length).toBe(67 + 40);
  });
});

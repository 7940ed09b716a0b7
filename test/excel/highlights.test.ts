/**
 * src/excel/highlights.ts against the simulator: highlights never change the user's cells or
 * conditional formats, are removed exactly (also after save/close/reopen), replace rather than
 * stack, and a failed write leaves nothing of itself.
 */
import fc from 'fast-check';
import { columnLetter } from '../../src/engine/grid';
import { coalesce, MARK_KINDS, type Mark } from '../../src/engine/highlights';
import { detectCapabilities } from '../../src/excel/capabilities';
import { clearHighlights, markerFormula, MARK_FILL, parseMarker, scanMarks, writeHighlights } from '../../src/excel/highlights';
import { createSimWorkbook, type SimCellSpec, type SimConditionalFormatSpec, type SimWorkbook } from '../../src/office-sim';
import { API_VERSIONS } from './helpers';

const SHEET = 'Phụ lục III';
const ROWS = 30;
const COLS = 8;

function ours(sim: SimWorkbook, sheet = SHEET) {
  return sim.conditionalFormats(sheet).filter((cf) => cf.formula !== null && parseMarker(cf.formula) !== null);
}

function write(sim: SimWorkbook, marks: readonly Mark[], sheet = SHEET, runId?: string) {
  return sim.excel.run((ctx) => writeHighlights(ctx, sheet, coalesce(marks), { capabilities: detectCapabilities(sim.office), runId }));
}

function clear(sim: SimWorkbook) {
  return sim.excel.run((ctx) => clearHighlights(ctx, detectCapabilities(sim.office)));
}

const color = fc.constantFrom('#FF0000', '#00B050', '#FFFF00', '#DDEBF7', '#FFC7CE');
const cellSpec: fc.Arbitrary<SimCellSpec> = fc.record(
  {
    value: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null)),
    numberFormat: fc.constantFrom('General', '0%', 'dd/mm/yyyy', '#,##0'),
    fill: color,
    font: fc.record({ name: fc.constantFrom('Times New Roman', '.VnTime', 'Arial'), color, bold: fc.boolean() }, { requiredKeys: [] }),
    borders: fc.record({ EdgeTop: fc.record({ style: fc.constantFrom('Continuous', 'Dash'), color }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
const area = fc
  .record({ r: fc.nat(ROWS - 1), c: fc.nat(COLS - 1), h: fc.integer({ min: 1, max: 8 }), w: fc.integer({ min: 1, max: 3 }) })
  .map(({ r, c, h, w }) => `${columnLetter(c)}${r + 1}:${columnLetter(Math.min(COLS - 1, c + w - 1))}${Math.min(ROWS, r + h)}`);
const userFormat: fc.Arbitrary<SimConditionalFormatSpec> = fc.oneof(
  fc.record({ range: area, formula: fc.constantFrom('=A1>5', '=ISBLANK(B2)', '=TRUE', '=ISTEXT("user")'), fill: color }),
  fc.record({ range: area, type: fc.constantFrom('DataBar' as const, 'CellValue' as const, 'ColorScale' as const) }),
);
const mark: fc.Arbitrary<Mark> = fc
  .record({ kind: fc.constantFrom(...MARK_KINDS), r: fc.nat(ROWS - 1), c: fc.nat(COLS - 1) })
  .map(({ kind, r, c }) => ({ kind, address: `${columnLetter(c)}${r + 1}` }));
const scenario = fc.record({
  cells: fc.array(fc.record({ r: fc.nat(ROWS - 1), c: fc.nat(COLS - 1), spec: cellSpec }), { maxLength: 60 }),
  userFormats: fc.array(userFormat, { maxLength: 6 }),
  marks: fc.array(mark, { minLength: 1, maxLength: 40 }),
  runs: fc.integer({ min: 1, max: 3 }),
  reloadBeforeClear: fc.boolean(),
});

function workbookFor(version: string, s: { cells: Array<{ r: number; c: number; spec: SimCellSpec }>; userFormats: SimConditionalFormatSpec[] }) {
  const grid: Array<Array<SimCellSpec | null>> = Array.from({ length: ROWS }, () => new Array<SimCellSpec | null>(COLS).fill(null));
  for (const { r, c, spec } of s.cells) grid[r][c] = spec;
  return createSimWorkbook({
    requirementSets: version,
    sheets: [
      { name: SHEET, cells: grid, conditionalFormats: s.userFormats, merges: ['A1:C1'], columnWidths: { B: 120 } },
      { name: 'Ghi chú', cells: [['khác']], conditionalFormats: [{ range: 'A1:A5', formula: '=A1<>""', fill: '#00B050' }] },
    ],
  });
}

describe.each(API_VERSIONS)('highlights at ExcelApi %s', (version) => {
  const modern = version !== '1.7';

  it('write, (re)write, (reload), clear: every cell, format and user conditional format is as before', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const sim = workbookFor(version, s);
        const before = sim.snapshot();
        let formats = 0;
        for (let i = 0; i < s.runs; i++) formats = (await write(sim, s.marks)).formats;
        expect(ours(sim)).toHaveLength(formats);
        expect(formats).toBeGreaterThan(0);
        // Only our formats were added; the user's are all there, in their order.
        const theirs = sim.conditionalFormats(SHEET).filter((cf) => cf.formula === null || parseMarker(cf.formula) === null);
        expect(theirs).toEqual(before.sheets[0].conditionalFormats);
        if (s.reloadBeforeClear) sim.reload();
        expect(await clear(sim)).toBe(formats);
        expect(sim.snapshot()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it('paints each kind with its colour over exactly the marked cells', async () => {
    const sim = workbookFor(version, { cells: [], userFormats: [] });
    const marks: Mark[] = [
      { kind: 'overdue', address: 'F9' },
      { kind: 'overdue', address: 'F10' },
      { kind: 'overdue', address: 'F12' },
      { kind: 'unassigned', address: 'D9' },
      { kind: 'finding', address: 'H3' },
    ];
    const result = await write(sim, marks, SHEET, 'run1');
    const formats = ours(sim);
    expect(result).toEqual({ formats: modern ? 3 : 4, marks: 4, removed: 0, omitted: 0 });
    const covered = formats.map((cf) => ({ kind: parseMarker(cf.formula ?? '')?.kind, fill: cf.fill, areas: cf.areas }));
    const expected = modern
      ? [
          { kind: 'finding', fill: MARK_FILL.finding, areas: ['H3'] },
          { kind: 'unassigned', fill: MARK_FILL.unassigned, areas: ['D9'] },
          { kind: 'overdue', fill: MARK_FILL.overdue, areas: ['F9:F10', 'F12'] },
        ]
      : [
          { kind: 'finding', fill: MARK_FILL.finding, areas: ['H3'] },
          { kind: 'unassigned', fill: MARK_FILL.unassigned, areas: ['D9'] },
          { kind: 'overdue', fill: MARK_FILL.overdue, areas: ['F12'] },
          { kind: 'overdue', fill: MARK_FILL.overdue, areas: ['F9:F10'] },
        ];
    expect(covered).toEqual(expected);
    expect(formats[0].formula).toBe(markerFormula('finding', 'run1'));
  });

  it('validating twice replaces the marks instead of stacking them', async () => {
    const sim = workbookFor(version, { cells: [], userFormats: [{ range: 'A1:H30', formula: '=MOD(ROW(),2)=0', fill: '#DDEBF7' }] });
    const marks: Mark[] = Array.from({ length: 30 }, (_, i) => ({ kind: MARK_KINDS[i % 3], address: `${columnLetter(i % COLS)}${i + 1}` }));
    const first = await write(sim, marks);
    const afterOne = sim.snapshot();
    const second = await write(sim, marks);
    expect(second.removed).toBe(first.formats);
    expect(ours(sim)).toHaveLength(first.formats);
    const strip = (cfs: typeof afterOne.sheets[0]['conditionalFormats']) => cfs.map((cf) => ({ ...cf, formula: cf.formula?.replace(/:[a-z0-9]+"\)$/, '")') }));
    expect(strip(sim.snapshot().sheets[0].conditionalFormats)).toEqual(strip(afterOne.sheets[0].conditionalFormats));
  });

  it('a write whose sync fails leaves no highlight of that run, and the previous ones in place', async () => {
    const sim = workbookFor(version, { cells: [], userFormats: [{ range: 'B2:B9', formula: '=B2>0', fill: '#00B050' }] });
    await write(sim, [{ kind: 'overdue', address: 'F9' }], SHEET, 'old');
    const before = sim.snapshot();
    sim.failSync({ when: (labels) => labels.some((l) => l === 'ConditionalFormatCollection.add'), afterOperations: 6 });
    const marks: Mark[] = Array.from({ length: 12 }, (_, i) => ({ kind: 'finding', address: `${columnLetter(i % COLS)}${2 * i + 1}` }));
    await expect(write(sim, marks, SHEET, 'new')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(sim.snapshot()).toEqual(before);
    expect(ours(sim).map((cf) => parseMarker(cf.formula ?? '')?.runId)).toEqual(['old']);
  });

  it('cleans up after a failed write on a host that keeps the calls before the failure', async () => {
    const sim = createSimWorkbook({ requirementSets: version, failedBatch: 'keep-applied', sheets: [{ name: SHEET, cells: [['x']], conditionalFormats: [{ range: 'B2:B9', formula: '=B2>0', fill: '#00B050' }] }] });
    await write(sim, [{ kind: 'overdue', address: 'F9' }], SHEET, 'old');
    sim.failSync({ when: (labels) => labels.some((l) => l === 'ConditionalFormatCollection.add'), afterOperations: 12 });
    const marks: Mark[] = Array.from({ length: 12 }, (_, i) => ({ kind: 'finding', address: `${columnLetter(i % COLS)}${2 * i + 1}` }));
    await expect(write(sim, marks, SHEET, 'new')).rejects.toMatchObject({ code: 'GeneralException' });
    // The old run's format was deleted by the calls that ran; none of the new run's is left.
    expect(ours(sim)).toEqual([]);
    expect(sim.conditionalFormats(SHEET)).toEqual([{ type: 'Custom', formula: '=B2>0', fill: '#00B050', fontColor: null, areas: ['B2:B9'] }]);
  });

  it('clear removes ours from every sheet and nothing else', async () => {
    const sim = workbookFor(version, { cells: [], userFormats: [{ range: 'C3:C9', type: 'DataBar' }] });
    const before = sim.snapshot();
    await write(sim, [{ kind: 'overdue', address: 'F9' }, { kind: 'finding', address: 'B2' }]);
    await write(sim, [{ kind: 'unassigned', address: 'A1' }], 'Ghi chú');
    const written = ours(sim).length + ours(sim, 'Ghi chú').length;
    expect(await clear(sim)).toBe(written);
    expect(sim.snapshot()).toEqual(before);
    expect(await clear(sim)).toBe(0);
  });

  it('finds the previous run in two trips, the first of which can ride on a sync made by someone else', async () => {
    const sim = workbookFor(version, { cells: [], userFormats: [{ range: 'C3:C9', type: 'DataBar' }] });
    await write(sim, [{ kind: 'overdue', address: 'F9' }]);
    const start = sim.syncCount;
    await sim.excel.run(async (ctx) => {
      const scan = scanMarks(ctx, [undefined]);
      ctx.workbook.worksheets.load('items/name');
      await ctx.sync(); // someone else's round trip
      scan.queueRules();
      ctx.workbook.worksheets.load('items/position');
      await ctx.sync(); // and another
      const found = await scan.result();
      expect(found.map((f) => [f.sheet, f.kind])).toEqual([[SHEET, 'overdue']]);
    });
    expect(sim.syncCount - start).toBe(2); // nothing of its own
  });

  it('a scan whose riding sync failed starts over', async () => {
    const sim = workbookFor(version, { cells: [], userFormats: [] });
    await write(sim, [{ kind: 'overdue', address: 'F9' }]);
    await sim.excel.run(async (ctx) => {
      const scan = scanMarks(ctx, [SHEET]);
      ctx.workbook.worksheets.getItem('Không có').load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect((await scan.result()).map((f) => f.kind)).toEqual(['overdue']);
    });
  });
});

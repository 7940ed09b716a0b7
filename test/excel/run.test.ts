/**
 * The ribbon/pane operations end to end: the simulator, src/excel/ and the real engine.
 */
import { CancelledError } from '../../src/excel/cancel';
import { MARK_FILL, parseMarker } from '../../src/excel/highlights';
import { runClearHighlights, runExportCleaned, runValidation } from '../../src/excel/run';
import { saveSettings, SETTINGS_KEY } from '../../src/excel/settings';
import { createSimWorkbook, type SimWorkbook } from '../../src/office-sim';
import { appendix, APPENDIX_SHEET, AS_OF } from './appendix-fixture';
import { API_VERSIONS } from './helpers';
import { measureSyncs } from './measure-syncs';

/** Every cell our conditional formats cover, by kind. */
function highlighted(sim: SimWorkbook, sheet = APPENDIX_SHEET): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const cf of sim.conditionalFormats(sheet)) {
    const marker = cf.formula === null ? null : parseMarker(cf.formula);
    if (!marker) continue;
    expect(cf.fill).toBe(MARK_FILL[marker.kind]);
    for (const area of cf.areas) {
      const [a, b = a] = area.split(':');
      const col = a.replace(/\d/g, '');
      for (let r = Number(a.replace(/\D/g, '')); r <= Number(b.replace(/\D/g, '')); r++) (out[marker.kind] ??= []).push(`${col}${r}`);
    }
  }
  for (const list of Object.values(out)) list.sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
  return out;
}

const sorted = (list: string[]) => [...list].sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));

describe.each(API_VERSIONS)('operations at ExcelApi %s', (version) => {
  it('validates the active sheet, highlights exactly the overdue and unassigned cells, and clears them', async () => {
    const fixture = appendix(300, 40);
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'Bìa', cells: [['x']] }, fixture.sheet], activeSheet: APPENDIX_SHEET });
    const before = sim.snapshot();
    const result = await runValidation(sim.host, { asOf: AS_OF });
    expect(result.sheet).toBe(APPENDIX_SHEET);
    expect(result.notice).toBeUndefined();
    expect(result.report.asOf).toBe(AS_OF);
    expect(result.report.sheets[0].counts).toMatchObject({ overdue: 20, unassigned: 20 });
    expect(result.marks).toBe(40);
    expect(highlighted(sim)).toEqual({ overdue: sorted(fixture.overdue), unassigned: sorted(fixture.unassigned) });

    const again = await runValidation(sim.host, { asOf: AS_OF });
    expect(again.highlights.removed).toBe(result.highlights.formats);
    expect(highlighted(sim)).toEqual({ overdue: sorted(fixture.overdue), unassigned: sorted(fixture.unassigned) });

    expect(await runClearHighlights(sim.host)).toBe(again.highlights.formats);
    expect(sim.snapshot()).toEqual(before);
  });

  it('stops without highlighting when cancelled', async () => {
    const fixture = appendix(2_000, 100);
    const sim = createSimWorkbook({ requirementSets: version, sheets: [fixture.sheet] });
    const before = sim.snapshot();
    const signal = { aborted: false };
    const validation = runValidation(sim.host, {
      asOf: AS_OF,
      signal,
      onProgress: (p) => {
        if (p.rowsRead === p.totalRows) signal.aborted = true; // the read finished; the engine is next
      },
    });
    await expect(validation).rejects.toBeInstanceOf(CancelledError);
    expect(sim.snapshot()).toEqual(before);
  });

  it('takes its defaults from the workbook settings, and says when they could not be used', async () => {
    const fixture = appendix(120, 10);
    const sim = createSimWorkbook({ requirementSets: version, sheets: [fixture.sheet] });
    await saveSettings(sim.office, { version: 1, asOf: '2025-01-01', lang: 'en' });
    const early = await runValidation(sim.host);
    expect(early.report.asOf).toBe('2025-01-01');
    expect(early.report.sheets[0].counts.overdue).toBe(0); // August 2025 is not past yet
    expect(early.report.sheets[0].findings.find((f) => f.rule === 'owner.missing')?.message).toMatch(/lead/i);

    sim.office.context.document.settings.set(SETTINGS_KEY, { version: 7 });
    const odd = await runValidation(sim.host, { asOf: AS_OF });
    expect(odd.notice).toMatch(/phiên bản mới hơn/);
    expect(odd.report.sheets[0].counts.overdue).toBe(5);
  });

  it('reads the unit directory sheet when the workbook has one', async () => {
    const fixture = appendix(60, 0);
    const lead = (i: number) => (i % 4 === 0 ? 'Trung tâm Khác' : 'Trung tâm Số');
    const rows = (fixture.sheet.cells ?? []).map((r, i) => (i > 3 && i % 2 === 0 ? r.map((c, j) => (j === 3 ? lead(i) : c)) : r));
    const sheets = [{ ...fixture.sheet, cells: rows }];
    const unknownOf = (r: Awaited<ReturnType<typeof runValidation>>) =>
      [...new Set(r.report.sheets[0].findings.filter((f) => f.rule === 'owner.unknown').map((f) => f.value))];

    // Without a directory of the user's, unknown units are not judged.
    const without = createSimWorkbook({ requirementSets: version, sheets });
    expect(unknownOf(await runValidation(without.host, { asOf: AS_OF }))).toEqual([]);

    const withUnits = createSimWorkbook({
      requirementSets: version,
      sheets: [...sheets, { name: 'Danh mục đơn vị', cells: [['Tên đơn vị', 'Tên viết tắt'], ['Trung tâm Số', 'TTS']] }],
    });
    const start = withUnits.syncCount;
    const result = await runValidation(withUnits.host, { asOf: AS_OF });
    expect(result.report.sheets.map((s) => s.sheet)).toEqual([APPENDIX_SHEET]);
    expect(unknownOf(result)).toEqual(['Trung tâm Khác']);
    expect(withUnits.syncCount - start).toBe(3); // read, the directory sheet, write
  });

  it('exports the cleaned copy as a new sheet and leaves the source as it was', async () => {
    const fixture = appendix(80, 4);
    const messy = (fixture.sheet.cells ?? []).map((r, i) => (i === 5 ? r.map((c, j) => (j === 1 ? `  ${String(c)}   ` : c)) : r));
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ ...fixture.sheet, cells: messy }] });
    const before = sim.snapshot();
    const result = await runExportCleaned(sim.host, { asOf: AS_OF });
    expect(result).toEqual({ sheetName: `${APPENDIX_SHEET} (sạch)`, newWorkbook: false });
    expect(sim.snapshot({ sheets: [APPENDIX_SHEET] }).sheets).toEqual(before.sheets);
    const copy = sim.snapshot({ sheets: [result.sheetName] }).sheets[0];
    expect(copy.cells.B6.value).toBe(String(messy[5][1]).trim());
    // Merges can only be read from ExcelApi 1.13 on.
    expect(copy.merges).toEqual(version === '1.7' ? [] : ['A1:L1', 'A2:L2']);
  });

  it('validates a 10,000-row sheet with 2,000 flagged items in at most 6 round trips', async () => {
    const m = await measureSyncs(10_000, version, 2_000);
    expect(m.firstValidation).toBeLessThanOrEqual(6);
    expect(m.secondValidation).toBeLessThanOrEqual(6);
  });
});

describe('round trips by sheet size', () => {
  it('are reported for 1,000 / 10,000 / 100,000 rows', async () => {
    const lines: string[] = [];
    for (const version of API_VERSIONS) {
      for (const rows of [1_000, 10_000, 100_000]) {
        const m = await measureSyncs(rows, version);
        lines.push(
          `ExcelApi ${m.version.padEnd(4)} ${String(m.rows).padStart(7)} rows, ${String(m.flagged).padStart(6)} flagged: ` +
            `validate ${m.firstValidation}, validate again ${m.secondValidation}, clear ${m.clear} (${m.formats} conditional formats)`,
        );
        expect(m.firstValidation).toBeGreaterThan(0);
      }
    }
    console.log(`Round trips (context.sync) per operation:\n${lines.join('\n')}`);
  }, 300_000);
});

/**
 * Acceptance on the real appendices in ../shared/samples: every sheet is detected with the
 * right header rows, data rows, unit, items and budget totals (expected-totals.json), the
 * clean workbooks raise no structural finding, and deadlines classify as report-format.md says.
 */
import { analyzeWorkbook, type SheetReport } from '../../src/engine';
import { expectedTotals, SAMPLE_FILES, sampleGrids } from '../helpers/samples';

const AS_OF = '2023-06-30';

async function reportOf(file: string): Promise<SheetReport[]> {
  return analyzeWorkbook(await sampleGrids(file), { asOf: AS_OF }).sheets;
}

const expected = expectedTotals();

describe.each(SAMPLE_FILES)('%s', (file) => {
  const sheets = Object.entries(expected[file]);

  test.each(sheets)('%s: table, items and totals as expected', async (sheetName, want) => {
    const sheet = (await reportOf(file)).find((s) => s.sheet === sheetName);
    expect(sheet?.table).not.toBeNull();
    const table = sheet!.table!;
    expect(table.headerRows).toEqual(want.headerRows);
    expect(table.firstRow).toBe(want.firstRow);
    expect(table.lastRow).toBe(want.lastRow);
    expect(table.unit).toBe(want.unit ?? null);
    expect(sheet!.counts.items).toBe(want.items);
    expect(sheet!.items.map((i) => i.row)).toEqual(want.itemRows);

    const budgetWant = want.budget ?? {};
    expect(Object.keys(sheet!.totals.budget).sort()).toEqual(Object.keys(budgetWant).sort());
    let all = 0;
    for (const [letter, col] of Object.entries(budgetWant)) {
      const got = sheet!.totals.budget[letter];
      expect(got.sum).toBe(col.sum);
      expect(table.headers?.[letter]).toBe(col.header);
      expect(sheet!.items.filter((i) => i.budget?.[letter] != null)).toHaveLength(col.filledCells);
      if (col.bySection) expect(got.bySection).toEqual(col.bySection);
      all += got.sum;
    }
    if (want.budgetAllColumns !== undefined) expect(all).toBe(want.budgetAllColumns);

    for (const [numeral, section] of Object.entries(want.sections ?? {})) {
      expect(sheet!.items.filter((i) => i.section === numeral)).toHaveLength(section.items);
    }
    for (const group of want.groupRows ?? []) {
      expect(sheet!.items.map((i) => i.row)).not.toContain(group.row);
      expect(sheet!.findings.filter((f) => f.row === group.row && f.rule === 'owner.missing')).toEqual([]);
    }
  });
});

describe('clean workbooks', () => {
  test.each(SAMPLE_FILES.filter((f) => !f.includes('messy')))('%s has no structural finding', async (file) => {
    const forbidden = /^(budget\.|structure\.|numbering\.|total\.|owner\.missing$)/;
    for (const sheet of await reportOf(file)) {
      expect(sheet.findings.filter((f) => forbidden.test(f.rule)).map((f) => `${f.cell} ${f.rule}`)).toEqual([]);
    }
  });
});

describe('lead totals', () => {
  test('budget by lead unit adds up to the column total', async () => {
    for (const file of SAMPLE_FILES) {
      for (const sheet of await reportOf(file)) {
        for (const col of Object.values(sheet.totals.budget)) {
          const byLead = Object.values(col.byLead).reduce((a, b) => a + b, 0);
          expect(Math.round(byLead)).toBe(col.sum);
        }
      }
    }
  });
});

describe('unit directory', () => {
  test('totals by lead unit group "Trung THCB" with "Trung tâm THCB" under one canonical name', async () => {
    const sheets = await reportOf('vinh-phuc-2023.messy.xlsx');
    const byLead = sheets.find((s) => s.sheet === 'Phụ lục II')!.totals.budget.G.byLead;
    const leads = sheets.find((s) => s.sheet === 'Phụ lục II')!.items.map((i) => i.lead[0]);
    expect(leads).toEqual(expect.arrayContaining(['Trung THCB']));
    expect(Object.keys(byLead)).not.toContain('Trung THCB');
    expect(Object.keys(byLead)).not.toContain('Trung tâm THCB');
    const thcb = sheets.find((s) => s.sheet === 'Phụ lục II')!.items.filter((i) => /THCB/.test(i.lead[0] ?? ''));
    expect(byLead['Trung tâm Tin học – Công báo']).toBe(thcb.reduce((s, i) => s + (i.budget?.G ?? 0), 0));
  });
});

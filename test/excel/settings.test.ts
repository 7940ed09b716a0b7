/** Workbook settings: parsing never fails (src/engine/settings.ts); saving goes into the document (src/excel/settings.ts). */
import { defaultSettings, parseSettings, type WorkbookSettings } from '../../src/engine/settings';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../src/excel/settings';
import { createSimWorkbook } from '../../src/office-sim';
import { API_VERSIONS } from './helpers';

const GOOD: WorkbookSettings = {
  version: 1,
  asOf: '2026-06-30',
  lang: 'en',
  columnOverrides: { 'Phụ lục III': { D: 'lead', G: 'ignore' } },
  unitSheetName: 'Đơn vị',
};

describe('parseSettings', () => {
  it('reads valid settings, as an object or as JSON text', () => {
    expect(parseSettings(GOOD)).toEqual({ settings: GOOD });
    expect(parseSettings(JSON.stringify(GOOD))).toEqual({ settings: GOOD });
  });

  it('fills defaults silently when nothing was saved', () => {
    for (const nothing of [undefined, null, '']) {
      expect(parseSettings(nothing)).toEqual({ settings: defaultSettings() });
    }
    expect(defaultSettings()).toEqual({ version: 1, columnOverrides: {}, unitSheetName: 'Danh mục đơn vị' });
    expect(parseSettings({ version: 1 })).toEqual({ settings: defaultSettings() });
  });

  it.each([
    ['not JSON', '{version: 1', /Không đọc được/],
    ['not an object', 42, /Không đọc được/],
    ['an array', [1, 2], /Không đọc được/],
    ['without a version', { asOf: '2026-01-01' }, /định dạng cũ/],
    ['an older version', { version: 0, lang: 'vi' }, /định dạng cũ/],
    ['a newer version', { version: 2, lang: 'vi' }, /phiên bản mới hơn.*2/],
  ])('falls back to the defaults with a notice for %s', (_what, input, notice) => {
    const parsed = parseSettings(input);
    expect(parsed.settings).toEqual(defaultSettings());
    expect(parsed.notice).toMatch(notice);
  });

  it('keeps the valid fields of a version-1 object and names the bad ones', () => {
    const parsed = parseSettings(
      { ...GOOD, asOf: '2026-02-30', columnOverrides: { S: { d: 'lead' } }, lang: 'fr' },
      'en',
    );
    expect(parsed.settings).toEqual({ version: 1, columnOverrides: {}, unitSheetName: 'Đơn vị' });
    expect(parsed.notice).toBe('Some saved settings were invalid and have been reset: asOf, lang, columnOverrides.');
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [Symbol('x'), () => 1, { version: 1, columnOverrides: null }, { version: '1' }, new Date(), 'null', '"text"', { version: 1, unitSheetName: '   ' }];
    for (const input of odd) {
      const parsed = parseSettings(input);
      expect(parsed.settings.version).toBe(1);
    }
  });
});

describe.each(API_VERSIONS)('document settings at ExcelApi %s', (version) => {
  it('survive save, close and reopen', async () => {
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S' }] });
    await saveSettings(sim.office, GOOD);
    sim.reload();
    expect(loadSettings(sim.office)).toEqual({ settings: GOOD });
    expect(sim.snapshot().documentSettings).toEqual({ [SETTINGS_KEY]: GOOD });
  });

  it('are not saved when Office reports a failure', async () => {
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S' }] });
    sim.failNextSettingsSave('Disk full');
    await expect(saveSettings(sim.office, GOOD)).rejects.toThrow('Disk full');
    sim.reload();
    expect(loadSettings(sim.office)).toEqual({ settings: defaultSettings() });
  });

  it('refuse to save what could not be read back', async () => {
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S' }] });
    await expect(saveSettings(sim.office, { ...GOOD, asOf: 'tomorrow' })).rejects.toThrow();
    expect(sim.snapshot().documentSettings).toEqual({});
  });

  it('from an older add-in are replaced by defaults with a notice', () => {
    const sim = createSimWorkbook({ requirementSets: version, sheets: [{ name: 'S' }], documentSettings: { [SETTINGS_KEY]: { asOf: '2025-01-01', cols: {} } } });
    const loaded = loadSettings(sim.office, 'en');
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.notice).toMatch(/old or unknown format/);
  });
});

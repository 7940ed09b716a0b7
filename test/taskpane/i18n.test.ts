/** Both message files have every string, and the pane formats the Vietnamese way in Vietnamese. */
import { MESSAGES, langFromDisplayLanguage } from '../../src/taskpane/i18n';
import { fmtCount, fmtDate, fmtNumber } from '../../src/taskpane/format';
import { parseDateInput } from '../../src/taskpane/components/Toolbar';

type Tree = { [k: string]: unknown };

function shape(v: unknown, prefix = ''): string[] {
  if (typeof v === 'function') return [`${prefix}()`];
  if (typeof v === 'object' && v !== null) return Object.keys(v).sort().flatMap((k) => shape((v as Tree)[k], `${prefix}.${k}`));
  return [prefix];
}

function strings(v: unknown, path = ''): [string, string][] {
  if (typeof v === 'string') return [[path, v]];
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => strings(x, `${path}.${k}`));
  return [];
}

describe('pane messages', () => {
  it('vi and en have the same keys', () => {
    expect(shape(MESSAGES.en)).toEqual(shape(MESSAGES.vi));
  });

  it('no string is empty, and the two languages differ where they should', () => {
    for (const lang of ['vi', 'en'] as const) for (const [path, s] of strings(MESSAGES[lang])) expect([path, s.trim().length > 0]).toEqual([path, true]);
    expect(MESSAGES.vi.toolbar.validate).toBe('Kiểm tra');
    expect(MESSAGES.en.toolbar.validate).toBe('Validate');
  });

  it('Vietnamese messages are NFC (composed), so they match what users type', () => {
    for (const [path, s] of strings(MESSAGES.vi)) expect([path, s]).toEqual([path, s.normalize('NFC')]);
  });

  it('follows Office’s display language: English for en-*, Vietnamese otherwise', () => {
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('EN-gb')).toBe('en');
    expect(langFromDisplayLanguage('vi-VN')).toBe('vi');
    expect(langFromDisplayLanguage('fr-FR')).toBe('vi');
    expect(langFromDisplayLanguage(null)).toBe('vi');
  });

  it('formats numbers and dates the Vietnamese way in Vietnamese', () => {
    expect(fmtNumber('vi', 385000)).toBe('385.000');
    expect(fmtNumber('vi', 1200.5)).toBe('1.200,5');
    expect(fmtNumber('en', 385000)).toBe('385,000');
    expect(fmtCount('vi', 50006)).toBe('50.006');
    expect(fmtDate('vi', '2025-08-31')).toBe('31/08/2025');
  });

  it('reads a typed as-of date in either form, and only real dates', () => {
    expect(parseDateInput('31/08/2025')).toBe('2025-08-31');
    expect(parseDateInput(' 1/8/2025 ')).toBe('2025-08-01');
    expect(parseDateInput('2025-08-31')).toBe('2025-08-31');
    expect(parseDateInput('31/02/2025')).toBeNull();
    expect(parseDateInput('0002-08-31')).toBeNull();
    expect(parseDateInput('31/08')).toBeNull();
  });
});

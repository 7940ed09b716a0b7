import fc from 'fast-check';
import { detectLegacyEncoding } from '../../../src/engine/encoding';
import { isVietnameseSyllable } from '../../../src/engine/encoding/syllable';

/** Ordinary text, without a font: none of it may fire. */
const ORDINARY = [
  '', 'STT', 'Tổng cộng', 'Đơn vị: Triệu đồng', 'Kế hoạch số 314/KH-UBND',
  'Tổng'.normalize('NFD'), // decomposed Unicode
  // Unicode Vietnamese that happens to use only Latin-1 letters reads as legacy too ("Cô" is TCVN3 "Cụ").
  'Cô', 'Có', 'Cô giáo', 'Hoà Bình', 'Tây Ninh', 'Cà Mau', 'hoá', 'Bám sát', 'Lào Cai',
  // Other languages and symbols.
  'Café', 'naïve', '© 2024', '½', '¼ mile', '§ 12', '× 100', '25°C', '±5%', 'Excel®', '« Bonjour »', '¡Hola!',
  'Señor', 'El Niño', 'Müller & Söhne GmbH', 'Zürich', 'São Paulo', 'Crème brûlée', 'déjà vu', 'résumé',
  'Ærø', 'Øresund', 'Ångström', 'Þingvellir', 'Straße', 'Hôtel de Ville', 'Hvad så?', 'Jeg bor på landet',
  'Size 5 µm', 'µm', '5 µg/ml', 'l·l', '1ª edición', 'Nº 5', 'Price: £10', '¥500',
  // UTF-8 read as Latin-1 (mojibake), as found in the corpus.
  'ZeitÃ¼berschneidung', 'Ã¼ber 10h', 'FranÃ§ais', 'cafÃ©',
];

describe('detectLegacyEncoding without a font', () => {
  it.each(ORDINARY)('leaves %p alone', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it.each([
    ['Xin chµo c¸c b¹n', 'tcvn3', 'Xin chào các bạn'],
    ['Tæng céng', 'tcvn3', 'Tổng cộng'],
    ['Tæng', 'tcvn3', 'Tổng'],
    ['CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['H§ND tØnh', 'tcvn3', 'HĐND tỉnh'],
    ['Q§-UBND', 'tcvn3', 'QĐ-UBND'],
    ['HÖ thèng e-Cabinet', 'tcvn3', 'Hệ thống e-Cabinet'],
    ['dÞch Covid-19', 'tcvn3', 'dịch Covid-19'],
    ['Xin chaøo caùc baïn', 'vni', 'Xin chào các bạn'],
    ['Toång coäng', 'vni', 'Tổng cộng'],
    ['CHUÛ TRÌ', 'vni', 'CHỦ TRÌ'],
    ['HÑND tænh', 'vni', 'HĐND tỉnh'],
    ['Löu', 'vni', 'Lưu'], // TCVN3 would read "Lửu": the commoner letters win the tie
  ] as const)('reads %p as %s', (text, encoding, unicode) => {
    const found = detectLegacyEncoding(text);
    expect(found).toMatchObject({ encoding, unicode });
    expect(found?.confidence).toBeGreaterThan(0);
    expect(found?.confidence).toBeLessThanOrEqual(0.95);
  });

  it('is surer with more evidence', () => {
    const one = detectLegacyEncoding('Tæng')?.confidence ?? 0;
    const many = detectLegacyEncoding('Tæng kinh phÝ thùc hiÖn dù ¸n')?.confidence ?? 0;
    expect(many).toBeGreaterThan(one);
  });
});

describe('detectLegacyEncoding with a font', () => {
  it('trusts a TCVN3 font even where the text alone is ambiguous', () => {
    expect(detectLegacyEncoding('Cô')).toBeNull();
    expect(detectLegacyEncoding('Cô', '.VnTime')).toMatchObject({ encoding: 'tcvn3', unicode: 'Cụ' });
  });

  it('upper-cases under a TCVN3 H font', () => {
    expect(detectLegacyEncoding('tæng céng', '.VnTimeH')).toMatchObject({ encoding: 'tcvn3', unicode: 'TỔNG CỘNG' });
  });

  it('trusts a VNI font', () => {
    expect(detectLegacyEncoding('Coâng ty', 'VNI-Times')).toMatchObject({ encoding: 'vni', unicode: 'Công ty' });
    // Without the font, "Cô" is Unicode; in a VNI font it was drawn as "Cơ".
    expect(detectLegacyEncoding('Cô', 'VNI-Times')).toMatchObject({ encoding: 'vni', unicode: 'Cơ' });
  });

  it('gives a font-backed detection at least 0.9', () => {
    expect(detectLegacyEncoding('Cô', '.VnTime')?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('returns null where decoding changes nothing', () => {
    expect(detectLegacyEncoding('STT', '.VnTime')).toBeNull();
    expect(detectLegacyEncoding('Phụ lục 2', 'VNI-Times')).toBeNull();
  });

  it('takes text with Unicode-only Vietnamese letters for Unicode, whatever the font', () => {
    // .VnTime has no glyph for ư or ổ, so Excel showed the Unicode letters.
    expect(detectLegacyEncoding('Tổng cộng', '.VnTime')).toBeNull();
    expect(detectLegacyEncoding('Người lập biểu', 'VNI-Times')).toBeNull();
  });

  it('falls back to the text under a Unicode font', () => {
    expect(detectLegacyEncoding('Tæng céng', 'Times New Roman')).toMatchObject({ encoding: 'tcvn3', unicode: 'Tổng cộng' });
    expect(detectLegacyEncoding('Café', 'Times New Roman')).toBeNull();
  });
});

describe('detectLegacyEncoding properties', () => {
  it('never throws, and answers in NFC with a confidence in 0..1', () => {
    const latin1 = fc.array(fc.integer({ min: 0x20, max: 0xff }), { maxLength: 30 }).map((cs) => String.fromCharCode(...cs));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), latin1), fc.option(fc.constantFrom('.VnTime', '.VnTimeH', 'VNI-Times', 'Arial')), (text, font) => {
        const found = detectLegacyEncoding(text, font ?? undefined);
        if (found) {
          expect(found.unicode).toBe(found.unicode.normalize('NFC'));
          expect(found.confidence).toBeGreaterThanOrEqual(0);
          expect(found.confidence).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never fires on text made of Vietnamese syllables, however they are spelled', () => {
    // Syllables of Latin-1 letters only, so the fast path cannot be what stops them.
    const letters = [...'abcdeghiklmnopqrstuvxyàáâãèéêìíòóôõùúý'];
    const syllable = fc
      .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 6 })
      .map((cs) => cs.join(''))
      .filter(isVietnameseSyllable)
      .chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)));
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 1, maxLength: 8 }), (words) => {
        expect(detectLegacyEncoding(words.join(' '))).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('detectLegacyEncoding speed', () => {
  // A 50,000-row sheet: ordinary cells must mostly take the fast path, and even a sheet that is
  // all legacy text stays quick. Measured: ~0.4 s and ~0.5 s; the bounds leave room for a busy
  // machine.
  const rows = 50_000;
  const timeOf = (cells: string[]): number => {
    const start = Date.now();
    for (const c of cells) detectLegacyEncoding(c);
    return Date.now() - start;
  };
  const unicode = ['Tổng cộng', 'Sở Thông tin và Truyền thông', 'UBND tỉnh', '2022-2025', 'Cô giáo', 'Café'];
  const legacy = ['Tæng céng', 'Së Th«ng tin vµ TruyÒn th«ng', 'Toång coäng', 'Sôû Thoâng tin vaø Truyeàn thoâng'];

  it('checks 10 columns x 50,000 rows of ordinary text in a few seconds at most', () => {
    const cells = Array.from({ length: rows * 10 }, (_, i) => unicode[i % unicode.length] + (i % 7));
    expect(timeOf(cells)).toBeLessThan(4000);
  });

  it('scores 50,000 rows of legacy text in a few seconds at most', () => {
    const cells = Array.from({ length: rows }, (_, i) => `${legacy[i % legacy.length]} ${i % 97}`);
    expect(timeOf(cells)).toBeLessThan(4000);
  });
});

import fc from 'fast-check';
import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni } from '../../../src/engine/encoding';
import { LETTERS } from '../../../src/engine/encoding/tables';

/** Text over ASCII and the 134 Vietnamese letters: what both encodings can write. */
const ALPHABET = [...'abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY0123456789 .,;:-()/%', ...LETTERS.map(([u]) => u)];
const vietnameseText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((cs) => cs.join(''));

describe('TCVN3', () => {
  it.each([
    ['Tæng céng', 'Tổng cộng'],
    ['§¬n vÞ tÝnh: triÖu ®ång', 'Đơn vị tính: triệu đồng'],
    ['n\u00ADíc', 'nước'], // ư is the soft hyphen
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
  ])('decodes %p', (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
    expect(encodeTcvn3(unicode)).toBe(legacy);
  });

  describe('guesses the case TCVN3 does not keep', () => {
    it.each([
      ['CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'capitals words'],
      ['§Ò ¸N', 'ĐỀ ÁN', 'a title-case word in an all-capitals text'],
      ['Dù KIÕN KINH PHÝ (TriÖu ®ång)', 'DỰ KIẾN KINH PHÍ (Triệu đồng)', 'a title-case word beside capitals words'],
      ['Sè TT', 'Số TT', 'ASCII abbreviations are no capitals words'],
      ['Hµ Néi', 'Hà Nội', 'title-case words'],
      ['øng dông', 'Ứng dụng', "the cell's first letter"],
      ['ViÖc lµm', 'Việc làm', 'lowercase words'],
    ])('%p → %p (%s)', (legacy, unicode) => {
      expect(decodeTcvn3(legacy)).toBe(unicode);
    });
  });

  it('upper-cases everything under an H font', () => {
    expect(decodeTcvn3('tæng céng', { capitals: true })).toBe('TỔNG CỘNG');
    expect(encodeTcvn3('Tổng cộng', { capitals: true })).toBe('TæNG CéNG');
  });

  it('leaves what TCVN3 cannot write', () => {
    expect(encodeTcvn3('Tổng: 5 ₫ “x”')).toBe('Tæng: 5 ₫ “x”');
  });

  it('encodes decomposed (NFD) text like NFC', () => {
    expect(encodeTcvn3('Tổng'.normalize('NFD'))).toBe('Tæng');
  });

  it('round-trips any text, up to the case of toned capitals', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        expect(decodeTcvn3(encodeTcvn3(s)).toLowerCase()).toBe(s.toLowerCase());
      }),
    );
  });

  it('round-trips capitals exactly under an H font', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const upper = s.toUpperCase();
        expect(decodeTcvn3(encodeTcvn3(upper, { capitals: true }), { capitals: true })).toBe(upper);
      }),
    );
  });
});

describe('VNI', () => {
  it.each([
    ['Toång coäng', 'Tổng cộng'],
    ['Ñôn vò tính: trieäu ñoàng', 'Đơn vị tính: triệu đồng'],
    ['nöôùc', 'nước'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ])('decodes %p, longest match first', (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
    expect(encodeVni(unicode)).toBe(legacy);
  });

  it('leaves marks that follow no base letter', () => {
    expect(decodeVni('cá ù')).toBe('cá ù');
  });

  it('round-trips any text exactly', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        expect(decodeVni(encodeVni(s))).toBe(s);
      }),
    );
  });
});

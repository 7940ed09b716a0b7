import * as fs from 'fs';
import { couldBeUnaccentedSyllable, isVietnameseSyllable, syllableFit } from '../../../src/engine/encoding/syllable';
import { filesIn } from './fixtures';

describe('isVietnameseSyllable', () => {
  it.each([
    'a', 'à', 'ở', 'ý', 'yêu', 'các', 'bạn', 'chào', 'Xin', 'người', 'nghiêng', 'khuỷu', 'quốc', 'quýt',
    'quỳnh', 'gì', 'gìn', 'giếng', 'giữ', 'hoà', 'hòa', 'thuỷ', 'thủy', 'thuế', 'huỳnh', 'khuya', 'tiếng',
    'Việt', 'NAM', 'ĐỒNG', 'Đảng', 'kỹ', 'Mỹ', 'ký', 'xoong', 'oẳn', 'ươn', 'uống', 'hoặc', 'Tỉnh', 'ngoẹo',
  ])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['Café', 'foreign letter f, e at the end'],
    ['naïve', 'ï'],
    ['Señor', 'ñ'],
    ['cé', 'c before e (k is written)'],
    ['kan', 'k before a (c is written)'],
    ['ghà', 'gh before a'],
    ['ngê', 'ng before ê (ngh is written)'],
    ['hàt', 'stop final with the grave tone'],
    ['hat', 'stop final without a tone'],
    ['chàá', 'two tones'],
    ['cHào', 'odd case'],
    ['chổnh', 'no rhyme ônh'],
    ['tỉng', 'no rhyme ing'],
    ['đy', 'no lone y after đ'],
    ['theọ', 'tone on the glide of eo (thẹo)'],
    ['Theỏ', 'tone on the glide of eo (Thẻo)'],
  ])('rejects %p (%s)', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it('weighs rare rhymes at half', () => {
    expect(syllableFit('công')).toBe(1);
    expect(syllableFit('xoong')).toBe(0.5);
    expect(syllableFit('Café')).toBe(0);
  });

  it('accepts every Vietnamese word of the seed texts', () => {
    const words = new Set<string>();
    for (const f of filesIn('seeds', '.txt')) {
      for (const w of fs.readFileSync(f, 'utf8').normalize('NFC').split(/[^\p{L}]+/u)) {
        // Words with a letter outside ASCII; abbreviations such as HĐND are no syllables.
        if (/[^\x00-\x7f]/.test(w) && w !== w.toUpperCase()) words.add(w);
      }
    }
    expect(words.size).toBeGreaterThan(500);
    expect([...words].filter((w) => !isVietnameseSyllable(w))).toEqual([]);
  });
});

describe('couldBeUnaccentedSyllable', () => {
  it.each(['Xin', 'chao', 'truong', 'nguoi', 'hoc', 'Kinh', 'tin'])('accepts %s', (w) => {
    expect(couldBeUnaccentedSyllable(w)).toBe(true);
  });
  it.each(['Size', 'Email', 'and', 'their', 'Covid', 'landet'])('rejects %s', (w) => {
    expect(couldBeUnaccentedSyllable(w)).toBe(false);
  });
});

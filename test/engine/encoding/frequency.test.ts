import { BANDS, letterCommonness } from '../../../src/engine/encoding/frequency';
import { LETTERS } from '../../../src/engine/encoding/tables';

describe('letter commonness bands', () => {
  it('put each lowercase Vietnamese letter in exactly one band', () => {
    const banded = BANDS.flatMap((band) => band.split(' '));
    const letters = [...new Set(LETTERS.map(([u]) => u.toLowerCase()))];
    expect([...banded].sort()).toEqual([...letters].sort());
  });

  it('rate common letters above rare ones, in either case', () => {
    expect(letterCommonness('Lưu')).toBeGreaterThan(letterCommonness('Lửu'));
    expect(letterCommonness('LƯU')).toBe(letterCommonness('lưu'));
    expect(letterCommonness('plain')).toBe(0);
  });
});

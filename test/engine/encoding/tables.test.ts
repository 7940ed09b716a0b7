import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni } from '../../../src/engine/encoding';
import { LETTERS } from '../../../src/engine/encoding/tables';
import { legacyEncodingsFile } from './fixtures';

const facts = legacyEncodingsFile();

describe('letter tables against shared/domain/vn-legacy-encodings.json', () => {
  it('holds the same 134 letters, in NFC, with the same codes', () => {
    expect(facts.letters).toHaveLength(134);
    expect(LETTERS.map(([unicode, tcvn3, vni]) => ({ unicode, tcvn3, vni }))).toEqual(
      facts.letters.map(({ unicode, tcvn3, vni }) => ({ unicode, tcvn3, vni })),
    );
    for (const [unicode, tcvn3] of LETTERS) {
      expect(unicode.normalize('NFC')).toBe(unicode);
      expect(tcvn3).toHaveLength(1);
    }
  });

  it('gives each TCVN3 code the byte the file states', () => {
    for (const l of facts.letters) expect([l.unicode, l.tcvn3.charCodeAt(0)]).toEqual([l.unicode, l.tcvn3Byte]);
  });

  describe.each(facts.letters.map((l) => [l.unicode, l] as const))('%s', (_, l) => {
    const isCapital = l.unicode !== l.unicode.toLowerCase();

    it('encodes to TCVN3 and VNI', () => {
      expect(encodeTcvn3(l.unicode)).toBe(l.tcvn3);
      expect(encodeVni(l.unicode)).toBe(l.vni);
    });

    it('decodes from VNI exactly', () => {
      expect(decodeVni(l.vni)).toBe(l.unicode);
    });

    it('decodes from TCVN3: the letter itself, or its capital under an H font', () => {
      // TCVN3 shares most codes between cases, so a lone code decodes to the lowercase letter
      // unless the code is the capital's own (Ă Â Đ Ê Ô Ơ Ư); an H font makes every letter a capital.
      const sharedCode = facts.letters.filter((m) => m.tcvn3 === l.tcvn3).length > 1;
      expect(decodeTcvn3(`x${l.tcvn3}`)).toBe(`x${sharedCode && isCapital ? l.unicode.toLowerCase() : l.unicode}`);
      expect(decodeTcvn3(l.tcvn3, { capitals: true })).toBe(l.unicode.toUpperCase());
      if (isCapital) expect(decodeTcvn3(`X${l.tcvn3}Y`)).toBe(`X${l.unicode}Y`);
    });
  });

  it.each(facts.examples.map((e) => [e.unicode, e] as const))('converts the example "%s" exactly both ways', (_, e) => {
    expect(encodeTcvn3(e.unicode)).toBe(e.tcvn3);
    expect(encodeVni(e.unicode)).toBe(e.vni);
    expect(decodeTcvn3(e.tcvn3)).toBe(e.unicode);
    expect(decodeVni(e.vni)).toBe(e.unicode);
  });
});

/**
 * The acceptance sweep over shared/: no false alarm on any text cell of the samples, the seeds
 * or the corpus, and every sample cell found and converted back when encoded to TCVN3 or VNI.
 */
import { detectLegacyEncoding, encodeTcvn3, encodeVni } from '../../../src/engine/encoding';
import { filesIn, readWorkbooksText, seedLines, TextCell, WorkbookRead } from './fixtures';

let samples: TextCell[] = [];
let corpus: WorkbookRead[] = [];

beforeAll(async () => {
  const sampleReads = await readWorkbooksText(filesIn('samples', '.xlsx'));
  for (const r of sampleReads) if (r.failure) throw new Error(`${r.file}: ${r.failure}`);
  samples = sampleReads.flatMap((r) => r.cells);
  corpus = await readWorkbooksText(filesIn('corpus', '.xlsx'));
}, 600_000);

function falseAlarms(cells: readonly TextCell[]): string[] {
  return cells
    .filter((c) => detectLegacyEncoding(c.text, c.font) !== null)
    .map((c) => `${JSON.stringify(c.text)} (${c.font ?? 'no font'})`);
}

describe('no false alarms', () => {
  it('on any text cell of the samples', () => {
    expect(samples.length).toBeGreaterThan(1500);
    expect(falseAlarms(samples)).toEqual([]);
  });

  it('on any line of the seeds', () => {
    const lines = seedLines();
    expect(lines.length).toBeGreaterThan(2000);
    expect(falseAlarms(lines.map((text) => ({ text })))).toEqual([]);
  });

  it('on any text cell of the corpus workbooks exceljs can read', () => {
    const cells = corpus.flatMap((r) => r.cells);
    // 41 workbooks: a few have no text or fail to read (corpus README), most give cells.
    expect(corpus.filter((r) => r.cells.length > 0).length).toBeGreaterThan(25);
    expect(cells.length).toBeGreaterThan(500);
    expect(falseAlarms(cells)).toEqual([]);
  });
});

describe('round trip of every sample cell', () => {
  /** Sample texts that an encoding changes (pure-ASCII cells read the same in every encoding). */
  const encoded = (encode: (s: string) => string, prepare = (s: string) => s) =>
    samples.map((c) => prepare(c.text.normalize('NFC'))).filter((text) => encode(text) !== text);

  function misses(texts: string[], encode: (s: string) => string, expected: (s: string) => string, font?: string) {
    return texts.filter((text) => {
      const found = detectLegacyEncoding(encode(text), font);
      return found === null || expected(found.unicode) !== expected(text);
    });
  }

  it('TCVN3 without a font: found, and back up to the case of toned capitals', () => {
    const texts = encoded(encodeTcvn3);
    expect(texts.length).toBeGreaterThan(1000);
    for (const t of texts) expect(detectLegacyEncoding(encodeTcvn3(t))?.encoding).toBe('tcvn3');
    expect(misses(texts, encodeTcvn3, (s) => s.toLowerCase())).toEqual([]);
    expect(misses(texts, encodeTcvn3, (s) => s.toLowerCase(), '.VnTime')).toEqual([]);
    // The case guesses get the samples' capitals headers right as well.
    expect(misses(texts, encodeTcvn3, (s) => s)).toEqual([]);
  });

  it('TCVN3 in capitals under an H font: back exactly', () => {
    const capitals = (s: string) => encodeTcvn3(s, { capitals: true });
    const texts = encoded(capitals, (s) => s.toUpperCase());
    expect(texts.length).toBeGreaterThan(1000);
    expect(misses(texts, capitals, (s) => s, '.VnTimeH')).toEqual([]);
  });

  it('VNI with and without a font: found, and back exactly', () => {
    const texts = encoded(encodeVni);
    expect(texts.length).toBeGreaterThan(1000);
    for (const t of texts) expect(detectLegacyEncoding(encodeVni(t))?.encoding).toBe('vni');
    expect(misses(texts, encodeVni, (s) => s)).toEqual([]);
    expect(misses(texts, encodeVni, (s) => s, 'VNI-Times')).toEqual([]);
  });
});

import { detectConvention, formatNumber, parseNumber, type NumberConvention } from '../../../src/engine/parse/number';

describe('parseNumber', () => {
  // [input, convention, expected value]
  const ok: ReadonlyArray<readonly [string | number, NumberConvention, number]> = [
    ['3.954', 'vi', 3954],
    ['1.200,5', 'vi', 1200.5],
    ['1.200,5', 'en', 1200.5],
    ['1,200.5', 'vi', 1200.5],
    ['1,200.5', 'en', 1200.5],
    ['2,5', 'vi', 2.5],
    ['2,5', 'en', 2.5],
    ['1.200', 'vi', 1200],
    ['1.200', 'en', 1.2],
    ['1,200', 'en', 1200],
    ['1,200', 'vi', 1.2],
    ['1.200.000', 'vi', 1200000],
    ['1.200.000', 'en', 1200000],
    ['1,200,000', 'vi', 1200000],
    ['1.200.000,25', 'vi', 1200000.25],
    ['1,200,000.25', 'en', 1200000.25],
    ['12.34', 'vi', 12.34],
    ['12.34', 'en', 12.34],
    ['1234.5', 'vi', 1234.5],
    ['0.500', 'vi', 0.5],
    ['0,5', 'vi', 0.5],
    ['0', 'vi', 0],
    ['-5', 'vi', -5],
    ['−5', 'vi', -5],
    ['- 5', 'vi', -5],
    ['+5', 'vi', 5],
    ['(1.200)', 'vi', -1200],
    ['( 1.200 )', 'vi', -1200],
    ['-1.200,5', 'vi', -1200.5],
    ['385.000', 'vi', 385000],
    ['  886  ', 'vi', 886],
    ['1 200 000', 'vi', 1200000],
    ['1\u00a0200', 'vi', 1200],
    ['1\u202f200,5', 'vi', 1200.5],
    ['007', 'vi', 7],
    [42, 'vi', 42],
    [-3.5, 'en', -3.5],
    [0, 'vi', 0],
  ];
  it.each(ok)('%j (%s) → %d', (input, convention, expected) => {
    const r = parseNumber(input, convention);
    expect(r).toEqual({ ok: true, value: expected, fromText: typeof input === 'string' });
  });

  const bad: ReadonlyArray<readonly [string | number | boolean | null, 'empty' | 'not-number']> = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u00a0\n', 'empty'],
    [null, 'empty'],
    ['abc', 'not-number'],
    ['Nhiệm vụ, kinh phí cụ thể tại Kế hoạch số 285/KH-UBND', 'not-number'],
    ['1.2.3', 'not-number'],
    ['1,2,3', 'not-number'],
    ['1.20.000', 'not-number'],
    ['1,200.000,5', 'not-number'],
    ['385.000 đồng', 'not-number'],
    ['385.000đ', 'not-number'],
    ['50%', 'not-number'],
    ['1e5', 'not-number'],
    ['1 20', 'not-number'],
    ['1\n200', 'not-number'],
    ['--5', 'not-number'],
    ['(-5)', 'not-number'],
    ['.', 'not-number'],
    [',5', 'not-number'],
    ['5.', 'not-number'],
    ['Infinity', 'not-number'],
    [Number.NaN, 'not-number'],
    [Number.POSITIVE_INFINITY, 'not-number'],
    [true, 'not-number'],
  ];
  it.each(bad)('%p → %s', (input, reason) => {
    expect(parseNumber(input)).toEqual({ ok: false, reason });
  });

  it('defaults to the Vietnamese convention', () => {
    expect(parseNumber('1.200')).toEqual({ ok: true, value: 1200, fromText: true });
  });
});

describe('formatNumber', () => {
  const cases: ReadonlyArray<readonly [number, NumberConvention, string]> = [
    [385000, 'vi', '385.000'],
    [1200.5, 'vi', '1.200,5'],
    [1200.5, 'en', '1,200.5'],
    [0, 'vi', '0'],
    [-0, 'vi', '0'],
    [999, 'vi', '999'],
    [1000, 'en', '1,000'],
    [-1234567.891, 'vi', '-1.234.567,891'],
    [-1234567.891, 'en', '-1,234,567.891'],
    [0.000001, 'vi', '0,000001'],
    [1e-7, 'en', '0.0000001'],
    [1e21, 'vi', '1.000.000.000.000.000.000.000'],
    [1.5e22, 'en', '15,000,000,000,000,000,000,000'],
  ];
  it.each(cases)('%d (%s) → %s', (n, convention, expected) => {
    expect(formatNumber(n, convention)).toBe(expected);
  });

  it('defaults to the Vietnamese convention', () => {
    expect(formatNumber(3954)).toBe('3.954');
  });

  it('parses back what it formats, including the ambiguous shapes', () => {
    for (const n of [1.2, 1.234, 1234, 123.456, 123456, 0.123, 1e-6, 1e21, 5e-324]) {
      for (const c of ['vi', 'en'] as const) {
        expect(parseNumber(formatNumber(n, c), c)).toEqual({ ok: true, value: n, fromText: true });
      }
    }
  });
});

describe('detectConvention', () => {
  const cases: ReadonlyArray<readonly [readonly string[], NumberConvention]> = [
    [[], 'vi'],
    [['1.200', '1,200', '886'], 'vi'],
    [['1.200,5'], 'vi'],
    [['2,5'], 'vi'],
    [['1.200.000'], 'vi'],
    [['1,200.5'], 'en'],
    [['2.5'], 'en'],
    [['1,200,000'], 'en'],
    [['1,200.5', '2.5', '1.200,5'], 'en'],
    [['1,200.5', '1.200,5'], 'vi'],
    [['3.954', '385.000', '1.200.000', '2,5', '12.34'], 'vi'],
    [['(1,200.5)', '-2.75'], 'en'],
    [['abc', '', 'Kế hoạch 285/KH-UBND'], 'vi'],
  ];
  it.each(cases)('%j → %s', (samples, expected) => {
    expect(detectConvention(samples)).toBe(expected);
  });
});

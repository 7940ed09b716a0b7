import { indicatorSchema, type Indicator } from '../../../src/engine/report';
import { isIndicatorValid, parseIndicator } from '../../../src/engine/parse/indicator';

type Expected = Omit<Indicator, 'raw'>;

const pct = (comparator: Indicator['comparator'], value: number): Expected => ({ kind: 'percent', comparator, value, unit: '%' });
const count = (comparator: Indicator['comparator'], value: number, unit: string | null): Expected => ({ kind: 'count', comparator, value, unit });
const QUALITATIVE: Expected = { kind: 'qualitative', comparator: null, value: null, unit: null };

const CASES: ReadonlyArray<readonly [string, Expected]> = [
  // The indicator cells of shared/samples (2023 Phụ lục I, column Chỉ tiêu).
  ['100%', pct('=', 100)],
  ['>15%', pct('>', 15)],
  ['Tối thiểu 1 danh mục', count('>=', 1, 'danh mục')],
  ['Tối thiểu 1\ndanh mục', count('>=', 1, 'danh mục')],
  // Comparators.
  ['>80%', pct('>', 80)],
  ['> 80 %', pct('>', 80)],
  ['≥80%', pct('>=', 80)],
  ['>=80%', pct('>=', 80)],
  ['=>80%', pct('>=', 80)],
  ['≤5%', pct('<=', 5)],
  ['<=5%', pct('<=', 5)],
  ['<5%', pct('<', 5)],
  ['=100%', pct('=', 100)],
  ['Tối thiểu 80%', pct('>=', 80)],
  ['tối thiểu 80%', pct('>=', 80)],
  ['TỐI THIỂU 80%', pct('>=', 80)],
  ['Ít nhất 80%', pct('>=', 80)],
  ['ít nhất 80%', pct('>=', 80)],
  ['Không dưới 80%', pct('>=', 80)],
  ['Đạt tối thiểu 80%', pct('>=', 80)],
  ['80% trở lên', pct('>=', 80)],
  ['Trên 70%', pct('>', 70)],
  ['đạt trên 70%', pct('>', 70)],
  ['Đạt trên 70%', pct('>', 70)],
  ['Dưới 5%', pct('<', 5)],
  ['Tối đa 5%', pct('<=', 5)],
  ['Không quá 5%', pct('<=', 5)],
  ['Đạt 90%', pct('=', 90)],
  ['50%', pct('=', 50)],
  ['50,5%', pct('=', 50.5)],
  ['50.5%', pct('=', 50.5)],
  ['80 phần trăm', pct('=', 80)],
  ['100%.', pct('=', 100)],
  // Out of range: still read; isIndicatorValid flags it.
  ['150%', pct('=', 150)],
  ['-5%', pct('=', -5)],
  // Spacing and line breaks.
  ['  Tối  thiểu\n80% ', pct('>=', 80)],
  ['đạt\ntrên 70%', pct('>', 70)],
  // Counts.
  ['02 hệ thống', count('=', 2, 'hệ thống')],
  ['Tối thiểu 01 xã, phường, thị trấn', count('>=', 1, 'xã, phường, thị trấn')],
  ['Ít nhất 3 Hội nghị', count('>=', 3, 'Hội nghị')],
  ['1.000 doanh nghiệp', count('=', 1000, 'doanh nghiệp')],
  ['12', count('=', 12, null)],
  // A single percentage inside a sentence.
  ['Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%', pct('>', 80)],
  ['Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%', pct('=', 90)],
  ['Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến', pct('>=', 80)],
  ['100% thủ tục hành chính đủ điều kiện', pct('=', 100)],
  ['100% (năm 2026)', pct('=', 100)],
  // Qualitative.
  ['Thường xuyên', QUALITATIVE],
  ['Hoàn thành', QUALITATIVE],
  ['Rút ngắn 40%-60% thời gian họp', QUALITATIVE],
  ['90% hồ sơ cấp tỉnh; 80% hồ sơ cấp huyện', QUALITATIVE],
  ['Mỗi huyện có tối thiểu 01 xã hoàn thành chuyển đổi số trong năm 2023', QUALITATIVE],
  ['Nghị quyết của HĐND tỉnh', QUALITATIVE],
  ['1.2.3%', QUALITATIVE],
  ['2022-2025', QUALITATIVE],
];

describe('parseIndicator', () => {
  it.each(CASES)('%j', (input, expected) => {
    const ind = parseIndicator(input);
    expect(ind).toEqual({ raw: input.trim(), ...expected });
    expect(indicatorSchema.safeParse(ind).success).toBe(true);
  });

  it.each(CASES)('decomposed (NFD) %j reads the same', (input, expected) => {
    const ind = parseIndicator(input.normalize('NFD'));
    // The unit keeps the cell's characters, so compare it in NFC.
    expect({ ...ind, raw: undefined, unit: ind?.unit?.normalize('NFC') ?? null }).toEqual({ ...expected, raw: undefined });
  });

  it.each(['', '   ', '\n'])('empty %j → null', (input) => {
    expect(parseIndicator(input)).toBeNull();
  });

  it('keeps the original text in raw', () => {
    expect(parseIndicator(' Tối thiểu 1\ndanh mục ')?.raw).toBe('Tối thiểu 1\ndanh mục');
  });
});

describe('isIndicatorValid', () => {
  const cases: ReadonlyArray<readonly [Indicator, boolean]> = [
    [{ raw: '100%', kind: 'percent', comparator: '=', value: 100, unit: '%' }, true],
    [{ raw: '0%', kind: 'percent', comparator: '=', value: 0, unit: '%' }, true],
    [{ raw: '50,5%', kind: 'percent', comparator: '=', value: 50.5, unit: '%' }, true],
    [{ raw: '150%', kind: 'percent', comparator: '=', value: 150, unit: '%' }, false],
    [{ raw: '-5%', kind: 'percent', comparator: '=', value: -5, unit: '%' }, false],
    [{ raw: '?', kind: 'percent', comparator: '=', value: Number.NaN, unit: '%' }, false],
    [{ raw: '?', kind: 'percent', comparator: null, value: null, unit: '%' }, false],
    [{ raw: '02 hệ thống', kind: 'count', comparator: '=', value: 2, unit: 'hệ thống' }, true],
    [{ raw: '-2 hệ thống', kind: 'count', comparator: '=', value: -2, unit: 'hệ thống' }, false],
    [{ raw: 'Thường xuyên', kind: 'qualitative', comparator: null, value: null, unit: null }, true],
  ];
  it.each(cases)('%j → %p', (ind, expected) => {
    expect(isIndicatorValid(ind)).toBe(expected);
  });

  it('agrees with parseIndicator on percentages', () => {
    expect(isIndicatorValid(parseIndicator('>15%') as Indicator)).toBe(true);
    expect(isIndicatorValid(parseIndicator('150%') as Indicator)).toBe(false);
  });
});

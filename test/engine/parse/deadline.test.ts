import { DEADLINE_KINDS, deadlineSchema, type DeadlineKind } from '../../../src/engine/report';
import { excelSerialToIso, isoToExcelSerial, parseDeadline } from '../../../src/engine/parse/deadline';
import { readColumnCells, SAMPLE_PAIRS } from './samples';

type Row = readonly [input: string, kind: DeadlineKind, due: string | null];

/**
 * Every distinct deadline text on an item row of shared/samples (THỜI HẠN / THỜI GIAN
 * columns, clean and messy copies). The last test checks this list is complete.
 */
const SAMPLE_DEADLINES: readonly Row[] = [
  ['2021-2025', 'range', '2025-12-31'],
  ['Năm 2023', 'year', '2023-12-31'],
  ['Năm  2023', 'year', '2023-12-31'],
  ['2025', 'year', '2025-12-31'],
  ['2024', 'year', '2024-12-31'],
  ['2023', 'year', '2023-12-31'],
  ['2022', 'year', '2022-12-31'],
  ['2022-2023', 'range', '2023-12-31'],
  ['2022-2023 ', 'range', '2023-12-31'],
  ['2022-2024', 'range', '2024-12-31'],
  ['2022-2025', 'range', '2025-12-31'],
  ['2022 -2025', 'range', '2025-12-31'],
  ['2023-2024', 'range', '2024-12-31'],
  ['2023-2025', 'range', '2025-12-31'],
  ['2024-2025', 'range', '2025-12-31'],
  ['Hằng năm', 'recurring', null],
  ['Hằng năm theo nhu cầu nâng cấp của các sở, ban, ngành', 'recurring', null],
  ['Hằng năm\ntheo nhu cầu\nnâng cấp của\ncác sở, ban,\nngành', 'recurring', null],
  ['Khi có hướng dẫn của Bộ TT&TT', 'conditional', null],
  ['Khi có hướng dẫn\ncủa Bộ TT&TT', 'conditional', null],
];

/** The kinds and examples of shared/domain/report-format.md and the variants people type. */
const TEXT_CASES: readonly Row[] = [
  // date
  ['20/12/2025', 'date', '2025-12-20'],
  ['Trước ngày 20/12/2025', 'date', '2025-12-20'],
  ['trước ngày 20/12/2025.', 'date', '2025-12-20'],
  ['Chậm nhất ngày 20/12/2025', 'date', '2025-12-20'],
  ['Hoàn thành trước ngày 5/1/2026', 'date', '2026-01-05'],
  ['ngày 20 tháng 12 năm 2025', 'date', '2025-12-20'],
  ['Ngày 20 tháng 12 năm 2025', 'date', '2025-12-20'],
  ['20-12-2025', 'date', '2025-12-20'],
  ['20.12.2025', 'date', '2025-12-20'],
  ['20 / 12 / 2025', 'date', '2025-12-20'],
  ['29/02/2024', 'date', '2024-02-29'],
  ['31/02/2025', 'unknown', null],
  ['29/02/2025', 'unknown', null],
  ['29/02/2100', 'unknown', null],
  ['32/01/2025', 'unknown', null],
  ['20/13/2025', 'unknown', null],
  ['20/12-2025', 'unknown', null],
  // month
  ['Tháng 8/2025', 'month', '2025-08-31'],
  ['tháng 8/2025', 'month', '2025-08-31'],
  ['THÁNG 02/2024', 'month', '2024-02-29'],
  ['Tháng 2/2025', 'month', '2025-02-28'],
  ['08/2025', 'month', '2025-08-31'],
  ['8-2025', 'month', '2025-08-31'],
  ['T8/2025', 'month', '2025-08-31'],
  ['t12/2025', 'month', '2025-12-31'],
  ['tháng 8 năm 2025', 'month', '2025-08-31'],
  ['Trong tháng 9/2025', 'month', '2025-09-30'],
  ['Tháng 13/2025', 'unknown', null],
  ['Tháng 0/2025', 'unknown', null],
  // quarter
  ['Quý III/2025', 'quarter', '2025-09-30'],
  ['Quý 3 năm 2025', 'quarter', '2025-09-30'],
  ['Quý IV năm 2025', 'quarter', '2025-12-31'],
  ['Quý I/2024', 'quarter', '2024-03-31'],
  ['quý II/2024', 'quarter', '2024-06-30'],
  ['Q3/2025', 'quarter', '2025-09-30'],
  ['Quí II/2025', 'quarter', '2025-06-30'],
  ['Quý III - 2025', 'quarter', '2025-09-30'],
  ['Q4 2025', 'quarter', '2025-12-31'],
  ['Trong Quý I năm 2026', 'quarter', '2026-03-31'],
  ['Quý V/2025', 'unknown', null],
  // half
  ['6 tháng đầu năm 2025', 'half', '2025-06-30'],
  ['6 tháng cuối năm 2025', 'half', '2025-12-31'],
  ['Sáu tháng đầu năm 2024', 'half', '2024-06-30'],
  ['Trong 6 tháng cuối năm 2024', 'half', '2024-12-31'],
  ['Nửa đầu năm 2025', 'half', '2025-06-30'],
  // year
  ['2025', 'year', '2025-12-31'],
  ['Năm 2023', 'year', '2023-12-31'],
  ['năm  2023', 'year', '2023-12-31'],
  ['Năm\n2023', 'year', '2023-12-31'],
  ['Năm\r\n2023', 'year', '2023-12-31'],
  ['  Năm 2023  ', 'year', '2023-12-31'],
  ['NĂM 2023', 'year', '2023-12-31'],
  ['Trong năm 2024', 'year', '2024-12-31'],
  ['trong năm 2024', 'year', '2024-12-31'],
  ['Hoàn thành trong năm 2024', 'year', '2024-12-31'],
  ['Đến hết năm 2025', 'year', '2025-12-31'],
  ['Năm 2023.', 'year', '2023-12-31'],
  ['1899', 'unknown', null],
  ['2101', 'unknown', null],
  // range
  ['2022-2025', 'range', '2025-12-31'],
  ['2022 -2025', 'range', '2025-12-31'],
  ['2023 - 2024', 'range', '2024-12-31'],
  ['2022–2025', 'range', '2025-12-31'],
  ['2022—2025', 'range', '2025-12-31'],
  ['Giai đoạn 2022-2025', 'range', '2025-12-31'],
  ['giai đoạn 2022 - 2025', 'range', '2025-12-31'],
  ['2021 - 2025', 'range', '2025-12-31'],
  ['Từ năm 2022 đến năm 2025', 'range', '2025-12-31'],
  ['Năm 2022-2023', 'range', '2023-12-31'],
  ['2025-2022', 'unknown', null],
  ['2022-2025-2030', 'unknown', null],
  // recurring
  ['Thường xuyên', 'recurring', null],
  ['Thực hiện thường xuyên', 'recurring', null],
  ['THƯỜNG XUYÊN', 'recurring', null],
  ['Hằng năm', 'recurring', null],
  ['Hàng năm', 'recurring', null],
  ['Định kỳ', 'recurring', null],
  ['Hằng quý', 'recurring', null],
  ['Hàng tháng', 'recurring', null],
  ['Thường xuyên, liên tục', 'recurring', null],
  ['Trước ngày 15/12 hằng năm', 'recurring', null],
  // done
  ['Đã hoàn thành', 'done', null],
  ['đã hoàn thành', 'done', null],
  ['ĐÃ HOÀN THÀNH', 'done', null],
  ['Đã hoàn thành năm 2023', 'done', null],
  // conditional
  ['Ngay sau khi Trung ương ban hành văn bản', 'conditional', null],
  ['Theo Kế hoạch của tỉnh', 'conditional', null],
  ['Khi có hướng dẫn của Bộ TT&TT', 'conditional', null],
  ['Sau khi Đề án được phê duyệt', 'conditional', null],
  // unknown
  ['', 'unknown', null],
  ['   ', 'unknown', null],
  ['Sớm', 'unknown', null],
  ['Nhiệm vụ, kinh phí cụ thể tại Kế hoạch số 285/KH-UBND ngày 19/11/2021', 'unknown', null],
  ['2023 và các năm tiếp theo', 'unknown', null],
  ['Quý III', 'unknown', null],
  ['20/12', 'unknown', null],
  ['Năm 20233', 'unknown', null],
];

function nfd(s: string): string {
  return s.normalize('NFD');
}

describe('parseDeadline: sample appendices', () => {
  it.each(SAMPLE_DEADLINES)('%j → %s %s', (input, kind, due) => {
    expect(parseDeadline(input)).toEqual({ raw: input.trim(), kind, due });
  });

  it('lists every distinct deadline text in shared/samples, and none of them is unknown', async () => {
    const seen = new Set<string>();
    for (const pair of SAMPLE_PAIRS) {
      for (const file of [pair.clean, pair.messy]) {
        for (const cell of await readColumnCells(file, /^thoi (han|gian)/)) if (cell.text !== '') seen.add(cell.text);
      }
    }
    const listed = new Set(SAMPLE_DEADLINES.map(([input]) => input));
    expect([...seen].filter((t) => !listed.has(t))).toEqual([]);
    expect([...listed].filter((t) => !seen.has(t))).toEqual([]);
    for (const text of seen) expect(parseDeadline(text).kind).not.toBe('unknown');
  });
});

describe('parseDeadline: text', () => {
  it.each(TEXT_CASES)('%j → %s %s', (input, kind, due) => {
    const d = parseDeadline(input);
    expect(d).toEqual({ raw: input.trim(), kind, due });
    expect(deadlineSchema.safeParse(d).success).toBe(true);
  });

  it.each(TEXT_CASES)('decomposed (NFD) %j reads the same', (input, kind, due) => {
    expect(parseDeadline(nfd(input))).toEqual({ raw: nfd(input).trim(), kind, due });
  });

  it('keeps the original characters in raw (only trimmed)', () => {
    expect(parseDeadline(' Năm  2023\n').raw).toBe('Năm  2023');
    expect(parseDeadline('Khi có hướng dẫn\ncủa Bộ TT&TT').raw).toBe('Khi có hướng dẫn\ncủa Bộ TT&TT');
  });
});

describe('parseDeadline: other cell values', () => {
  const cases: ReadonlyArray<readonly [string | number | boolean | null, { date?: boolean } | undefined, string, DeadlineKind, string | null]> = [
    [null, undefined, '', 'unknown', null],
    [2025, undefined, '2025', 'year', '2025-12-31'],
    [1900, undefined, '1900', 'year', '1900-12-31'],
    [2100, undefined, '2100', 'year', '2100-12-31'],
    [2101, undefined, '2101', 'unknown', null],
    [2025.5, undefined, '2025.5', 'unknown', null],
    [45000, undefined, '45000', 'unknown', null],
    [45000, { date: false }, '45000', 'unknown', null],
    [45000, { date: true }, '15/03/2023', 'date', '2023-03-15'],
    [45000.75, { date: true }, '15/03/2023', 'date', '2023-03-15'],
    [46011, { date: true }, '20/12/2025', 'date', '2025-12-20'],
    [61, { date: true }, '01/03/1900', 'date', '1900-03-01'],
    [60, { date: true }, '60', 'unknown', null],
    [0, { date: true }, '0', 'unknown', null],
    [-1, { date: true }, '-1', 'unknown', null],
    [Number.NaN, { date: true }, 'NaN', 'unknown', null],
    [true, undefined, 'TRUE', 'unknown', null],
    ['2025', { date: true }, '2025', 'year', '2025-12-31'],
  ];
  it.each(cases)('%p %p → %j %s %s', (input, opts, raw, kind, due) => {
    expect(parseDeadline(input, opts)).toEqual({ raw, kind, due });
  });
});

describe('Excel serials', () => {
  const cases: ReadonlyArray<readonly [number, string | null]> = [
    [1, '1900-01-01'],
    [31, '1900-01-31'],
    [59, '1900-02-28'],
    [60, null], // Excel's fake 29/02/1900
    [61, '1900-03-01'],
    [366, '1900-12-31'],
    [367, '1901-01-01'],
    [36526, '2000-01-01'],
    [45000, '2023-03-15'],
    [45351, '2024-02-29'],
    [46011, '2025-12-20'],
    [2958465, '9999-12-31'],
    [2958466, null],
    [0, null],
    [-5, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ];
  it.each(cases)('excelSerialToIso(%p) → %p', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
    if (iso !== null) expect(isoToExcelSerial(iso)).toBe(serial);
  });

  it.each(['', '2025-02-29', '2025-13-01', '1899-12-31', '20/12/2025', '2025-1-1'])('isoToExcelSerial(%p) is NaN', (iso) => {
    expect(isoToExcelSerial(iso)).toBeNaN();
  });

  it('round-trips every day from 1900 to 2100', () => {
    const first = isoToExcelSerial('1900-01-01');
    const last = isoToExcelSerial('2100-12-31');
    for (let s = first; s <= last; s++) {
      if (s === 60) continue;
      const iso = excelSerialToIso(s);
      expect(iso).not.toBeNull();
      if (isoToExcelSerial(iso as string) !== s) throw new Error(`serial ${s} → ${iso} → ${isoToExcelSerial(iso as string)}`);
    }
  });
});

it('every kind of the contract is produced by some case', () => {
  const produced = new Set(TEXT_CASES.map(([input]) => parseDeadline(input).kind));
  expect([...produced].sort()).toEqual([...DEADLINE_KINDS].sort());
});

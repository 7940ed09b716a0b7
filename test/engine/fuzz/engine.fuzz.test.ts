/**
 * Property tests of the whole engine on random grids: table detection, row classification,
 * item parsing, totals, every rule and the cleaner must survive anything a host can hand over
 * (strings, numbers, booleans, Excel errors and dates, empty cells, ragged rows, merged areas
 * that overlap the header or run off the sheet), and what they return must keep the contract.
 *
 *   npx jest test/engine/fuzz                     quick mode, 300 runs per property (a few seconds)
 *   FUZZ_RUNS=5000 npx jest test/engine/fuzz      long mode
 *   FUZZ_SEED=123 FUZZ_PATH=... npx jest …        replay a failure fast-check printed
 *
 * Grids come in two flavours: appendix-like (title lines, a header of real header words, data
 * rows drawn from per-column pools of real cell values mixed with noise, repeated headers,
 * page numbers, total rows) so the rules and totals actually run; and chaotic (any cell
 * anywhere) so detection meets rows it was not written for. Failures found by these
 * properties are kept below as named regression tests.
 */
import fc from 'fast-check';
import {
  analyzeSheet,
  analyzeWorkbook,
  cleanSheet,
  gridFromValues,
  reportSchema,
  sheetReportSchema,
  type Cell,
  type CellScalar,
  type MergedArea,
  type SheetGrid,
  type SheetReport,
} from '../../../src/engine';
import { encodeTcvn3, encodeVni } from '../../../src/engine/encoding';
import type { AnalyzeOptionsInput } from '../../../src/engine/options';
import { COLUMN_ROLES, RULE_IDS } from '../../../src/engine/report';
import { UnitDirectory } from '../../../src/engine/units/directory';

const NUM_RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 300;
const params: fc.Parameters<unknown> = {
  numRuns: NUM_RUNS,
  // The default run uses a fixed seed so CI is repeatable; the long mode explores fresh seeds.
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : process.env.FUZZ_RUNS ? {} : { seed: 20261123 }),
  ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
};
// Long mode needs more than jest's default 60 s per test.
jest.setTimeout(Math.max(60_000, NUM_RUNS * 200));

// ---------------------------------------------------------------------------------------------
// Cell pools: pieces of real appendices, so random grids reach the interesting branches.

const HEADER_WORDS = [
  'STT', 'TT', 'Số TT', 'Nội dung nhiệm vụ', 'NỘI DUNG MỤC TIÊU', 'Nhiệm vụ', 'Tên nhiệm vụ, dự án', 'Chỉ tiêu',
  'Chỉ tiêu nhiệm vụ', 'Chỉ tiêu (năm 2026)', 'Đơn vị chủ trì', 'CƠ QUAN\nCHỦ TRÌ', 'Đơn vị chủ trủ trì',
  'Đơn vị giao thực hiện', 'Lãnh đạo chủ trì', 'Đơn vị/chuyên viên chủ trì', 'Đơn vị phối hợp', 'Cơ quan phối hợp',
  'Thời hạn hoàn thành', 'THỜI GIAN THỰC HIỆN', 'Tình trạng', 'Tiến độ', 'Kết quả thực hiện', 'Kinh phí (Triệu đồng)',
  'DỰ KIẾN KINH PHÍ (Triệu đồng)', 'ĐTC', 'SN', 'Dự toán năm 2026', 'Kinh phí (đồng)', 'Kinh phí (Tỷ đồng)',
  'Kết quả/ Sản phẩm', 'Cách thức triển khai', 'Quyết định chủ trương đầu tư', 'Ghi chú',
];
const STTS: CellScalar[] = [
  'I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XL', 'C', 'IIII', 'i.', 'II.', '1', '1.', '2', '3', '4', '10', '1.1', '1.2', '3.10',
  '1.1.1', '(1)', '(2)', 'a)', 'b.', 'đ)', '0', '999', '1000', '1.2.3.4.5', '..', '1..2', '-1', ' 2 ', 1, 2, 3, 2.5, 0, -1, 1000,
];
const DEADLINES: CellScalar[] = [
  '2025', 'Năm 2023', '2022-2025', '2022 -2025', 'Tháng 8/2025', '08/2025', 'T8/2025', 'Trước ngày 20/12/2025', '20/12/2025',
  '31/02/2025', '99/99/9999', 'Quý III/2025', 'Quý 3 năm 2025', 'Quý V/2025', '6 tháng đầu năm 2025', 'Thường xuyên',
  'Hằng năm', 'Định kỳ', 'Đã hoàn thành', 'Khi có hướng dẫn của Bộ TT&TT', 'Ngay sau khi Trung ương ban hành văn bản',
  'Năm 0000', 'Năm 9999', '0/0', 'Tháng 13/2025', 'Sớm', 45000, 1, -5, 2958466,
];
const OWNERS: CellScalar[] = [
  'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'Sở TTTT', 'Trung THCB', 'Phòng KSTTHC', 'Các sở, ban, ngành, địa phương',
  'Sở Y tế; Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Nguyễn Minh Cường/Nguyễn Tuấn Hòa', 'UBND các huyện, thành phố',
  'Sở Y tế\nSở Nội vụ', '/', ';', ',', '&', 'Sở Tài chánh', 'Ban Bí ẩn',
];
const BUDGETS: CellScalar[] = [
  '3.954', '385.000', '2,5', '1.200,5', '-3.954', '0', ' 900 ', '1,200', '1.200.000', '1e5', 'NaN', 'Infinity', '-', 'x',
  'Nhiệm vụ, kinh phí cụ thể tại Kế hoạch số 285/KH-UBND', 'Lồng ghép nguồn kinh phí thường xuyên', 100, 0, -5, 3954.5,
  1e15, -1e15, 0.1, 0.2, 0.3,
];
const STATUSES: CellScalar[] = ['Đã hoàn thành', 'Hoàn thành', 'Xong', 'Đang thực hiện', 'Chưa hoàn thành', ''];
const INDICATORS: CellScalar[] = ['100%', '>15%', '>80%', '120%', '-5%', '≥ 90%', 'Tối thiểu 1 danh mục', 'đạt trên 70%', 'Thường xuyên', '%', '>%'];
const TEXTS: CellScalar[] = [
  'Tổng cộng', 'Cộng', 'Tổng', 'TỔNG CỘNG', 'Tổng cộng mục I', 'Cộng phần II:', 'Tổng kinh phí', 'PHỤ LỤC I', 'Đơn vị: Triệu đồng',
  '(Kèm theo Kế hoạch số …/KH-UBND)', 'Xây dựng kho dữ liệu dùng chung', 'và các ứng dụng', '(theo Đề án 06)', ', tiếp theo',
  'NHIỆM VỤ CHUNG', 'Danh mục đơn vị', 'Tỷ lệ hồ sơ'.normalize('NFD'), encodeTcvn3('Nội dung nhiệm vụ'), encodeVni('Sở Tài chính'),
  encodeTcvn3('Đẩy mạnh chuyển đổi số'), '  Sở  Y tế  ', 'a\nb', '\n', ' ', '\u00a0', '\t', 'x'.repeat(95), 'Nội dung '.repeat(12),
  '{stt}', '{value}', '#REF!', '=SUM(A1:A2)', 'TRUE',
];

const pool = (values: readonly CellScalar[]) => fc.constantFrom(...values);

/** Special cells a host can produce: errors, dates, fonts, formats, formulas. */
const specialCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom('#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?').map((e): Cell => ({ value: e, error: true })),
  fc.integer({ min: -1000, max: 3_000_000 }).map((serial): Cell => ({ value: serial, date: true })),
  fc.double({ min: -1e6, max: 3e6, noNaN: true }).map((serial): Cell => ({ value: serial, date: true, numberFormat: 'dd/mm/yyyy' })),
  fc.record({ value: fc.oneof(pool(TEXTS), fc.string()), font: fc.constantFrom('.VnTime', '.VnTimeH', 'VNI-Times', 'Times New Roman', '') }).map((c): Cell => c),
  fc.record({ value: fc.oneof(fc.integer(), pool(BUDGETS)), numberFormat: fc.constantFrom('General', '@', '#,##0', '0%', 'dd/mm/yyyy') }).map((c): Cell => c),
  fc.record({ value: fc.integer({ min: -1e6, max: 1e6 }), formula: fc.constantFrom('SUM(H2:H9)', 'A1+B1', '') }).map((c): Cell => c),
);

type Value = CellScalar | Cell;

/** Anything at all, header words and pool values included. */
const anyCell: fc.Arbitrary<Value> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 6 },
  { arbitrary: pool(HEADER_WORDS), weight: 2 },
  { arbitrary: pool(STTS), weight: 2 },
  { arbitrary: pool(DEADLINES), weight: 1 },
  { arbitrary: pool(OWNERS), weight: 1 },
  { arbitrary: pool(BUDGETS), weight: 1 },
  { arbitrary: pool(TEXTS), weight: 2 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 10 }), weight: 1 },
  { arbitrary: fc.integer({ min: -100_000, max: 100_000 }), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: specialCell, weight: 1 },
);

/** Per-column pools for data rows, so columns look like STT, owner, deadline, budget … columns. */
const COLUMN_POOLS: readonly fc.Arbitrary<Value>[] = [STTS, TEXTS, INDICATORS, OWNERS, OWNERS, DEADLINES, STATUSES, BUDGETS, BUDGETS].map((p) => pool(p));
/** The pool a column's header asks for (mostly), else the randomly drawn one. */
const POOL_BY_HEADER: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(STT|TT|Số TT)$/, 0],
  [/kinh phí|KINH PHÍ|^ĐTC$|^SN$|Dự toán/, 7],
  [/Chỉ tiêu \(|^Chỉ tiêu$/, 2],
  [/chủ trì|CHỦ TRÌ|phối hợp|giao thực hiện/, 3],
  [/Thời|THỜI/, 5],
  [/Tình trạng|Tiến độ|Kết quả thực hiện/, 6],
];
function poolFor(header: Value, drawn: number, followHeader: boolean): number {
  if (!followHeader || typeof header !== 'string') return drawn;
  return POOL_BY_HEADER.find(([re]) => re.test(header))?.[1] ?? drawn;
}

const DATA_CELLS: readonly fc.Arbitrary<Value>[] = COLUMN_POOLS.map((p) =>
  fc.oneof({ arbitrary: p, weight: 5 }, { arbitrary: fc.constant(null), weight: 3 }, { arbitrary: anyCell, weight: 2 }),
);

// ---------------------------------------------------------------------------------------------
// Grids

const MAX_ROWS = 60;
const MAX_COLS = 14;

const chaoticRows = fc.array(fc.array(anyCell, { maxLength: MAX_COLS }), { maxLength: MAX_ROWS });

/**
 * A plausible STT column: sections, items, sub-items and "(1)" sub-tasks in order, with the
 * slips real tables have (a repeated number, a skipped one, a number typed as a number).
 */
const STEPS = ['section', 'item', 'item', 'item', 'child', 'child', 'sub', 'same', 'skip', 'none', 'numeric'] as const;
function sttColumn(steps: ReadonlyArray<(typeof STEPS)[number]>): CellScalar[] {
  const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  let section = 0;
  let item = 0;
  let child = 0;
  let sub = 0;
  let last: CellScalar = null;
  return steps.map((step) => {
    switch (step) {
      case 'section':
        item = 0;
        return (last = romans[section++ % romans.length]);
      case 'item':
        child = 0;
        sub = 0;
        return (last = String(++item));
      case 'child':
        sub = 0;
        return (last = `${Math.max(item, 1)}.${++child}`);
      case 'sub':
        return (last = `(${++sub})`);
      case 'same':
        return last;
      case 'skip':
        item += 2;
        return (last = String(item));
      case 'numeric':
        return (last = ++item);
      case 'none':
        return null;
    }
  });
}

const appendixRows: fc.Arbitrary<Value[][]> = fc
  .record({
    // Most appendices number their rows in the first column.
    stt: fc.option(fc.array(fc.constantFrom(...STEPS), { minLength: 50, maxLength: 50 }), { freq: 3 }),
    title: fc.array(fc.array(anyCell, { maxLength: 4 }), { maxLength: 4 }),
    header: fc.array(fc.oneof({ arbitrary: pool(HEADER_WORDS), weight: 6 }, { arbitrary: anyCell, weight: 1 }), { minLength: 2, maxLength: MAX_COLS }),
    secondHeader: fc.option(fc.array(fc.oneof(pool(['ĐTC', 'SN', 'Chủ trì', 'Phối hợp', '2025', '2026']), fc.constant(null)), { maxLength: MAX_COLS })),
    numbering: fc.boolean(),
    pools: fc.array(fc.integer({ min: 0, max: COLUMN_POOLS.length - 1 }), { minLength: MAX_COLS, maxLength: MAX_COLS }),
    followHeader: fc.boolean(),
    // Each data row: a kind, and a seed row of cells generated per column pool below.
    rows: fc.array(fc.tuple(fc.constantFrom('data', 'data', 'data', 'data', 'header', 'page', 'total', 'blank'), fc.nat(10_000)), { maxLength: 50 }),
  })
  .chain(({ stt, title, header, secondHeader, numbering, pools, followHeader, rows }) =>
    fc
      .tuple(...rows.map(() => fc.tuple(...header.map((h, c) => DATA_CELLS[poolFor(h, pools[c], followHeader)]))))
      .map((dataRows) => {
        const out: Value[][] = [...title];
        if (stt) {
          const column = sttColumn(stt);
          dataRows.forEach((r, i) => (r[0] = column[i]));
          header = ['STT', ...header.slice(1)];
        }
        out.push(header);
        if (secondHeader) out.push(secondHeader);
        if (numbering) out.push(header.map((_, c) => `(${c + 1})`));
        rows.forEach(([kind, n], i) => {
          if (kind === 'header') out.push([...header]);
          else if (kind === 'page') out.push([n % 40]);
          else if (kind === 'total') out.push(['Tổng cộng', ...dataRows[i].slice(1)]);
          else if (kind === 'blank') out.push([]);
          else out.push(dataRows[i]);
        });
        return out;
      }),
  );

/** Merged areas: small ones, ones on the header rows, huge ones, ones past the sheet's edge. */
function mergesFor(rowCount: number): fc.Arbitrary<MergedArea[]> {
  const span = fc.oneof({ arbitrary: fc.nat(3), weight: 4 }, { arbitrary: fc.nat(100), weight: 1 }, { arbitrary: fc.constant(1_048_575), weight: 1 });
  const colSpan = fc.oneof({ arbitrary: fc.nat(3), weight: 4 }, { arbitrary: fc.nat(20), weight: 1 }, { arbitrary: fc.constant(16_383), weight: 1 });
  const area = fc
    .record({ top: fc.nat(Math.max(0, rowCount + 2)), left: fc.nat(MAX_COLS + 2), height: span, width: colSpan })
    .map(({ top, left, height, width }): MergedArea => ({ top, left, bottom: top + height, right: left + width }));
  return fc.array(area, { maxLength: 8 });
}

const gridArb: fc.Arbitrary<SheetGrid> = fc
  .oneof({ arbitrary: appendixRows, weight: 3 }, { arbitrary: chaoticRows, weight: 1 })
  .chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      merges: mergesFor(rows.length),
      originRow: fc.oneof(fc.constant(0), fc.nat(5)),
      originCol: fc.oneof(fc.constant(0), fc.nat(3)),
      name: fc.constantFrom('Phụ lục', 'Sheet1', 'Danh mục đơn vị'),
    }),
  )
  .map(({ rows, merges, originRow, originCol, name }) => ({ ...gridFromValues(name, rows, merges), originRow, originCol }));

const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'Z', 'AA'];
const optionsArb: fc.Arbitrary<AnalyzeOptionsInput> = fc.record({
  asOf: isoDate,
  lang: fc.constantFrom('vi' as const, 'en' as const),
  numberConvention: fc.constantFrom('auto' as const, 'vi' as const, 'en' as const),
  columnOverrides: fc.oneof(
    { arbitrary: fc.constant({}), weight: 3 },
    {
      arbitrary: fc
        .dictionary(fc.constantFrom(...LETTERS), fc.constantFrom(...COLUMN_ROLES, 'ignore' as const), { maxKeys: 4 })
        .map((o) => ({ 'Phụ lục': o, Sheet1: o })),
      weight: 1,
    },
  ),
});

const USER_UNITS = new UnitDirectory([{ canonical: 'Sở Y tế', aliases: ['SYT'] }, { canonical: 'Sở Tài chính', aliases: [] }], true);
const unitsArb = fc.constantFrom<UnitDirectory | null | undefined>(undefined, null, USER_UNITS);

// ---------------------------------------------------------------------------------------------
// Checks

function addressRow(cell: string): number {
  const m = /^[A-Z]{1,3}(\d+)$/.exec(cell);
  if (!m) throw new Error(`finding cell is not an A1 address: ${JSON.stringify(cell)}`);
  return Number(m[1]);
}

/** The contract, plus what the contract implies but zod cannot say. */
function checkSheetReport(report: SheetReport, grid: SheetGrid): void {
  const parsed = sheetReportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`report breaks the contract: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  // What --format json prints must still satisfy it (NaN/Infinity would turn into null).
  const reparsed = sheetReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
  if (!reparsed.success) throw new Error(`JSON of the report breaks the contract: ${JSON.stringify(reparsed.error.issues.slice(0, 3))}`);

  const firstSheetRow = grid.originRow + 1;
  const lastSheetRow = grid.originRow + grid.cells.length;
  for (const f of report.findings) {
    expect(RULE_IDS).toContain(f.rule);
    expect(addressRow(f.cell)).toBe(f.row);
    if (f.row < firstSheetRow || f.row > lastSheetRow) throw new Error(`finding ${f.rule} at ${f.cell} lies outside the grid (rows ${firstSheetRow}–${lastSheetRow})`);
  }
  const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
  expect(report.counts).toMatchObject({ items: report.items.length, errors: count('error'), warnings: count('warning'), infos: count('info') });
  if (report.table) {
    for (const item of report.items) {
      if (item.row < report.table.firstRow || item.row > report.table.lastRow) throw new Error(`item row ${item.row} outside the table ${report.table.firstRow}–${report.table.lastRow}`);
    }
  } else {
    expect(report.items).toEqual([]);
    expect(report.findings).toEqual([]);
  }
  for (const more of report.moreTables ?? []) checkSheetReport(more, grid);
}

const valuesOf = (grid: SheetGrid) => grid.cells.map((r) => r.map((c) => (c === null ? null : { value: c.value, formula: c.formula ?? null })));

/** Cleaning the cleaned grid again changes nothing. */
function checkCleanIdempotent(grid: SheetGrid, options: AnalyzeOptionsInput): void {
  const before = JSON.stringify(grid);
  const once = cleanSheet(grid, options);
  expect(JSON.stringify(grid)).toBe(before); // the cleaned copy is new; the source grid is untouched
  expect(once.rows.length).toBe(once.grid.cells.length);
  const twice = cleanSheet(once.grid, options);
  expect(twice.changes).toEqual([]);
  expect(valuesOf(twice.grid)).toEqual(valuesOf(once.grid));
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('engine on random grids', () => {
  it(`analyzeSheet never throws, keeps the report contract and leaves the grid alone (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(gridArb, optionsArb, unitsArb, (grid, options, units) => {
        const before = JSON.stringify(grid);
        const report = analyzeSheet(grid, options, units === undefined ? {} : { units });
        checkSheetReport(report, grid);
        expect(JSON.stringify(grid)).toBe(before); // the user's sheet is only read
      }),
      params,
    );
  });

  it(`analyzeWorkbook (with a unit sheet) keeps the whole report contract (${Math.ceil(NUM_RUNS / 3)} runs)`, () => {
    const unitSheet = gridFromValues('Danh mục đơn vị', [['Tên đơn vị', 'Tên viết tắt'], ['Sở Y tế', 'SYT'], ['Ban Bí ẩn', 'BBA; Ban BA']]);
    fc.assert(
      fc.property(fc.array(gridArb, { minLength: 1, maxLength: 3 }), optionsArb, (grids, options) => {
        const named = grids.map((g, i) => ({ ...g, name: `${g.name} ${i}` }));
        const report = analyzeWorkbook([...named, unitSheet], options);
        const parsed = reportSchema.safeParse(JSON.parse(JSON.stringify(report)));
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
        expect(report.sheets.map((s) => s.sheet)).toEqual(named.map((g) => g.name));
      }),
      { ...params, numRuns: Math.ceil(NUM_RUNS / 3) },
    );
  });

  it(`cleanSheet never throws, leaves the grid alone and is idempotent (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(gridArb, optionsArb, (grid, options) => {
        checkCleanIdempotent(grid, options);
      }),
      params,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Regressions: counterexamples the properties found, minimised.

const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Tình trạng', 'Kinh phí (Triệu đồng)'];
const AS_OF = { asOf: '2025-01-01' };

/** The values of a grid, with array holes shown (a hole is not a Cell, and not null either). */
const withHoles = (grid: SheetGrid) => grid.cells.map((r) => Array.from(r, (c) => (c === undefined ? 'HOLE' : c === null ? null : c.value)));

describe('regressions found by the properties', () => {
  it('a merge covering the whole sheet (A1:XFD1048576) over the header', () => {
    const grid = gridFromValues('S', [HEADER, ['1', 'Việc', '100%', 'Sở Y tế', null, '2025', null, 5]], [{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);
    checkSheetReport(analyzeSheet(grid, AS_OF), grid);
    checkCleanIdempotent(grid, AS_OF);
  });

  // BUG src/engine/clean.ts (pass 1, continuation rows): `above.cells[c] = …` writes past the
  // end of a shorter row and leaves array holes; detect.ts startsWithStt (`cells.find(c => c
  // !== null && c.value …)`) then crashes on the cleaned grid.
  it('clean: a continuation row wider than its item leaves no holes, and the cleaned grid can be analysed and cleaned again', () => {
    const grid = gridFromValues('S', [HEADER.slice(0, 5), ['1', 'Xây dựng kho', 'Sở Y tế'], [null, 'dùng chung', null, null, 'Sở Tài chính'], ['2', 'Việc khác', 'Sở Y tế']]);
    const once = cleanSheet(grid, AS_OF);
    expect(withHoles(once.grid)[1]).toEqual(['1', 'Xây dựng kho dùng chung', 'Sở Y tế', null, 'Sở Tài chính']);
    expect(() => analyzeSheet(once.grid, AS_OF)).not.toThrow();
    checkCleanIdempotent(grid, AS_OF);
  });

  // BUG src/engine/clean.ts (pass 1, continuation rows): the text is joined to the previous
  // *output* row (`out[out.length - 1]`), which may be a blank row, instead of the item the
  // classifier says it continues (blank rows do not end an item).
  it('clean: a continuation row after a blank row joins its item, not the blank row', () => {
    const grid = gridFromValues('S', [HEADER, ['1', 'Xây dựng kho', '100%', 'Sở Y tế'], [], [null, 'dùng chung của tỉnh']]);
    const once = cleanSheet(grid, AS_OF);
    expect(withHoles(once.grid)[1].slice(0, 4)).toEqual(['1', 'Xây dựng kho dùng chung của tỉnh', '100%', 'Sở Y tế']);
    expect(withHoles(once.grid).slice(2).flat().filter((v) => v !== null)).toEqual([]);
  });

  // BUG src/engine/clean.ts addTotalFormulas: a 'total-formula' change is pushed for every
  // declared total, even when the cell already holds that very formula and value, so cleaning
  // a cleaned sheet reports (and the CLI rewrites) changes that change nothing.
  it('clean: a total row that already holds its SUM formula is not changed again', () => {
    const grid = gridFromValues('S', [HEADER, ['1', 'Việc', null, 'Sở Y tế', null, '2025', null, 100], ['2', 'Việc', null, 'Sở Y tế', null, '2025', null, '3.954'], ['Tổng cộng', null, null, null, null, null, null, 4054]]);
    const once = cleanSheet(grid, AS_OF);
    expect(once.grid.cells[3][7]).toMatchObject({ value: 4054, formula: 'SUM(H2:H3)' });
    expect(cleanSheet(once.grid, AS_OF).changes).toEqual([]);
  });

  // BUG src/engine/table/classify.ts: a row whose STT cell holds text that is not a number
  // ("100%") counts as a continuation, so clean appends that text to the item's STT ("(1)
  // 100%"); the item then loses its number and the next clean merges it again.
  it('clean: a continuation row with junk in the STT column does not break the STT above', () => {
    const grid = gridFromValues('S', [['STT', 'Đơn vị chủ trì', 'Thời hạn hoàn thành'], ['1', 'Sở Nội vụ', '2025'], ['(1)', 'Sở Y tế', '2025'], ['100%', 'Sở Tài chính']]);
    expect(cleanSheet(grid, AS_OF).grid.cells[2][0]?.value).toBe('(1)');
    checkCleanIdempotent(grid, AS_OF);
  });

  // BUG src/engine/items.ts buildItems (budget) + clean.ts: an amount printed on the second
  // line of a split item is ignored by the item (budget read from the item row only), so the
  // right total 600 is reported as total.mismatch (computed 100) and clean, which does move
  // the 500 up into the item row, overwrites the total with =SUM(H3) → 100.
  it('clean: an amount on the continuation row of a split item is summed by the total formula', () => {
    const grid = gridFromValues('S', [
      HEADER,
      ['1', 'Xây dựng kho', null, 'Sở Y tế', null, '2025', null, null],
      [null, 'dùng chung', null, null, null, null, null, 500],
      ['2', 'Việc khác', null, 'Sở Y tế', null, '2025', null, 100],
      ['Tổng cộng', null, null, null, null, null, null, 600],
    ]);
    const once = cleanSheet(grid, AS_OF);
    expect(withHoles(once.grid).map((r) => r[7])).toEqual(['Kinh phí (Triệu đồng)', 500, 100, 600]);
    expect(once.grid.cells[3][7]).toMatchObject({ value: 600, formula: 'SUM(H2:H3)' });
    checkCleanIdempotent(grid, AS_OF);
  });

  // BUG src/engine/clean.ts (pass 1, continuation rows): cells are joined as text in every
  // column, so two amounts become the text "100 50" — a budget number turned into a
  // budget.not-number error by the cleaner.
  it('clean: folding a continuation row never turns a budget number into text', () => {
    const grid = gridFromValues('S', [HEADER, ['1', 'Xây dựng kho', null, 'Sở Y tế', null, '2025', null, 100], [null, 'dùng chung', null, null, null, null, null, 50]]);
    const budgets = withHoles(cleanSheet(grid, AS_OF).grid).slice(1).map((r) => r[7] ?? null);
    for (const b of budgets) expect(b === null || typeof b === 'number').toBe(true);
  });

  // BUG src/engine/table/classify.ts isPageNumber: any lone whole number counts as a page
  // number, also an amount alone in the budget column (the amount line of a split row, or
  // "385.000" once clean made it a number), and clean deletes the row with the money in it.
  it('clean: a row holding only an amount in the budget column is not deleted as a page number', () => {
    const grid = gridFromValues('S', [HEADER, ['1', 'Xây dựng kho', null, 'Sở Y tế', null, '2025', null, null], [null, null, null, null, null, null, null, 500], ['2', 'Việc', null, 'Sở Y tế', null, '2025', null, 5]]);
    const once = cleanSheet(grid, AS_OF);
    expect(once.changes.map((c) => c.action)).not.toContain('remove-page-number');
    expect(withHoles(once.grid).flat()).toContain(500);
  });

  // EDGE src/engine/clean.ts addTotalFormulas (and totals.ts declaredChecks): when the
  // "Tổng cộng" label itself sits in a budget column, that cell is taken for the declared
  // amount (not-number) and clean overwrites the label with =SUM(…); the row is then no total.
  it('clean: a "Tổng cộng" label standing in a budget column is kept', () => {
    const grid = gridFromValues('S', [['Kinh phí (Triệu đồng)', 'STT', 'Đơn vị chủ trì', 'Thời hạn hoàn thành'], [100, '1', 'Sở Y tế', '2025'], ['Tổng cộng', null, null, null]]);
    expect(cleanSheet(grid, AS_OF).grid.cells[2][0]?.value).toBe('Tổng cộng');
    checkCleanIdempotent(grid, AS_OF);
  });

  // BUG src/engine/clean.ts remapMerges: a merge whose top row is a continuation row folded
  // into the row above is dropped, so the deliberate (merged) continuation row under it turns
  // into a copy-paste split on the next clean.
  it('clean: a merge starting on a folded continuation row keeps the rows under it deliberate', () => {
    const grid = gridFromValues(
      'S',
      [HEADER.slice(0, 4), ['1', 'Xây dựng kho', '100%', 'Sở Y tế'], [null, 'dùng chung'], [null, 'của tỉnh']],
      [{ top: 2, left: 0, bottom: 3, right: 0 }],
    );
    checkCleanIdempotent(grid, AS_OF);
  });
});

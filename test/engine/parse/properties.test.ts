/**
 * Property tests for the value parsers: they never throw on any text, formatNumber and
 * parseNumber round-trip, and what they return always satisfies the report contract.
 * FUZZ_RUNS=20000 npx jest test/engine/parse/properties runs the long mode.
 */
import fc from 'fast-check';
import { DEADLINE_KINDS, deadlineSchema, indicatorSchema } from '../../../src/engine/report';
import { detectConvention, formatNumber, parseNumber } from '../../../src/engine/parse/number';
import { parseDeadline, excelSerialToIso, isoToExcelSerial } from '../../../src/engine/parse/deadline';
import { isIndicatorValid, parseIndicator } from '../../../src/engine/parse/indicator';
import { splitOwners } from '../../../src/engine/parse/owners';
import { foldText } from '../../../src/engine/parse/fold';
import { foldKey } from '../../../src/engine/parse/text';
import { parseStatus } from '../../../src/engine/parse/status';

const NUM_RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 2000;
const params = { numRuns: NUM_RUNS };

/** Pieces of real cells, so random strings reach the interesting branches, not just "no match". */
const TOKENS = [
  'Năm', 'năm', 'Tháng', 'T', 'Quý', 'Q', 'III', 'IV', 'ngày', 'Trước', 'Trong', 'Giai đoạn', '6 tháng', 'đầu',
  'cuối', 'Thường xuyên', 'Hằng năm', 'Hàng quý', 'Đã hoàn thành', 'Hoàn thành', 'Xong', 'Chưa', 'Khi có',
  'Ngay sau khi', 'Theo', '2022', '2025', '1900', '2100', '20', '12', '02', '29', '31', '8', '0', '100', '1.200',
  '3.954', '2,5', '/', '-', '–', '.', ',', ';', '%', '>', '≥', '<=', '(', ')', ' ', '  ', '\n', '\r\n', '\u00a0',
  'Tối thiểu', 'tối đa', 'Trên', 'dưới', 'đạt', 'danh mục', 'hệ thống', 'trở lên', 'Sở', 'Thông tin và',
  'Truyền thông', 'Văn phòng', 'UBND tỉnh', 'Các sở, ban,', 'ngành', 'Nguyễn', 'Đ/c', 'Trần', '- ', '+ ', 'và',
  'của', 'Đài Phát thanh -', 'Truyền hình', 'đ', 'Đ', 'ư', '\u0301', '\u0323', '\ue000',
];
const vietnameseish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((parts) => parts.join(''));
const vietnameseishNfd = vietnameseish.map((s) => s.normalize('NFD'));

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-composite' }),
  vietnameseish,
  vietnameseishNfd,
);

const cellValue = fc.oneof(
  anyText,
  fc.double(),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.boolean(),
  fc.constant(null),
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealIsoDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

describe('parsers never throw', () => {
  it('parseNumber', () => {
    fc.assert(
      fc.property(cellValue, fc.constantFrom('vi' as const, 'en' as const), (v, c) => {
        const r = parseNumber(v, c);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(['empty', 'not-number']).toContain(r.reason);
      }),
      params,
    );
  });

  it('formatNumber and detectConvention', () => {
    fc.assert(
      fc.property(fc.double(), fc.array(anyText, { maxLength: 5 }), (n, samples) => {
        expect(typeof formatNumber(n, 'vi')).toBe('string');
        expect(typeof formatNumber(n, 'en')).toBe('string');
        expect(['vi', 'en']).toContain(detectConvention(samples));
      }),
      params,
    );
  });

  it('parseDeadline', () => {
    fc.assert(
      fc.property(cellValue, fc.option(fc.record({ date: fc.boolean() }), { nil: undefined }), (v, opts) => {
        parseDeadline(v, opts);
      }),
      params,
    );
  });

  it('parseIndicator', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const ind = parseIndicator(s);
        if (ind !== null) isIndicatorValid(ind);
      }),
      params,
    );
  });

  it('splitOwners', () => {
    fc.assert(fc.property(anyText, (s) => void splitOwners(s)), params);
  });

  it('parseStatus', () => {
    fc.assert(fc.property(anyText, (s) => void parseStatus(s)), params);
  });
});

describe('foldText', () => {
  it('equals foldKey on every string', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(foldText(s)).toBe(foldKey(s));
      }),
      params,
    );
  });

  it('equals foldKey on any mix of Latin letters, marks and spaces', () => {
    const latin = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x00, max: 0x24f }),
        fc.integer({ min: 0x1e00, max: 0x1eff }),
        fc.integer({ min: 0x300, max: 0x36f }),
        fc.constantFrom(0x20, 0x0a, 0x0d, 0x09, 0xa0, 0x2003, 0x3000, 0xfeff),
      ).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(latin, (s) => {
        expect(foldText(s)).toBe(foldKey(s));
      }),
      params,
    );
  });
});

describe('formatNumber / parseNumber round-trip', () => {
  const sixDecimals = fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
    .map((x) => Math.round(x * 1e6) / 1e6 + 0); // + 0 turns -0 into 0

  it.each(['vi', 'en'] as const)('numbers with up to 6 decimals (%s)', (convention) => {
    fc.assert(
      fc.property(sixDecimals, (x) => {
        expect(parseNumber(formatNumber(x, convention), convention)).toEqual({ ok: true, value: x, fromText: true });
      }),
      params,
    );
  });

  it.each(['vi', 'en'] as const)('any finite double (%s)', (convention) => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = parseNumber(formatNumber(x, convention), convention);
        expect(r.ok && r.value === x).toBe(true);
      }),
      params,
    );
  });
});

describe('parseDeadline results satisfy the contract', () => {
  const DATED = new Set(['date', 'month', 'quarter', 'half', 'year', 'range']);

  it('kind is a DEADLINE_KIND; due is null or a real ISO date, and set exactly for dated kinds', () => {
    fc.assert(
      fc.property(cellValue, fc.boolean(), (v, date) => {
        const d = parseDeadline(v, { date });
        expect(DEADLINE_KINDS).toContain(d.kind);
        expect(deadlineSchema.safeParse(d).success).toBe(true);
        if (d.due !== null) expect(isRealIsoDate(d.due)).toBe(true);
        expect(d.due !== null).toBe(DATED.has(d.kind));
        if (typeof v === 'string') expect(d.raw).toBe(v.trim());
      }),
      params,
    );
  });

  it('reads decomposed (NFD) text like composed (NFC) text', () => {
    fc.assert(
      fc.property(vietnameseish, (s) => {
        const a = parseDeadline(s.normalize('NFC'));
        const b = parseDeadline(s.normalize('NFD'));
        expect([b.kind, b.due]).toEqual([a.kind, a.due]);
      }),
      params,
    );
  });

  it('Excel serials and ISO dates convert both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_958_465 }), (serial) => {
        const iso = excelSerialToIso(serial);
        if (serial === 60) expect(iso).toBeNull();
        else {
          expect(iso !== null && isRealIsoDate(iso)).toBe(true);
          expect(isoToExcelSerial(iso as string)).toBe(serial);
        }
      }),
      params,
    );
  });
});

describe('other parser results are well-formed', () => {
  it('parseIndicator: null exactly for blank text; otherwise a schema-valid indicator', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const ind = parseIndicator(s);
        expect(ind === null).toBe(s.trim() === '');
        if (ind !== null) {
          expect(indicatorSchema.safeParse(ind).success).toBe(true);
          expect(ind.raw).toBe(s.trim());
          if (ind.kind === 'percent') expect(ind.unit).toBe('%');
          if (ind.kind === 'qualitative') expect([ind.comparator, ind.value, ind.unit]).toEqual([null, null, null]);
        }
      }),
      params,
    );
  });

  it('splitOwners: clean names, and splitting a name again gives it back', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const owner of splitOwners(s)) {
          expect(owner).not.toBe('');
          expect(owner).toBe(owner.normalize('NFC'));
          expect(owner).toBe(owner.trim());
          expect(owner).not.toMatch(/\s\s|[\n\r]/);
          expect(splitOwners(owner)).toEqual([owner]);
        }
      }),
      params,
    );
  });

  it('parseStatus: raw is the trimmed text; NFD and NFC agree', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = parseStatus(s);
        expect(r.raw).toBe(s.trim());
        expect(parseStatus(s.normalize('NFD')).done).toBe(parseStatus(s.normalize('NFC')).done);
      }),
      params,
    );
  });
});

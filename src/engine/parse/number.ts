/**
 * Numbers as people type them in Vietnamese appendices.
 *
 * Vietnamese style groups thousands with "." and marks decimals with ",": "3.954" is 3954 and
 * "2,5" is 2.5. English style is the reverse. Most strings say which style they use (two
 * different separators, a separator repeated, a separator not followed by exactly three
 * digits); only "1.200" and "1,200" are truly ambiguous, and the convention settles those.
 *
 * Parsing is strict on purpose: a budget cell holding "385.000 đồng" or "Nhiệm vụ, kinh phí
 * cụ thể tại Kế hoạch số 285/KH-UBND" is not a number, and the budget rules must say so
 * rather than guess.
 */

export type NumberConvention = 'vi' | 'en';

export type ParsedNumber =
  | { ok: true; value: number; fromText: boolean }
  | { ok: false; reason: 'empty' | 'not-number' };

const EMPTY: ParsedNumber = Object.freeze({ ok: false, reason: 'empty' }) as ParsedNumber;
const NOT_NUMBER: ParsedNumber = Object.freeze({ ok: false, reason: 'not-number' }) as ParsedNumber;

/** Sign, optional spaces, then the digits-and-separators body; or the same in parentheses. */
const SIGNED = /^([-+\u2212]?)\s*([\d.,\s]+)$/;
const PARENTHESISED = /^\(\s*([\d.,\s]+?)\s*\)$/;
/** Spaces (incl. NBSP, narrow NBSP, thin space) used as thousands separators: "1 200 000". */
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/;
const HAS_SPACE = /[ \u00a0\u202f\u2009]/;
const SPACES = /[ \u00a0\u202f\u2009]/g;
const DIGITS = /^\d+$/;
/** A grouped integer part: 1–3 digits, then groups of exactly three ("1.200.000"). */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
/** One separator followed by exactly three digits, with a first group that may be a thousands
 *  group (no leading zero): "1.200" / "1,200" — the only ambiguous shape. */
const AMBIGUOUS_DOT = /^[1-9]\d{0,2}\.\d{3}$/;
const AMBIGUOUS_COMMA = /^[1-9]\d{0,2},\d{3}$/;
const DOT_DECIMAL = /^\d+\.\d+$/;
const COMMA_DECIMAL = /^\d+,\d+$/;
/** Both separators: the last one is the decimal mark, the other must group correctly. */
const VI_FULL = /^\d{1,3}(?:\.\d{3})*,\d+$/;
const EN_FULL = /^\d{1,3}(?:,\d{3})*\.\d+$/;

/**
 * Reads the unsigned body ("1.200,5") as a non-negative number, or NaN when it is not a
 * well-formed number in any convention.
 */
function parseBody(body: string, convention: NumberConvention): number {
  if (DIGITS.test(body)) return Number(body);
  const hasDot = body.indexOf('.') >= 0;
  const hasComma = body.indexOf(',') >= 0;
  if (hasDot && hasComma) {
    if (body.lastIndexOf(',') > body.lastIndexOf('.')) {
      return VI_FULL.test(body) ? Number(body.replace(/\./g, '').replace(',', '.')) : NaN;
    }
    return EN_FULL.test(body) ? Number(body.replace(/,/g, '')) : NaN;
  }
  if (hasDot) {
    if (AMBIGUOUS_DOT.test(body)) return convention === 'vi' ? Number(body.replace('.', '')) : Number(body);
    if (DOT_DECIMAL.test(body)) return Number(body);
    if (DOT_GROUPED.test(body)) return Number(body.replace(/\./g, ''));
    return NaN;
  }
  // Only commas.
  if (AMBIGUOUS_COMMA.test(body)) return convention === 'en' ? Number(body.replace(',', '')) : Number(body.replace(',', '.'));
  if (COMMA_DECIMAL.test(body)) return Number(body.replace(',', '.'));
  if (COMMA_GROUPED.test(body)) return Number(body.replace(/,/g, ''));
  return NaN;
}

/**
 * Reads a cell value as a number. Numbers pass through; text is read in the given convention
 * when it is ambiguous ("1.200"), and unambiguously otherwise ("1.200,5", "12.34", "1.2.3"
 * is not a number). Never throws.
 */
export function parseNumber(value: string | number | boolean | null, convention: NumberConvention = 'vi'): ParsedNumber {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value, fromText: false } : NOT_NUMBER;
  if (typeof value !== 'string') return NOT_NUMBER;
  const text = value.trim();
  if (text === '') return EMPTY;

  let negative = false;
  let body: string;
  const paren = PARENTHESISED.exec(text);
  if (paren) {
    negative = true;
    body = paren[1];
  } else {
    const signed = SIGNED.exec(text);
    if (!signed) return NOT_NUMBER;
    negative = signed[1] === '-' || signed[1] === '\u2212';
    body = signed[2];
  }
  if (HAS_SPACE.test(body)) {
    if (!SPACE_GROUPED.test(body)) return NOT_NUMBER;
    body = body.replace(SPACES, '');
  }
  const n = parseBody(body, convention);
  if (Number.isNaN(n) || !Number.isFinite(n)) return NOT_NUMBER;
  return { ok: true, value: negative ? -n : n, fromText: true };
}

/**
 * The plain decimal digits of a non-negative finite number, without exponent notation:
 * String(1e21) is "1e+21" and String(1e-7) is "1e-7", neither of which people (or
 * parseNumber) read. Uses the shortest round-tripping representation, so the result parses
 * back to exactly the same double.
 */
function plainDigits(abs: number): string {
  const s = String(abs);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const mantissa = s.slice(0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const pointAt = (dot < 0 ? mantissa.length : dot) + exponent;
  if (pointAt <= 0) return '0.' + '0'.repeat(-pointAt) + digits;
  if (pointAt >= digits.length) return digits + '0'.repeat(pointAt - digits.length);
  return digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** Formats a number the way the convention writes it: vi "1.200,5", en "1,200.5". */
export function formatNumber(n: number, convention: NumberConvention = 'vi'): string {
  if (!Number.isFinite(n)) return String(n);
  const plain = plainDigits(Math.abs(n));
  const dot = plain.indexOf('.');
  const intPart = dot < 0 ? plain : plain.slice(0, dot);
  const fracPart = dot < 0 ? '' : plain.slice(dot + 1);
  const group = convention === 'vi' ? '.' : ',';
  const decimal = convention === 'vi' ? ',' : '.';
  const grouped = intPart.replace(THOUSANDS, group);
  const sign = n < 0 ? '-' : '';
  return sign + grouped + (fracPart ? decimal + fracPart : '');
}

/** Strings that only one convention can have written. */
const VI_SIGNAL = [VI_FULL, COMMA_DECIMAL, DOT_GROUPED];
const EN_SIGNAL = [EN_FULL, DOT_DECIMAL, COMMA_GROUPED];
const STRIP_SIGN = /^[(\-+\u2212\s]+|[)\s]+$/g;

/**
 * Which convention a column's text numbers use: counts the strings only one convention can
 * have written ("1.200,5", "2,5", "1.200.000" say vi; "1,200.5", "2.5", "1,200,000" say en)
 * and returns the majority, 'vi' on a tie or when nothing is conclusive.
 */
export function detectConvention(samples: readonly string[]): NumberConvention {
  let vi = 0;
  let en = 0;
  for (const sample of samples) {
    if (typeof sample !== 'string') continue;
    const body = sample.replace(STRIP_SIGN, '').replace(SPACES, '');
    if (AMBIGUOUS_DOT.test(body) || AMBIGUOUS_COMMA.test(body)) continue;
    if (VI_SIGNAL.some((re) => re.test(body))) vi++;
    else if (EN_SIGNAL.some((re) => re.test(body))) en++;
  }
  return en > vi ? 'en' : 'vi';
}

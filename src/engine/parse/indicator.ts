/**
 * Indicator cells ("Chỉ tiêu"): a target such as "100%", ">15%", "Tối thiểu 80%", "đạt trên
 * 70%", "Tối thiểu 1 danh mục" or "02 hệ thống", or a qualitative one ("Thường xuyên").
 *
 * The comparator words are matched on the folded key (no accents, lower case), the number is
 * read in Vietnamese style ("50,5%" is 50.5), and the unit of a count keeps the cell's own
 * characters. A whole-cell reading is tried first; failing that, a single percentage inside
 * a sentence ("Tỷ lệ … đạt trên 80%") is taken as the target, because that is how targets
 * are written in tables without an indicator column.
 */
import type { Indicator } from '../report';
import { parseNumber } from './number';
import { foldText } from './fold';

type Comparator = '>' | '>=' | '<' | '<=' | '=';

/**
 * Comparator phrases in front of the number, longest first so "khong duoi" wins over "duoi".
 * "đạt" ("reaches") alone means the number itself.
 */
const PREFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ['khong it hon', '>='],
  ['khong duoi', '>='],
  ['khong thap hon', '>='],
  ['toi thieu', '>='],
  ['it nhat', '>='],
  ['khong vuot qua', '<='],
  ['khong qua', '<='],
  ['khong cao hon', '<='],
  ['toi da', '<='],
  ['lon hon', '>'],
  ['cao hon', '>'],
  ['vuot', '>'],
  ['tren', '>'],
  ['nho hon', '<'],
  ['thap hon', '<'],
  ['duoi', '<'],
  ['bang', '='],
  ['>=', '>='],
  ['=>', '>='],
  ['\u2265', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['\u2264', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

/** Words after the number that turn "80%" into "at least 80%" ("80% trở lên"). */
const SUFFIX_AT_LEAST = /^tro len\b/;
const SUFFIX_AT_MOST = /^tro xuong\b/;

/** Optional "đạt", then the comparator phrase, then the number: the whole cell is a target. */
const WHOLE_CELL = /^(?:dat\s?)?(.*?)\s?([-\u2212]?\d+(?:[.,]\d+)*)\s?(%|phan tram\b)?\s?(.*)$/;
/** A percentage anywhere in a sentence, with the comparator phrase right before it. */
const PERCENT_IN_TEXT = /(\d+(?:[.,]\d+)*)\s?%/g;
/** Counts' units: a few words, no digits or sentence punctuation. */
const COUNT_UNIT = /^[^\d%;:.()]{1,40}$/;
const MAX_UNIT_WORDS = 6;
const DIGIT = /\d/;
const LETTER = /[a-z]/;
const TRAILING_PUNCT = /[\s.;:]+$/;
const SPACE_RUN = /\s+/g;
/** Whitespace that collapsing changes; tested first because most cells have none. */
const UNTIDY_SPACE = /\s{2}|[^\S ]/;

function comparatorOf(phrase: string): Comparator | null {
  const p = phrase.trim();
  if (p === '') return '=';
  for (const [words, cmp] of PREFIXES) if (p === words) return cmp;
  return null;
}

/** The comparator a phrase ends with ("tỷ lệ … đạt trên" → '>'), '=' when there is none. */
function comparatorAtEnd(before: string): Comparator {
  const p = before.trimEnd();
  for (const [words, cmp] of PREFIXES) {
    if (p.endsWith(words)) {
      const at = p.length - words.length;
      // Whole words only: "tren" must not match the end of "ben tren".
      if (at === 0 || p[at - 1] === ' ' || !LETTER.test(words[0])) return cmp;
    }
  }
  return '=';
}

function readValue(digits: string): number | null {
  const n = parseNumber(digits, 'vi');
  return n.ok ? n.value : null;
}

function qualitative(raw: string): Indicator {
  return { raw, kind: 'qualitative', comparator: null, value: null, unit: null };
}

/**
 * The unit of a count in the cell's own characters. The folded key and the cleaned text have
 * the same length for Vietnamese (folding maps each letter to one letter), so the unit is cut
 * from the cleaned text at the folded offset; when they differ, the folded unit is used.
 */
function originalTail(clean: string, key: string, foldedTail: string): string {
  if (clean.length !== key.length) return foldedTail;
  return clean.slice(clean.length - foldedTail.length).trim();
}

/** Reads an indicator cell. Null for an empty cell. Never throws. */
export function parseIndicator(text: string): Indicator | null {
  if (typeof text !== 'string') return null;
  const raw = text.trim();
  if (raw === '') return null;
  const nfc = raw.normalize('NFC');
  const clean = UNTIDY_SPACE.test(nfc) ? nfc.replace(SPACE_RUN, ' ') : nfc;
  const key = foldText(clean).replace(TRAILING_PUNCT, '');

  const whole = WHOLE_CELL.exec(key);
  if (whole) {
    let comparator = comparatorOf(whole[1]);
    const value = readValue(whole[2]);
    const percent = whole[3] !== undefined;
    let rest = whole[4];
    if (SUFFIX_AT_LEAST.test(rest)) {
      comparator = comparator === '=' ? '>=' : comparator;
      rest = rest.replace(SUFFIX_AT_LEAST, '').trim();
    } else if (SUFFIX_AT_MOST.test(rest)) {
      comparator = comparator === '=' ? '<=' : comparator;
      rest = rest.replace(SUFFIX_AT_MOST, '').trim();
    }
    if (comparator !== null && value !== null) {
      if (percent && rest === '') return { raw, kind: 'percent', comparator, value, unit: '%' };
      if (!percent && (rest === '' || isCountUnit(rest))) {
        const unit = rest === '' ? null : originalTail(clean.replace(TRAILING_PUNCT, ''), key, rest);
        return { raw, kind: 'count', comparator, value, unit };
      }
    }
  }

  // A single percentage inside a sentence.
  PERCENT_IN_TEXT.lastIndex = 0;
  const first = PERCENT_IN_TEXT.exec(key);
  if (first && PERCENT_IN_TEXT.exec(key) === null) {
    const value = readValue(first[1]);
    const after = key.slice(first.index + first[0].length).trimStart();
    // "40%-60%" is a range, not one target.
    if (value !== null && !DIGIT.test(after.slice(0, 3))) {
      let comparator = comparatorAtEnd(key.slice(0, first.index));
      if (comparator === '=' && SUFFIX_AT_LEAST.test(after)) comparator = '>=';
      return { raw, kind: 'percent', comparator, value, unit: '%' };
    }
  }
  PERCENT_IN_TEXT.lastIndex = 0;
  return qualitative(raw);
}

function isCountUnit(rest: string): boolean {
  return COUNT_UNIT.test(rest) && rest.split(' ').length <= MAX_UNIT_WORDS;
}

/** False for a percentage outside 0–100, a negative count, or a value that is not a number. */
export function isIndicatorValid(ind: Indicator): boolean {
  if (ind.kind === 'qualitative') return true;
  const v = ind.value;
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  if (ind.kind === 'percent') return v >= 0 && v <= 100;
  return v >= 0;
}

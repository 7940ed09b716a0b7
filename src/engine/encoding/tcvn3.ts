/**
 * TCVN3 (ABC, the ".VnTime" fonts) ⇄ Unicode.
 *
 * A TCVN3 cell opened in a Unicode Excel shows each legacy byte as its Windows-1252 character
 * ("Xin chµo" for "Xin chào"). Every TCVN3 code is one such character, so converting is a
 * character-for-character lookup. The one loss is case: TCVN3 gives a toned capital (Ố) the
 * code of its lowercase letter (ố), so decoding has to guess the case of those letters.
 */
import { LETTERS } from './tables';

/** How a code's case is known: Ă Â Đ Ê Ô Ơ Ư and ă â đ ê ô ơ ư have codes of their own. */
type CodeCase = 'upper' | 'lower' | 'either';

interface Tcvn3Code {
  /** The letter as decoded by default: lowercase when the code serves both cases. */
  readonly letter: string;
  readonly codeCase: CodeCase;
}

const DECODE = new Map<string, Tcvn3Code>();
const ENCODE = new Map<string, string>();

for (const [unicode, tcvn3] of LETTERS) {
  ENCODE.set(unicode, tcvn3);
  const isUpper = unicode !== unicode.toLowerCase();
  const seen = DECODE.get(tcvn3);
  if (!seen) {
    DECODE.set(tcvn3, { letter: unicode, codeCase: isUpper ? 'upper' : 'lower' });
  } else if ((seen.codeCase === 'upper') !== isUpper) {
    // The same code for the other case too (Ố and ố): decode to the lowercase letter.
    DECODE.set(tcvn3, { letter: seen.letter.toLowerCase(), codeCase: 'either' });
  }
}

/** Every character that is a TCVN3 letter code (for detection's character classes). */
export const TCVN3_CODE_CHARS: string = [...DECODE.keys()].join('');

function tcvn3Letter(ch: string): string {
  return DECODE.get(ch)?.letter ?? ch;
}

/** True when every non-ASCII character of `text` is a TCVN3 code (detection asks). */
export function isTcvn3Explained(text: string): boolean {
  for (const ch of text) if (ch > '\u007f' && !DECODE.has(ch)) return false;
  return true;
}

const ASCII_UPPER = /[A-Z]/;
const ASCII_LOWER = /[a-z]/;

function isWordChar(ch: string): boolean {
  return DECODE.has(ch) || ASCII_UPPER.test(ch) || ASCII_LOWER.test(ch);
}

function knownCase(ch: string): 'upper' | 'lower' | null {
  const code = DECODE.get(ch);
  if (code) return code.codeCase === 'either' ? null : code.codeCase;
  if (ASCII_UPPER.test(ch)) return 'upper';
  if (ASCII_LOWER.test(ch)) return 'lower';
  return null;
}

type WordCase = 'lower' | 'upper' | 'title' | 'unknown';

interface Word {
  readonly start: number;
  readonly end: number;
  readonly wordCase: WordCase;
  readonly hasCode: boolean;
}

/**
 * Case of a word judged from its letters whose case the encoding keeps (ASCII letters and
 * Ă Â Đ Ê Ô Ơ Ư / ă â đ ê ô ơ ư): any lowercase one makes the word lowercase; two capitals, or
 * one that is not the first letter ("¸N" = ÁN), make it a capitals word; a lone first capital
 * is a title-case word ("Sè" = Số) unless the whole text turns out to be in capitals.
 */
function classifyWord(text: string, start: number, end: number): Word {
  let upper = 0;
  let lower = 0;
  let upperAfterFirst = false;
  let hasCode = false;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (DECODE.has(ch)) hasCode = true;
    const c = knownCase(ch);
    if (c === 'upper') {
      upper++;
      if (i > start) upperAfterFirst = true;
    } else if (c === 'lower') lower++;
  }
  let wordCase: WordCase = 'unknown';
  if (lower > 0) wordCase = 'lower';
  else if (upper >= 2 || upperAfterFirst) wordCase = 'upper';
  else if (upper === 1) wordCase = 'title';
  return { start, end, wordCase, hasCode };
}

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text[i])) i++;
    words.push(classifyWord(text, start, i));
  }
  return words;
}

/**
 * TCVN3 text → Unicode NFC.
 *
 * `capitals`: the cell has a ".Vn…H" font, which draws every letter as a capital, so the
 * result is upper-cased. Without it, a letter whose code serves both cases is a capital only
 * inside a capitals word ("CéNG HßA" → "CỘNG HÒA"); in a title-case or one-letter word next to
 * a capitals word ("Dù KIÕN" → "DỰ KIẾN") or when the text's other Vietnamese words are capitals
 * and none is lowercase ("§Ò ¸N" → "ĐỀ ÁN"); and as the cell's first letter, since cells start
 * with a capital ("øng dông" → "Ứng dụng").
 * ASCII-only capitals words ("UBND", "TT") do not count: abbreviations stand in ordinary text.
 */
export function decodeTcvn3(text: string, opts?: { capitals?: boolean }): string {
  if (opts?.capitals) {
    let out = '';
    for (const ch of text) out += tcvn3Letter(ch);
    return out.toUpperCase().normalize('NFC');
  }
  const words = splitWords(text);
  const capitalsWord = (w: Word | undefined): boolean => w !== undefined && w.hasCode && w.wordCase === 'upper';
  const capsText = words.some(capitalsWord) && !words.some((w) => w.wordCase === 'lower');
  let out = '';
  let at = 0;
  words.forEach((w, n) => {
    out += text.slice(at, w.start);
    const upper =
      w.wordCase === 'upper' ||
      (w.wordCase !== 'lower' && (capsText || capitalsWord(words[n - 1]) || capitalsWord(words[n + 1])));
    for (let i = w.start; i < w.end; i++) {
      const code = DECODE.get(text[i]);
      // A cell's first letter is taken for a capital ("øng dông" → "Ứng dụng").
      const capital = upper || i === words[0].start;
      if (!code) out += text[i];
      else out += capital && code.codeCase === 'either' ? code.letter.toUpperCase() : code.letter;
    }
    at = w.end;
  });
  out += text.slice(at);
  return out.normalize('NFC');
}

/**
 * Unicode → TCVN3 as a Unicode cell shows it. Toned capitals get their lowercase letter's
 * code (TCVN3 has no other); characters TCVN3 cannot write stay as they are.
 * `capitals`: the text is for a ".Vn…H" font, so it is upper-cased first.
 */
export function encodeTcvn3(text: string, opts?: { capitals?: boolean }): string {
  let source = text.normalize('NFC');
  if (opts?.capitals) source = source.toUpperCase();
  let out = '';
  for (const ch of source) out += ENCODE.get(ch) ?? ch;
  return out;
}

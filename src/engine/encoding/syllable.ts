/**
 * Is a word a well-formed Vietnamese syllable? Used by detection as a cheap language model:
 * decoded legacy text is made of such syllables, while text that was never legacy-encoded
 * ("Café", "Señor", "ZeitÃ¼ber") decodes into words no Vietnamese speaker would write.
 *
 * The check is phonotactic, not a dictionary: onset + rhyme from the closed lists below, the
 * c/k, g/gh and ng/ngh spelling rules, at most one tone mark, and stops (-c -ch -p -t) only
 * with the acute or dot-below tone. That admits some syllables nobody uses, which is fine;
 * what matters is that real ones are never rejected.
 */
import { LETTERS } from './tables';

/** Every rhyme (vần) without its tone mark. */
const RHYMES = new Set(
  [
    'a ac ach ai am an ang anh ao ap at au ay',
    'ăc ăm ăn ăng ăp ăt',
    'âc âm ân âng âp ât âu ây',
    'e ec em en eng eo ep et',
    'ê êch êm ên ênh êp êt êu',
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu',
    'y yêm yên yêng yêt yêu',
    'o oc oi om on ong op ot ooc oong',
    'ô ôc ôi ôm ôn ông ôp ôt',
    'ơ ơi ơm ơn ơp ơt',
    'u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt',
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu',
    // With the medial o / u ("hoa", "thuế", "huỳnh").
    'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet',
    'uân uâng uât uây uê uêch uênh uơ uy uya uych uynh uyp uyt uyu uyên uyêt',
  ]
    .join(' ')
    .split(' '),
);

/** The rhymes as typed without any diacritics ("truong" for "trường"), for plain ASCII words. */
const ASCII_RHYMES = new Set([...RHYMES].map(stripDiacritics));

/**
 * Rhymes found in a handful of words or loans only ("xoong", "khuỷu", "ngoẹo"). A decoding
 * that needs one is weaker evidence: VNI "coâng" is "công", but read as TCVN3 it is "coõng".
 */
const RARE_RHYMES = new Set(['ooc', 'oong', 'oao', 'oeo', 'oam', 'oap', 'uya', 'uyu', 'uych', 'uyp', 'yêng', 'ưm', 'ưn']);

/** After "qu" the medial u is part of the onset, so "quỳnh" leaves "ynh" and "quýt" "yt". */
const RHYMES_AFTER_QU = new Set(['ynh', 'yt', 'ych']);

/** Onsets, longest first so that "ngh" is tried before "ng" and "n". */
const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

/**
 * A lone y follows only these onsets ("ý", "hy", "kỹ", "lý", "Mỹ", "sỹ", "ty", "Vy", "quy");
 * "đy" or "chy" are no syllables. The yê- rhymes ("yêu", "quyên") take no other onset at all.
 */
const ONSETS_BEFORE_Y = new Set(['', 'h', 'k', 'l', 'm', 's', 't', 'v', 'qu']);
const ONSETS_BEFORE_YE = new Set(['', 'qu']);

/** Rhymes starting with these letters take k / gh / ngh; all others take c / g / ng. */
const FRONT_VOWEL = /^[eêiy]/;
const STOP_CODA = /(c|ch|p|t)$/;

/** The five tone marks as combining characters (NFD). */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ACUTE_OR_DOT = /[\u0301\u0323]/;

const LETTERS_ONLY = /^[a-zăâđêôơư]+$/;

function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}

/**
 * The rhyme of `base` after `onset` (the whole rest, except that "gi" before a consonant or
 * nothing lends its i: "gìn" = gi + (i)n, "gì" = gi + (i)), or null when the two do not fit.
 */
function rhymeAfter(onset: string, rest: string, rhymes: ReadonlySet<string>): string | null {
  if (rest === 'y' && !ONSETS_BEFORE_Y.has(onset)) return null;
  if (/^y[eê]/.test(rest) && !ONSETS_BEFORE_YE.has(onset)) return null;
  switch (onset) {
    case 'qu':
      return rest !== '' && !/^[uưo]/.test(rest) && (rhymes.has(rest) || RHYMES_AFTER_QU.has(rest)) ? rest : null;
    case 'gi':
      if (rhymes.has(rest)) return rest;
      return rhymes.has('i' + rest) ? 'i' + rest : null;
    case 'c':
    case 'g':
    case 'ng':
      return rhymes.has(rest) && !FRONT_VOWEL.test(rest) ? rest : null;
    case 'k':
    case 'gh':
    case 'ngh':
      return rhymes.has(rest) && FRONT_VOWEL.test(rest) ? rest : null;
    default:
      return rhymes.has(rest) ? rest : null;
  }
}

/** Lowercase, Title or CAPITALS; "cHAo" is not how anyone writes a syllable. */
function plausibleCase(word: string): boolean {
  const lower = word.toLowerCase();
  if (word === lower || word === word.toUpperCase()) return true;
  return word.slice(1) === lower.slice(1);
}

const VOWEL = /[aăâeêioôơuưy]/;

/**
 * Where the tone mark may sit, as an index into the rhyme: on the vowel before a consonant
 * coda ("toán", "tiến"), in the middle of three vowels ("tiếu", "người"), on the first of two
 * ("mía", "cái"), or on either of the medial pairs oa oe uy, which the old and new spelling
 * styles place differently ("hòa" / "hoà").
 */
function toneFits(rhyme: string, at: number): boolean {
  let vowels = 0;
  while (vowels < rhyme.length && VOWEL.test(rhyme[vowels])) vowels++;
  if (vowels === 1) return at === 0;
  if (vowels < rhyme.length) return at === vowels - 1;
  if (vowels === 3) return at === 1;
  if (rhyme === 'oa' || rhyme === 'oe' || rhyme === 'uy') return at === 0 || at === 1;
  if (rhyme === 'uê' || rhyme === 'uơ') return at === 1;
  return at === 0;
}

/** Each toned Vietnamese letter (lowercase) as its untoned letter and its tone mark. */
const TONED = new Map<string, { readonly base: string; readonly tone: string }>();
for (const [unicode] of LETTERS) {
  const letter = unicode.toLowerCase();
  const nfd = letter.normalize('NFD');
  const tone = nfd.match(TONE_MARK);
  if (tone) TONED.set(letter, { base: nfd.replace(TONE_MARK, '').normalize('NFC'), tone: tone[0] });
}

/** The word without its tone: base letters, and the index and combining mark of the tone. */
function splitTone(word: string): { base: string; tone: string | null; at: number } | null {
  let base = '';
  let tone: string | null = null;
  let at = -1;
  for (const ch of word.toLowerCase()) {
    const toned = TONED.get(ch);
    if (toned) {
      if (tone !== null) return null; // two tones
      tone = toned.tone;
      at = base.length;
      base += toned.base;
    } else base += ch;
  }
  return { base, tone, at };
}

/** The rhyme `base` parses with, or null. `toneAt`: index of the toned letter, or -1 for none. */
function parseRhyme(base: string, rhymes: ReadonlySet<string>, toneAt = -1): string | null {
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = rhymeAfter(onset, base.slice(onset.length), rhymes);
    if (rhyme === null) continue;
    if (toneAt < 0 || toneFits(rhyme, toneAt - (base.length - rhyme.length))) return rhyme;
  }
  return null;
}

/**
 * How well `word` (letters only, any case) fits as a Vietnamese syllable, tone rules included:
 * 1 for a well-formed syllable, 0.5 for one with a rare rhyme, 0 for none.
 */
export function syllableFit(word: string): number {
  if (word === '' || !plausibleCase(word)) return 0;
  const split = splitTone(word);
  if (!split || !LETTERS_ONLY.test(split.base)) return 0;
  const { base, tone, at } = split;
  if (STOP_CODA.test(base) && !(tone && ACUTE_OR_DOT.test(tone))) return 0;
  const rhyme = parseRhyme(base, RHYMES, tone ? at : -1);
  if (rhyme === null) return 0;
  return RARE_RHYMES.has(rhyme) ? 0.5 : 1;
}

/** True when `word` (letters only, any case) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  return syllableFit(word) > 0;
}

/**
 * True when a plain ASCII word could be a Vietnamese syllable typed without its diacritics
 * ("truong", "hoc"): the same shapes, with no tone rule since no tone was typed.
 */
export function couldBeUnaccentedSyllable(word: string): boolean {
  if (!plausibleCase(word)) return false;
  const base = word.toLowerCase();
  return /^[a-z]+$/.test(base) && parseRhyme(base, ASCII_RHYMES) !== null;
}

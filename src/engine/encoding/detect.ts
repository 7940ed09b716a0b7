/**
 * Is a cell's text TCVN3 or VNI shown as Windows-1252 characters, and what does it say?
 *
 * The cell's font decides when it is a legacy font: the author saw what that font drew, so
 * the text is decoded whatever it looks like. Without one, the text is scored word by word
 * (voteOf, scoreText) and must win by a clear margin, because a false alarm would offer to
 * "repair" ordinary text. No cell of the shared samples, seeds and corpus earns even one
 * evidence vote.
 */
import { fontEncoding } from './fonts';
import { letterCommonness } from './frequency';
import { couldBeUnaccentedSyllable, isVietnameseSyllable, syllableFit } from './syllable';
import { decodeTcvn3, encodeTcvn3, isTcvn3Explained, TCVN3_CODE_CHARS } from './tcvn3';
import type { LegacyDetection, LegacyEncoding } from './types';
import { decodeVni, encodeVni, isVniExplained, VNI_CODE_CHARS } from './vni';

function charClass(chars: string): string {
  return [...new Set(chars)].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
}

/** Any character that takes part in a TCVN3 or VNI code: text without one is never legacy. */
const CANDIDATE = new RegExp(`[${charClass(TCVN3_CODE_CHARS + VNI_CODE_CHARS)}]`);

/**
 * Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the U+1EA0–U+1EF9 block) and its combining
 * tone marks. A legacy cell shows only Windows-1252 characters, so one of these means the
 * text is already Unicode — whatever the font says: .VnTime has no glyph for "ư", so Excel
 * fell back to a Unicode font and the author saw the Unicode letter.
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300-\u0303\u0309\u0323]/;

/** Words as each encoding sees them: letters plus its codes (TCVN3 uses symbols like ¸ µ ©). */
const WORD: Record<LegacyEncoding, RegExp> = {
  tcvn3: new RegExp(`[\\p{L}${charClass(TCVN3_CODE_CHARS)}]+`, 'gu'),
  vni: /\p{L}+/gu,
};

interface Codec {
  readonly decode: (word: string) => string;
  /** Every non-ASCII character is part of a code: otherwise the encoding cannot have written it. */
  readonly explains: (word: string) => boolean;
  /**
   * A capitals abbreviation with Đ before a consonant or at its end ("H§ND", "QÑ" = HĐND, QĐ):
   * Vietnamese official writing is full of them, and no other language writes Đ so.
   */
  readonly abbreviationWithD: RegExp;
}

function abbreviationWithD(dCode: string): RegExp {
  return new RegExp(`^[A-Z]*${dCode}(?![AEIOUY])[A-Z]*$`);
}

const CODECS: Record<LegacyEncoding, Codec> = {
  tcvn3: { decode: (word) => decodeTcvn3(word), explains: isTcvn3Explained, abbreviationWithD: abbreviationWithD(encodeTcvn3('Đ')) },
  vni: { decode: decodeVni, explains: isVniExplained, abbreviationWithD: abbreviationWithD(encodeVni('Đ')) },
};

/**
 * "µm", "µg": the micro sign before a unit. TCVN3 reads µ as "à", and "àm" is a well-formed
 * syllable, but no Vietnamese word starts with "à" and a consonant.
 */
const MICRO_UNIT = /^\u00B5[b-df-hj-np-tv-z]/i;

const ASCII_WORD = /^[A-Za-z]+$/;

/** One word's vote: `evidence` and `context` count for the encoding, `against` against it. */
interface Vote {
  readonly evidence: number;
  readonly context: number;
  readonly against: number;
}

const NEUTRAL: Vote = { evidence: 0, context: 0, against: 0 };
const AGAINST: Vote = { evidence: 0, context: 0, against: 1 };
/** Plain ASCII words count half: they are context, not codes. */
const ASCII_VIETNAMESE: Vote = { evidence: 0, context: 0.5, against: 0 };
const ASCII_FOREIGN: Vote = { evidence: 0, context: 0, against: 0.5 };
const evidenceVote = (weight: number): Vote => ({ evidence: weight, context: 0, against: 0 });

/**
 * How one word votes on `encoding`.
 *
 * - A word with a non-ASCII character that is no code of the encoding is against: the encoding
 *   never writes it ("Cà" for TCVN3, "các" for VNI, where a mark follows a consonant).
 * - A word that decodes to a Vietnamese syllable is evidence when it is not one as it stands
 *   ("c¸c" → "các"), neutral when it is ("Cô" is Unicode "Cô" and TCVN3 "Cụ": no telling),
 *   and against when the result is no syllable ("Café" → "Cafộ"). Evidence counts less when
 *   the syllable's rhyme is rare or the word could be a European word (looksLikeAWord).
 * - A capitals abbreviation with Đ ("H§ND") is evidence; a lone code character ("©", "×")
 *   and a micro-sign unit ("µm") are neutral: such symbols stand alone in ordinary text.
 * - Plain ASCII words are weak context: legacy Vietnamese text is mostly syllables even where
 *   no code occurs ("Xin", "tin"), English mostly not; abbreviations ("UBND") say nothing.
 */
function voteOf(word: string, encoding: LegacyEncoding): Vote {
  const codec = CODECS[encoding];
  if (ASCII_WORD.test(word)) {
    if (word.length < 2 || word === word.toUpperCase()) return NEUTRAL; // "a", "UBND"
    return couldBeUnaccentedSyllable(word) ? ASCII_VIETNAMESE : ASCII_FOREIGN;
  }
  if (!codec.explains(word)) return AGAINST;
  if (word.length === 1 || (encoding === 'tcvn3' && MICRO_UNIT.test(word))) return NEUTRAL;
  if (codec.abbreviationWithD.test(word)) return evidenceVote(1);
  const fit = syllableFit(codec.decode(word));
  if (fit === 0) return AGAINST;
  if (isVietnameseSyllable(word)) return NEUTRAL;
  return evidenceVote(looksLikeAWord(word) ? NATURAL_WEIGHT * fit : fit);
}

/**
 * Latin letters only, in a normal case pattern: "så", "Tæng" could be a word of some European
 * language, while "c¸c" (a symbol inside), "ngµy" (the micro sign) or "dÞch" (a capital
 * inside) cannot. Such words count for less, so that one of them beside a foreign word
 * ("Hvad så?") does not make a cell legacy.
 */
function looksLikeAWord(word: string): boolean {
  return LATIN_LETTERS.test(word) && (word === word.toLowerCase() || word.slice(1) === word.slice(1).toLowerCase());
}

const LATIN_LETTERS = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/;
const NATURAL_WEIGHT = 0.75;

/**
 * Votes of recent words. Sheets repeat their words endlessly ("các", "và", "UBND"), so this
 * makes scoring a legacy sheet several times faster; cleared when full to bound its memory.
 */
const VOTE_CACHE: Record<LegacyEncoding, Map<string, Vote>> = { tcvn3: new Map(), vni: new Map() };
const VOTE_CACHE_SIZE = 20000;

function cachedVote(word: string, encoding: LegacyEncoding): Vote {
  const cache = VOTE_CACHE[encoding];
  let vote = cache.get(word);
  if (vote === undefined) {
    if (cache.size >= VOTE_CACHE_SIZE) cache.clear();
    vote = voteOf(word, encoding);
    cache.set(word, vote);
  }
  return vote;
}

interface Scored {
  readonly encoding: LegacyEncoding;
  /** Share of the weighted votes that say "legacy", 0..1; 0 without evidence. */
  readonly support: number;
  readonly evidence: number;
}

function scoreText(text: string, encoding: LegacyEncoding): Scored {
  let evidenceSum = 0;
  let pro = 0;
  let con = 0;
  for (const [word] of text.matchAll(WORD[encoding])) {
    const vote = cachedVote(word, encoding);
    evidenceSum += vote.evidence;
    pro += vote.evidence + vote.context;
    con += vote.against;
  }
  return { encoding, support: evidenceSum > 0 ? pro / (pro + con) : 0, evidence: evidenceSum };
}

/** Text alone must reach this share of votes (two to one), with at least one evidence word. */
const MIN_SUPPORT = 2 / 3;

function decodeAs(text: string, encoding: LegacyEncoding, capitals = false): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text, { capitals }) : decodeVni(text);
}

/**
 * Confidence from text alone: the vote share, discounted when only a word or two carry it
 * (one word may be chance), and never above 0.95 — only a font makes it certain.
 */
function textConfidence(s: Scored): number {
  return Math.min(0.95, s.support * (s.evidence / (s.evidence + 0.5)));
}

/**
 * The likelier encoding: more support, then more evidence, then the reading made of more
 * common letters ("Löu" is VNI "Lưu" rather than TCVN3 "Lửu"), and TCVN3, by far the more
 * common encoding in government documents, when all that is even.
 */
function pickBest(text: string, tcvn3: Scored, vni: Scored): Scored {
  if (vni.support !== tcvn3.support) return vni.support > tcvn3.support ? vni : tcvn3;
  if (vni.evidence !== tcvn3.evidence) return vni.evidence > tcvn3.evidence ? vni : tcvn3;
  if (tcvn3.support === 0) return tcvn3;
  return letterCommonness(decodeVni(text)) > letterCommonness(decodeTcvn3(text)) ? vni : tcvn3;
}

/** Returns null for ordinary text. font = the cell's font name when known. */
export function detectLegacyEncoding(text: string, font?: string): LegacyDetection | null {
  // Fast path: nearly every cell is ASCII or Unicode Vietnamese and stops here.
  if (!CANDIDATE.test(text) || UNICODE_VIETNAMESE.test(text)) return null;

  const byFont = fontEncoding(font);
  if (byFont) {
    const unicode = decodeAs(text, byFont.encoding, byFont.capitals);
    if (unicode === text) return null;
    const s = scoreText(text, byFont.encoding);
    return { encoding: byFont.encoding, unicode, confidence: 0.9 + 0.1 * s.support };
  }

  const tcvn3 = scoreText(text, 'tcvn3');
  const vni = scoreText(text, 'vni');
  const best = pickBest(text, tcvn3, vni);
  if (best.support < MIN_SUPPORT) return null;
  return { encoding: best.encoding, unicode: decodeAs(text, best.encoding), confidence: textConfidence(best) };
}

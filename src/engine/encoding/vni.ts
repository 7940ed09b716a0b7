/**
 * VNI Windows (the "VNI-Times" fonts) ⇄ Unicode.
 *
 * VNI writes most toned vowels as the base letter followed by one mark character ("aù" = á,
 * "oá" = ố, "öù" = ứ) and a few letters as one character ("ñ" = đ, "ô" = ơ, "í" = í). Some
 * one-character codes are also the base of a two-character code ("ô" = ơ, "ôù" = ớ), so
 * decoding takes the longest match first. Capitals have codes of their own, so unlike TCVN3
 * nothing is lost.
 */
import { LETTERS } from './tables';

const PAIRS = new Map<string, string>();
const SINGLES = new Map<string, string>();
const ENCODE = new Map<string, string>();

for (const [unicode, , vni] of LETTERS) {
  ENCODE.set(unicode, vni);
  (vni.length === 2 ? PAIRS : SINGLES).set(vni, unicode);
}

/** The non-ASCII characters of VNI codes: one-character letters and the marks after a base. */
export const VNI_CODE_CHARS: string = [
  ...new Set([...SINGLES.keys(), ...[...PAIRS.keys()].map((pair) => pair[1])]),
].join('');

/**
 * Walks `text` by longest match, calling `emit` with each decoded letter or passed-through
 * character; returns false as soon as a non-ASCII character is not part of a code, if asked to.
 */
function walk(text: string, emit: (piece: string) => void, stopAtStray: boolean): boolean {
  let i = 0;
  while (i < text.length) {
    const pair = i + 1 < text.length ? PAIRS.get(text[i] + text[i + 1]) : undefined;
    if (pair !== undefined) {
      emit(pair);
      i += 2;
      continue;
    }
    const single = SINGLES.get(text[i]);
    if (single === undefined && stopAtStray && text[i] > '\u007f') return false;
    emit(single ?? text[i]);
    i++;
  }
  return true;
}

/** VNI text → Unicode NFC; characters that are not part of a VNI code stay as they are. */
export function decodeVni(text: string): string {
  let out = '';
  walk(text, (piece) => (out += piece), false);
  return out.normalize('NFC');
}

/**
 * True when every non-ASCII character of `text` is part of a VNI code (detection asks): a mark
 * after a letter that takes no such mark ("cá") is Unicode, not VNI.
 */
export function isVniExplained(text: string): boolean {
  return walk(text, () => undefined, true);
}

/** Unicode → VNI as a Unicode cell shows it; characters VNI cannot write stay as they are. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += ENCODE.get(ch) ?? ch;
  return out;
}

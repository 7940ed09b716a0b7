/**
 * Text helpers shared by every parser: a folding key for keyword matching and the cleaning
 * that the export and the text.* rules agree on.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * Case-, accent- and spacing-insensitive key: "CƠ QUAN\nCHỦ TRÌ" and "co quan chu tri" fold to
 * the same string. Header words and deadline phrases are typed every which way, so all
 * keyword matching goes through this.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/** Trim, join hard line breaks with a space, collapse inner runs of spaces, NFC. */
const NEEDS_NFC = /[\u0300-\u036f]/;
const NEEDS_SPACING = /^[\s\u00a0]|[\s\u00a0]$|[\s\u00a0]{2}|[\t\n\r\u00a0\v\f]/;

export function cleanText(text: string): string {
  // Most cells are already clean; testing first avoids a normalize and a replace per cell.
  const nfc = NEEDS_NFC.test(text) ? text.normalize('NFC') : text;
  return NEEDS_SPACING.test(nfc) ? nfc.replace(/[\s\u00a0]+/g, ' ').trim() : nfc;
}

export interface TextIssues {
  /** Leading/trailing/double spaces or hard line breaks. */
  readonly whitespace: boolean;
  /** Not in Unicode NFC (decomposed Vietnamese). */
  readonly unicode: boolean;
}

const WHITESPACE_ISSUE = /^[\s\u00a0]|[\s\u00a0]$|[ \u00a0]{2}|[\r\n\t\u00a0\v\f]/;

export function textIssues(text: string): TextIssues {
  return { whitespace: hasWhitespaceIssue(text), unicode: isDecomposed(text) };
}

export function hasWhitespaceIssue(text: string): boolean {
  return WHITESPACE_ISSUE.test(text);
}

/** Not NFC. Vietnamese only decomposes into U+0300–U+036F marks, so test for those first. */
export function isDecomposed(text: string): boolean {
  return NEEDS_NFC.test(text) && text !== text.normalize('NFC');
}

/** True when the text has at least one letter (not only digits, punctuation or spaces). */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

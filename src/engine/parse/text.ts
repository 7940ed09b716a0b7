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
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

export interface TextIssues {
  /** Leading/trailing/double spaces or hard line breaks. */
  readonly whitespace: boolean;
  /** Not in Unicode NFC (decomposed Vietnamese). */
  readonly unicode: boolean;
}

const WHITESPACE_ISSUE = /^[\s\u00a0]|[\s\u00a0]$|[ \u00a0]{2}|[\r\n\t]/;

export function textIssues(text: string): TextIssues {
  return {
    whitespace: WHITESPACE_ISSUE.test(text),
    unicode: text !== text.normalize('NFC'),
  };
}

/** True when the text has at least one letter (not only digits, punctuation or spaces). */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

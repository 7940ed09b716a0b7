/**
 * Row numbers (STT / TT): roman numerals for sections, 1 / 1.1 / 3.10 for items, "1." with a
 * trailing dot, "(1)" for sub-tasks inside an item, or numbers typed as numbers.
 */

export type Stt =
  | { readonly kind: 'roman'; readonly text: string; readonly value: number }
  | { readonly kind: 'number'; readonly text: string; readonly parts: readonly number[] }
  | { readonly kind: 'paren'; readonly text: string; readonly value: number }
  | { readonly kind: 'letter'; readonly text: string; readonly value: number };

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\.?$/;
const DOTTED = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
const PAREN = /^\((\d{1,3})\)$/;
const LETTER = /^([a-zđ])[.)]$/;

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = ROMAN_VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

import { memoize } from '../memo';

const parseSttText = memoize(parseSttUncached);

export function parseStt(value: string | number | boolean | null): Stt | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value > 999) return null;
    return { kind: 'number', text: String(value), parts: [value] };
  }
  return value.length > 20 ? null : parseSttText(value);
}

function parseSttUncached(value: string): Stt | null {
  const text = value.trim();
  if (text === '' || text.length > 16) return null;
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const parts = dotted[1].split('.').map(Number);
    return { kind: 'number', text: dotted[1], parts };
  }
  const upper = text.toUpperCase();
  // Roman numerals are written in capitals; "i." in lower case is a list letter.
  if (text === upper) {
    const roman = ROMAN.exec(upper);
    if (roman) {
      const bare = upper.replace(/\.$/, '');
      return { kind: 'roman', text: bare, value: romanValue(bare) };
    }
  }
  const paren = PAREN.exec(text);
  if (paren) return { kind: 'paren', text, value: Number(paren[1]) };
  const letter = LETTER.exec(text.toLowerCase());
  if (letter) return { kind: 'letter', text, value: letter[1].charCodeAt(0) - 96 };
  return null;
}

/** Hierarchy depth: 1 for "1", 2 for "1.1"; roman sections are level 0. */
export function sttLevel(stt: Stt): number {
  switch (stt.kind) {
    case 'roman':
      return 0;
    case 'number':
      return stt.parts.length;
    default:
      return 99;
  }
}

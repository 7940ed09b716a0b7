/**
 * HTML built so that data cannot become markup. The `html` template tag escapes every
 * interpolated value with `escapeHtml` unless the value is a `SafeHtml` fragment that `html`
 * itself produced; there is no other way to make one. A renderer that forgets to escape a cell
 * therefore still outputs escaped text — the safe path is the default path.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The one escaping function: safe in element text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Only this module holds the token, so only `html` can mark a string as markup. */
const TRUSTED: unique symbol = Symbol('trusted-html');

export class SafeHtml {
  readonly html: string;
  constructor(token: typeof TRUSTED, html: string) {
    if (token !== TRUSTED) throw new Error('SafeHtml is made by the html`` tag only');
    this.html = html;
  }
  toString(): string {
    return this.html;
  }
}

/** What may be interpolated: fragments, text and numbers (escaped), lists, or nothing. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function toHtml(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.html;
  if (Array.isArray(value)) return value.map(toHtml).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += toHtml(values[i]) + strings[i + 1];
  return new SafeHtml(TRUSTED, out);
}

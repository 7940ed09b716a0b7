/**
 * A small, tolerant, streaming XML tokenizer for SpreadsheetML parts. Not a general XML parser:
 * it reports start/end tags by *local* name (any prefix — x:, ns:, none — is dropped, which is
 * how the Hancell, .NET and strict files in the corpus stay readable), hands attributes over as
 * raw text for lazy lookup, and only builds text strings while the consumer asks for them.
 *
 * Input arrives in chunks of any size; a token cut by a chunk boundary is carried over to the
 * next chunk, so memory stays at one chunk plus the longest single token. DTDs are skipped and
 * never expanded (only the five predefined entities and numeric references are decoded), so
 * entity-expansion bombs have nothing to work with.
 */
import { corrupt } from '../errors';

export interface XmlSink {
  /** `attrs` is the raw text between the element name and the closing `>` / `/>`. */
  open(name: string, attrs: string): void;
  /** Also called right after open() for a self-closing element. */
  close(name: string): void;
  /** Character data (entities decoded), only delivered while `wantText` is true. */
  text(t: string): void;
  readonly wantText: boolean;
}

/** A token longer than this (a 32,767-character cell is ~200 KB of XML at worst) means damage. */
const MAX_TOKEN = 32 * 1024 * 1024;

export class XmlScanner {
  private carry = '';

  constructor(private readonly sink: XmlSink) {}

  write(chunk: string): void {
    const buf = this.carry.length > 0 ? this.carry + chunk : chunk;
    const pos = this.scan(buf);
    this.carry = pos < buf.length ? buf.slice(pos) : '';
    if (this.carry.length > MAX_TOKEN) throw corrupt('an XML part contains an endless tag or text');
  }

  /** Trailing text after the root element is ignored; a dangling partial tag is damage we tolerate. */
  end(): void {
    this.carry = '';
  }

  /** Emits every complete token of `buf`; returns where the first incomplete one starts. */
  private scan(buf: string): number {
    const sink = this.sink;
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) return pos;
      if (lt > pos && sink.wantText) sink.text(decodeXml(buf.slice(pos, lt)));
      if (lt + 1 >= n) return lt;
      const c1 = buf.charCodeAt(lt + 1);

      if (c1 === 0x21 /* ! */) {
        if (buf.startsWith('<!--', lt)) {
          const end = buf.indexOf('-->', lt + 4);
          if (end < 0) return lt;
          pos = end + 3;
          continue;
        }
        if (buf.startsWith('<![CDATA[', lt)) {
          const end = buf.indexOf(']]>', lt + 9);
          if (end < 0) return lt;
          if (sink.wantText) sink.text(buf.slice(lt + 9, end));
          pos = end + 3;
          continue;
        }
        if (n - lt < 9) return lt; // could still become one of the above
        // <!DOCTYPE …> possibly with an [internal subset]: skipped, never expanded.
        const bracket = buf.indexOf('[', lt);
        const gt = buf.indexOf('>', lt);
        if (gt < 0) return lt;
        if (bracket >= 0 && bracket < gt) {
          const end = buf.indexOf(']>', bracket);
          if (end < 0) return lt;
          pos = end + 2;
        } else pos = gt + 1;
        continue;
      }
      if (c1 === 0x3f /* ? */) {
        const end = buf.indexOf('?>', lt + 2);
        if (end < 0) return lt;
        pos = end + 2;
        continue;
      }

      // An element tag: find its '>' outside quoted attribute values.
      let i = lt + 1;
      let quote = 0;
      for (; i < n; i++) {
        const ch = buf.charCodeAt(i);
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 0x22 || ch === 0x27) quote = ch;
        else if (ch === 0x3e) break;
      }
      if (i >= n) return lt;

      if (c1 === 0x2f /* / */) {
        sink.close(localName(buf.slice(lt + 2, i).trim()));
      } else {
        const selfClosing = buf.charCodeAt(i - 1) === 0x2f;
        const innerEnd = selfClosing ? i - 1 : i;
        let nameEnd = lt + 1;
        while (nameEnd < innerEnd) {
          const ch = buf.charCodeAt(nameEnd);
          if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) break;
          nameEnd++;
        }
        const name = localName(buf.slice(lt + 1, nameEnd));
        sink.open(name, nameEnd < innerEnd ? buf.slice(nameEnd, innerEnd) : '');
        if (selfClosing) sink.close(name);
      }
      pos = i + 1;
    }
    return pos;
  }
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (m: string, body: string) => {
    switch (body) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return m;
        return String.fromCodePoint(code);
      }
    }
  });
}

/**
 * Spreadsheet text escapes characters XML cannot carry as _xHHHH_ (ECMA-376 §22.9.2.19);
 * "_x005F_" escapes the underscore itself, which a left-to-right replace handles naturally.
 */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const attrPatterns = new Map<string, RegExp>();

/**
 * One attribute's decoded value from raw attribute text. `anyPrefix` matches the local name
 * under any prefix (r:id, ns:id, or a strict file's own prefix) — the relationship id is the
 * one attribute whose prefix varies in the wild.
 */
export function attr(raw: string, name: string, anyPrefix = false): string | undefined {
  if (raw.length === 0) return undefined;
  const key = anyPrefix ? `*${name}` : name;
  let re = attrPatterns.get(key);
  if (re === undefined) {
    re = new RegExp(`(?:^|\\s)${anyPrefix ? '[A-Za-z_][\\w.-]*:' : ''}${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(key, re);
  }
  const m = re.exec(raw);
  if (m === null) return undefined;
  return decodeXml(m[1] ?? m[2] ?? '');
}

/**
 * Markup Compatibility (mc:AlternateContent): a consumer that understands none of the Choice
 * branches' namespaces must read the Fallback. We understand none of them (they hold Hancell
 * fonts, x14 extras, …), so Choice content is dropped and Fallback content passed through —
 * otherwise a font or style listed in both would be counted twice and shift every index.
 */
export class McFilter implements XmlSink {
  private skipDepth = 0;

  constructor(private readonly inner: XmlSink) {}

  get wantText(): boolean {
    return this.skipDepth === 0 && this.inner.wantText;
  }

  open(name: string, attrs: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (name === 'Choice') {
      this.skipDepth = 1;
      return;
    }
    if (name === 'AlternateContent' || name === 'Fallback') return;
    this.inner.open(name, attrs);
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (name === 'AlternateContent' || name === 'Fallback' || name === 'Choice') return;
    this.inner.close(name);
  }

  text(t: string): void {
    if (this.skipDepth === 0) this.inner.text(t);
  }
}

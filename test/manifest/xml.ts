/**
 * A deliberately tiny XML reader for our own manifest: elements, attributes, text, comments and
 * the XML declaration — no DTDs, no CDATA. Enough to walk manifest.xml in tests without pulling
 * in an XML library (the schema itself is checked by xmllint, so this only has to read
 * well-formed input and report where it is not).
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:String". */
  readonly name: string;
  /** Name without its prefix, e.g. "String". */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Concatenated text directly inside this element (not its descendants). */
  text: string;
  readonly parent: XmlElement | null;
  /** 1-based line of the start tag, for error messages. */
  readonly line: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    const named = ENTITIES[body];
    if (named === undefined) throw new Error(`unknown entity ${whole}`);
    return named;
  });
}

function lineAt(src: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (src.charCodeAt(i) === 10) line++;
  return line;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a document and returns its root element; throws on malformed input. */
export function parseXml(src: string): XmlElement {
  let i = 0;
  let root: XmlElement | null = null;
  let current: XmlElement | null = null;
  while (i < src.length) {
    if (src.startsWith('<?', i) || src.startsWith('<!--', i)) {
      const end = src.indexOf(src.startsWith('<?', i) ? '?>' : '-->', i);
      if (end < 0) throw new Error(`unterminated declaration or comment at line ${lineAt(src, i)}`);
      i = end + (src.startsWith('<?', i) ? 2 : 3);
      continue;
    }
    if (src[i] === '<') {
      TAG.lastIndex = i;
      const m = TAG.exec(src);
      if (!m) throw new Error(`malformed tag at line ${lineAt(src, i)}`);
      const [whole, closing, name, attrText, selfClosing] = m;
      if (closing) {
        if (!current || current.name !== name) {
          throw new Error(`unexpected </${name}> at line ${lineAt(src, i)}`);
        }
        current = current.parent;
      } else {
        const attrs: Record<string, string> = {};
        for (const a of attrText.matchAll(ATTR)) attrs[a[1]] = decodeEntities(a[2] ?? a[3] ?? '');
        const el: XmlElement = {
          name,
          local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
          attrs,
          children: [],
          text: '',
          parent: current,
          line: lineAt(src, i),
        };
        if (current) current.children.push(el);
        else if (root) throw new Error(`second root element at line ${el.line}`);
        else root = el;
        if (!selfClosing) current = el;
      }
      i += whole.length;
      continue;
    }
    const next = src.indexOf('<', i);
    const text = src.slice(i, next < 0 ? src.length : next);
    if (current) current.text += decodeEntities(text);
    else if (text.trim()) throw new Error(`text outside the root element at line ${lineAt(src, i)}`);
    i = next < 0 ? src.length : next;
  }
  if (!root) throw new Error('no root element');
  if (current) throw new Error(`<${current.name}> (line ${current.line}) is never closed`);
  return root;
}

/** Every element of the tree, depth first, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    out.push(el);
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}

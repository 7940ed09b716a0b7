/**
 * The Open Packaging Conventions layer: finds parts by name (case-insensitively, as OPC says),
 * follows relationships, and streams parts as decoded text into the XML scanner.
 *
 * It is deliberately forgiving about where things live — "wtf/workbook.xml", "sheet.xml"
 * without a number, absolute targets ("/xl/worksheets/sheet.xml"), a missing [Content_Types].xml
 * — because those files open in Excel and exceljs silently returns no sheets for them.
 */
import { corrupt, InputError } from '../errors';
import { streamEntry, type ZipDirectory, type ZipEntry } from '../zip';
import { McFilter, XmlScanner, attr, type XmlSink } from './xml-scanner';

export interface Relationship {
  readonly id: string;
  /** The last path segment of the relationship type URI: "worksheet", "styles", … */
  readonly kind: string;
  /** Package part name without a leading slash, or undefined for external targets. */
  readonly target: string | undefined;
}

export interface PackageOptions {
  /** Most bytes one part may unpack to (the zip guard already capped the total). */
  readonly maxPartBytes: number;
  /** Throws when the time budget is spent; called between chunks. */
  readonly checkpoint: () => void;
}

export class Package {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly path: string,
    dir: ZipDirectory,
    private readonly opts: PackageOptions,
  ) {
    for (const e of dir.entries) {
      if (!e.name.endsWith('/')) this.byName.set(normalize(e.name), e);
    }
  }

  has(part: string): boolean {
    return this.byName.has(normalize(part));
  }

  partNames(): string[] {
    return [...this.byName.values()].map((e) => e.name.replace(/^\/+/, ''));
  }

  /** Streams a part through the scanner (with Markup Compatibility filtering) into `sink`. */
  async scan(part: string, sink: XmlSink): Promise<void> {
    const entry = this.byName.get(normalize(part));
    if (entry === undefined) throw corrupt(`part ${part} is missing`);
    const scanner = new XmlScanner(new McFilter(sink));
    const decoder = new ChunkDecoder();
    for await (const bytes of streamEntry(this.path, entry, {
      maxBytes: this.opts.maxPartBytes,
      checkpoint: this.opts.checkpoint,
    })) {
      const text = decoder.decode(bytes);
      if (text.length > 0) scanner.write(text);
    }
    const rest = decoder.flush();
    if (rest.length > 0) scanner.write(rest);
    scanner.end();
  }

  /** The relationships of `part` (from its _rels/NAME.rels), keyed by id. */
  async relationships(part: string): Promise<Map<string, Relationship>> {
    const rels = new Map<string, Relationship>();
    const slash = part.lastIndexOf('/');
    const dir = slash < 0 ? '' : part.slice(0, slash);
    const base = slash < 0 ? part : part.slice(slash + 1);
    const relsPart = `${dir ? `${dir}/` : ''}_rels/${base}.rels`;
    if (!this.has(relsPart)) return rels;
    await this.scan(relsPart, {
      wantText: false,
      open(name: string, attrs: string) {
        if (name !== 'Relationship') return;
        const id = attr(attrs, 'Id');
        const type = attr(attrs, 'Type') ?? '';
        const target = attr(attrs, 'Target');
        if (id === undefined || target === undefined) return;
        const external = (attr(attrs, 'TargetMode') ?? '').toLowerCase() === 'external';
        rels.set(id, {
          id,
          kind: type.slice(type.lastIndexOf('/') + 1),
          target: external ? undefined : resolveTarget(dir, target),
        });
      },
      close() {},
      text() {},
    });
    return rels;
  }

  /**
   * Content-type overrides: part name → content type. Only a hint for finding parts, so a
   * damaged [Content_Types].xml is treated as absent rather than failing the read.
   */
  async contentTypes(): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    if (!this.has('[Content_Types].xml')) return map;
    try {
      await this.scanContentTypes(map);
    } catch (e) {
      if (!(e instanceof InputError) || e.code !== 'corrupt') throw e;
      map.clear();
    }
    return map;
  }

  private async scanContentTypes(map: Map<string, string>): Promise<void> {
    await this.scan('[Content_Types].xml', {
      wantText: false,
      open(name: string, attrs: string) {
        if (name !== 'Override') return;
        const partName = attr(attrs, 'PartName');
        const type = attr(attrs, 'ContentType');
        if (partName !== undefined && type !== undefined) map.set(normalize(partName), type);
      },
      close() {},
      text() {},
    });
  }
}

/** Part names compare case-insensitively and without the leading slash. */
function normalize(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

/** Resolves a relationship target against the source part's folder (handles "/", "..", "%20"). */
export function resolveTarget(dir: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURI(t);
  } catch {
    // A malformed escape stays as written.
  }
  const absolute = t.startsWith('/');
  const segments = absolute ? [] : dir.split('/').filter((s) => s.length > 0);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  return segments.join('/');
}

/**
 * Bytes to text across chunk boundaries. Parts are UTF-8 in practice, but XML allows UTF-16
 * with a byte-order mark and a few old writers use it; the BOM decides.
 */
class ChunkDecoder {
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private pending: Buffer | null = null;

  decode(bytes: Buffer): string {
    if (this.decoder === null) {
      const b = this.pending ? Buffer.concat([this.pending, bytes]) : bytes;
      if (b.length < 2) {
        this.pending = b;
        return '';
      }
      this.pending = null;
      const enc = b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : 'utf-8';
      this.decoder = new TextDecoder(enc);
      return this.decoder.decode(b, { stream: true });
    }
    return this.decoder.decode(bytes, { stream: true });
  }

  flush(): string {
    if (this.decoder === null) {
      this.decoder = new TextDecoder('utf-8');
      if (this.pending) return this.decoder.decode(this.pending);
      return '';
    }
    return this.decoder.decode();
  }
}

/**
 * The unit directory: canonical unit names with their abbreviations and common misspellings
 * ("Sở TT&TT", "Sở TTTT" → "Sở Thông tin và Truyền thông"). Matching ignores case, accents,
 * spacing and punctuation. Exact alias matches are applied (grouped in totals, reported as
 * owner.alias); near misses are only suggested, never applied.
 */
import { foldKey } from '../parse/text';

export interface UnitEntry {
  readonly canonical: string;
  readonly aliases: readonly string[];
}

export type UnitMatch =
  | { readonly kind: 'canonical'; readonly canonical: string }
  | { readonly kind: 'alias'; readonly canonical: string }
  | { readonly kind: 'suggestion'; readonly canonical: string }
  | { readonly kind: 'unknown' };

/** Comparison key: "Sở TT&TT" and "so tt & tt" are the same unit. "&" stands for "và". */
export function unitKey(name: string): string {
  return foldKey(name.replace(/&/g, ' va ')).replace(/[^a-z0-9]/g, '');
}

/** Words that name the kind of unit; abbreviations keep them and shorten the rest. */
const UNIT_TYPES = ['ủy ban nhân dân', 'trung tâm', 'văn phòng', 'sở', 'phòng', 'ban', 'cục', 'chi cục', 'đài', 'báo', 'ubnd'];

/**
 * Abbreviations people write for a canonical name: "Sở Thông tin và Truyền thông" →
 * "Sở TTTT", "Sở TT&TT"; "Trung tâm Tin học – Công báo" → "Trung tâm THCB".
 */
export function derivedAbbreviations(canonical: string): string[] {
  const lower = canonical.toLowerCase();
  const type = UNIT_TYPES.find((t) => lower.startsWith(t + ' '));
  if (!type) return [];
  const rest = canonical.slice(type.length).trim();
  const words = rest.split(/[\s–—-]+/).filter((w) => w !== '');
  if (words.length < 2) return [];
  const initials = (ws: string[]) => ws.map((w) => w[0].toUpperCase()).join('');
  const va = words.findIndex((w) => w.toLowerCase() === 'và');
  const all = initials(words.filter((w) => w.toLowerCase() !== 'và'));
  const prefix = canonical.slice(0, type.length);
  const out = [`${prefix} ${all}`];
  if (va > 0) out.push(`${prefix} ${initials(words.slice(0, va))}&${initials(words.slice(va + 1))}`);
  return out;
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

export class UnitDirectory {
  private readonly byKey = new Map<string, { canonical: string; alias: boolean }>();
  private readonly canonicalKeys: Array<{ key: string; canonical: string }> = [];

  /**
   * @param userSupplied true when the user gave this directory (a workbook sheet or --units):
   * only then is a unit outside it worth a warning.
   */
  constructor(
    readonly entries: readonly UnitEntry[],
    readonly userSupplied: boolean,
  ) {
    for (const e of entries) {
      const key = unitKey(e.canonical);
      this.byKey.set(key, { canonical: e.canonical, alias: false });
      this.canonicalKeys.push({ key, canonical: e.canonical });
    }
    for (const e of entries) {
      for (const alias of [...e.aliases, ...derivedAbbreviations(e.canonical)]) {
        const key = unitKey(alias);
        if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, { canonical: e.canonical, alias: true });
      }
    }
  }

  /** A directory with more entries; entries of `more` win over ours for the same canonical name. */
  extend(more: readonly UnitEntry[], userSupplied: boolean): UnitDirectory {
    const merged = new Map<string, UnitEntry>();
    for (const e of [...this.entries, ...more]) {
      const key = unitKey(e.canonical);
      const had = merged.get(key);
      merged.set(key, { canonical: e.canonical, aliases: [...(had?.aliases ?? []), ...e.aliases] });
    }
    return new UnitDirectory([...merged.values()], this.userSupplied || userSupplied);
  }

  private readonly memo = new Map<string, UnitMatch>();

  match(name: string): UnitMatch {
    let m = this.memo.get(name);
    if (!m) {
      m = this.matchUncached(name);
      this.memo.set(name, m);
    }
    return m;
  }

  private matchUncached(name: string): UnitMatch {
    const key = unitKey(name);
    if (key === '') return { kind: 'unknown' };
    const hit = this.byKey.get(key);
    if (hit) {
      // The canonical spelled differently only in spacing or punctuation is still an alias.
      if (!hit.alias && name.normalize('NFC').replace(/\s+/g, ' ').trim() === hit.canonical) return { kind: 'canonical', canonical: hit.canonical };
      return { kind: 'alias', canonical: hit.canonical };
    }
    const limit = key.length < 8 ? 1 : 2;
    let best: { d: number; canonical: string } | null = null;
    for (const [k, v] of this.byKey) {
      const d = editDistance(key, k, limit);
      if (d <= limit && (!best || d < best.d)) best = { d, canonical: v.canonical };
    }
    return best ? { kind: 'suggestion', canonical: best.canonical } : { kind: 'unknown' };
  }

  /** The name totals group a unit under: canonical for exact and alias matches, else itself. */
  canonicalOf(name: string): string {
    const m = this.match(name);
    return m.kind === 'canonical' || m.kind === 'alias' ? m.canonical : name;
  }
}

/** Parses "canonical name, alias; alias" rows (a CSV file or a "Danh mục đơn vị" sheet). */
export function entriesFromRows(rows: ReadonlyArray<readonly [string, string]>): UnitEntry[] {
  const entries: UnitEntry[] = [];
  for (const [canonical, aliases] of rows) {
    const name = canonical.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (name === '' || /^(ten|ten don vi|don vi|canonical)/.test(foldKey(name))) continue;
    entries.push({
      canonical: name,
      aliases: aliases
        .split(';')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
    });
  }
  return entries;
}

/** The conventional name of the workbook sheet that extends the unit directory. */
export const UNIT_SHEET_NAME = 'Danh mục đơn vị';

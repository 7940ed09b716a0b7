import type { LegacyEncoding } from './types';

export interface FontEncoding {
  readonly encoding: LegacyEncoding;
  /** True for the TCVN3 capitals fonts (".VnTimeH"), which draw every letter as a capital. */
  readonly capitals: boolean;
}

/**
 * The legacy encoding a font name implies, or null for Unicode fonts.
 *
 * TCVN3 (ABC) fonts are named ".Vn…" (".VnTime", ".VnArial Narrow"); their capitals-only
 * twins add a final "H" (".VnTimeH", ".VnArial NarrowH"). VNI fonts are named "VNI-…"
 * ("VNI-Times", "VNI-Helve"). Windows matches font names case-insensitively, so the prefixes
 * are too; the "H" is taken case-sensitively because it is the one letter that tells the two
 * TCVN3 families apart, unless the whole name was lower-cased (".vntimeh").
 */
export function fontEncoding(font: string | undefined): FontEncoding | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/i.test(name)) {
    const capitals = name.endsWith('H') || (name === name.toLowerCase() && name.endsWith('h'));
    return { encoding: 'tcvn3', capitals };
  }
  if (/^vni[-\s_]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

/**
 * Checks on manifest.xml that Office enforces but the XSD does not (resid ≤ 32 characters,
 * short strings ≤ 125, long strings ≤ 250, one custom tab), plus the consistency rules a
 * broken add-in would only reveal at sideload time: every resid defined and used, every
 * FunctionName registered with Office.actions.associate, every URL https, every icon present
 * at the pixel size it is declared at, an en-US override for every Vietnamese string.
 *
 * Pure: the caller supplies the registered function names and a way to read icon files, so the
 * negative tests can feed it broken copies without touching the repository.
 */
import { allElements, parseXml, XmlElement } from './xml';

export const LIMITS = { resid: 32, shortString: 125, longString: 250 } as const;

export interface ManifestContext {
  /** Names passed to Office.actions.associate in src/commands/. */
  readonly registeredFunctions: ReadonlySet<string>;
  /** The bytes an icon URL serves, or null when nothing would be served. */
  readAsset(url: string): Buffer | null;
}

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** Which resource list an element's resid must point into, by the element's local name. */
const REFERENCE_KIND: Record<string, ResourceKind> = {
  Image: 'Images',
  FunctionFile: 'Urls',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

/** Sizes Office accepts for the add-in's own icons (store/dialog icons, not ribbon icons). */
const APP_ICON_SIZES: Record<string, readonly number[]> = {
  IconUrl: [32, 64],
  HighResolutionIconUrl: [64, 128],
};

const REQUIRED_OVERRIDE_LOCALE = 'en-US';

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(buf: Buffer): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || signature.some((b, i) => buf[i] !== b)) return null;
  if (buf.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Names registered with `Office.actions.associate("name", …)` in the given sources. */
export function findAssociatedFunctions(sources: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const src of sources) {
    for (const m of src.matchAll(/\bassociate\(\s*(['"`])([^'"`]+)\1\s*,/g)) names.add(m[2]);
  }
  return names;
}

function where(el: XmlElement): string {
  return `<${el.name}> (line ${el.line})`;
}

/** The default value and every override of a locale-aware element, with a label for messages. */
function localizedValues(el: XmlElement): Array<{ value: string; locale: string }> {
  const out = [{ value: el.attrs.DefaultValue ?? '', locale: 'default' }];
  for (const o of el.children) {
    if (o.local === 'Override') out.push({ value: o.attrs.Value ?? '', locale: o.attrs.Locale ?? '?' });
  }
  return out;
}

function checkHttps(url: string, el: XmlElement, errors: string[]): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    errors.push(`${where(el)}: "${url}" is not an absolute URL`);
    return;
  }
  if (parsed.protocol !== 'https:') errors.push(`${where(el)}: URL "${url}" is not https`);
}

/** Returns every problem found, as readable sentences; empty when the manifest is fine. */
export function checkManifest(xml: string, ctx: ManifestContext): string[] {
  const errors: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`manifest is not well-formed XML: ${(e as Error).message}`];
  }
  const elements = allElements(root);

  // --- Resources: collect definitions, check id length, string lengths, duplicates.
  const defined = new Map<string, { kind: ResourceKind; el: XmlElement }>();
  for (const list of elements.filter((e) => e.parent?.local === 'Resources')) {
    const kind = list.local as ResourceKind;
    for (const res of list.children) {
      const id = res.attrs.id ?? '';
      if (id.length > LIMITS.resid) {
        errors.push(`${where(res)}: resource id "${id}" is ${id.length} characters (max ${LIMITS.resid})`);
      }
      if (defined.has(id)) errors.push(`${where(res)}: resource id "${id}" is defined twice`);
      defined.set(id, { kind, el: res });
      const max = kind === 'ShortStrings' ? LIMITS.shortString : kind === 'LongStrings' ? LIMITS.longString : null;
      for (const { value, locale } of localizedValues(res)) {
        if (max !== null && value.length > max) {
          errors.push(`${where(res)}: "${id}" (${locale}) is ${value.length} characters (max ${max})`);
        }
        if (value.trim() === '') errors.push(`${where(res)}: "${id}" (${locale}) is empty`);
        if (kind === 'Urls' || kind === 'Images') checkHttps(value, res, errors);
      }
      if ((kind === 'ShortStrings' || kind === 'LongStrings') && !hasOverride(res)) {
        errors.push(`${where(res)}: "${id}" has no ${REQUIRED_OVERRIDE_LOCALE} override`);
      }
    }
  }

  // --- References: every resid short enough, defined, of the right kind; every definition used.
  const used = new Set<string>();
  for (const el of elements) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    if (resid.length > LIMITS.resid) {
      errors.push(`${where(el)}: resid "${resid}" is ${resid.length} characters (max ${LIMITS.resid})`);
    }
    const def = defined.get(resid);
    const expected = REFERENCE_KIND[el.local];
    if (!def) errors.push(`${where(el)}: resid "${resid}" is not defined in <Resources>`);
    else if (expected && def.kind !== expected) {
      errors.push(`${where(el)}: resid "${resid}" is in ${def.kind} but <${el.local}> needs ${expected}`);
    }
  }
  for (const [id, { el }] of defined) {
    if (!used.has(id)) errors.push(`${where(el)}: resource "${id}" is defined but never used`);
  }

  // --- Top-level locale-aware settings: lengths and the English override.
  for (const el of elements.filter((e) => e.local === 'DisplayName' || e.local === 'Description')) {
    if (el.attrs.resid !== undefined) continue; // VersionOverrides' Description is a reference
    const max = el.local === 'DisplayName' ? LIMITS.shortString : LIMITS.longString;
    for (const { value, locale } of localizedValues(el)) {
      if (value.length > max) errors.push(`${where(el)} (${locale}) is ${value.length} characters (max ${max})`);
    }
    if (!hasOverride(el)) errors.push(`${where(el)} has no ${REQUIRED_OVERRIDE_LOCALE} override`);
  }

  // --- Function commands: every FunctionName registered in code, and nothing registered in vain.
  const functionNames = new Set(elements.filter((e) => e.local === 'FunctionName').map((e) => e.text.trim()));
  for (const el of elements.filter((e) => e.local === 'FunctionName')) {
    const name = el.text.trim();
    if (!ctx.registeredFunctions.has(name)) {
      errors.push(`${where(el)}: "${name}" is not registered with Office.actions.associate in src/commands/`);
    }
  }
  for (const name of ctx.registeredFunctions) {
    if (!functionNames.has(name)) errors.push(`Office.actions.associate("${name}") has no <FunctionName> in the manifest`);
  }
  if (functionNames.size > 0 && !elements.some((e) => e.local === 'FunctionFile')) {
    errors.push('ExecuteFunction buttons need a <FunctionFile>');
  }

  // --- URLs outside Resources, and a sweep for any plain-http address anywhere.
  for (const el of elements) {
    if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].includes(el.local) ||
        (el.local === 'SourceLocation' && el.attrs.DefaultValue !== undefined)) {
      for (const { value } of localizedValues(el)) checkHttps(value, el, errors);
    }
    if (el.local === 'AppDomain') checkHttps(el.text.trim(), el, errors);
    for (const [name, value] of Object.entries(el.attrs)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue; // namespace names, not fetched
      if (/\bhttp:\/\//i.test(value)) errors.push(`${where(el)}: ${name}="${value}" uses http`);
    }
    if (/\bhttp:\/\//i.test(el.text)) errors.push(`${where(el)}: text "${el.text.trim()}" uses http`);
  }

  // --- Icons: the file exists and has the pixel size it is declared at.
  for (const el of elements.filter((e) => e.local === 'Image' && e.attrs.resid !== undefined)) {
    const size = Number(el.attrs.size);
    const def = defined.get(el.attrs.resid);
    if (!def) continue; // already reported as undefined
    for (const { value } of localizedValues(def.el)) checkIcon(value, [size], el, ctx, errors);
  }
  for (const el of elements.filter((e) => e.local in APP_ICON_SIZES)) {
    for (const { value } of localizedValues(el)) checkIcon(value, APP_ICON_SIZES[el.local], el, ctx, errors);
  }

  // --- Ribbon shape: one custom tab, unique control ids.
  const tabs = elements.filter((e) => e.local === 'CustomTab');
  if (tabs.length > 1) errors.push(`${tabs.length} custom tabs; Office shows only one per add-in`);
  const ids = new Map<string, XmlElement>();
  for (const el of elements.filter((e) => ['Control', 'Group', 'CustomTab'].includes(e.local))) {
    const id = el.attrs.id ?? '';
    if (ids.has(id)) errors.push(`${where(el)}: id "${id}" is used twice`);
    ids.set(id, el);
  }

  return errors;
}

function hasOverride(el: XmlElement): boolean {
  return el.children.some((o) => o.local === 'Override' && o.attrs.Locale === REQUIRED_OVERRIDE_LOCALE);
}

function checkIcon(url: string, sizes: readonly number[], el: XmlElement, ctx: ManifestContext, errors: string[]): void {
  const bytes = ctx.readAsset(url);
  if (!bytes) {
    errors.push(`${where(el)}: icon ${url} does not exist`);
    return;
  }
  const dims = pngSize(bytes);
  if (!dims) errors.push(`${where(el)}: icon ${url} is not a PNG`);
  else if (dims.width !== dims.height || !sizes.includes(dims.width)) {
    errors.push(`${where(el)}: icon ${url} is ${dims.width}x${dims.height}, expected ${sizes.map((s) => `${s}x${s}`).join(' or ')}`);
  }
}

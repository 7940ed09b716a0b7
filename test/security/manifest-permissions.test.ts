/**
 * What the add-in asks Office for, and where Office fetches it from (manifest.xml, and the
 * production manifest webpack writes):
 *
 *   - ReadWriteDocument and nothing else: no mailbox permission, no identity/API scopes
 *     (WebApplicationInfo), no extended permissions — and the add-in does write to the
 *     workbook, so ReadDocument would not do;
 *   - every URL is https, all on one origin (no third party can serve a page or icon);
 *   - no AppDomains: the pane never navigates to another domain.
 *
 * ADDIN_HOST_URL validation (http, not a URL, query/fragment) is tested in
 * test/build/webpack-config.test.ts and not repeated here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { allElements, parseXml, type XmlElement } from '../manifest/xml';

const ROOT = path.resolve(__dirname, '../..');
const manifestXml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const root = parseXml(manifestXml);
const all = allElements(root);

/** Task pane permission levels, least to most (Office add-in manifest, <Permissions>). */
const TASKPANE_LEVELS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const MAILBOX_LEVELS = ['ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'];

/** Every attribute value and text node that names a URL, with where it was found. */
function urlsIn(elements: XmlElement[]): Array<{ where: string; url: string }> {
  const out: Array<{ where: string; url: string }> = [];
  const looksLikeUrl = (v: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(v) || v.startsWith('//') || /^(javascript|data|file):/i.test(v);
  for (const e of elements) {
    for (const [k, v] of Object.entries(e.attrs)) {
      // Namespace names are identifiers, never fetched.
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      if (looksLikeUrl(v.trim())) out.push({ where: `<${e.name} ${k}> line ${e.line}`, url: v.trim() });
    }
    const text = e.text.trim();
    if (text && looksLikeUrl(text)) out.push({ where: `<${e.name}> text line ${e.line}`, url: text });
  }
  return out;
}

describe('permissions', () => {
  test('a task pane add-in for workbooks only', () => {
    expect(root.local).toBe('OfficeApp');
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    const hosts = all.filter((e) => e.local === 'Host').map((e) => e.attrs.Name ?? e.attrs['xsi:type']);
    expect([...new Set(hosts)]).toEqual(['Workbook']);
  });

  test('exactly one <Permissions>, ReadWriteDocument', () => {
    const perms = all.filter((e) => e.local === 'Permissions');
    expect(perms.map((p) => p.text.trim())).toEqual(['ReadWriteDocument']);
    expect(TASKPANE_LEVELS).toContain(perms[0].text.trim());
  });

  test('no mailbox permission, no identity or API scopes, no extended permissions', () => {
    for (const level of MAILBOX_LEVELS) expect({ level, found: manifestXml.includes(level) }).toEqual({ level, found: false });
    for (const local of ['WebApplicationInfo', 'Scopes', 'Scope', 'ExtendedPermissions', 'ExtendedPermission', 'Authorization', 'Authorizations']) {
      expect({ local, found: all.some((e) => e.local === local) }).toEqual({ local, found: false });
    }
  });

  test('the add-in writes to the workbook, so nothing below ReadWriteDocument would do', () => {
    // Highlights are cell fills and the cleaned copy is a new sheet: both need write access.
    const excelSrc = fs
      .readdirSync(path.join(ROOT, 'src', 'excel'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(path.join(ROOT, 'src', 'excel', f), 'utf8'))
      .join('\n');
    expect(excelSrc).toMatch(/\.fill\.color\s*=|\.fill\.clear\(\)/);
    expect(excelSrc).toMatch(/worksheets\.add\(/);
  });
});

describe('URLs', () => {
  const urls = urlsIn(all);

  test('there are URLs to check (icons, pages, function file)', () => {
    expect(urls.length).toBeGreaterThanOrEqual(8);
  });

  test('every URL is https', () => {
    const notHttps = urls.filter((u) => !/^https:\/\/[^/]/i.test(u.url));
    expect(notHttps).toEqual([]);
    // And no plain http anywhere outside comments and namespace declarations.
    const body = manifestXml.replace(/<!--[\s\S]*?-->/g, '').replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
    expect(body.match(/http:\/\/[^"<\s]*/g)).toBeNull();
  });

  test('every URL is on one origin', () => {
    expect([...new Set(urls.map((u) => new URL(u.url).origin))]).toHaveLength(1);
  });

  test('no AppDomains (the pane never navigates to another domain)', () => {
    expect(all.filter((e) => e.local === 'AppDomains' || e.local === 'AppDomain')).toEqual([]);
  });
});

/** The rules above as one function, so that tampered copies can show each rule can fail. */
function problems(xml: string): string[] {
  const r = parseXml(xml);
  const els = allElements(r);
  const found: string[] = [];
  const perms = els.filter((e) => e.local === 'Permissions').map((e) => e.text.trim());
  if (perms.length !== 1 || perms[0] !== 'ReadWriteDocument') found.push(`permissions ${JSON.stringify(perms)}`);
  for (const level of MAILBOX_LEVELS) if (xml.includes(level)) found.push(`mailbox permission ${level}`);
  if (els.some((e) => ['WebApplicationInfo', 'ExtendedPermissions', 'AppDomains', 'AppDomain'].includes(e.local))) found.push('extra element');
  const u = urlsIn(els);
  for (const x of u) if (!/^https:\/\/[^/]/i.test(x.url)) found.push(`not https: ${x.url}`);
  if (new Set(u.map((x) => new URL(x.url).origin)).size > 1) found.push('several origins');
  return found;
}

describe('the checks can fail', () => {
  test('the real manifest passes them all', () => {
    expect(problems(manifestXml)).toEqual([]);
  });

  test.each([
    ['an http icon', (x: string) => x.replace('https://localhost:3000/assets/icon-64.png', 'http://localhost:3000/assets/icon-64.png')],
    ['a page on another origin', (x: string) => x.replace('https://localhost:3000/commands.html', 'https://cdn.example.com/commands.html')],
    ['a mailbox permission', (x: string) => x.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>')],
    ['a lower permission', (x: string) => x.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>')],
    ['AppDomains', (x: string) => x.replace('<Hosts>', '<AppDomains><AppDomain>https://evil.example</AppDomain></AppDomains><Hosts>')],
    ['a javascript: URL', (x: string) => x.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'javascript:alert(1)"/>\n  </DefaultSettings>')],
  ])('%s is caught', (_what, tamper) => {
    const tampered = tamper(manifestXml);
    expect(tampered).not.toBe(manifestXml);
    expect(problems(tampered).length).toBeGreaterThan(0);
  });
});

describe('the production manifest (webpack, ADDIN_HOST_URL=https://…)', () => {
  test('keeps every URL https and on the configured origin', async () => {
    type ConfigFn = (env: Record<string, unknown>, argv: { mode: string }) => Promise<{ plugins: Array<{ patterns?: Array<{ from: string; transform?: (b: Buffer) => string | Buffer }> }> }>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configFn = require(path.join(ROOT, 'webpack.config.js')) as ConfigFn;
    const saved = process.env.ADDIN_HOST_URL;
    process.env.ADDIN_HOST_URL = 'https://addin.example.gov.vn/phu-luc/';
    let out: string;
    try {
      const config = await configFn({}, { mode: 'production' });
      const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === 'manifest.xml');
      expect(pattern?.transform).toBeDefined();
      out = String(pattern?.transform?.(Buffer.from(manifestXml)));
    } finally {
      if (saved === undefined) delete process.env.ADDIN_HOST_URL;
      else process.env.ADDIN_HOST_URL = saved;
    }
    const prodUrls = urlsIn(allElements(parseXml(out)));
    expect(prodUrls).toHaveLength(urlsIn(all).length);
    expect(prodUrls.filter((u) => !u.url.startsWith('https://addin.example.gov.vn/phu-luc/'))).toEqual([]);
    // Same permissions after the substitution.
    expect(allElements(parseXml(out)).filter((e) => e.local === 'Permissions').map((e) => e.text.trim())).toEqual(['ReadWriteDocument']);
  });
});

/**
 * Content-Security-Policy of the web pages, checked on a real production build (webpack into a
 * temporary directory, once):
 *
 *   1. every page carries a CSP meta: no 'unsafe-eval' anywhere; script-src allows only 'self'
 *      (plus Microsoft's office.js origin when OFFICE_JS_CDN=1), never 'unsafe-inline', a
 *      wildcard or a scheme; connect-src 'self'; and the page has no inline script;
 *   2. no emitted bundle calls eval / new Function / Function / string timers, except fallbacks
 *      that are listed below with the guard that keeps them from running in a browser; the
 *      taskpane, commands and summary bundles themselves hold none but webpack's own probe;
 *   3. in headless Chromium, with the CSP enforced, the standalone page runs a whole session
 *      (demo workbook read by exceljs, validate, cleaned .xlsx written by exceljs, reports
 *      exported) and the add-in pages load, without a single CSP violation — after a canary
 *      shows that a violation would have been seen.
 */
import { loadDemo } from '../browser/helpers/pane';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'appendix-csp-'));
const CDN = process.env.OFFICE_JS_CDN === '1';
const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const HAS_STANDALONE = fs.existsSync(path.join(ROOT, 'src', 'standalone', 'index.tsx'));
const EXPECTED_PAGES = ['commands.html', 'summary.html', 'taskpane.html', ...(HAS_STANDALONE ? ['standalone.html'] : [])].sort();
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let buildStatus: number | null = null;
let buildLog = '';

beforeAll(() => {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  // OFFICE_JS_CDN is passed through on purpose: the policy is checked for the build asked for.
  const env: NodeJS.ProcessEnv = { ...process.env, ADDIN_HOST_URL: 'https://addin.example.gov.vn/', NODE_ENV: 'production' };
  const r = spawnSync(process.execPath, [cli, '--mode', 'production', '--output-path', OUT], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 170_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  buildStatus = r.status;
  buildLog = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
}, 180_000);

afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

function built(): void {
  if (buildStatus !== 0) throw new Error(`webpack failed (${buildStatus}):\n${buildLog.slice(-4000)}`);
}

const read = (rel: string): string => fs.readFileSync(path.join(OUT, rel), 'utf8');
const pages = (): string[] => fs.readdirSync(OUT).filter((f) => f.endsWith('.html')).sort();

// ---------------------------------------------------------------------------------------------
// HTML and policy parsing

function decodeEntities(s: string): string {
  return s
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The value of attribute `name` in a tag's attribute text, quoted or not (minified HTML). */
function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  if (!m) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

function cspMetas(html: string): string[] {
  return [...html.matchAll(/<meta\b([^>]*)>/gi)]
    .map((m) => m[1])
    .filter((a) => (attr(a, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy')
    .map((a) => attr(a, 'content') ?? '');
}

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    // Like a browser: the first occurrence of a directive wins, later ones are ignored.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** The sources that govern a fetch directive: its own, else default-src (CSP fallback rules). */
function effective(policy: Policy, directive: string): string[] | undefined {
  if (directive === 'script-src-elem' || directive === 'script-src-attr') return policy.get(directive) ?? effective(policy, 'script-src');
  return policy.get(directive) ?? policy.get('default-src');
}

interface ScriptTag {
  readonly attrs: string;
  readonly body: string;
  readonly src: string | undefined;
}

function scripts(html: string): ScriptTag[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({ attrs: m[1], body: m[2], src: attr(m[1], 'src') }));
}

describe('the production build', () => {
  test('succeeds and emits every page', () => {
    built();
    expect(pages()).toEqual(EXPECTED_PAGES);
  });
});

describe('Content-Security-Policy of every page', () => {
  const each = (): Array<{ page: string; html: string; policy: Policy; raw: string }> => {
    built();
    return pages().map((page) => {
      const html = read(page);
      const metas = cspMetas(html);
      expect({ page, metas: metas.length }).toEqual({ page, metas: 1 });
      return { page, html, policy: parsePolicy(metas[0]), raw: metas[0] };
    });
  };

  test('sits in <head>, before any script or stylesheet', () => {
    for (const { page, html } of each()) {
      const at = html.search(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy/i);
      const head = html.search(/<\/head>/i);
      const firstScript = html.search(/<script\b/i);
      const firstLink = html.search(/<link\b[^>]*rel=["']?stylesheet/i);
      expect({ page, inHead: at >= 0 && at < head }).toEqual({ page, inHead: true });
      expect({ page, beforeScripts: firstScript < 0 || at < firstScript, beforeStyles: firstLink < 0 || at < firstLink }).toEqual({
        page,
        beforeScripts: true,
        beforeStyles: true,
      });
    }
  });

  test("never 'unsafe-eval' (nor 'wasm-unsafe-eval' or 'unsafe-hashes') in any directive", () => {
    for (const { page, raw } of each()) {
      expect({ page, found: raw.match(/'(unsafe-eval|wasm-unsafe-eval|unsafe-hashes)'/gi) }).toEqual({ page, found: null });
    }
  });

  test("script-src: only 'self' (and Microsoft's office.js origin when OFFICE_JS_CDN=1), no 'unsafe-inline'", () => {
    for (const { page, policy } of each()) {
      const sources = effective(policy, 'script-src');
      expect({ page, sources }).toEqual({ page, sources: CDN ? ["'self'", CDN_ORIGIN] : ["'self'"] });
      // script-src-elem / -attr, if ever added, must not loosen it.
      for (const d of ['script-src-elem', 'script-src-attr']) {
        expect({ page, d, sources: effective(policy, d) }).toEqual({ page, d, sources });
      }
    }
  });

  test("connect-src 'self' only; default-src, object-src and base-uri locked down", () => {
    for (const { page, policy } of each()) {
      expect({ page, connect: effective(policy, 'connect-src') }).toEqual({ page, connect: ["'self'"] });
      expect({ page, default: policy.get('default-src') }).toEqual({ page, default: ["'self'"] });
      expect({ page, object: effective(policy, 'object-src') }).toEqual({ page, object: ["'none'"] });
      expect({ page, base: policy.get('base-uri') }).toEqual({ page, base: ["'self'"] });
      // No directive opens up to any host or scheme (data: for images only).
      for (const [d, values] of policy) {
        const loose = values.filter((v) => v === '*' || /^(https?|wss?|blob|filesystem):?$/i.test(v) || (/^data:?$/i.test(v) && d !== 'img-src') || (/^https?:\/\//i.test(v) && !(CDN && d === 'script-src' && v === CDN_ORIGIN)));
        expect({ page, d, loose }).toEqual({ page, d, loose: [] });
      }
    }
  });

  test('no inline <script> with content, no inline handlers or javascript: URLs; scripts from our origin', () => {
    for (const { page, html } of each()) {
      const tags = scripts(html);
      expect({ page, scripts: tags.length > 0 }).toEqual({ page, scripts: true });
      for (const t of tags) {
        expect({ page, tag: t.attrs, src: t.src !== undefined, body: t.body.trim() }).toEqual({ page, tag: t.attrs, src: true, body: '' });
        const src = t.src as string;
        const sameOrigin = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src);
        const cdnOfficeJs = CDN && src === `${CDN_ORIGIN}/lib/1/hosted/office.js`;
        expect({ page, src, allowed: sameOrigin || cdnOfficeJs }).toEqual({ page, src, allowed: true });
      }
      expect({ page, handlers: html.match(/<[^>]+\son[a-z]+\s*=/gi) }).toEqual({ page, handlers: null });
      expect({ page, jsUrls: html.match(/javascript:/gi) }).toEqual({ page, jsUrls: null });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Dynamic code in the bundles

/**
 * Every form of code-from-a-string a bundle can hold. With the CSP above a browser refuses them
 * (EvalError), so each must be unreachable — or the feature behind it is broken in production.
 */
const DYNAMIC_CODE = /(?<![\w$])eval\s*\(|\(0\s*,\s*eval\)|(?<![\w$.])(?:new\s+)?Function\s*\(|(?<![\w$.])set(?:Timeout|Interval|Immediate)\(\s*["'`]|WebAssembly\.(?:compile|instantiate|Module)\b/g;

interface Site {
  readonly file: string;
  readonly at: number;
  readonly match: string;
  readonly context: string;
}

/**
 * The known sites, each with the guard (read from the code around it) that keeps it from
 * running in a browser that has globalThis and self. A site that does not match one of these,
 * guard included, fails the test.
 */
const GUARDED: ReadonlyArray<{ id: string; why: string; test: (before: string, match: string, after: string) => boolean }> = [
  {
    id: 'webpack-global-probe',
    why: 'webpack runtime: returns globalThis first; new Function only where globalThis is missing, inside try/catch',
    test: (b, m, a) => /new\s+Function\(/.test(m) && /"object"\s*==\s*typeof globalThis\)\s*return globalThis;\s*try\{return this\|\|$/.test(b) && a.startsWith('"return this")()}catch'),
  },
  {
    id: 'global-fallback-chain',
    why: 'lodash-style root lookup: `freeGlobal || freeSelf || Function("return this")()`; self is an object in every browser page and worker',
    test: (b, m, a) => /^Function\($/.test(m) && a.startsWith('"return this")()') && /\|\|$/.test(b) && /typeof self/.test(b.slice(-400)),
  },
  {
    id: 'setimmediate-polyfill',
    why: 'setImmediate polyfill (bundled with exceljs): compiles its argument only when it is not a function; nothing passes a string',
    test: (b, m, a) => /new\s+Function\($/.test(m) && /"function"\s*!=\s*typeof (\w+)&&\(\1=$/.test(b) && /^""\+\w+\)/.test(a),
  },
  {
    id: 'regenerator-global',
    why: 'regenerator-runtime: assigns a global; Function(...) only if that throws and globalThis is missing',
    test: (b, m, a) => /^Function\($/.test(m) && /catch\(\w+\)\{"object"\s*==\s*typeof globalThis\?globalThis\.regeneratorRuntime=\w+:$/.test(b) && a.startsWith('"r","regeneratorRuntime = r")'),
  },
];

function sitesIn(file: string): Site[] {
  const js = read(file);
  return [...js.matchAll(DYNAMIC_CODE)].map((m) => ({
    file,
    at: m.index as number,
    match: m[0],
    context: js.slice(Math.max(0, (m.index as number) - 120), (m.index as number) + m[0].length + 60),
  }));
}

function classify(file: string, site: Site): string | null {
  const js = read(file);
  const before = js.slice(Math.max(0, site.at - 600), site.at);
  const after = js.slice(site.at + site.match.length, site.at + site.match.length + 200);
  return GUARDED.find((g) => g.test(before, site.match, after))?.id ?? null;
}

/** Our own scripts: top-level bundles and lazy chunks, and the fallback script. Not office.js. */
const ourScripts = (): string[] => [...fs.readdirSync(OUT).filter((f) => f.endsWith('.js')), 'fallback/ie11.js'].sort();

/** The entry bundle of a page (name.hash.js). */
function entryBundle(chunk: string): string {
  const f = fs.readdirSync(OUT).find((x) => new RegExp(`^${chunk}\\.[0-9a-f]{8}\\.js$`).test(x));
  if (!f) throw new Error(`no ${chunk} bundle in the build`);
  return f;
}

/** Lazy chunks an entry bundle can load: its runtime names each chunk's content hash. */
function lazyChunks(entry: string): string[] {
  const js = read(entry);
  return fs
    .readdirSync(OUT)
    .filter((f) => f !== entry && /\.[0-9a-f]{8}\.js$/.test(f))
    .filter((f) => {
      const hash = /\.([0-9a-f]{8})\.js$/.exec(f)?.[1] as string;
      const name = f.slice(0, -'.xxxxxxxx.js'.length);
      // A chunk is loadable when the runtime's hash map has its hash; entry bundles of other
      // pages are not chunks of this one.
      return js.includes(`"${hash}"`) && !['taskpane', 'commands', 'summary', 'standalone'].includes(name);
    });
}

describe('dynamic code in the emitted scripts', () => {
  test('inventory: every site, with its context (printed), is a known guarded fallback', () => {
    built();
    const report: string[] = [];
    const unknown: Array<{ file: string; match: string; context: string }> = [];
    for (const file of ourScripts()) {
      for (const site of sitesIn(file)) {
        const id = classify(file, site);
        report.push(`${file} @${site.at}: ${site.match} [${id ?? 'UNCLASSIFIED'}]\n    …${site.context.replace(/\s+/g, ' ')}…`);
        if (id === null) unknown.push({ file, match: site.match, context: site.context });
      }
    }
    const loaders = ['taskpane', 'commands', 'summary', ...(HAS_STANDALONE ? ['standalone'] : [])].map(
      (p) => `${p}: loads ${[entryBundle(p), ...lazyChunks(entryBundle(p))].join(', ')}`,
    );
    // eslint-disable-next-line no-console
    console.log(['Dynamic-code sites in the production build:', ...(report.length ? report : ['(none)']), '', 'Scripts per page:', ...loaders].join('\n'));
    expect(unknown).toEqual([]);
  });

  test.each(['taskpane', 'commands', 'summary'])('the %s bundle itself holds nothing but webpack’s guarded global probe', (chunk) => {
    built();
    const file = entryBundle(chunk);
    const ids = sitesIn(file).map((s) => classify(file, s) ?? `UNCLASSIFIED ${s.match} …${s.context}…`);
    expect(ids.filter((id) => id !== 'webpack-global-probe')).toEqual([]);
  });

  test('the commands page loads no lazy chunk at all (so no library code it does not need)', () => {
    built();
    expect(lazyChunks(entryBundle('commands'))).toEqual([]);
  });

  test('chunks the task pane loads lazily hold only guarded fallbacks, and no caller passes a string to setImmediate', () => {
    built();
    const chunks = lazyChunks(entryBundle('taskpane'));
    for (const file of chunks) {
      for (const site of sitesIn(file)) expect({ file, site: site.match, id: classify(file, site) }).toEqual({ file, site: site.match, id: expect.any(String) });
    }
    // The setImmediate polyfill compiles a string argument; make sure none is ever passed.
    for (const file of ourScripts()) expect({ file, calls: read(file).match(/setImmediate\(\s*["'`]/g) }).toEqual({ file, calls: null });
  });

  test('no source maps shipped', () => {
    built();
    const maps: string[] = [];
    const walk = (dir: string): void => {
      for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
        if (d.isDirectory()) walk(path.join(dir, d.name));
        else if (d.name.endsWith('.map')) maps.push(path.relative(OUT, path.join(dir, d.name)));
      }
    };
    walk(OUT);
    expect(maps).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The policy enforced by a browser

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
    __canaryRan?: boolean;
  }
}

describe('in Chromium, with the CSP enforced', () => {
  let server: { url: string; requests: string[]; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  const consoleCsp: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (buildStatus !== 0) return;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startStaticServer } = require(path.join(ROOT, 'scripts', 'static-server.js')) as {
      startStaticServer(dir: string): Promise<{ url: string; requests: string[]; close(): Promise<void> }>;
    };
    server = await startStaticServer(OUT);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const outbound: string[] = [];
  const leftLocalhost = (): string[] =>
    outbound.filter((u) => !/^[^:]+: (data:|blob:|about:|https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/)/.test(u));

  async function open(pageName: string): Promise<Page> {
    built();
    const context = await (browser as Browser).newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations?.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
      });
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) consoleCsp.push(`${pageName}: ${m.text()}`);
    });
    page.on('pageerror', (e) => pageErrors.push(`${pageName}: ${e.name}: ${e.message}`));
    // Nothing may leave the machine: every request the page makes is recorded and checked.
    page.on('request', (r) => outbound.push(`${pageName}: ${r.url()}`));
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    await page.goto(`${(server as { url: string }).url}${pageName}`, { waitUntil: 'load' });
    return page;
  }

  const violations = (page: Page): Promise<Violation[]> => page.evaluate(() => window.__cspViolations ?? []);

  const waitIdle = (page: Page): Promise<unknown> => page.waitForSelector('[data-testid="pane"][data-busy="false"]', { timeout: 60_000 });

  (HAS_STANDALONE ? test : test.skip)(
    'standalone page: a canary eval is blocked and seen; then demo → validate → exports run with no violation',
    async () => {
      const page = await open('standalone.html');
      await page.waitForSelector('[data-testid="pane"][data-pane-ready="true"]', { timeout: 30_000 });

      // Canary: a string timer runs as page code after evaluate() returns, so the page's own CSP
      // applies. It must be refused and reported, or this test could not see a violation.
      await page.evaluate(() => {
        (setTimeout as unknown as (code: string, ms: number) => number)('window.__canaryRan = true', 0);
      });
      await page.waitForFunction(() => (window.__cspViolations ?? []).length > 0, null, { timeout: 5_000 });
      expect(await page.evaluate(() => window.__canaryRan === true)).toBe(false);
      const canary = await violations(page);
      expect(canary.map((v) => [v.directive, v.blocked])).toEqual([['script-src', 'eval']]);
      await page.evaluate(() => {
        window.__cspViolations = [];
      });
      consoleCsp.length = 0;

      const requestsBefore = (server as { requests: string[] }).requests.length;
      // The demo workbook, fetched from our origin and read by exceljs (lazy chunk) in the page.
      await loadDemo(page);
      await page.click('[data-testid="validate"]');
      await waitIdle(page);
      await page.waitForSelector('[data-testid="summary"]', { timeout: 30_000 });

      await page.click('[data-testid="tab-export"]');
      await page.waitForSelector('[data-testid="panel-export"]');
      // The cleaned workbook written by exceljs, and both reports.
      for (const id of ['export-cleaned-download', 'export-report-html', 'export-report-json']) {
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`[data-testid="${id}"]`)]);
        expect({ id, failure: await download.failure() }).toEqual({ id, failure: null });
        await waitIdle(page);
      }
      await page.click('[data-testid="export-cleaned-sheet"]');
      await waitIdle(page);

      // The lazy exceljs chunk really ran under this policy.
      const served = (server as { requests: string[] }).requests.slice(requestsBefore);
      expect(served.some((p) => /^\/exceljs\.[0-9a-f]{8}\.js$/.test(p))).toBe(true);

      expect(await violations(page)).toEqual([]);
      expect(leftLocalhost()).toEqual([]);
      expect(consoleCsp).toEqual([]);
      expect(pageErrors.filter((e) => /EvalError|Content Security Policy/i.test(e))).toEqual([]);
      await page.context().close();
    },
    90_000,
  );

  test.each(['taskpane.html', 'commands.html', 'summary.html'])('%s loads outside Office with no violation', async (name) => {
    const page = await open(name);
    // office.js and our bundle have run their start-up code by now; give timers a moment.
    await page.waitForTimeout(1_500);
    expect(await violations(page)).toEqual([]);
    expect(consoleCsp.filter((m) => m.startsWith(`${name}:`))).toEqual([]);
    expect(pageErrors.filter((e) => e.startsWith(`${name}:`) && /EvalError|Content Security Policy/i.test(e))).toEqual([]);
    expect(outbound.some((u) => u.startsWith(`${name}:`))).toBe(true);
    expect(leftLocalhost()).toEqual([]);
    await page.context().close();
  });
});

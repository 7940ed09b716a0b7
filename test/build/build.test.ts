/**
 * A real production build (into a temporary directory), checked the way Office and a browser
 * will see it: a CSP on every page ahead of every script, no inline scripts, the ES5 fallback
 * before the bundle, office.js from our origin, and a manifest whose every URL points at a
 * file the build emitted on the configured host.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const HOST = 'https://addin.example.gov.vn/phu-luc/';
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'appendix-web-'));
/** Our bundles are small; a jump past this means something heavy slipped into the wrong page. */
const COMMANDS_BUDGET_BYTES = 400 * 1024;

let buildOutput = '';
let buildStatus: number | null = null;

beforeAll(() => {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const env: NodeJS.ProcessEnv = { ...process.env, ADDIN_HOST_URL: HOST };
  delete env.OFFICE_JS_CDN;
  const r = spawnSync(process.execPath, [cli, '--mode', 'production', '--output-path', OUT], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 9 * 60 * 1000,
  });
  buildStatus = r.status;
  buildOutput = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
}, 10 * 60 * 1000);

afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

const read = (rel: string): string => fs.readFileSync(path.join(OUT, rel), 'utf8');
const pages = (): string[] => fs.readdirSync(OUT).filter((f) => f.endsWith('.html'));
const scriptSrcs = (html: string): string[] => [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[1]);
const withoutQuery = (url: string): string => url.replace(/[?#].*$/, '');

test('the production build succeeds', () => {
  if (buildStatus !== 0) throw new Error(`webpack failed (${buildStatus}):\n${buildOutput.slice(-4000)}`);
  expect(pages().sort()).toEqual(
    expect.arrayContaining(['commands.html', 'summary.html', 'taskpane.html']),
  );
});

describe('pages', () => {
  test('every page has the CSP meta before any script, and no inline script or handler', () => {
    for (const page of pages()) {
      const html = read(page);
      const csp = html.search(/<meta http-equiv="?Content-Security-Policy"?/i);
      const firstScript = html.search(/<script\b/i);
      expect({ page, csp: csp >= 0 }).toEqual({ page, csp: true });
      expect({ page, cspFirst: firstScript < 0 || csp < firstScript }).toEqual({ page, cspFirst: true });
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect({ page, tag: m[0], hasSrc: /\bsrc=/.test(m[1]), body: m[2].trim() }).toEqual({
          page,
          tag: m[0],
          hasSrc: true,
          body: '',
        });
      }
      expect({ page, handlers: html.match(/\son[a-z]+=/gi) }).toEqual({ page, handlers: null });
      expect(html).toContain("script-src 'self';");
    }
  });

  test('office.js comes from our own origin, before everything else', () => {
    for (const page of ['taskpane.html', 'commands.html', 'summary.html']) {
      const srcs = scriptSrcs(read(page));
      expect(srcs[0]).toBe('assets/office-js/office.js');
    }
    expect(fs.existsSync(path.join(OUT, 'assets', 'office-js', 'office.js'))).toBe(true);
    expect(fs.existsSync(path.join(OUT, 'assets', 'office-js', 'excel-win32-16.01.js'))).toBe(true);
  });

  test('the ES5 fallback runs before the bundle in the pane and the function file', () => {
    const checked = [
      ['taskpane.html', 'taskpane'],
      ['commands.html', 'commands'],
      ...(pages().includes('standalone.html') ? [['standalone.html', 'standalone']] : []),
    ];
    for (const [page, chunk] of checked) {
      const srcs = scriptSrcs(read(page)).map(withoutQuery);
      const fallback = srcs.indexOf('fallback/ie11.js');
      const bundle = srcs.findIndex((s) => new RegExp(`^${chunk}\\.[0-9a-f]+\\.js$`).test(s));
      expect({ page, fallback: fallback >= 0, bundle: bundle >= 0, order: fallback < bundle }).toEqual({
        page,
        fallback: true,
        bundle: true,
        order: true,
      });
    }
    // Shipped exactly as tested, not re-minified into who knows what syntax.
    expect(read('fallback/ie11.js')).toBe(fs.readFileSync(path.join(ROOT, 'src', 'fallback', 'ie11.js'), 'utf8'));
  });

  test('every script a page loads was emitted', () => {
    for (const page of pages()) {
      for (const src of scriptSrcs(read(page))) {
        expect({ page, src, exists: fs.existsSync(path.join(OUT, withoutQuery(src))) }).toEqual({ page, src, exists: true });
      }
    }
  });
});

describe('bundles', () => {
  const bundles = (): string[] => fs.readdirSync(OUT).filter((f) => f.endsWith('.js'));

  test('no source maps and no eval in production', () => {
    expect(fs.readdirSync(OUT).filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of bundles()) {
      const js = read(file);
      expect({ file, evals: js.match(/\beval\(/g) }).toEqual({ file, evals: null });
      // Forms the CSP would block but that never run in our pages, so they are tolerated:
      const unreachable = new Set([
        // webpack's global-object probe, reached only in engines without globalThis;
        'new Function("return this")',
        // the setImmediate polyfill in exceljs, reached only if a string is passed as callback.
        'new Function(""+e)',
      ]);
      const fns = (js.match(/new Function\([^)]*\)/g) ?? []).filter((f) => !unreachable.has(f));
      expect({ file, fns }).toEqual({ file, fns: [] });
    }
  });

  test('the commands bundle stays small', () => {
    const file = bundles().find((f) => /^commands\.[0-9a-f]+\.js$/.test(f));
    expect(file).toBeDefined();
    const size = fs.statSync(path.join(OUT, file as string)).size;
    console.log(`commands bundle: ${file} ${(size / 1024).toFixed(1)} KiB`);
    expect(size).toBeLessThan(COMMANDS_BUDGET_BYTES);
  });

  test('office.js debug twins are left out of production', () => {
    const officeJs = fs.readdirSync(path.join(OUT, 'assets', 'office-js'));
    expect(officeJs.filter((f) => f.endsWith('.debug.js'))).toEqual([]);
  });
});

describe('dist/manifest.xml', () => {
  test('points every URL at the configured host, at files the build emitted', () => {
    const xml = read('manifest.xml').replace(/<!--[\s\S]*?-->/g, '');
    expect(xml).not.toContain('localhost');
    const urls = (xml.match(/https:\/\/[^"<\s]+/g) ?? []).filter((u) => !u.startsWith('https://schemas'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(HOST)).toBe(true);
      const rel = withoutQuery(url.slice(HOST.length));
      expect({ url, exists: fs.existsSync(path.join(OUT, rel)) }).toEqual({ url, exists: true });
    }
  });
});

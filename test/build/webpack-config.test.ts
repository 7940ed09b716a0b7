/**
 * webpack.config.js, inspected without building (a production build takes minutes here): pages,
 * Content-Security-Policy, office.js source, devtool, and the manifest host replacement.
 * test/build/build.test.ts checks the emitted files of a real build.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

interface PageOptions {
  filename: string;
  chunks: string[];
  templateParameters: { csp: string; officeJsUrl: string; fallbackSrc: string };
}
interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => string | Buffer;
}
interface Config {
  entry: Record<string, string>;
  devtool: string | false;
  plugins: Array<{ userOptions?: PageOptions; patterns?: CopyPattern[] }>;
}
type ConfigFn = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Config>;

const configFn = require('../../webpack.config.js') as ConfigFn;

async function load(mode: 'development' | 'production', vars: Record<string, string | undefined> = {}): Promise<Config> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>): void => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(vars);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    return await configFn({}, { mode });
  } finally {
    warn.mockRestore();
    apply(saved);
  }
}

const pages = (c: Config): PageOptions[] => c.plugins.flatMap((p) => (p.userOptions ? [p.userOptions] : []));
const copies = (c: Config): CopyPattern[] => c.plugins.flatMap((p) => p.patterns ?? []);

describe('webpack.config.js', () => {
  test('one entry and one page per screen; standalone only once its entry exists', async () => {
    const c = await load('development');
    const hasStandalone = fs.existsSync(path.join(ROOT, 'src', 'standalone', 'index.tsx'));
    const expected = ['taskpane', 'commands', 'summary', ...(hasStandalone ? ['standalone'] : [])];
    expect(Object.keys(c.entry)).toEqual(expected);
    expect(pages(c).map((p) => [p.filename, p.chunks])).toEqual(expected.map((e) => [`${e}.html`, [e]]));
  });

  test('never an eval devtool (the CSP forbids eval)', async () => {
    expect((await load('development')).devtool).toBe('source-map');
    expect((await load('production', { ADDIN_HOST_URL: 'https://a.example/' })).devtool).toBe(false);
  });

  test('office.js from our own origin by default, and a CSP that allows only ourselves', async () => {
    const c = await load('production', { ADDIN_HOST_URL: 'https://a.example/', OFFICE_JS_CDN: undefined });
    for (const p of pages(c)) {
      expect(p.templateParameters.officeJsUrl).toBe('assets/office-js/office.js');
      expect(p.templateParameters.csp).toBe(
        "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; " +
          "img-src 'self' data:; object-src 'none'; base-uri 'self'",
      );
      expect(p.templateParameters.fallbackSrc).toMatch(/^fallback\/ie11\.js\?v=[0-9a-f]{8}$/);
    }
    expect(copies(c).some((p) => p.to === 'assets/office-js')).toBe(true);
  });

  test('OFFICE_JS_CDN=1: office.js from Microsoft, allowed by the CSP, not copied', async () => {
    const c = await load('production', { ADDIN_HOST_URL: 'https://a.example/', OFFICE_JS_CDN: '1' });
    for (const p of pages(c)) {
      expect(p.templateParameters.officeJsUrl).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(p.templateParameters.csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    }
    expect(copies(c).some((p) => p.to === 'assets/office-js')).toBe(false);
  });

  test('production manifest: the host comes from ADDIN_HOST_URL', async () => {
    const c = await load('production', { ADDIN_HOST_URL: 'https://addin.example.gov.vn/phu-luc' });
    const manifest = copies(c).find((p) => p.from === 'manifest.xml');
    const out = String(manifest?.transform?.(fs.readFileSync(path.join(ROOT, 'manifest.xml'))));
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://addin.example.gov.vn/phu-luc/taskpane.html"/>');
  });

  test('development keeps the localhost manifest', async () => {
    const c = await load('development', { ADDIN_HOST_URL: 'https://addin.example.gov.vn/' });
    const manifest = copies(c).find((p) => p.from === 'manifest.xml');
    const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'));
    expect(String(manifest?.transform?.(source))).toBe(source.toString());
  });

  test.each([
    ['http://addin.example.gov.vn/', /must be https/],
    ['addin.example.gov.vn', /not a URL/],
    ['https://addin.example.gov.vn/?x=1', /query or fragment/],
  ])('rejects ADDIN_HOST_URL=%s', async (value, error) => {
    await expect(load('production', { ADDIN_HOST_URL: value })).rejects.toThrow(error);
  });
});

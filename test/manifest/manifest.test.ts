/**
 * manifest.xml, checked offline: against Microsoft's XSD with xmllint, then against the limits
 * and cross-references the schema cannot see (test/manifest/check-manifest.ts). The negative
 * cases prove both checks can fail.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkManifest, findAssociatedFunctions, ManifestContext, pngSize } from './check-manifest';
import { allElements, parseXml } from './xml';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const XSD = process.env.MANIFEST_XSD ?? path.join(ROOT, '..', 'shared', 'schemas', 'manifest', 'OfficeAppManifestV1_1.xsd');
/** The host manifest.xml uses in the repository; a production build swaps it (webpack.config.js). */
const DEV_HOST = 'https://localhost:3000/';

const manifestXml = fs.readFileSync(MANIFEST, 'utf8');

function commandSources(): string[] {
  const dir = path.join(ROOT, 'src', 'commands');
  return fs
    .readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** Icons are served from dist/assets/, which webpack copies from assets/. */
function readAsset(url: string): Buffer | null {
  if (!url.startsWith(DEV_HOST)) return null;
  const rel = url.slice(DEV_HOST.length);
  if (!rel.startsWith('assets/')) return null;
  const file = path.join(ROOT, rel);
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

const context: ManifestContext = { registeredFunctions: findAssociatedFunctions(commandSources()), readAsset };

function xmllint(file: string): { status: number | null; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  if (r.error) {
    throw new Error(`cannot run xmllint (${r.error.message}); install it: apt-get install -y libxml2-utils`);
  }
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function withTempFile<T>(content: string, fn: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, content);
  try {
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('schema (xmllint + Microsoft XSD)', () => {
  test('the schema files are where the test expects them', () => {
    expect(fs.existsSync(XSD)).toBe(true);
  });

  test('manifest.xml validates', () => {
    const { status, output } = xmllint(MANIFEST);
    expect(output).toContain('validates');
    expect(status).toBe(0);
  });

  test('a manifest with elements out of order does not', () => {
    const broken = manifestXml.replace(
      /(\s*<Permissions>ReadWriteDocument<\/Permissions>)/,
      '',
    ).replace('<Requirements>', '<Permissions>ReadWriteDocument</Permissions>\n  <Requirements>');
    const { status, output } = withTempFile(broken, xmllint);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Permissions|Requirements/);
  });
});

describe('limits and references Office enforces beyond the schema', () => {
  test('manifest.xml has no problems', () => {
    expect(checkManifest(manifestXml, context)).toEqual([]);
  });

  test('the commands register exactly the manifest’s functions', () => {
    expect([...context.registeredFunctions].sort()).toEqual(['clearHighlights', 'exportCleaned', 'validate']);
  });

  // Each case breaks one thing in a copy of the manifest; the checker must name it.
  const broken: Array<[string, (xml: string) => string, RegExp]> = [
    [
      'resid longer than 32 characters',
      (x) => x.split('"Validate.Tooltip"').join('"Validate.Tooltip.ThatIsFarTooLong.X"'),
      /"Validate\.Tooltip\.ThatIsFarTooLong\.X" is 35 characters \(max 32\)/,
    ],
    ['undefined resid', (x) => x.replace('<Label resid="Clear.Label"/>', '<Label resid="Clear.Missing"/>'), /"Clear\.Missing" is not defined/],
    [
      'defined resid never used',
      (x) => x.replace('</bt:ShortStrings>', '<bt:String id="Unused.Label" DefaultValue="x"><bt:Override Locale="en-US" Value="x"/></bt:String></bt:ShortStrings>'),
      /"Unused\.Label" is defined but never used/,
    ],
    ['short string over 125', (x) => x.replace('DefaultValue="Mở ngăn"', `DefaultValue="${'ă'.repeat(126)}"`), /"Pane\.Label" \(default\) is 126 characters \(max 125\)/],
    ['long string over 250', (x) => x.replace('Value="Open the task pane', `Value="${'x'.repeat(250)}`), /"Pane\.Tooltip" \(en-US\) is \d+ characters \(max 250\)/],
    ['resid of the wrong kind', (x) => x.replace('<Label resid="Pane.Label"/>', '<Label resid="Pane.Tooltip"/>'), /"Pane\.Tooltip" is in LongStrings but <Label> needs ShortStrings/],
    ['FunctionName not registered', (x) => x.replace('<FunctionName>exportCleaned</FunctionName>', '<FunctionName>exportClean</FunctionName>'), /"exportClean" is not registered/],
    ['http URL', (x) => x.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'), /not https/],
    ['icon of the wrong size', (x) => x.replace('assets/icon-80.png', 'assets/icon-64.png'), /icon-64\.png is 64x64, expected 80x80/],
    ['missing icon', (x) => x.replace('assets/icon-16.png', 'assets/nope-16.png'), /nope-16\.png does not exist/],
    ['string without an English override', (x) => x.replace('<bt:Override Locale="en-US" Value="Appendix"/>', ''), /"Group\.Label" has no en-US override/],
    ['two custom tabs', (x) => x.replace(/(<CustomTab[\s\S]*<\/CustomTab>)/, '$1$1'), /2 custom tabs/],
    ['not well-formed', (x) => x.replace('</Permissions>', ''), /not well-formed/],
  ];

  test.each(broken)('reports: %s', (_name, breakIt, expected) => {
    const xml = breakIt(manifestXml);
    expect(xml).not.toBe(manifestXml);
    const errors = checkManifest(xml, context);
    expect(errors.join('\n')).toMatch(expected);
  });

  test('reports a function registered in code but missing from the manifest', () => {
    const ctx = { ...context, registeredFunctions: new Set([...context.registeredFunctions, 'orphan']) };
    expect(checkManifest(manifestXml, ctx).join('\n')).toMatch(/associate\("orphan"\) has no <FunctionName>/);
  });

  test('finds associate calls however they are quoted', () => {
    const names = findAssociatedFunctions([
      `Office.actions.associate('a', h);\nOffice.actions.associate("b", h)\nOffice.actions.associate(\n  \`c\`,\n  h)`,
    ]);
    expect([...names]).toEqual(['a', 'b', 'c']);
  });

  test('reads PNG sizes from the header', () => {
    expect(pngSize(fs.readFileSync(path.join(ROOT, 'assets', 'icon-80.png')))).toEqual({ width: 80, height: 80 });
    expect(pngSize(Buffer.from('GIF89a'))).toBeNull();
  });
});

describe('product requirements', () => {
  const root = parseXml(manifestXml);
  const all = allElements(root);
  const first = (local: string) => all.find((e) => e.local === local);

  test('Excel task pane add-in, Vietnamese by default, read/write, ExcelApi 1.7', () => {
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(first('DefaultLocale')?.text).toBe('vi-VN');
    expect(first('Permissions')?.text).toBe('ReadWriteDocument');
    expect(all.filter((e) => e.local === 'Host' && e.attrs.Name).map((e) => e.attrs.Name)).toEqual(['Workbook']);
    expect(first('Sets')?.attrs.DefaultMinVersion).toBe('1.7');
    expect(first('Set')?.attrs).toEqual({ Name: 'ExcelApi', MinVersion: '1.7' });
    expect(first('AppDomains')).toBeUndefined();
  });

  test('one tab with Validate, Clear highlights, Export cleaned copy (functions) and Open pane', () => {
    const controls = all.filter((e) => e.local === 'Control');
    const actions = controls.map((c) => {
      const action = c.children.find((ch) => ch.local === 'Action');
      const fn = action?.children.find((ch) => ch.local === 'FunctionName');
      return `${action?.attrs['xsi:type']}:${fn?.text ?? ''}`;
    });
    expect(actions).toEqual([
      'ExecuteFunction:validate',
      'ExecuteFunction:clearHighlights',
      'ExecuteFunction:exportCleaned',
      'ShowTaskpane:',
    ]);
    const tabLabel = first('CustomTab')?.children.find((c) => c.local === 'Label')?.attrs.resid;
    const tabString = all.find((e) => e.local === 'String' && e.attrs.id === tabLabel);
    expect(tabString?.attrs.DefaultValue).toBe('Kiểm tra phụ lục');
    expect(tabString?.children[0]?.attrs).toEqual({ Locale: 'en-US', Value: 'Appendix Checker' });
  });

  test('every URL is on the development host that webpack replaces', () => {
    const withoutComments = manifestXml.replace(/<!--[\s\S]*?-->/g, '');
    const urls = withoutComments.match(/https?:\/\/[^"<\s]+/g) ?? [];
    const fetched = urls.filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(fetched.length).toBeGreaterThan(0);
    for (const u of fetched) expect(u).toMatch(/^https:\/\/localhost:3000\//);
  });
});

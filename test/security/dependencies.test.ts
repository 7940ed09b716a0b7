/**
 * The runtime dependencies are a reviewed list: adding, removing or re-versioning one must be a
 * conscious change to this file as well as to package.json. (`npm audit` cannot reach its
 * endpoint offline; the known advisories for these exact versions were reviewed by hand.)
 *
 * Also checked: versions pinned exactly, package-lock.json and node_modules agree with
 * package.json, every package the shipped code can load is locked with an integrity hash and
 * runs no install script, and the product code imports only what it declares.
 */
import { builtinModules } from 'module';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; integrity?: string; resolved?: string; dev?: boolean; optional?: boolean; devOptional?: boolean; hasInstallScript?: boolean; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; link?: boolean }>;
};

/** Reviewed runtime dependencies and the exact versions reviewed. */
const REVIEWED: Record<string, string> = {
  '@fluentui/react-components': '9.74.11',
  '@fluentui/react-icons': '2.0.344',
  '@microsoft/office-js': '1.1.110',
  exceljs: '4.4.0',
  jszip: '3.10.2',
  react: '18.3.1',
  'react-dom': '18.3.1',
  zod: '3.25.76',
};

test('runtime dependencies are exactly the reviewed list, at the reviewed versions', () => {
  expect(Object.keys(pkg.dependencies).sort()).toEqual(Object.keys(REVIEWED).sort());
  expect(pkg.dependencies).toEqual(REVIEWED);
});

test('every runtime and dev dependency is pinned to one exact version (no ranges, tags, URLs)', () => {
  for (const [name, spec] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    expect({ name, spec, exact: /^\d+\.\d+\.\d+$/.test(spec) }).toEqual({ name, spec, exact: true });
  }
});

test('package-lock.json and node_modules hold exactly those versions', () => {
  expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
  const rootEntry = lock.packages[''];
  expect(rootEntry.dependencies).toEqual(pkg.dependencies);
  for (const [name, version] of Object.entries(REVIEWED)) {
    expect({ name, locked: lock.packages[`node_modules/${name}`]?.version }).toEqual({ name, locked: version });
    const installed = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    expect({ name, installed: installed.version }).toEqual({ name, installed: version });
  }
});

/** Every lock entry a production install brings in: the runtime closure of the reviewed list. */
function runtimeClosure(): string[] {
  const seen = new Set<string>();
  const visit = (name: string, from: string): void => {
    // Node resolution: the nearest node_modules up the tree from the requiring package.
    let dir = from;
    for (;;) {
      const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (lock.packages[key]) {
        if (seen.has(key)) return;
        seen.add(key);
        const entry = lock.packages[key];
        for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) visit(dep, key);
        return;
      }
      if (!dir) return; // not installed (an optional dependency for another platform)
      const cut = dir.lastIndexOf('/node_modules/');
      dir = cut < 0 ? '' : dir.slice(0, cut);
    }
  };
  for (const name of Object.keys(pkg.dependencies)) visit(name, '');
  return [...seen].sort();
}

test('everything the runtime dependencies pull in is locked with an integrity hash and runs no install script', () => {
  const closure = runtimeClosure();
  expect(closure.length).toBeGreaterThan(Object.keys(REVIEWED).length);
  const unlocked = closure.filter((k) => !/^sha512-/.test(lock.packages[k].integrity ?? ''));
  expect(unlocked).toEqual([]);
  const fromElsewhere = closure.filter((k) => {
    const r = lock.packages[k].resolved;
    return r !== undefined && !r.startsWith('https://registry.npmjs.org/');
  });
  expect(fromElsewhere).toEqual([]);
  expect(closure.filter((k) => lock.packages[k].link)).toEqual([]);
  expect(closure.filter((k) => lock.packages[k].hasInstallScript)).toEqual([]);
  // eslint-disable-next-line no-console
  console.log(`runtime closure: ${closure.length} packages, e.g. ${closure.filter((k) => /\/(uuid|tmp|unzipper|archiver|minimatch|brace-expansion|saxes|pako|dayjs)$/.test(k)).map((k) => `${k.replace(/^.*node_modules\//, '')}@${lock.packages[k].version}`).join(', ')}`);
});

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** Package names the product code imports (bare specifiers), with the files that import them. */
function importedPackages(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const files = [...sourceFiles(path.join(ROOT, 'src')), path.join(ROOT, 'bin', 'appendix-check.js')];
  const spec = /(?:\bfrom\s*|\bimport\s*\(\s*(?:\/\*[\s\S]*?\*\/\s*)?|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(spec)) {
      const s = m[1];
      if (s.startsWith('.') || s.startsWith('/')) continue;
      const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0];
      if (name.startsWith('node:') || builtinModules.includes(name)) continue;
      // `import type` is erased at compile time and ships nothing.
      const line = text.slice(text.lastIndexOf('\n', m.index) + 1, text.indexOf('\n', m.index));
      if (/^\s*import\s+type\b/.test(line)) continue;
      out.set(name, [...(out.get(name) ?? []), path.relative(ROOT, file)]);
    }
  }
  return out;
}

test('the product code imports only packages it declares as runtime dependencies', () => {
  const imported = importedPackages();
  expect(imported.size).toBeGreaterThan(3);
  const undeclared = [...imported].filter(([name]) => !(name in pkg.dependencies)).map(([name, files]) => ({ name, files: [...new Set(files)] }));
  // A package used but not declared is installed only because something else depends on it
  // (here at a version nobody reviewed) and disappears the day that something changes.
  expect(undeclared).toEqual([]);
});

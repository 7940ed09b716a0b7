/**
 * The compiled reader (dist/node, what `appendix-check` runs) starts its worker from worker.js
 * next to it. The other tests run the TypeScript sources, whose worker boots through an inline
 * transpiler, so this is the one place the compiled path is exercised. `npm test` builds
 * dist/node first; when the build is missing or older than the sources the test is skipped
 * rather than testing stale code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SRC = path.join(ROOT, 'src/cli/xlsx');
const DIST = process.env.APPENDIX_DIST_DIR ?? path.join(ROOT, 'dist/node');
const SAMPLE = path.resolve(ROOT, '../shared/samples/vinh-phuc-2022-2025.xlsx');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
  );
}

function distIsFresh(): boolean {
  return sources(SRC).every((ts) => {
    const js = path.join(DIST, 'cli/xlsx', path.relative(SRC, ts)).replace(/\.ts$/, '.js');
    return existsSync(js) && statSync(js).mtimeMs >= statSync(ts).mtimeMs;
  });
}

interface CompiledReader {
  readWorkbook(p: string, o?: { timeoutMs?: number }): Promise<{ sheets: Array<{ name: string }>; reader: string }>;
}

(distIsFresh() ? it : it.skip)('the compiled reader reads a sample through dist/node/cli/xlsx/worker.js', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const compiled = require(path.join(DIST, 'cli/xlsx/index.js')) as CompiledReader;
  const data = await compiled.readWorkbook(SAMPLE, { timeoutMs: 30_000 });
  expect(data.reader).toBe('fallback');
  expect(data.sheets.map((s) => s.name)).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
});

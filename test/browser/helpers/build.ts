/**
 * Builds the web pages (webpack, production mode) into dist/ once for all browser tests, and
 * only when a source is newer than the last build: a `pretest` build (npm run build:web) makes
 * this a no-op. Jest runs test files in parallel workers, so a lock directory makes sure only
 * one of them builds while the others wait for it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist');
const LOCK = path.join(ROOT, 'node_modules', '.cache', 'appendix-checker-web-build.lock');
const STALE_LOCK_MS = 10 * 60 * 1000;
const PAGES = ['taskpane.html', 'standalone.html'];
const INPUTS = ['src', 'demo', 'assets', 'webpack.config.js', 'tsconfig.json', 'package.json', 'manifest.xml'];

function newestMtime(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function builtAt(): number {
  let oldest = Infinity;
  for (const page of PAGES) {
    try {
      oldest = Math.min(oldest, fs.statSync(path.join(DIST, page)).mtimeMs);
    } catch {
      return 0;
    }
  }
  return oldest;
}

export function isBuildFresh(): boolean {
  const sources = Math.max(...INPUTS.map((i) => newestMtime(path.join(ROOT, i))));
  return builtAt() >= sources;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function withLock<T>(fn: () => T): Promise<T> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // The holder removed it meanwhile.
      }
      await sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Makes sure dist/ holds a production build of the current sources; returns dist/. */
export async function ensureBuilt(): Promise<string> {
  if (isBuildFresh()) return DIST;
  await withLock(() => {
    if (isBuildFresh()) return;
    const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
    const result = spawnSync(process.execPath, [cli, '--mode', 'production'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      throw new Error(`webpack build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
  });
  return DIST;
}

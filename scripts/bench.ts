/**
 * npm run bench [-- --json]: performance figures. Targets (issue #2): engine ≥ 100,000 rows/s;
 * CLI wall time on a 20,000-row .xlsx ≤ 1.3 × the time exceljs alone takes to load it.
 * Other parts add their figures (sync round trips, pane bundle size, time to interactive).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyzeSheet } from '../src/engine';
import { syntheticGrid, syntheticValues } from './synthetic';

const ROOT = path.resolve(__dirname, '..');
const json = process.argv.includes('--json');
const log = (s: string) => {
  if (!json) process.stdout.write(s + '\n');
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function benchEngine(): { engineRowsPerSec: number; enginePeakMB: number; perSize: Record<string, number> } {
  const perSize: Record<string, number> = {};
  let peak = 0;
  let best50k = 0;
  for (const rows of [1000, 10000, 50000]) {
    const grid = syntheticGrid(rows);
    // Warm-up: a host validates again and again in one session, so steady state is what counts.
    for (let i = 0; i < 3; i++) analyzeSheet(grid, { asOf: '2025-06-30' });
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      analyzeSheet(grid, { asOf: '2025-06-30' });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const rate = Math.round(rows / (median(times) / 1000));
    perSize[rows] = rate;
    if (rows === 50000) best50k = rate;
    log(`engine ${rows} rows: ${median(times).toFixed(1)} ms → ${rate.toLocaleString('en')} rows/s`);
  }
  return { engineRowsPerSec: best50k, enginePeakMB: Math.round(peak / 1048576), perSize };
}

async function writeXlsx(rows: number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  const { values, merges } = syntheticValues(rows);
  for (const row of values) ws.addRow(row);
  for (const m of merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

function wallMs(cmd: string, args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

async function benchCli(): Promise<{ cliVsLoadRatio: number; cliMs: number; exceljsLoadMs: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const file = path.join(dir, 'phu-luc-20000.xlsx');
  await writeXlsx(20000, file);
  const loadScript = `const E=require(${JSON.stringify(require.resolve('exceljs'))});new E.Workbook().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
  const cli = path.join(ROOT, 'bin', 'appendix-check.js');
  const load: number[] = [];
  const run: number[] = [];
  for (let i = 0; i < 3; i++) {
    load.push(wallMs(process.execPath, ['-e', loadScript]));
    run.push(wallMs(process.execPath, [cli, 'validate', file, '--format', 'json', '--out', path.join(dir, 'r.json')]));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const exceljsLoadMs = Math.round(median(load));
  const cliMs = Math.round(median(run));
  const ratio = Math.round((cliMs / exceljsLoadMs) * 100) / 100;
  log(`CLI on 20,000 rows: ${cliMs} ms; exceljs load alone: ${exceljsLoadMs} ms; ratio ${ratio}`);
  return { cliVsLoadRatio: ratio, cliMs, exceljsLoadMs };
}

/** Figures other parts of the product contribute: Office.js round trips and the task pane. */
async function benchExtras(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const syncs = path.join(ROOT, 'scripts', 'bench-syncs.ts');
  const res = execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), syncs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  const last = res.trim().split('\n').pop() ?? '{}';
  Object.assign(out, JSON.parse(last));
  log(`Office.js round trips (read + highlights + settings): ${last}`);

  const pane = path.join(ROOT, 'scripts', 'bench-pane.js');
  if (fs.existsSync(pane)) {
    const distDir = path.join(ROOT, 'dist');
    if (!fs.existsSync(path.join(distDir, 'taskpane.html'))) execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'ignore' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { benchPane } = require(pane) as { benchPane: (o: { distDir: string }) => Promise<Record<string, number>> };
    const figures = await benchPane({ distDir });
    Object.assign(out, figures);
    log(`task pane: ${JSON.stringify(figures)}`);
  }
  return out;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'node', 'cli', 'main.js'))) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  const engine = benchEngine();
  const cli = await benchCli();
  const extras = await benchExtras();
  const figures = {
    engineRowsPerSec: engine.engineRowsPerSec,
    enginePeakMB: engine.enginePeakMB,
    cliVsLoadRatio: cli.cliVsLoadRatio,
    cliMs: cli.cliMs,
    exceljsLoadMs: cli.exceljsLoadMs,
    engineRowsPerSecBySize: engine.perSize,
    ...extras,
  };
  if (json) process.stdout.write(JSON.stringify(figures) + '\n');
  else log(JSON.stringify(figures, null, 2));
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

#!/usr/bin/env node
/**
 * `npm start`: build, then run the add-in in Excel when this machine has Excel, otherwise serve
 * the standalone checker page in a browser.
 *
 *   node scripts/start.js [--no-open] [--once]
 *
 *   --no-open, BROWSER=none   do not open a browser (the URL is printed either way)
 *   --standalone              always serve the standalone page (npm run preview)
 *   --once,    START_ONCE=1   build, print the CLI report for the demo appendix, and exit —
 *                             a smoke test of the whole build: 0 when the report was printed
 *                             (the demo has error findings on purpose, so the CLI's "errors
 *                             found" code 1 counts as success), the CLI's code (2) or the
 *                             build's when something could not run
 *
 * Excel path: `office-addin-debugging start manifest.xml` (an optional dependency: it cannot
 * be installed everywhere) sideloads the add-in and starts the dev server itself.
 */
'use strict';

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const PORT = 3000;
const DEMO_WORKBOOK = path.join('demo', 'phu-luc-demo.xlsx');
const CLI_BIN = path.join('bin', 'appendix-check.js');
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

function parseArgs(argv, env) {
  return {
    open: !argv.includes('--no-open') && (env.BROWSER || '').toLowerCase() !== 'none',
    once: argv.includes('--once') || env.START_ONCE === '1',
    standalone: argv.includes('--standalone'),
  };
}

/** Runs a command to completion with inherited output; returns its exit code. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status === null ? 1 : result.status;
}

function runOrExit(what, command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n${what} failed (exit code ${status}).`);
    process.exit(status);
  }
}

/** `npm run <script>`, through the npm that started us when there is one (no shell needed). */
function npmRun(script) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && npmCli.endsWith('.js')) return [process.execPath, [npmCli, 'run', script], {}];
  return ['npm', ['run', script], { shell: process.platform === 'win32' }];
}

function webpackCli() {
  return require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
}

function build() {
  console.log('> Building the add-in pages (webpack --mode development)…');
  runOrExit('The web build', process.execPath, [webpackCli(), '--mode', 'development']);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'node'))) {
    console.log('> Building the command-line tool (npm run build:cli)…');
    const [command, args, options] = npmRun('build:cli');
    runOrExit('The CLI build', command, args, options);
  }
}

/** True when Windows' registry lists excel.exe among installed applications. */
function registryHasExcel() {
  const key = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe';
  return spawnSync('reg', ['query', key], { stdio: 'ignore' }).status === 0;
}

/** Whether desktop Excel is installed (Windows or Mac); always false elsewhere. */
function excelInstalled({
  platform = process.platform,
  env = process.env,
  exists = fs.existsSync,
  registry = registryHasExcel,
} = {}) {
  if (platform === 'darwin') return exists('/Applications/Microsoft Excel.app');
  if (platform !== 'win32') return false;
  if (registry()) return true;
  const programFiles = [env.ProgramFiles, env['ProgramFiles(x86)']].filter(Boolean);
  const layouts = ['Microsoft Office\\root\\Office16', 'Microsoft Office\\Office16', 'Microsoft Office\\root\\Office15'];
  return programFiles.some((dir) => layouts.some((layout) => exists(path.win32.join(dir, layout, 'EXCEL.EXE'))));
}

/** The office-addin-debugging CLI script, or null when the optional dependency is absent. */
function officeAddinDebuggingCli() {
  try {
    const pkgPath = require.resolve('office-addin-debugging/package.json', { paths: [ROOT] });
    const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin && pkg.bin['office-addin-debugging'];
    return bin ? path.join(path.dirname(pkgPath), bin) : null;
  } catch {
    return null;
  }
}

function printCliHint() {
  console.log('\nCommand line, on the demo appendix:');
  console.log(`  node ${CLI_BIN} validate ${DEMO_WORKBOOK}`);
  console.log('  (installed as a package: npx appendix-check validate FILE.xlsx)\n');
}

function certificatesPresent() {
  return ['localhost.crt', 'localhost.key', 'ca.crt'].every((f) => fs.existsSync(path.join(CERT_DIR, f)));
}

/** A browser can only be opened where there is a desktop to show it on. */
function canOpenBrowser() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function startInExcel(cli) {
  console.log('> Excel found: sideloading the add-in with office-addin-debugging…');
  const child = spawn(
    process.execPath,
    [cli, 'start', 'manifest.xml', 'desktop', '--app', 'excel',
      '--dev-server', 'npx webpack serve --mode development', '--dev-server-port', String(PORT)],
    { cwd: ROOT, stdio: 'inherit' },
  );
  child.on('exit', (code) => {
    console.log(`\nTo stop: node ${path.relative(ROOT, cli)} stop manifest.xml`);
    process.exit(code === null ? 1 : code);
  });
}

function startStandalone(options, reason) {
  console.log(`> ${reason} — starting the standalone checker page instead.`);
  const https = certificatesPresent();
  if (!https) {
    console.log('  (plain http: no certificates in ~/.office-addin-dev-certs; ' +
      'run "npx office-addin-dev-certs install" for https)');
  }
  const hasStandalone = fs.existsSync(path.join(ROOT, 'src', 'standalone', 'index.tsx'));
  const page = hasStandalone ? 'standalone.html' : 'taskpane.html';
  if (!hasStandalone) console.log('  (the standalone page is not in this build yet; serving the task pane page)');
  const url = `${https ? 'https' : 'http'}://localhost:${PORT}/${page}`;

  const args = [webpackCli(), 'serve', '--mode', 'development'];
  const open = options.open && canOpenBrowser();
  // webpack-dev-server opens the page once it is listening, and only warns if it cannot.
  args.push(open ? `--open=/${page}` : '--no-open');
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    // Never ask for admin rights to install certificates just to show the standalone page.
    env: { ...process.env, DEV_CERTS: https ? 'existing' : 'off' },
  });
  console.log(`\n  Standalone page: ${url}${open ? '' : '   (open it in Edge, Chrome or Firefox)'}`);
  printCliHint();
  const stop = () => child.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code === null ? 0 : code));
}

function once() {
  build();
  const workbook = path.join(ROOT, DEMO_WORKBOOK);
  if (!fs.existsSync(workbook)) {
    console.error(`\n${DEMO_WORKBOOK} does not exist yet; build the demo workbook first.`);
    process.exit(1);
  }
  console.log(`\n> node ${CLI_BIN} validate ${DEMO_WORKBOOK}\n`);
  const status = run(process.execPath, [CLI_BIN, 'validate', DEMO_WORKBOOK]);
  // The CLI exits 1 when the workbook has error findings, which the demo has by design.
  process.exit(status === 1 ? 0 : status);
}

function main() {
  const options = parseArgs(process.argv.slice(2), process.env);
  if (options.once) return once();
  build();
  // `npm run preview`: the standalone page, whether or not Excel is here.
  if (options.standalone) return startStandalone(options, 'Preview requested');
  const cli = officeAddinDebuggingCli();
  const excel = excelInstalled();
  if (excel && cli) return startInExcel(cli);
  const reason = excel
    ? 'Excel was found, but office-addin-debugging is not installed (it is optional and could not be built here)'
    : 'Excel was not found on this machine';
  return startStandalone(options, reason);
}

if (require.main === module) main();

module.exports = { parseArgs, excelInstalled };

#!/usr/bin/env node
/**
 * Pane figures for `npm run bench`:
 *
 *   paneBundleKBgz     gzip size (zlib level 9) of everything taskpane.html loads before the
 *                      pane is usable: its scripts and style sheets, including the IE11
 *                      fallback script, but not office.js, which Excel provides and caches
 *                      itself (and not chunks loaded later on demand, such as exceljs for
 *                      "open in a new workbook"). Budget: under 600 KB.
 *   paneInteractiveMs  median of 5 loads of the standalone page in headless Chromium, from
 *                      navigation start to the pane being interactive: the performance mark
 *                      the pane sets once its settings are read, its first render is committed
 *                      and the main thread has been idle once.
 *
 *   node scripts/bench-pane.js [distDir]     prints the JSON (build first: npm run build:web)
 *
 * Uses Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH), never a downloaded browser.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { startStaticServer } = require('./static-server');

const RUNS = 5;
const MARK = 'appendix-checker:pane-interactive';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Local scripts and style sheets a built page references, in order (office.js left out). */
function pageAssets(distDir, page) {
  const html = fs.readFileSync(path.join(distDir, page), 'utf8');
  const refs = [];
  // html-webpack-plugin minifies production pages: attribute values may be unquoted.
  const value = '(?:"([^"]+)"|\'([^\']+)\'|([^\\s>]+))';
  for (const m of html.matchAll(new RegExp(`<script\\b[^>]*?\\ssrc=${value}`, 'g'))) refs.push(m[1] || m[2] || m[3]);
  for (const m of html.matchAll(new RegExp(`<link\\b[^>]*?\\shref=${value}`, 'g'))) {
    if (/rel=["']?stylesheet/.test(m[0]) || /rel=["']?stylesheet/.test(html.slice(m.index, html.indexOf('>', m.index)))) refs.push(m[1] || m[2] || m[3]);
  }
  return refs
    .filter((r) => !/^[a-z]+:\/\//i.test(r))
    .map((r) => r.split('?')[0])
    .filter((r) => !/office-js\//.test(r));
}

function bundleKBgz(distDir) {
  let total = 0;
  const files = {};
  for (const ref of pageAssets(distDir, 'taskpane.html')) {
    const bytes = zlib.gzipSync(fs.readFileSync(path.join(distDir, ref)), { level: 9 }).length;
    files[ref] = Math.round((bytes / 1024) * 10) / 10;
    total += bytes;
  }
  return { kb: Math.round((total / 1024) * 10) / 10, files };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function interactiveMs(distDir) {
  const { chromium } = require('playwright-core');
  const server = await startStaticServer(distDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const times = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each time: nothing cached from the previous load.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}standalone.html`);
      await page.waitForSelector('[data-testid="pane"][data-pane-ready="true"]', { timeout: 60_000 });
      const t = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, MARK);
      if (typeof t !== 'number') throw new Error(`the page set no "${MARK}" performance mark`);
      times.push(t);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { median: Math.round(median(times)), runs: times.map(Math.round) };
}

async function benchPane({ distDir = path.join(__dirname, '..', 'dist') } = {}) {
  if (!fs.existsSync(path.join(distDir, 'taskpane.html')) || !fs.existsSync(path.join(distDir, 'standalone.html'))) {
    throw new Error(`no built pages in ${distDir}: run "npm run build:web" first`);
  }
  const bundle = bundleKBgz(distDir);
  const interactive = await interactiveMs(distDir);
  return {
    paneBundleKBgz: bundle.kb,
    paneInteractiveMs: interactive.median,
    paneBundleFiles: bundle.files,
    paneInteractiveRuns: interactive.runs,
  };
}

module.exports = { benchPane };

if (require.main === module) {
  benchPane({ distDir: process.argv[2] ? path.resolve(process.argv[2]) : undefined }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}

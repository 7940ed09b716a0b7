#!/usr/bin/env node
/**
 * Runs the built CLI (dist/node/cli/main.js) exactly as bin/appendix-check.js does, and on exit
 * writes the process's peak resident set size to the file named by APPENDIX_RSS_FILE:
 *
 *   APPENDIX_RSS_FILE=/tmp/x.rss node test/reliability/measure-cli.js validate FILE --format json
 *
 * The side file holds one line, `maxRSS <kilobytes>` (process.resourceUsage().maxRSS, which is
 * in KiB). The CLI parses in a worker *thread*, inside this same process, so the figure covers
 * the reader as well as the engine. Nothing is added to stdout or stderr, so the CLI's own
 * output can be checked byte for byte, and the process is left to end on its own (as the real
 * bin does), so a handle the CLI forgets to close shows up as a hang, not a clean exit.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const MAIN = process.env.APPENDIX_CLI_MAIN || path.resolve(__dirname, '../../dist/node/cli/main.js');
const RSS_FILE = process.env.APPENDIX_RSS_FILE;

if (RSS_FILE) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(RSS_FILE, `maxRSS ${process.resourceUsage().maxRSS}\n`);
    } catch {
      // The test reports a missing measurement itself.
    }
  });
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cli = require(MAIN);
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // Mirrors bin/appendix-check.js: main() is not supposed to reject.
    process.stderr.write('appendix-check: ' + (e && e.message ? e.message : String(e)) + '\n');
    process.exitCode = 2;
  },
);

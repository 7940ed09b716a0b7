#!/usr/bin/env node
'use strict';
// The CLI is compiled to dist/node by `npm run build:cli` (run by `npm ci` through "prepare").
let cli;
try {
  cli = require('../dist/node/cli/main.js');
} catch (e) {
  process.stderr.write('appendix-check: the CLI is not built yet; run "npm run build:cli" first\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write('appendix-check: ' + (e && e.message ? e.message : String(e)) + '\n');
    process.exitCode = 2;
  },
);

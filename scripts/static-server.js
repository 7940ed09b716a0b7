#!/usr/bin/env node
/**
 * A tiny static file server for a built dist/ folder, on 127.0.0.1 only: the browser tests and
 * the pane bench serve the production build with it (no webpack-dev-server in tests), and
 * `npm run preview` uses it to show the built standalone page with its demo workbook.
 *
 *   node scripts/static-server.js [dir] [--port N]      (default: dist/, a free port)
 *
 * It serves files under `dir` only (no directory listings, no path escapes), with the content
 * types the pages need, and no caching so a rebuild shows at once.
 */
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `dir`. Resolves to { url, port, close(), requests } where `requests` lists
 * every path asked for (tests assert on it).
 */
function startStaticServer(dir, { port = 0, host = '127.0.0.1' } = {}) {
  const root = path.resolve(dir);
  const requests = [];
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    requests.push(pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = path.resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': st.size,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        url: `http://${host}:${actual}/`,
        port: actual,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { startStaticServer };

if (require.main === module) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 0;
  const dir = args.find((a, i) => !a.startsWith('--') && i !== portAt + 1) || path.join(__dirname, '..', 'dist');
  if (!fs.existsSync(path.join(dir, 'standalone.html'))) {
    console.error(`No built pages in ${dir}: run "npm run build:web" first.`);
    process.exit(2);
  }
  startStaticServer(dir, { port }).then(({ url }) => {
    console.log(`Serving ${path.resolve(dir)} at ${url}`);
    console.log(`Standalone checker: ${url}standalone.html   (Ctrl+C to stop)`);
  });
}

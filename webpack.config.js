/**
 * One webpack config, one entry per page (the layout of Microsoft's Office-Addin-TaskPane-React
 * template):
 *
 *   taskpane.html    the task pane (src/taskpane/index.tsx)
 *   commands.html    the ribbon's function file (src/commands/commands.ts)
 *   summary.html     the dialog the ribbon commands open (src/commands/summary.ts)
 *   standalone.html  the browser-only checker (src/standalone/index.tsx), once it exists
 *
 * plus copies of manifest.xml (its https://localhost:3000/ host replaced by ADDIN_HOST_URL in
 * production), assets/, the ES5 fallback script, and office.js itself.
 *
 * Environment:
 *   ADDIN_HOST_URL=https://host/path/  production host written into dist/manifest.xml
 *   OFFICE_JS_CDN=1                    load office.js from Microsoft's CDN instead of our origin
 *   DEV_CERTS=install|existing|off     dev server https: install Office's dev certificates if
 *                                      needed (may ask for admin rights), use them only if
 *                                      already there, or serve plain http. Default: install on
 *                                      Windows/macOS (where Excel needs https), existing elsewhere.
 */
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const ROOT = __dirname;
const DEV_HOST = 'https://localhost:3000/';
const DEV_PORT = 3000;
const OFFICE_JS_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const FALLBACK_SOURCE = path.join(ROOT, 'src', 'fallback', 'ie11.js');
const STANDALONE_ENTRY = path.join(ROOT, 'src', 'standalone', 'index.tsx');
const STANDALONE_TEMPLATE = path.join(ROOT, 'src', 'standalone', 'standalone.html');

/** The production host for dist/manifest.xml: an absolute https URL ending in "/". */
function productionHost() {
  const raw = process.env.ADDIN_HOST_URL;
  if (!raw) {
    console.warn(
      `\n*** ADDIN_HOST_URL is not set: dist/manifest.xml keeps ${DEV_HOST} and will only work on this machine.\n` +
        '*** Set it to where dist/ will be served, e.g. ADDIN_HOST_URL=https://addin.example.gov.vn/\n',
    );
    return DEV_HOST;
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_HOST_URL is not a URL: ${raw}`);
  }
  // Office loads add-ins over https only; an http manifest is rejected at sideload time.
  if (url.protocol !== 'https:') throw new Error(`ADDIN_HOST_URL must be https: ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_HOST_URL must not have a query or fragment: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * One policy for every page. No inline scripts and no eval anywhere (hence no eval-* devtool);
 * inline styles are allowed because Fluent UI (griffel) injects <style> elements at runtime.
 */
function contentSecurityPolicy(officeJsFromCdn) {
  const scriptSrc = ["'self'"];
  if (officeJsFromCdn) scriptSrc.push(new URL(OFFICE_JS_CDN_URL).origin);
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** A query string that changes with the fallback script, because Office caches add-in files hard. */
function fallbackSrc() {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(FALLBACK_SOURCE)).digest('hex').slice(0, 8);
  return `fallback/ie11.js?v=${hash}`;
}

/** Page shell for standalone.html until src/standalone/ brings its own template. */
function standaloneShell({ htmlWebpackPlugin }) {
  const p = htmlWebpackPlugin.options.templateParameters;
  return `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${p.csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Kiểm tra phụ lục</title>
</head>
<body>
  <div id="root"></div>
  <script src="${p.fallbackSrc}"></script>
</body>
</html>
`;
}

/** Certificates for the dev server, or null for plain http. */
async function devServerHttps() {
  const mode = process.env.DEV_CERTS || (['win32', 'darwin'].includes(process.platform) ? 'install' : 'existing');
  if (mode === 'off') return null;
  if (mode === 'install') {
    try {
      // Optional dependency: generates and trusts a localhost certificate on first use.
      const devCerts = require('office-addin-dev-certs');
      const { ca, key, cert } = await devCerts.getHttpsServerOptions();
      return { ca, key, cert };
    } catch (err) {
      console.warn(`Note: no https certificates (${err.message.split('\n')[0]}); serving plain http.`);
      return null;
    }
  }
  // 'existing': where office-addin-dev-certs keeps them, without loading the package (which
  // would try to install them, asking for admin rights).
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  try {
    return {
      ca: fs.readFileSync(path.join(dir, 'ca.crt')),
      cert: fs.readFileSync(path.join(dir, 'localhost.crt')),
      key: fs.readFileSync(path.join(dir, 'localhost.key')),
    };
  } catch {
    console.log('Note: no certificates in ~/.office-addin-dev-certs; serving plain http ' +
      '(run "npx office-addin-dev-certs install" for https).');
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const officeJsFromCdn = process.env.OFFICE_JS_CDN === '1';
  const host = dev ? DEV_HOST : productionHost();
  const hasStandalone = fs.existsSync(STANDALONE_ENTRY);

  const templateParameters = {
    csp: contentSecurityPolicy(officeJsFromCdn),
    officeJsUrl: officeJsFromCdn ? OFFICE_JS_CDN_URL : 'assets/office-js/office.js',
    fallbackSrc: fallbackSrc(),
  };

  const page = (name, chunk, template) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      ...(typeof template === 'function' ? { templateContent: template } : { template }),
      chunks: [chunk],
      // At the end of <body>, after the fallback script tag the templates contain.
      inject: 'body',
      scriptLoading: 'blocking',
      templateParameters,
    });

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    summary: './src/commands/summary.ts',
  };
  const pages = [
    page('taskpane', 'taskpane', './src/taskpane/taskpane.html'),
    page('commands', 'commands', './src/commands/commands.html'),
    page('summary', 'summary', './src/commands/summary.html'),
  ];
  if (hasStandalone) {
    entry.standalone = './src/standalone/index.tsx';
    pages.push(page('standalone', 'standalone', fs.existsSync(STANDALONE_TEMPLATE) ? STANDALONE_TEMPLATE : standaloneShell));
  }

  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    // The demo appendix the standalone page opens (fetched from our own origin: connect-src
    // 'self'); served by the dev server from memory and by `npm run preview` from dist/.
    ...(hasStandalone ? [{ from: 'demo/*.xlsx', to: 'demo/[name][ext]', noErrorOnMissing: true }] : []),
    // Shipped byte for byte as tested (test/build/fallback.test.ts parses it as ES5): marked
    // minimized so Terser leaves it alone.
    { from: 'src/fallback/ie11.js', to: 'fallback/ie11.js', info: { minimized: true } },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => (dev ? content : content.toString('utf8').split(DEV_HOST).join(host)),
    },
  ];
  if (!officeJsFromCdn) {
    // office.js loads its host- and locale-specific files from its own folder at run time, so
    // the whole dist folder goes along. The *.debug.js twins are only loaded by office.debug.js,
    // which our pages never reference, so production leaves them (about half the size) out.
    copies.push({
      from: OFFICE_JS_DIST,
      to: 'assets/office-js',
      globOptions: { ignore: dev ? [] : ['**/*.debug.js', '**/*-vsdoc.js', '**/*.d.ts'] },
      // Microsoft ships these minified; re-minifying 26 MB of them took minutes and could only
      // break them.
      info: { minimized: true },
    });
  }

  return {
    mode: dev ? 'development' : 'production',
    context: ROOT,
    entry,
    // Never an eval-* devtool: the pages' CSP forbids eval.
    devtool: dev ? 'source-map' : false,
    output: {
      path: path.join(ROOT, 'dist'),
      // Content hashes in production: Office's web view caches add-in files aggressively.
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      // dist/node/ is the CLI build (tsconfig.cli.json); a web build must not delete it.
      clean: { keep: /^node[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            configFile: path.join(ROOT, 'tsconfig.json'),
            // Types are checked by `npm run typecheck`; here we only transpile (much faster).
            transpileOnly: true,
            // ES modules let webpack drop what the pages do not use (Fluent is large).
            compilerOptions: { module: 'esnext', sourceMap: dev },
          },
        },
      ],
    },
    plugins: [...pages, new CopyWebpackPlugin({ patterns: copies })],
    performance: {
      // office.js's own files are big and loaded on demand; judge only our bundles.
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('assets/'),
      hints: dev ? false : 'warning',
    },
    devServer: {
      port: DEV_PORT,
      // Only this machine: the dev server is for the developer's own Excel and browser.
      host: 'localhost',
      static: false,
      hot: false,
      liveReload: true,
      // Only resolve certificates when actually serving, not for every build.
      server: env.WEBPACK_SERVE ? await devServerHttps().then((https) =>
        https ? { type: 'https', options: https } : { type: 'http' }) : undefined,
    },
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.DEV_HOST = DEV_HOST;

/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
 * (never a downloaded browser), the production build served from 127.0.0.1 by the project's own
 * static server, and every request the page makes recorded so a test can prove that nothing
 * left this machine.
 */
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { ROOT, ensureBuilt } from './build';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { startStaticServer } = require(path.join(ROOT, 'scripts', 'static-server.js')) as {
  startStaticServer(dir: string, opts?: { port?: number }): Promise<{ url: string; port: number; requests: string[]; close(): Promise<void> }>;
};

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SAMPLES = path.resolve(__dirname, '../../../../shared/samples');
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');

export interface Session {
  readonly browser: Browser;
  readonly baseUrl: string;
  /** Every URL any page of this session requested. */
  readonly requests: string[];
  newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const dist = await ensureBuilt();
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const requests: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    browser,
    baseUrl: server.url,
    requests,
    async newPage(options: BrowserContextOptions = {}) {
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 }, ...options });
      contexts.push(context);
      const page = await context.newPage();
      page.on('request', (r) => requests.push(r.url()));
      page.on('dialog', (d) => {
        // Recorded by the XSS test through its own listener; never leave a dialog open.
        void d.dismiss().catch(() => undefined);
      });
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/** Requests that went anywhere but this machine (data:, blob: and about: stay in the page). */
export function offMachine(requests: readonly string[]): string[] {
  return requests.filter((u) => {
    if (/^(data|blob|about):/.test(u)) return false;
    try {
      const host = new URL(u).hostname;
      return !(host === '127.0.0.1' || host === 'localhost' || host === '[::1]');
    } catch {
      return true;
    }
  });
}

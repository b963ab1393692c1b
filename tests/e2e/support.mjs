// Shared set-up for the end-to-end tests: a static server for dist/ on
// loopback, and Debian's Chromium driven by playwright-core. No test
// downloads a browser, and no request may leave the page's own origin.

import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, statSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const DIST = process.env.DOSSIER_DIST ?? join(process.cwd(), 'dist');
export const ARTIFACTS = join(process.cwd(), 'tests', 'e2e', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }.
 * `headers` go with every response; `hostname` is the name in `url`
 * (`localhost` gives a second origin, and site, on the same machine).
 */
export function serve(root = DIST, { headers = {}, hostname = '127.0.0.1' } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://${hostname}:${port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/**
 * Launches Debian's Chromium with a fresh profile and the flags this machine
 * needs; `options` go to Playwright's persistent context.
 */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  return chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
}

/**
 * Opens a page that records console errors, page errors and every request
 * to another origin, so tests can assert there were none.
 */
export async function openPage(context, origin) {
  const page = await context.newPage();
  const problems = { console: [], errors: [], foreign: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.foreign.push(url);
    }
  });
  return { page, problems };
}

/**
 * Waits until the app has started: the first screen in index.html is
 * rendered at build time, so its presence alone says nothing.
 */
export async function waitForApp(page) {
  await page.waitForSelector('#app[data-started] main#main', { timeout: 20000 });
}

/**
 * One server and one browser for a test file: started before its first
 * test, closed after its last. Returns an object whose `server` and
 * `context` are set once the file's tests run; `options` go to `launch`.
 */
export function browserSuite(options = {}) {
  const suite = { server: undefined, context: undefined };
  before(async () => {
    suite.server = await serve();
    suite.context = await launch(options);
  });
  after(async () => {
    await suite.context?.close();
    await suite.server?.close();
  });
  return suite;
}

/**
 * Chromium drops a frame's downloads past ten in one second (its guard
 * against download floods), and a test clicks faster than any reader: the
 * clicks are paced so that a test never meets that limit.
 */
const DOWNLOAD_GAP_MS = 150;
let lastDownload = 0;

/** Clicks the button labelled `label` and resolves to the downloaded bytes. */
export async function download(page, label) {
  const wait = lastDownload + DOWNLOAD_GAP_MS - Date.now();
  if (wait > 0) await new Promise((done) => setTimeout(done, wait));
  lastDownload = Date.now();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
  return readFileSync(await file.path());
}

/**
 * Waits until the view has settled after a navigation: two animation
 * frames, then a short pause, so that effects that measure the page and
 * render again (the charts' widths) have run before a test clicks.
 */
export async function settle(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(150);
}

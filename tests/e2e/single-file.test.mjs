// The single file (`cargo xtask dist --single-file` writes dist/dossier.html),
// end to end in Chromium: opened straight from disk, it shows every view,
// follows deep links, logs no error and asks for nothing but itself.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ARTIFACTS, launch, waitForApp } from './support.mjs';

const FILE = join(DIST, 'dossier.html');
let context;

before(async () => {
  assert.ok(existsSync(FILE), `${FILE} is missing: build it with \`cargo xtask dist --single-file\``);
  context = await launch();
});

after(async () => {
  await context?.close();
});

test('the single file works from file:// with no request and no error', async () => {
  const url = pathToFileURL(FILE).href;
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(String(error)));

  await page.goto(url);
  await waitForApp(page);
  await page.waitForSelector('[data-view="home"] [data-doc]');
  assert.equal(await page.evaluate(() => location.protocol), 'file:');

  // A view reached by a click, and three by their links.
  await page.getByRole('link', { name: 'Timeline', exact: true }).first().click();
  await page.waitForSelector('[data-view="timeline"] a.mark[data-event]');
  await page.screenshot({ path: join(ARTIFACTS, 'single-file-timeline.png') });
  await page.goto(`${url}#/actors`);
  await page.waitForSelector('[data-view="actors"] .network-svg [data-actor]');
  await page.goto(`${url}#/read`);
  const doc = await page.locator('[data-doc]').first().getAttribute('data-doc');
  await page.goto(`${url}#/read/${doc}`);
  const sentence = await page.locator('[data-sentence]').nth(2).getAttribute('data-sentence');
  await page.goto(`${url}#/read/${doc}/${sentence}`);
  await page.waitForSelector(`.sentence.focused[data-sentence="${sentence}"]`);

  // A reload keeps the deep link.
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector(`.sentence.focused[data-sentence="${sentence}"]`);

  // No service worker from disk: nothing asked for sw.js, and none runs.
  assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
  assert.deepEqual(problems, [], 'no error or warning in the console');
  const others = requests.filter((requested) => requested.split('#')[0] !== url);
  assert.deepEqual(others, [], 'no request but the file itself');
  assert.ok(requests.length >= 1, 'the file itself was requested');
  await page.close();
});

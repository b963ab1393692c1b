// The corpus's data file, which the page fetches next to the wasm: the
// build names it on the start-up script, and when it is missing or is not
// a data file the page says so, instead of staying blank.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, browserSuite, openPage } from './support.mjs';

// No service worker: the one a first page installs would answer the later
// pages' requests for the data file before the tests' routes could.
const suite = browserSuite({ serviceWorkers: 'block' });

test('the build fetches one data file, named on the start-up script, and the wasm holds no corpus', async () => {
  const files = readdirSync(DIST).filter((name) => /^dossier-data-[0-9a-f]{16}\.bin$/.test(name));
  assert.equal(files.length, 1, `one data file in ${DIST}: ${files}`);
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(index, new RegExp(`data-dossier-data="\\./${files[0]}"`));
  const data = readFileSync(join(DIST, files[0]));
  assert.equal(data.subarray(0, 8).toString('latin1'), 'DOSSIER\x01');
  // A sentence of a seed is in the data file, and in no wasm.
  const sentence = 'Kadhimi is walking a tightrope.';
  assert.ok(data.includes(sentence));
  for (const wasm of readdirSync(DIST).filter((name) => name.endsWith('.wasm'))) {
    assert.ok(!readFileSync(join(DIST, wasm)).includes(sentence), `${wasm} holds the corpus`);
  }
});

test('the wasm is the one the post-build hook optimised', () => {
  // index.html has Trunk skip wasm-opt; the hook runs it and keeps each
  // output in target/wasm-opt/, so the build's wasm must be one of them.
  const cache = join(process.cwd(), 'target', 'wasm-opt');
  const outputs = readdirSync(cache).filter((name) => name.endsWith('.wasm')).map((name) => readFileSync(join(cache, name)));
  const wasm = readdirSync(DIST).filter((name) => name.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `${wasm}`);
  const bytes = readFileSync(join(DIST, wasm[0]));
  assert.ok(outputs.some((output) => output.equals(bytes)), `${wasm[0]} is no output of the hook's wasm-opt`);
});

for (const [what, answer, expected] of [
  ['missing', { status: 404, body: 'Not found' }, /could not be loaded.*HTTP 404/s],
  ['not a data file', { status: 200, body: '<!doctype html><p>a login page</p>' }, /not a Dossier data file/],
  ['cut short', { status: 200, body: Buffer.from('DOSSIER\x01\x10\x00\x00\x00abc', 'latin1') }, /cut short/],
]) {
  test(`a data file ${what} gets a message, not a blank page`, async () => {
    const { page } = await openPage(suite.context, suite.server.url);
    await page.route('**/dossier-data-*.bin', (route) => route.fulfill(answer));
    await page.goto(`${suite.server.url}#/timeline`);
    const alert = page.locator('[data-view="load-error"]');
    await alert.waitFor({ timeout: 20000 });
    assert.equal(await alert.locator('h1').textContent(), 'The corpus could not be loaded');
    assert.match(await alert.locator('p').textContent(), expected);
    await page.close();
  });
}

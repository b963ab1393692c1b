// Offline, end to end in Chromium: after the first load the service worker
// holds the build; with the network gone, a reload and a deep link still
// work. No view asks another origin for anything.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, openPage, waitForApp } from './support.mjs';

const suite = browserSuite();

test('after the first load the app works offline, reloads and deep links included', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  // The worker has cached the build and controls the page.
  const controlled = await page.evaluate(() => Promise.race([
    (async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      }
      return true;
    })(),
    new Promise((done) => setTimeout(() => done(false), 20000)),
  ]));
  assert.ok(controlled, 'a service worker took control of the page');
  await suite.context.setOffline(true);
  try {
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('[data-view="timeline"] [data-event]');
    await page.goto(`${suite.server.url}#/actors/kataib-hezbollah`);
    await page.waitForSelector('[data-actor-page="kataib-hezbollah"]');
    await page.goto(`${suite.server.url}#/read/003_088a25859ec1a419/s5`);
    await page.waitForSelector('.sentence.focused[data-sentence="s5"]');
    await page.goto(`${suite.server.url}#/places`);
    await page.waitForSelector('.places-svg [data-place="baghdad"]');
  } finally {
    await suite.context.setOffline(false);
  }
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('no view makes a request to another origin', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  for (const [hash, ready] of [
    ['#/', '[data-view="home"]'],
    ['#/read/003_088a25859ec1a419', '[data-sentence]'],
    ['#/timeline', '[data-event]'],
    ['#/actors', '.network-svg [data-actor]'],
    ['#/actors/iran', '[data-actor-page]'],
    ['#/places', '.places-svg [data-place]'],
    ['#/search?q=rocket', '[data-result]'],
  ]) {
    await page.goto(`${suite.server.url}${hash}`);
    await waitForApp(page);
    await page.waitForSelector(ready);
  }
  assert.deepEqual(problems.foreign, []);
  assert.deepEqual(problems.errors, []);
  await page.close();
});

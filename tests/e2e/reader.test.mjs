// The reader, end to end in Chromium: the list, every article, sentence deep
// links, not-found views, and screenshots at desktop and phone widths.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browserSuite, openPage, waitForApp, ARTIFACTS } from './support.mjs';

const suite = browserSuite();

test('the app loads with no console error; home says what the corpus holds, the reader lists the five documents', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(suite.server.url);
  await waitForApp(page);
  await page.waitForSelector('[data-view="home"]');
  assert.equal(await page.locator('[data-view="home"] [data-doc]').count(), 5, 'home lists the articles');
  assert.ok((await page.locator('[data-view="home"] [data-actor]').count()) >= 5, 'and the main actors');
  assert.ok((await page.locator('.month-bars a').count()) > 0, 'and a small timeline');
  // Each part is a door into its view.
  await page.getByRole('link', { name: 'Main actors' }).click();
  await page.waitForSelector('[data-view="actors"]');
  await page.goto(`${suite.server.url}#/read`);
  const entries = page.locator('[data-doc]');
  await entries.first().waitFor();
  assert.equal(await entries.count(), 5);
  assert.equal(await page.locator('main h1').textContent(), 'Documents');
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.foreign, [], 'no request leaves the origin');
  await page.close();
});

test('each article opens from the list with its headline', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/read`);
  await waitForApp(page);
  const ids = await page.locator('[data-doc]').evaluateAll((nodes) => nodes.map((node) => node.dataset.doc));
  assert.equal(ids.length, 5);
  for (const id of ids) {
    await page.goto(`${suite.server.url}#/read`);
    const entry = page.locator(`[data-doc="${id}"] a.title`);
    const title = (await entry.textContent()).trim();
    await entry.click();
    await page.waitForSelector(`article[data-doc="${id}"]`);
    assert.equal((await page.locator('main h1').textContent()).trim(), title);
    assert.ok((await page.locator('[data-sentence]').count()) > 5, `${id} shows its sentences`);
    assert.match(page.url(), new RegExp(`#/read/${id}$`));
  }
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await page.close();
});

test('a sentence deep link highlights that sentence and scrolls to it', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/read/004_c09eda95306a5000/s25`);
  await waitForApp(page);
  const focused = page.locator('.sentence.focused');
  await focused.waitFor();
  assert.equal(await focused.count(), 1);
  assert.equal(await focused.getAttribute('data-sentence'), 's25');
  const inView = await focused.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
  assert.ok(inView, 'the sentence is scrolled into view');
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 0, 'the page scrolled down to it');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('an article highlights actors and dates, and hovering a date shows its value', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/read/003_088a25859ec1a419`);
  await waitForApp(page);
  await page.waitForSelector('mark.actor[data-actor]');
  assert.ok((await page.locator('mark.actor[data-actor="kataib-hezbollah"]').count()) >= 3, 'KH and Kata’ib Hezbollah are one actor');
  assert.ok((await page.locator('mark.actor[data-actor="hezbollah"]').count()) === 0, 'no Lebanese Hezbollah in this article');
  const date = page.locator('time.timex', { hasText: 'June 25' }).first();
  assert.equal(await date.getAttribute('datetime'), '2020-06-25');
  assert.match(await date.getAttribute('title'), /25 Jun 2020/);
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('an unknown id shows not-found with a way back', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  for (const hash of ['#/read/no-such-document', '#/read/003_088a25859ec1a419/s999', '#/no/such/view/here']) {
    await page.goto(`${suite.server.url}${hash}`);
    await waitForApp(page);
    await page.waitForSelector('[data-view="not-found"]');
    assert.ok((await page.locator('main h1').textContent()).length > 0);
  }
  await page.locator('[data-view="not-found"] a', { hasText: 'Back to all documents' }).click();
  await page.waitForSelector('[data-view="reader"]');
  assert.equal(await page.locator('[data-doc]').count(), 5);
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('screenshots at desktop and phone widths, with no horizontal overflow', async () => {
  const { page } = await openPage(suite.context, suite.server.url);
  const views = [
    ['list', '#/read'],
    ['article', '#/read/000_e1c78b762ee60c98'],
    ['sentence', '#/read/003_088a25859ec1a419/s3'],
    ['not-found', '#/read/missing'],
    ['home', '#/'],
    ['search', '#/search?q=Kataib'],
    ['article-lens', '#/read/001_3dc81e1ea7d977a8?actor=kataib-hezbollah&from=2020-06-20&to=2020-07-10&q=rocket'],
  ];
  for (const [width, height, label] of [[1280, 900, 'desktop'], [390, 844, 'phone']]) {
    await page.setViewportSize({ width, height });
    for (const [name, hash] of views) {
      await page.goto(`${suite.server.url}${hash}`);
      await waitForApp(page);
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} at ${label} width overflows by ${overflow}px`);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${label}.png`) });
    }
  }
  await page.close();
});

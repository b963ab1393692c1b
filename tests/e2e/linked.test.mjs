// Linked views, end to end in Chromium: one shared selection (the lens) in
// the URL of every view. Choosing an actor in the reader filters the
// timeline and focuses the map; a date window set on the timeline changes
// the map's ties and dims the reader's sentences outside it; back and
// forward walk through it all; a malformed link is ignored with a note.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, openPage, waitForApp } from './support.mjs';

const suite = browserSuite();

/** The number in a view's lede ("53 events", "12 actors and 9 ties shown"). */
async function lede(page) {
  return page.locator('.timeline-head .lede').first().textContent();
}

test('an actor chosen in the reader filters the timeline and focuses the map', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  await page.waitForSelector('[data-view="timeline"] [data-event]');
  const all = Number.parseInt(await lede(page), 10);
  await page.goto(`${suite.server.url}#/read`);
  await page.locator('[data-doc] a').first().click();
  await page.waitForSelector('.article-body mark[data-actor]');
  // Clicking a mention chooses its actor, for every view.
  const mention = page.locator('.article-body mark[data-actor]').first();
  const actor = await mention.getAttribute('data-actor');
  await mention.click();
  await page.waitForFunction((id) => location.hash.includes(`actor=${id}`), actor);
  await page.waitForSelector(`.lens-bar .chip`);
  assert.ok((await page.locator(`.article-body mark.chosen[data-actor="${actor}"]`).count()) > 0, 'its mentions stand out');
  // The header's doors keep the choice.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click();
  await page.waitForSelector('[data-view="timeline"]');
  assert.match(page.url(), new RegExp(`actor=${actor}`));
  const some = Number.parseInt(await lede(page), 10);
  assert.ok(some > 0 && some < all, `the timeline shows ${some} of ${all} events`);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Actors' }).click();
  await page.waitForSelector(`[data-view="actors"] [data-card="${actor}"]`);
  assert.ok(await page.locator(`.network-svg .node[data-actor="${actor}"]`).count() === 1, 'the map focuses the actor');
  // The bar lets it go everywhere at once.
  await page.locator('.lens-bar .clear').click();
  await page.waitForFunction(() => !location.hash.includes('actor='));
  assert.equal(await page.locator('.lens-bar').count(), 0);
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('a date window set on the timeline changes the map and dims the reader', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/actors`);
  await waitForApp(page);
  await page.waitForSelector('.network-svg [data-actor]');
  const everyTie = await lede(page);
  await page.goto(`${suite.server.url}#/timeline`);
  await page.waitForSelector('[data-view="timeline"] [data-event]');
  const form = page.locator('form.window-form');
  await form.locator('input[name="from"]').fill('2020-06-01');
  await form.locator('input[name="to"]').fill('2020-07-31');
  await form.getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => location.hash.includes('from=2020-06-01') && location.hash.includes('to=2020-07-31'));
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Actors' }).click();
  await page.waitForSelector('[data-view="actors"]');
  assert.match(page.url(), /from=2020-06-01&to=2020-07-31/);
  assert.equal(await page.locator('form.window-form input[name="from"]').inputValue(), '2020-06-01', 'the map reads the same window');
  assert.notEqual(await lede(page), everyTie, 'the window changes the ties shown');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Reader' }).click();
  await page.waitForSelector('[data-view="reader"]');
  await page.locator('[data-doc] a').first().click();
  await page.waitForSelector('.article-body .sentence');
  const dimmed = await page.locator('.sentence.dimmed').count();
  const sentences = await page.locator('.article-body .sentence').count();
  assert.ok(dimmed > 0 && dimmed < sentences, `${dimmed} of ${sentences} sentences dimmed`);
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('zooming the timeline moves the shared window once the gesture stops', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  await page.waitForSelector('[data-view="timeline"] a.mark[data-event]');
  // The first view frames the densest period without choosing it.
  await page.waitForTimeout(600);
  assert.doesNotMatch(page.url(), /from=/, 'the first view is not a filter');
  await page.locator('.timeline-main').focus();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('+');
  await page.waitForFunction(() => location.hash.includes('from=') && location.hash.includes('to='));
  const actors = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Actors' });
  await page.waitForFunction(() => document.querySelector('nav[aria-label="Views"] a[href^="#/actors"]')?.getAttribute('href').includes('from='));
  const window = new URL(page.url()).hash.match(/from=[\d-]+&to=[\d-]+/)[0];
  assert.ok((await actors.getAttribute('href')).includes(window), 'the header carries the zoomed window');
  await page.waitForSelector('.lens-bar .chip');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('a window still to be written never pulls the reader back to the timeline', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  await page.waitForSelector('[data-view="timeline"] a.mark[data-event]');
  // A zoom leaves a window to be written into the URL in a moment. The
  // reader leaves first: the hash changes, and (as in the instant between a
  // click and its hashchange event) the timeline is still mounted.
  await page.locator('.timeline-main').focus();
  await page.keyboard.press('+');
  await page.evaluate(() => history.pushState(null, '', '#/actors'));
  await page.waitForTimeout(800);
  assert.equal(new URL(page.url()).hash, '#/actors', 'the pending window did not replace the view that was chosen');
  await page.evaluate(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
  await page.waitForSelector('[data-view="actors"]');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('back and forward walk through the views and their state', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  const steps = [
    ['#/timeline?lanes=type&actor=kataib-hezbollah', '[data-view="timeline"]'],
    ['#/actors?min=2&from=2020-01-01&to=2020-12-31', '[data-view="actors"]'],
    ['#/search?q=Kadhimi', '[data-view="search"] [data-result]'],
    ['#/places?place=baghdad', '[data-card="baghdad"]'],
  ];
  await page.goto(`${suite.server.url}#/`);
  await waitForApp(page);
  for (const [hash, ready] of steps) {
    await page.evaluate((next) => { location.hash = next; }, hash);
    await page.waitForSelector(ready);
  }
  for (const [hash, ready] of steps.slice(0, -1).reverse()) {
    await page.goBack();
    await page.waitForSelector(ready);
    assert.equal(new URL(page.url()).hash, hash);
  }
  await page.goForward();
  await page.waitForSelector(steps[1][1]);
  assert.equal(new URL(page.url()).hash, steps[1][0]);
  await page.goForward();
  await page.waitForSelector(steps[2][1]);
  assert.equal(await page.locator('#search').inputValue(), 'Kadhimi', 'the search box shows the search');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('malformed links are ignored with a visible note, never a blank page', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/`);
  await waitForApp(page);
  for (const [hash, ready] of [
    ['#/read/003_088a25859ec1a419?zoom=2&from=June', '[data-view="article"]'],
    ['#/actors?kind=martian&min=lots', '[data-view="actors"]'],
    ['#/timeline?from=2021-01-01&to=2020-01-01&lanes=colour', '[data-view="timeline"]'],
    ['#/search?q=%E0%A4%A', '[data-view="search"]'],
    ['#/places?place=', '[data-view="places"]'],
  ]) {
    await page.evaluate((next) => { location.hash = next; }, hash);
    await page.waitForSelector(ready);
    if (!hash.includes('search') && !hash.includes('places')) {
      await page.waitForSelector('.url-notice');
      assert.match(await page.locator('.url-notice').textContent(), /Ignored in the link/, hash);
    }
  }
  await page.evaluate(() => { location.hash = '#/%%%/nowhere?actor=%'; });
  await page.waitForSelector('[data-view="not-found"]');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await page.close();
});

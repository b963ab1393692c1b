// Search, end to end in Chromium: the / key, results as you type, a
// transliteration variant that also finds the sentences saying "KH", a
// typo, marks on the matches, and Back returning to where the search began.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, openPage, waitForApp } from './support.mjs';

const suite = browserSuite();

test('a transliteration variant finds the actor and every form the texts use', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/read`);
  await waitForApp(page);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search', 'the / key focuses the search box');
  await page.keyboard.type('Khataib', { delay: 30 });
  await page.waitForSelector('[data-view="search"] [data-actor="kataib-hezbollah"]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search', 'focus stays in the box while typing');
  const sentences = await page.locator('[data-result]').allInnerTexts();
  assert.ok(sentences.some((text) => /Kata’ib Hezbollah|Kataib Hezbollah/.test(text)), 'the other spellings');
  assert.ok(sentences.some((text) => /\bKH\b/.test(text)), 'and the sentences that say KH');
  assert.ok(sentences.every((text) => !/^Lebanese Hezbollah/.test(text)));
  assert.ok((await page.locator('[data-result] mark.hit').count()) >= sentences.length, 'matches are marked');
  // Back returns to where the search began, not to each keystroke.
  await page.goBack();
  await page.waitForSelector('[data-view="document-list"], [data-doc]');
  assert.match(page.url(), /#\/read$/);
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('a typo still finds the name; nothing found says so', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/search?q=Hezbolah`);
  await waitForApp(page);
  await page.waitForSelector('[data-view="search"] [data-actor="kataib-hezbollah"]');
  assert.ok((await page.locator('[data-view="search"] [data-actor="hezbollah"]').count()) === 1, 'Lebanese Hezbollah too');
  await page.goto(`${suite.server.url}#/search?q=Kadhimy`);
  await page.waitForSelector('[data-view="search"] [data-actor="mustafa-kadhimi"]');
  await page.goto(`${suite.server.url}#/search?q=qqqqzzzz`);
  await page.waitForSelector('[data-view="search"] .notice');
  // A result opens the reader at its sentence.
  await page.goto(`${suite.server.url}#/search?q=rockets`);
  const first = page.locator('[data-result] a').first();
  const href = await first.getAttribute('href');
  await first.click();
  const sentence = href.split('?')[0].split('/').pop();
  await page.waitForSelector(`.sentence.focused[data-sentence="${sentence}"]`);
  // The reader marks the search's matches, in that sentence among others.
  assert.match(href, /q=rockets/, 'the result link keeps the search');
  assert.ok((await page.locator(`.sentence.focused[data-sentence="${sentence}"] mark.hit`).count()) > 0, 'the match is marked in the reader');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('? lists the keyboard shortcuts; Escape closes the list and focus comes back', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  await page.locator('.timeline-main').focus();
  await page.keyboard.press('?');
  await page.waitForSelector('[role="dialog"]');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'dialog', 'focus moves into the dialog');
  assert.match(await page.locator('[role="dialog"]').innerText(), /search actors, events and sentences/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[role="dialog"]', { state: 'detached' });
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('timeline-main')), 'focus comes back');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('Copy link puts the current view, with its state, on the clipboard', async () => {
  await suite.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
  const { page, problems } = await openPage(suite.context, suite.server.url);
  const hash = '#/actors?kind=group&actor=kataib-hezbollah';
  await page.goto(`${suite.server.url}${hash}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.waitForSelector('.copy-status:has-text("Link copied")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${suite.server.url}${hash}`);
  assert.deepEqual(problems.errors, []);
  await page.close();
});

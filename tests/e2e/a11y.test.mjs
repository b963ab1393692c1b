// Accessibility, end to end in Chromium: axe-core (npm, pinned) on every
// view, in the light and the dark theme, allowing no violation; and the
// theme toggle, which the reader's choice keeps across reloads.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserSuite, openPage, waitForApp } from './support.mjs';

const suite = browserSuite();
const AXE = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const VIEWS = [
  ['home', '#/', '[data-view="home"]'],
  ['reader', '#/read', '[data-view="reader"]'],
  ['article', '#/read/003_088a25859ec1a419/s5?actor=kataib-hezbollah&from=2020-06-01&to=2020-07-31&q=rocket', '.sentence.focused'],
  ['timeline', '#/timeline', '[data-view="timeline"] a.mark[data-event]'],
  ['timeline-list', '#/timeline?view=list', 'table.event-table'],
  ['actors', '#/actors?actor=kataib-hezbollah', '.network-svg [data-actor]'],
  ['actor', '#/actors/kataib-hezbollah', '[data-actor-page]'],
  ['places', '#/places?place=baghdad', '.places-svg [data-place]'],
  ['search', '#/search?q=Kataib', '[data-result]'],
  ['not-found', '#/nowhere?zoom=1', '[data-view="not-found"]'],
];

/** axe's violations on the page, each as "rule: target (summary)". */
async function violations(page) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.flatMap((violation) => violation.nodes.map((node) =>
      `${violation.id}: ${node.target.join(' ')} (${node.failureSummary?.split('\n').slice(1, 2).join('').trim()})`));
  });
  return found;
}

for (const theme of ['light', 'dark']) {
  test(`axe-core finds no violation on any view, ${theme} theme`, async () => {
    const { page, problems } = await openPage(suite.context, suite.server.url);
    await page.emulateMedia({ colorScheme: theme });
    const all = [];
    for (const [name, hash, ready] of VIEWS) {
      await page.goto(`${suite.server.url}${hash}`);
      await waitForApp(page);
      await page.waitForSelector(ready);
      // Let the view settle (layout, focus moves) before checking.
      await page.waitForTimeout(300);
      for (const problem of await violations(page)) all.push(`${name}: ${problem}`);
    }
    assert.deepEqual(all, [], `violations:\n${all.join('\n')}`);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });
}

test('the theme toggle switches the theme and the choice survives a reload', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${suite.server.url}#/read`);
  await waitForApp(page);
  const toggle = page.locator('button.theme-toggle');
  assert.match(await toggle.textContent(), /Dark theme/, 'under a light system the button offers the dark theme');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme ?? null), null, 'without a choice the system rules');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(dark, light, 'the background changes');
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.match(await toggle.textContent(), /Light theme/, 'the button offers the other theme');
  // Back to the system's choice for the other tests.
  await page.evaluate(() => localStorage.removeItem('dossier-theme'));
  assert.deepEqual(problems.errors, []);
  await page.close();
});

// The actor map, end to end in Chromium: the network of the seeds' actors
// (Kata'ib Hezbollah and Lebanese Hezbollah apart), hover and focus, the
// date window changing the ties, dragging a node, the actor page with its
// aliases and evidence that opens the reader at the sentence, exports read
// back, the offline map of places, and screenshots at desktop and phone
// widths.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browserSuite, download, openPage, waitForApp, ARTIFACTS } from './support.mjs';

const suite = browserSuite();

const nodeIds = (page) => page.locator('.network-svg [data-actor]').evaluateAll((nodes) => nodes.map((node) => node.dataset.actor));

test('the network shows the main actors, the two Hezbollahs apart', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/actors`);
  await waitForApp(page);
  await page.waitForSelector('.network-svg [data-actor]');
  const ids = await nodeIds(page);
  for (const id of ['mustafa-kadhimi', 'kataib-hezbollah', 'hezbollah', 'iran', 'united-states']) {
    assert.ok(ids.includes(id), `${id} is a node: ${ids.join(' ')}`);
  }
  assert.ok((await page.locator('.network-svg .edge').count()) >= 10, 'ties are drawn');
  // Co-occurrence ties are off by default and come on with their toggle.
  assert.equal(await page.locator('.network-svg .edge.co').count(), 0);
  await page.getByRole('link', { name: 'named together' }).click();
  await page.waitForSelector('.network-svg .edge.co');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await page.close();
});

test('hovering lights a neighbourhood; selecting opens the actor card', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/actors`);
  await waitForApp(page);
  const node = page.locator('.network-svg [data-actor="kataib-hezbollah"]');
  await node.hover();
  await page.waitForSelector('.network-svg.lighting');
  const lit = await page.locator('.network-svg .node.lit').evaluateAll((nodes) => nodes.map((one) => one.dataset.actor));
  assert.ok(lit.includes('kataib-hezbollah') && lit.length >= 2 && lit.length < (await nodeIds(page)).length, `a neighbourhood is lit: ${lit}`);
  assert.match(await page.locator('.network-tooltip').innerText(), /Kata.ib Hezbollah/);
  await node.click();
  await page.waitForSelector('[data-card="kataib-hezbollah"]');
  assert.match(page.url(), /#\/actors\?actor=kataib-hezbollah/);
  // Keyboard: Tab reaches a node, Enter focuses it.
  await page.locator('.network-svg').focus();
  await page.keyboard.press('Tab');
  const reached = await page.evaluate(() => document.activeElement?.dataset.actor ?? null);
  assert.ok(reached, 'Tab reaches a node');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash.includes(`actor=${id}`), reached);
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('the date window changes the ties shown, and survives a reload', async () => {
  const { page } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/actors`);
  await waitForApp(page);
  const all = await page.locator('.network-svg .edge').count();
  await page.fill('input[name="from"]', '2020-06-20');
  await page.fill('input[name="to"]', '2020-07-31');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => location.hash.includes('from=2020-06-20'));
  const windowed = await page.locator('.network-svg .edge').count();
  assert.ok(windowed > 0 && windowed < all, `the window keeps some ties: ${windowed} of ${all}`);
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('.network-svg');
  assert.equal(await page.locator('.network-svg .edge').count(), windowed, 'the window came back from the URL');
  await page.close();
});

test('dragging a node moves it and the layout settles around it', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/actors`);
  await waitForApp(page);
  const node = page.locator('.network-svg [data-actor="iran"]');
  const before = await node.boundingBox();
  const others = await page.locator('.network-svg [data-actor="kataib-hezbollah"]').boundingBox();
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  await page.mouse.move(before.x + 120, before.y + 80, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(400);
  const after = await node.boundingBox();
  assert.ok(Math.abs(after.x - before.x) > 60, `the node moved: ${before.x} to ${after.x}`);
  const othersAfter = await page.locator('.network-svg [data-actor="kataib-hezbollah"]').boundingBox();
  assert.ok(Math.abs(othersAfter.x - others.x) + Math.abs(othersAfter.y - others.y) > 0.5, 'its neighbours followed');
  assert.doesNotMatch(page.url(), /actor=iran/, 'a drag is not a click');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('Shift and the arrows move the focused node from the keyboard', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/actors`);
  await waitForApp(page);
  const node = page.locator('.network-svg [data-actor="iran"]');
  const before = await node.boundingBox();
  await node.focus();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('Shift+ArrowRight');
  await page.waitForTimeout(400);
  const after = await node.boundingBox();
  assert.ok(after.x - before.x > 20, `the node moved right: ${before.x} to ${after.x}`);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-actor')), 'iran', 'focus stays on the node');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('the actor page lists aliases and evidence that opens the reader at the sentence', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/actors/kataib-hezbollah`);
  await waitForApp(page);
  await page.waitForSelector('[data-actor-page="kataib-hezbollah"]');
  const aliases = await page.locator('.aliases li').allInnerTexts();
  for (const alias of ['KH', 'Kataib Hezbollah', 'Khataib Hezbollah']) {
    assert.ok(aliases.includes(alias), `alias ${alias}: ${aliases}`);
  }
  assert.ok((await page.locator('.actor-events [data-event]').count()) > 0, 'its events are listed');
  const evidence = page.locator('.tie-list a.evidence').first();
  const href = await evidence.getAttribute('href');
  const [, doc, sentence] = href.match(/^#\/read\/([^/]+)\/([^/]+)$/);
  await evidence.click();
  await page.waitForSelector(`[data-sentence="${sentence}"].focused, [data-sentence="${sentence}"][aria-current]`);
  assert.match(page.url(), new RegExp(`#/read/${doc}/${sentence}$`));
  await page.goto(`${suite.server.url}#/actors/no-such-actor`);
  await page.waitForSelector('[data-view="not-found"]');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('the places map shows Baghdad and Tehran; selecting one lists its events and actors', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/places`);
  await waitForApp(page);
  await page.waitForSelector('.places-svg [data-place]');
  assert.ok((await page.locator('.places-svg .country').count()) >= 5, 'the basemap has countries');
  for (const id of ['baghdad', 'tehran']) {
    assert.equal(await page.locator(`.places-svg [data-place="${id}"]`).count(), 1, `${id} is on the map`);
  }
  // Places the map cannot show are listed, not dropped.
  assert.ok((await page.locator('[data-unplaced]').count()) > 0, 'places off the map are listed');
  // Places nest (a zone in its city), so the test selects by keyboard.
  await page.locator('.places-svg [data-place="baghdad"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-card="baghdad"]');
  assert.ok((await page.locator('[data-card="baghdad"] [data-event]').count()) > 0, 'its events');
  assert.ok((await page.locator('[data-card="baghdad"] [data-actor]').count()) > 0, 'its actors');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.foreign, [], 'the map needs no tile server');
  await page.close();
});

test('network exports: SVG and PNG, read back', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/actors`);
  await waitForApp(page);
  await page.waitForSelector('.network-svg [data-actor]');
  const save = (label) => download(page, label);
  const svg = (await save('SVG')).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const parsedDocument = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: parsedDocument.querySelector('parsererror') !== null, nodes: parsedDocument.querySelectorAll('[data-actor]').length };
  }, svg);
  assert.equal(parsed.error, false, 'the SVG parses as XML');
  assert.equal(parsed.nodes, (await nodeIds(page)).length, 'the SVG holds every node shown');
  const png = await save('PNG');
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  assert.ok(png.length > 5000, `a PNG with content (${png.length} bytes)`);
  assert.deepEqual(problems.foreign, []);
  await page.close();
});

test('actor screenshots at desktop and phone widths, with no horizontal overflow', async () => {
  const { page } = await openPage(suite.context, suite.server.url);
  for (const [width, height, label] of [[1280, 900, 'desktop'], [390, 844, 'phone']]) {
    await page.setViewportSize({ width, height });
    for (const [name, hash] of [['actors', '#/actors?actor=mustafa-kadhimi'], ['actor-page', '#/actors/kataib-hezbollah'], ['places', '#/places?place=baghdad']]) {
      await page.goto(`${suite.server.url}${hash}`);
      await waitForApp(page);
      await page.waitForTimeout(150);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} at ${label} width overflows by ${overflow}px`);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${label}.png`) });
    }
  }
  await page.close();
});

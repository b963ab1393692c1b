// The timeline, end to end in Chromium: marks for the seeds' events, zoom
// changing the window, an event card whose reader link lands on the
// highlighted sentence, a filter that narrows the marks and survives a
// reload, keyboard reach, and desktop and phone screenshots.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browserSuite, download, openPage, waitForApp, ARTIFACTS, settle } from './support.mjs';

const suite = browserSuite();

/** The from/to of the current URL. */
function windowOf(url) {
  const query = new URLSearchParams(url.split('?')[1] ?? '');
  return [query.get('from'), query.get('to')];
}

// The index (among all `a.mark[data-event]`) of the first mark inside the
// visible window, once the chart has measured its width and stopped moving:
// the layer also holds marks just outside the window. With `twice`, only an
// event drawn in two lanes counts.
async function markInView(page, twice = false) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate((twice) => {
    const view = document.querySelector('.marks-viewport').getBoundingClientRect();
    const marks = [...document.querySelectorAll('a.mark[data-event]')];
    return marks.findIndex((mark) => {
      const box = mark.querySelector('circle, rect').getBoundingClientRect();
      const lanes = marks.filter((other) => other.dataset.event === mark.dataset.event).length;
      return (!twice || lanes > 1) && box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= Math.min(view.bottom, innerHeight);
    });
  }, twice);
}

// The URL follows the window once a gesture has been still for a moment:
// waits until it shows a window other than `previous`.
async function nextWindow(page, previous = [null, null]) {
  await page.waitForFunction(
    ([from, to]) => {
      const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
      return query.get('from') !== from || query.get('to') !== to;
    },
    previous,
    { timeout: 5000 },
  );
  return windowOf(page.url());
}

test('the timeline shows the events, and zooming changes the window', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  await page.waitForSelector('[data-view="timeline"] [data-event]');
  assert.ok((await page.locator('[data-event]').count()) > 10, 'marks are drawn');
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const [from1, to1] = await nextWindow(page);
  assert.ok(from1 && to1, `the window is in the URL: ${page.url()}`);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const [from2, to2] = await nextWindow(page, [from1, to1]);
  assert.ok(from2 > from1 && to2 < to1, `zooming in narrows the window: ${from1}..${to1} then ${from2}..${to2}`);
  // The mouse wheel zooms too.
  const plot = page.locator('.timeline-plot');
  await plot.hover({ position: { x: 500, y: 120 } });
  await page.mouse.wheel(0, 400);
  const [from3, to3] = await nextWindow(page, [from2, to2]);
  assert.ok(from3 < from2 && to3 > to2, 'the wheel zooms out');
  // Two pointers moving apart pinch the window narrower.
  await page.evaluate(() => {
    const plot = document.querySelector('.timeline-plot');
    const box = plot.getBoundingClientRect();
    const fire = (type, pointerId, x) => plot.dispatchEvent(new PointerEvent(type, { pointerId, clientX: box.left + x, clientY: box.top + 100, button: 0, bubbles: true }));
    fire('pointerdown', 1, 400);
    fire('pointerdown', 2, 500);
    fire('pointermove', 2, 700);
    fire('pointerup', 1, 400);
    fire('pointerup', 2, 700);
  });
  const [from4, to4] = await nextWindow(page, [from3, to3]);
  assert.ok(from4 > from3 && to4 < to3, `pinching apart zooms in: ${from3}..${to3} then ${from4}..${to4}`);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await page.close();
});

test('hovering an event shows its evidence and lights it in every lane', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  await page.waitForSelector('a.mark[data-event]');
  // An event that sits in two lanes (it has two actors), inside the window.
  const index = await markInView(page, true);
  assert.ok(index >= 0, 'an event in two lanes is in view');
  const mark = page.locator('a.mark[data-event]').nth(index);
  const id = await mark.getAttribute('data-event');
  await mark.locator('circle, rect').first().hover();
  await page.waitForSelector('.timeline-tooltip');
  assert.ok((await page.locator('.timeline-tooltip').innerText()).length > 40, 'the tooltip quotes the evidence');
  const lit = await page.locator(`a.mark.lit[data-event="${id}"]`).count();
  assert.equal(lit, await page.locator(`a.mark[data-event="${id}"]`).count(), 'every mark of the event is lit');
  assert.ok(lit > 1);
  assert.equal(await page.locator('a.mark.lit').count(), lit, 'and no other');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('selecting an event opens its card, and the reader link lands on the sentence', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  await page.waitForSelector('a.mark[data-event]');
  await settle(page);
  // Click the dot or bar itself, as a person does.
  const index = await markInView(page);
  assert.ok(index >= 0, 'a mark is in view');
  const mark = page.locator('a.mark[data-event]').nth(index);
  const id = await mark.getAttribute('data-event');
  await mark.locator('circle, rect').first().click();
  await page.waitForSelector(`[data-card="${id}"]`);
  const link = page.locator('.event-card a.open-in-reader').first();
  const href = await link.getAttribute('href');
  await link.click();
  const sentence = href.split('/').pop();
  await page.waitForSelector(`.sentence.focused[data-sentence="${sentence}"]`);
  // Back returns to the timeline with the card open.
  await page.goBack();
  await page.waitForSelector(`[data-card="${id}"]`);
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('a filter narrows the marks and survives a reload', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline?lanes=type`);
  await waitForApp(page);
  await page.waitForSelector('[data-event]');
  await settle(page);
  const all = await page.locator('[data-event]').count();
  await page.evaluate(() => {
    window.__log = [];
    addEventListener('hashchange', () => window.__log.push(`hash ${location.hash}`));
    addEventListener('pointerdown', (e) => window.__log.push(`down ${e.target.outerHTML.slice(0, 80)}`), true);
    addEventListener('click', (e) => window.__log.push(`click ${e.target.outerHTML.slice(0, 80)} ${e.defaultPrevented}`), true);
  });
  await page.locator('a.lane-label').first().click();
  await page.waitForSelector('.lens-bar .chip', { timeout: 5000 }).catch(async (error) => {
    console.log('DIAG', page.url(), JSON.stringify(await page.evaluate(() => window.__log)));
    throw error;
  });
  const filtered = await page.locator('[data-event]').count();
  assert.ok(filtered > 0 && filtered < all, `${filtered} of ${all} marks after filtering`);
  const url = page.url();
  assert.match(url, /type=/);
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('.lens-bar .chip');
  assert.equal(await page.locator('[data-event]').count(), filtered, 'the filter came back from the URL');
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('the keyboard reaches and selects an event, and the list view lists them', async () => {
  const { page } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  await page.waitForSelector('a.mark[data-event]');
  await page.locator('.timeline-main').focus();
  let reached = null;
  for (let step = 0; step < 60 && !reached; step += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.closest('a.mark')?.getAttribute('data-event') ?? null);
  }
  assert.ok(reached, 'Tab reaches an event mark');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-card="${reached}"]`);
  await page.goto(`${suite.server.url}#/timeline?view=list`);
  await page.waitForSelector('table.event-table tbody tr');
  assert.ok((await page.locator('table.event-table tbody tr').count()) > 10);
  await page.close();
});

test('a malformed timeline link is ignored with a note', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline?from=June&lanes=colour`);
  await waitForApp(page);
  await page.waitForSelector('.notice');
  assert.match(await page.locator('.notice').first().textContent(), /Ignored/);
  assert.ok((await page.locator('[data-event]').count()) > 0);
  assert.deepEqual(problems.errors, []);
  await page.close();
});

test('exports: CSV, SVG and PNG, each read back', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  await page.waitForSelector('a.mark[data-event]');
  const save = (label) => download(page, label);
  const csv = (await save('CSV')).toString('utf8').split('\r\n').filter(Boolean);
  assert.match(csv[0], /^id,start,end,precision,inferred,type,plover/);
  const events = await page.locator('a.mark[data-event]').evaluateAll((marks) => new Set(marks.map((mark) => mark.dataset.event)).size);
  assert.ok(csv.length - 1 >= events, `every shown event is a row (${csv.length - 1} rows, ${events} shown)`);
  assert.ok(csv.slice(1).every((row) => /\d{4}-\d{2}-\d{2}/.test(row)), 'rows carry dates');
  const story = JSON.parse((await save('TimelineJS')).toString('utf8'));
  assert.equal(story.events.length, await page.evaluate(() => Number.parseInt(document.querySelector('.timeline-head .lede').textContent, 10)), 'one slide per event shown');
  assert.ok(story.events.every((slide) => slide.start_date?.year && slide.text?.text), 'each slide has a date and its evidence');
  const svg = (await save('SVG')).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const documentParsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: documentParsed.querySelector('parsererror') !== null, marks: documentParsed.querySelectorAll('[data-event]').length };
  }, svg);
  assert.equal(parsed.error, false, 'the SVG parses as XML');
  assert.ok(parsed.marks > 10, 'the SVG holds the marks');
  const png = await save('PNG');
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  assert.ok(png.length > 5000, `a PNG with content (${png.length} bytes)`);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.foreign, [], 'exports make no request');
  await page.close();
});

test('timeline screenshots at desktop and phone widths, with no horizontal overflow', async () => {
  const { page } = await openPage(suite.context, suite.server.url);
  for (const [width, height, label] of [[1280, 900, 'desktop'], [390, 844, 'phone']]) {
    await page.setViewportSize({ width, height });
    for (const [name, hash] of [['timeline', '#/timeline'], ['timeline-list', '#/timeline?view=list']]) {
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

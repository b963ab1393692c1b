// Embedding, end to end in Chromium. The app is served on one origin
// (127.0.0.1) and a host page on another (localhost), with hostile CSS and
// a strict policy of its own. Two <dossier-explorer> elements must render,
// keep their own layout, leak no style, report selections as DOM events,
// follow attribute changes and commands, and size themselves from the
// height their frames report. Plain iframes must ignore commands from an
// origin they were not given, and keep their selections from it. The app
// itself must run under the documented Content-Security-Policy with no
// violation. No request may leave the two origins.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, waitForApp, download, DIST, ARTIFACTS } from './support.mjs';

// The policy the build puts in its meta tag, which the app server also
// sends as a header: the header is what the README tells a host to send.
const POLICY = readFileSync(join(DIST, 'index.html'), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];

const suite = {};

/** The hostile host page, its style sheet and its script, for the app at `app`. */
function writeHost(dir, app) {
  writeFileSync(join(dir, 'host.css'), `
* { all: unset; }
html { font-size: 60px; font-family: fantasy; color: red; line-height: 3; }
iframe { border: 30px solid red !important; width: 50px !important; height: 20px !important; }
.embed-bar, main, header { display: block; }
#probe { font-size: 20px; }
`);
  writeFileSync(join(dir, 'host.js'), `
window.selections = [];
window.messages = [];
document.addEventListener('dossier-select', (event) => selections.push({ id: event.target.id, detail: event.detail }));
document.addEventListener('dossier-route', (event) => messages.push({ id: event.target.id, route: event.detail.route }));
// The plain iframes: sized from their height messages, and every message
// logged with the id of the frame it came from.
window.addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll('iframe')].find((one) => one.contentWindow === event.source);
  if (!frame || event.origin !== ${JSON.stringify(new URL(app).origin)}) return;
  messages.push({ id: frame.id, type: event.data.type, data: event.data });
  if (event.data.type === 'dossier:height') frame.style.setProperty('height', event.data.height + 'px', 'important');
});
`);
  writeFileSync(join(dir, 'frames.css'), 'iframe { display: block; width: 100%; height: 300px; border: 0; }');
  writeFileSync(join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
  const head = (css) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="./icon.svg">
<link rel="stylesheet" href="./${css}"><script type="module" src="${app}embed.js"></script><script src="./host.js"></script></head>`;
  writeFileSync(join(dir, 'host.html'), `${head('host.css')}<body>
<h1>A host with hostile CSS</h1>
<div class="embed-bar" id="probe">A host element named like the app's bar</div>
<dossier-explorer id="timeline" view="timeline"></dossier-explorer>
<dossier-explorer id="actors" view="actors"></dossier-explorer>
</body></html>`);
  const frame = (id, query, hash) => `<iframe id="${id}" title="${id}" src="${app}embed.html${query}${hash}"></iframe>`;
  writeFileSync(join(dir, 'frames.html'), `${head('frames.css')}<body>
${frame('unset', '', '#/timeline')}
${frame('elsewhere', '?parent=http://elsewhere.invalid', '#/timeline')}
${frame('trusted', `?parent=${encodeURIComponent(suite.host.url.slice(0, -1))}`, '#/timeline')}
</body></html>`);
}

before(async () => {
  assert.ok(POLICY, 'dist/index.html carries a Content-Security-Policy meta tag');
  // A module script from another origin is fetched with CORS.
  suite.app = await serve(DIST, { headers: { 'content-security-policy': POLICY, 'access-control-allow-origin': '*' } });
  const dir = mkdtempSync(join(tmpdir(), 'dossier-host-'));
  const appOrigin = new URL(suite.app.url).origin;
  suite.host = await serve(dir, {
    hostname: 'localhost',
    headers: { 'content-security-policy': `default-src 'self'; script-src 'self' ${appOrigin}; frame-src ${appOrigin}; style-src 'self'` },
  });
  writeHost(dir, suite.app.url);
  suite.context = await launch();
  // Every frame records the policy violations it sees.
  await suite.context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
});

after(async () => {
  await suite.context?.close();
  await suite.app?.close();
  await suite.host?.close();
});

/** A page that logs console errors, page errors and requests outside the app's and the host's origins. */
async function open() {
  const page = await suite.context.newPage();
  const problems = { console: [], errors: [], foreign: [] };
  page.on('console', (message) => message.type() === 'error' && problems.console.push(`${message.text()} ${message.location().url}`));
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (![suite.app.url, suite.host.url, 'data:', 'blob:'].some((allowed) => url.startsWith(allowed))) problems.foreign.push(url);
  });
  return { page, problems };
}

/** The frame inside an element's shadow root, or a plain iframe, by id. */
async function frameOf(page, id) {
  const handle = await page.evaluateHandle((id) => {
    const element = document.getElementById(id);
    return element.shadowRoot?.querySelector('iframe') ?? element;
  }, id);
  return handle.asElement().contentFrame();
}

/** The data-event of a timeline mark inside the chart's visible window. */
async function markInView(frame) {
  await frame.waitForSelector('a.mark[data-event]');
  // A browser does not render a cross-origin frame out of sight: no frames.
  await (await frame.frameElement()).scrollIntoViewIfNeeded();
  await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return frame.evaluate(() => {
    const view = document.querySelector('.marks-viewport').getBoundingClientRect();
    const mark = [...document.querySelectorAll('a.mark[data-event]')].find((one) => {
      const box = one.querySelector('circle, rect').getBoundingClientRect();
      return box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;
    });
    return mark?.dataset.event ?? null;
  });
}

/** Clicks the mark of `event` that lies inside the chart's visible window. */
async function clickMark(frame, event) {
  await frame.evaluate((event) => {
    const view = document.querySelector('.marks-viewport').getBoundingClientRect();
    const mark = [...document.querySelectorAll(`a.mark[data-event="${CSS.escape(event)}"]`)].find((one) => {
      const box = one.querySelector('circle, rect').getBoundingClientRect();
      return box.left >= view.left && box.right <= view.right;
    });
    mark.setAttribute('data-test-target', '');
  }, event);
  await frame.locator('[data-test-target]').click();
}

/**
 * Waits until the host page's log `list` holds an entry from element or
 * frame `id` that matches `spec` (`type`, a `detail` key that must be set,
 * text the `route` must include), and returns it.
 */
async function logged(page, list, spec, what) {
  const handle = await page.waitForFunction(
    ([list, { id, type, key, route }]) => window[list].find((entry) => entry.id === id
      && (!type || entry.type === type)
      && (!key || entry.detail?.[key])
      && (!route || entry.route?.includes(route))) ?? false,
    [list, spec],
    { timeout: 10000 },
  ).catch(() => null);
  assert.ok(handle, `the host got ${what}; it has ${JSON.stringify(await page.evaluate((list) => window[list], list))}`);
  return handle.jsonValue();
}

/** The same day shifted by `days`, as YYYY-MM-DD. */
function shift(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test('two explorers on a hostile host page render, keep their layout, and talk to the host', async () => {
  const { page, problems } = await open();
  await page.goto(`${suite.host.url}host.html`);
  const timeline = await frameOf(page, 'timeline');
  const actors = await frameOf(page, 'actors');
  await timeline.waitForSelector('[data-view="timeline"] a.mark[data-event]', { timeout: 20000 });
  await actors.waitForSelector('.network-svg [data-actor]', { timeout: 20000 });
  assert.ok(await timeline.locator('.embed-bar').isVisible(), 'the slim bar');
  assert.equal(await timeline.locator('.site-header').count(), 0, 'no big header in an embed');

  // The layout inside equals the embed page's own, opened alone.
  const alone = await suite.context.newPage();
  await alone.goto(`${suite.app.url}embed.html#/timeline`);
  await waitForApp(alone);
  const styleOf = (frame) => frame.evaluate(() => ['.embed-bar', 'main h1', 'body'].map((selector) => {
    const style = getComputedStyle(document.querySelector(selector));
    return `${selector}: ${style.fontSize} ${style.fontFamily} ${style.lineHeight}`;
  }));
  assert.deepEqual(await styleOf(timeline), await styleOf(alone.mainFrame()), 'fonts inside are the app\'s');
  await alone.close();

  // The host's rules reach neither the element's frame nor its box...
  const frameStyle = await page.evaluate(() => {
    const element = document.getElementById('timeline');
    const frame = element.shadowRoot.querySelector('iframe');
    const style = getComputedStyle(frame);
    return { display: getComputedStyle(element).display, border: style.borderTopWidth, width: frame.getBoundingClientRect().width, page: innerWidth };
  });
  assert.equal(frameStyle.display, 'block');
  assert.equal(frameStyle.border, '0px', 'the host\'s iframe rule does not reach the shadow root');
  assert.ok(frameStyle.width > frameStyle.page * 0.9, `the frame spans the element (${frameStyle.width} of ${frameStyle.page})`);
  // ...and the app's rules do not reach the host.
  const probe = await page.evaluate(() => {
    const style = getComputedStyle(document.getElementById('probe'));
    return { padding: style.paddingTop, border: style.borderBottomWidth, size: style.fontSize };
  });
  assert.deepEqual(probe, { padding: '0px', border: '0px', size: '20px' }, 'the host element keeps the host\'s style');

  // The frames report their height, and the elements take it. A view may
  // grow once more after its first report (a chart measures its width, then
  // draws at it): the frame follows within a few seconds.
  for (const [id, frame] of [['timeline', timeline], ['actors', actors]]) {
    await page.waitForFunction(async (id) => {
      const frame = document.getElementById(id).shadowRoot.querySelector('iframe');
      return frame.style.height && frame.style.height !== '480px';
    }, id);
    const heights = async () => ({
      inner: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
      outer: await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('iframe').getBoundingClientRect().height, id),
    });
    let seen = await heights();
    for (let tries = 0; tries < 50 && Math.abs(seen.inner - seen.outer) > 1; tries += 1) {
      await page.waitForTimeout(100);
      seen = await heights();
    }
    assert.ok(Math.abs(seen.inner - seen.outer) <= 1, `${id}: the frame is as tall as its content (${seen.outer} for ${seen.inner})`);
  }

  // A selection inside reaches the host as a DOM event with its detail.
  const event = await markInView(timeline);
  assert.ok(event, 'a mark in view');
  await clickMark(timeline, event);
  const selected = await logged(page, 'selections', { id: 'timeline', key: 'event' }, 'the timeline\'s selection');
  assert.equal(selected.detail.event, event);
  assert.equal(selected.detail.view, 'timeline');
  assert.match(selected.detail.route, new RegExp(`event=${event}`));

  const actor = await actors.locator('.network-svg [data-actor]').first().getAttribute('data-actor');
  await actors.locator(`.network-svg [data-actor="${actor}"]`).click();
  const focused = await logged(page, 'selections', { id: 'actors', key: 'actor' }, 'the actor map\'s selection');
  assert.deepEqual([focused.detail.actor, focused.detail.view], [actor, 'actors']);

  // Changing attributes after load changes the view.
  await page.evaluate((actor) => document.getElementById('timeline').setAttribute('actor', actor), actor);
  await timeline.waitForFunction((actor) => new URLSearchParams(location.hash.split('?')[1]).get('actor') === actor, actor, { polling: 100 });
  // A window around the event selected above: its mark carries its first day.
  const day = Number(await timeline.locator(`a.mark[data-event="${event}"]`).first().getAttribute('data-day'));
  const from = new Date((day - 10) * 86400000).toISOString().slice(0, 10);
  const to = shift(from, 40);
  await page.evaluate(([from, to]) => {
    const element = document.getElementById('timeline');
    element.setAttribute('from', from);
    element.setAttribute('to', to);
  }, [from, to]);
  await logged(page, 'messages', { id: 'timeline', route: `from=${from}&to=${to}` }, 'the attributes\' window');
  // Commands by method: a window, then an actor.
  const [from2, to2] = [shift(from, 1), shift(from, 20)];
  await page.evaluate(([from, to]) => document.getElementById('timeline').setWindow(from, to), [from2, to2]);
  await timeline.waitForFunction(([from, to]) => location.hash.includes(`from=${from}&to=${to}`), [from2, to2], { polling: 100 });
  await page.evaluate((actor) => document.getElementById('actors').selectActor(actor), 'not-an-actor-anywhere');
  await actors.waitForFunction(() => location.hash.includes('actor=not-an-actor-anywhere'), undefined, { polling: 100 });

  // Viewport shots, one per explorer: a full-page shot leaves out-of-sight
  // cross-origin frames blank.
  for (const [width, label] of [[1280, 'desktop'], [390, 'phone']]) {
    await page.setViewportSize({ width, height: 900 });
    for (const id of ['timeline', 'actors']) {
      await page.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(ARTIFACTS, `embed-host-${id}-${label}.png`) });
    }
  }
  for (const frame of [page.mainFrame(), timeline, actors]) {
    assert.deepEqual(await frame.evaluate(() => window.cspViolations), [], `no policy violation in ${frame.url()}`);
  }
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, [], 'no request to a third origin');
  await page.close();
});

test('a frame takes commands and tells selections only to the origin it was given', async () => {
  const { page, problems } = await open();
  await page.goto(`${suite.host.url}frames.html`);
  const frames = {};
  for (const id of ['unset', 'elsewhere', 'trusted']) {
    frames[id] = await frameOf(page, id);
    await frames[id].waitForSelector('a.mark[data-event]', { timeout: 20000 });
  }
  // Heights come to the host from every frame: they tell nothing.
  for (const id of ['unset', 'trusted']) {
    await logged(page, 'messages', { id, type: 'dossier:height' }, `${id}'s height`);
  }
  const inner = await frames.unset.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = await page.evaluate(() => document.getElementById('unset').clientHeight);
  assert.ok(Math.abs(inner - outer) <= 1, `the host sized the frame from its message (${outer} for ${inner})`);

  // Selections: only the frame given this origin tells it.
  for (const id of ['unset', 'trusted']) {
    await clickMark(frames[id], await markInView(frames[id]));
    await frames[id].waitForFunction(() => location.hash.includes('event='), undefined, { polling: 100 });
  }
  await logged(page, 'messages', { id: 'trusted', type: 'dossier:select' }, 'the trusted frame\'s selection');
  // Commands: only the frame given this origin obeys.
  await page.evaluate(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.contentWindow.postMessage({ type: 'dossier:navigate', route: '#/places' }, '*');
  });
  await frames.trusted.waitForSelector('.places-svg [data-place]');
  await page.waitForTimeout(500);
  for (const id of ['unset', 'elsewhere']) {
    assert.match(await frames[id].evaluate(() => location.hash), /^#\/timeline/, `${id} ignored the command`);
  }
  const untrusted = await page.evaluate(() => messages.filter((entry) => entry.id !== 'trusted' && entry.type === 'dossier:select'));
  assert.deepEqual(untrusted, [], 'no selection went to an origin that was not given');
  // A malformed command is answered, not obeyed.
  await page.evaluate(() => document.getElementById('trusted').contentWindow.postMessage({ type: 'dossier:set-window', from: 'June' }, '*'));
  const refused = await logged(page, 'messages', { id: 'trusted', type: 'dossier:error' }, 'an error for a bad command');
  assert.match(refused.data.message, /June/);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
  await page.close();
});

test('the app runs under the documented policy: every view and the exports, with no violation', async () => {
  assert.doesNotMatch(POLICY, /'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  assert.equal(readFileSync(join(DIST, 'index.html'), 'utf8').match(/<script(?![^>]*\ssrc=)[^>]*>/g), null, 'no inline script');
  const { page, problems } = await open();
  for (const [hash, ready] of [
    ['#/', '[data-view="home"]'],
    ['#/read/', '.documents li'],
    ['#/actors', '.network-svg [data-actor]'],
    ['#/places', '.places-svg [data-place]'],
    ['#/search?q=rocket', '[data-result]'],
    ['#/timeline', 'a.mark[data-event]'],
  ]) {
    await page.goto(`${suite.app.url}${hash}`);
    await waitForApp(page);
    await page.waitForSelector(ready);
  }
  const png = await download(page, 'PNG');
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'the PNG export works under the policy');
  await download(page, 'SVG');
  await page.goto(`${suite.app.url}embed.html#/actors`);
  await waitForApp(page);
  await page.waitForSelector('.embed-bar');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await page.close();
});

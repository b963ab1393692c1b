// Search and filter latency in Chromium: input to repainted, for each build
// against the minimal Yew app (the first LABEL=DIST), which echoes what is
// typed and shows the hash: the floor of the same measurement on this
// machine, in the same run.
//
// Search: at #/ the header's search box (#search) gets each query typed one
// key at a time; every key is one sample, from its keydown to the frame
// painted after the last DOM update it caused (lib/watch.mjs says how). The
// queries come from the corpus itself: the first words of the main actors
// and places that the home view names (at most 12 characters each), so that
// nothing depends on one corpus. Spaces are typed but not timed (the query
// is trimmed, so a space changes nothing on screen), and between queries the
// box is cleared (not timed either).
//
// Filter: location.hash changes, each timed from just before the change to
// the repaint after the view's last update: on the timeline (#/timeline)
// an actor filter (actor=ID, the home view's main actors) and date windows
// (from=&to=, the home view's month bars that hold events), and on the actor
// map (#/actors) the same date windows; each sequence ends back at the
// unfiltered view, and each change is one sample.
//
// Rounds alternate between the builds, each on a new page; the table gives
// the median and p95 of all samples of a build.
//
// usage: node tests/bench/latency.mjs OUT.json BASELINE=DIST LABEL=DIST ...

import { writeFileSync } from 'node:fs';
import { serve, launch } from '../e2e/support.mjs';
import { labelled, median, quantile, round } from './lib/stats.mjs';
import { installWatch, timedHash, timedKey } from './lib/watch.mjs';

const [out, ...rest] = process.argv.slice(2);
const builds = labelled(rest);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUERIES = 4;
const WINDOWS = 3;

/** Opens `hash` of the build on a new page, with the probe and CDP metrics. */
async function open(context, url, hash, ready) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${url}${hash}`);
  await page.waitForSelector(ready, { timeout: 120000 });
  // Dossier's first screen is in index.html (rendered at build time): wait
  // for the app itself, which marks its root once started. The minimal app
  // (its view marked `minimal`) has no such mark.
  await page.waitForFunction(() => document.querySelector('[data-view="minimal"]') || document.getElementById('app')?.hasAttribute('data-started'), null, { timeout: 120000 });
  await installWatch(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
  // Let the first render's effects and timers finish.
  await page.waitForTimeout(500);
  return { page, metrics };
}

/** What the home view offers to search and filter by. */
async function inputsOf(context, url) {
  const page = await context.newPage();
  await page.goto(`${url}#/`);
  await page.waitForSelector('[data-view="home"]', { timeout: 120000 });
  const found = await page.evaluate(({ queries, windows }) => {
    const chips = [...document.querySelectorAll('.home-page a.actor-chip')];
    const names = chips.map((chip) => chip.firstChild?.textContent?.trim() ?? '').filter(Boolean);
    const words = [...new Set(names.map((name) => name.split(/\s+/).slice(0, 2).join(' ').slice(0, 12).trim()))];
    const actors = chips.map((chip) => chip.dataset.actor).filter(Boolean);
    const bars = [...document.querySelectorAll('.month-bars a')]
      .filter((bar) => !/: 0 events/.test(bar.getAttribute('aria-label') ?? ''))
      .map((bar) => new URL(bar.getAttribute('href'), location.href).hash.split('?')[1])
      .filter(Boolean);
    // Windows spread over the busy stretch, not three neighbours.
    const step = Math.max(1, Math.floor(bars.length / windows));
    return {
      queries: words.slice(0, queries),
      actors: actors.slice(0, 2),
      windows: bars.filter((_, at) => at % step === 0).slice(0, windows),
    };
  }, { queries: QUERIES, windows: WINDOWS });
  await page.close();
  return found;
}

/** Types each query one key at a time; one sample per key. */
async function search(context, build, queries) {
  const minimal = build.minimal;
  const { page, metrics } = await open(context, build.server.url, '#/', '#main [data-view]');
  const samples = [];
  let wrong = 0;
  let results = 0;
  for (const query of queries) {
    await page.locator('#search').focus();
    for (const key of query) {
      // A space does not change the (trimmed) query, so nothing repaints:
      // it is typed, not timed.
      if (key.trim() === '') {
        await page.keyboard.press(key);
        await page.waitForTimeout(300);
      } else {
        samples.push(await timedKey(page, metrics, key));
      }
    }
    // What the page shows must be this query's results (or its echo).
    const shown = await page.evaluate((minimal) => (minimal ? document.querySelector('#typed')?.textContent : document.querySelector('main h1')?.textContent), minimal);
    if ((shown ?? '').replace(/[“”]/g, '').trim() !== query.trim()) wrong += 1;
    results += await page.evaluate(() => document.querySelectorAll('[data-result], [data-view="search"] [data-actor], [data-view="search"] [data-event]').length);
    await page.locator('#search').fill('');
    await page.waitForTimeout(300);
  }
  await page.close();
  return { samples, wrong, results };
}

/** Changes the hash through `hashes` on `view`; one sample per change. */
async function filter(context, build, view, hashes) {
  const ready = build.minimal ? '#main [data-view]' : `[data-view="${view}"]`;
  const { page, metrics } = await open(context, build.server.url, build.minimal ? `#/${view}` : `#/${view}`, ready);
  const samples = [];
  let wrong = 0;
  for (const hash of hashes) {
    samples.push(await timedHash(page, metrics, hash));
    if (!(await page.$(ready))) wrong += 1;
  }
  await page.close();
  return { samples, wrong };
}

const context = await launch();
const entries = [];
for (const [at, build] of builds.entries()) {
  const server = await serve(build.dist);
  entries.push({ ...build, server, minimal: at === 0, runs: {} });
}
// The minimal app takes the first corpus's queries and windows.
const first = await inputsOf(context, entries[1].server.url);
for (const entry of entries) entry.inputs = entry.minimal ? first : await inputsOf(context, entry.server.url);

const keep = (entry, name, run) => {
  const kept = (entry.runs[name] ??= { samples: [], wrong: 0, results: 0 });
  kept.samples.push(...run.samples);
  kept.wrong += run.wrong;
  kept.results += run.results ?? 0;
};
for (let round = 0; round < ROUNDS; round += 1) {
  for (const entry of entries) {
    const { queries, actors, windows } = entry.inputs;
    keep(entry, 'search', await search(context, entry, queries));
    const timeline = [...actors.map((id) => `#/timeline?actor=${id}`), ...windows.map((window) => `#/timeline?${window}`), '#/timeline'];
    const map = [...windows.map((window) => `#/actors?${window}`), '#/actors'];
    keep(entry, 'filter, timeline', await filter(context, entry, 'timeline', timeline));
    keep(entry, 'filter, actor map', await filter(context, entry, 'actors', map));
  }
}
await context.close();
for (const entry of entries) await entry.server.close();

const rows = entries.flatMap((entry) => Object.entries(entry.runs).map(([what, run]) => {
  const times = run.samples.map((sample) => sample.ms).filter((ms) => ms !== null);
  return {
    build: entry.label,
    what,
    samples: run.samples.length,
    no_update: run.samples.length - times.length,
    wrong_view: run.wrong,
    median_ms: round(median(times), 1),
    p95_ms: round(quantile(times, 0.95), 1),
    max_ms: round(Math.max(...times), 1),
    cpu_median_ms: round(median(run.samples.map((sample) => sample.cpu_ms)), 1),
  };
}));
console.log(`search and filter: input to repainted (all samples of ${ROUNDS} alternating rounds; the first build is the baseline)`);
console.table(rows);
writeFileSync(out, JSON.stringify({
  measured: 'search (keystroke to results painted) and filter (hash change to the view repainted) latency',
  rounds: ROUNDS,
  baseline: entries[0].label,
  inputs: Object.fromEntries(entries.map((entry) => [entry.label, entry.inputs])),
  rows,
}, null, 2));

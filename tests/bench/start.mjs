// Cold start: main-thread CPU from navigation until the first view is
// interactive, for each build against the minimal Yew app (the first
// LABEL=DIST, built by the same toolchain), measured in Chromium through a
// DevTools protocol trace.
//
// "Interactive" means: the app has replaced its loading placeholder (or the
// first screen that `dist` renders into index.html at build time) with its
// first view: for Dossier, its root is marked `data-started` and holds
// `#main [data-view]` (the home view at #/, `data-view="home"`); for the
// minimal app, `#main [data-view]` exists (its `<main data-view="minimal">`). Yew attaches its event handlers in the same render,
// so from that moment a click or a key press is handled. A script added
// before any of the page's own (addInitScript) watches the DOM and puts a
// performance mark, `bench-interactive`, in the same task as the render.
//
// CPU is read from the trace (categories devtools.timeline and
// blink.user_timing): every top-level task (`RunTask`) of the renderer's
// main thread that starts between the page's `navigationStart` and the mark,
// summed. `cpu_ms` sums the tasks' thread time (tdur: time on the CPU, which
// the other load on this shared machine barely moves); `task_ms` sums their
// wall duration (what Performance.getMetrics calls TaskDuration); `wall_ms`
// is navigationStart to the mark. Work off the main thread (streaming wasm
// compilation, the network) is not counted.
//
// Every run has a browser of its own with a fresh profile: no HTTP cache, no
// compiled-code cache, no service worker. Runs alternate between the builds
// (minimal, A, B, ..., minimal, A, B, ...), so load on the machine falls on
// all alike; the table gives medians.
//
// usage: node tests/bench/start.mjs OUT.json BASELINE=DIST LABEL=DIST ...

import { writeFileSync } from 'node:fs';
import { serve, launch } from '../e2e/support.mjs';
import { labelled, median, round } from './lib/stats.mjs';

const [out, ...rest] = process.argv.slice(2);
const builds = labelled(rest);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const READY = '#app[data-started] #main [data-view], #main[data-view="minimal"], #main [data-view="minimal"]';
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing', '__metadata'];

/** One cold load of `url`: the main thread's work until READY appears. */
async function coldStart(url) {
  const context = await launch();
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addInitScript((selector) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector(selector)) {
          performance.mark('bench-interactive');
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-started'] });
    }, READY);
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(url);
    await page.waitForSelector(READY, { timeout: 120000 });
    await cdp.send('Tracing.end');
    await complete;
    return fromTrace(events, url);
  } finally {
    await context.close();
  }
}

/** Sums the main thread's top-level tasks from navigationStart to the mark. */
function fromTrace(events, url) {
  const mark = events.find((event) => event.name === 'bench-interactive');
  if (!mark) throw new Error(`${url}: the trace has no bench-interactive mark`);
  const start = events.find((event) => event.name === 'navigationStart' && event.pid === mark.pid && event.args?.data?.documentLoaderURL === url);
  if (!start) throw new Error(`${url}: the trace has no navigationStart for the page`);
  const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === mark.pid && event.tid === mark.tid && event.ts >= start.ts && event.ts <= mark.ts);
  return {
    cpu_ms: tasks.reduce((sum, task) => sum + (task.tdur ?? task.dur), 0) / 1000,
    task_ms: tasks.reduce((sum, task) => sum + task.dur, 0) / 1000,
    wall_ms: (mark.ts - start.ts) / 1000,
    tasks: tasks.length,
  };
}

const servers = [];
for (const build of builds) servers.push({ ...build, server: await serve(build.dist), runs: [] });
for (let at = 0; at < ROUNDS; at += 1) {
  for (const build of servers) build.runs.push(await coldStart(`${build.server.url}#/`));
}
for (const build of servers) await build.server.close();

const rows = servers.map((build) => ({
  build: build.label,
  cpu_ms: round(median(build.runs.map((run) => run.cpu_ms)), 1),
  task_ms: round(median(build.runs.map((run) => run.task_ms)), 1),
  wall_ms: round(median(build.runs.map((run) => run.wall_ms)), 1),
  tasks: median(build.runs.map((run) => run.tasks)),
  cpu_ms_runs: build.runs.map((run) => round(run.cpu_ms, 1)),
}));
const baseline = rows[0];
for (const row of rows) row.cpu_ratio_to_baseline = round(row.cpu_ms / baseline.cpu_ms, 2);
console.log(`cold start at #/: main-thread CPU until ${READY} exists (medians of ${ROUNDS} alternating runs, each in a fresh browser)`);
console.table(rows.map(({ cpu_ms_runs, ...row }) => row));
writeFileSync(out, JSON.stringify({ measured: 'cold start, main-thread CPU until the first view is interactive', ready: READY, rounds: ROUNDS, baseline: baseline.build, rows }, null, 2));

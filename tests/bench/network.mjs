// The actor map while its layout settles, and the layout's step against
// d3-force's, both in Chromium on the synthetic network of about 1,000
// actors and 3,000 ties (`gen-corpus 190 --invent 1800`, shown at
// #/actors?co=1, co-occurrence ties included).
//
// Frames. A page opens the map and first counts requestAnimationFrame
// callbacks for IDLE_MS with nothing happening: the baseline of this machine
// at this moment. Then the mouse drags the biggest node that is not covered
// (playwright's mouse, as a reader would), which pins it and reheats the live
// layout to 0.3, and frames are counted for SETTLE_MS from the pointer going
// down, through the drag and the settling after it. Frame time is the gap
// between two callbacks; fps is frames over the window. Main-thread CPU per
// frame is the window's Performance.getMetrics TaskDuration over its frames
// (DevTools protocol, as timeline.mjs measures). A MutationObserver on the
// chart counts the redraws that moved something: renders of the drawing,
// or frames painted on the canvas of a big map (a redraw shows one layout
// step, up to four when frames come slowly).
//
// Layout step. The bench build has the `bench` cargo feature, which adds one
// export (src/bench.rs, never in the shipped dist/): `LayoutBench`, the
// chart's own live layout of the embedded map (the build's positions in
// layout units, the build's parameters, our Barnes-Hut at theta 0.9),
// compiled to wasm exactly as shipped (release, opt-level z, wasm-opt). On a
// page with no chart, so that nothing else runs, d3-force (the version
// package-lock.json pins, loaded into the page from node_modules) gets the
// same nodes at the same starting positions and the same links:
// forceSimulation with forceManyBody (theta 0.9), forceLink and forceCenter,
// stopped, and both run TICKS manual ticks from alpha 1, timed with
// performance.now() around the whole run. Each round starts fresh ones after
// a short untimed warm-up of each (so both JITs have tiered up), and the two
// go first in turn. Ratio = our median ms per tick over d3's.
//
// Rounds alternate frames and ticks, each on a new page, so load on this
// shared machine falls on both alike; the table gives medians.
//
// usage: node tests/bench/network.mjs OUT.json DIST

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch } from '../e2e/support.mjs';

const [out, dist] = process.argv.slice(2);
const ROUNDS = 5;
const IDLE_MS = 2000;
const SETTLE_MS = 3000;
const TICKS = 300;
const WARMUP_TICKS = 30;
const D3_FILES = ['d3-dispatch', 'd3-quadtree', 'd3-timer', 'd3-force'].map((name) => join('node_modules', name, 'dist', `${name}.js`));
const D3_VERSION = JSON.parse(readFileSync(join('node_modules', 'd3-force', 'package.json'), 'utf8')).version;

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const median = (values) => quantile(values, 0.5);
const round = (value, digits = 2) => Number(value.toFixed(digits));

// Counts animation frames and redraws for `ms` from now, while
// `act` runs; returns the frame gaps, the redraws and the main-thread time.
async function frames(page, metrics, ms, act) {
  await page.evaluate(() => {
    const record = { times: [], steps: 0, on: true };
    window.benchRecord = record;
    const loop = (time) => {
      record.times.push(time);
      if (record.on) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    record.observer = new MutationObserver(() => { record.steps += 1; });
    // One callback per render that moved something (nodes move by their
    // transform), or per frame painted on the canvas that stands in for a
    // big map while it moves (its data-frame count).
    record.observer.observe(document.querySelector('.network-chart'), { attributes: true, attributeFilter: ['transform', 'd', 'data-frame'], subtree: true });
  });
  const before = await metrics();
  const started = Date.now();
  await act();
  await page.waitForTimeout(Math.max(0, ms - (Date.now() - started)));
  const after = await metrics();
  const record = await page.evaluate(() => {
    const record = window.benchRecord;
    record.on = false;
    record.observer.disconnect();
    return { times: record.times, steps: record.steps };
  });
  const gaps = record.times.slice(1).map((time, at) => time - record.times[at]);
  const span = (record.times.at(-1) - record.times[0]) / 1000;
  return {
    fps: gaps.length / Math.max(span, 1e-3),
    gaps,
    redraws_per_s: record.steps / Math.max(span, 1e-3),
    task_ms_per_frame: ((after.TaskDuration - before.TaskDuration) * 1000) / Math.max(gaps.length, 1),
    script_ms_per_frame: ((after.ScriptDuration - before.ScriptDuration) * 1000) / Math.max(gaps.length, 1),
    style_layout_ms_per_frame: (((after.LayoutDuration + after.RecalcStyleDuration) - (before.LayoutDuration + before.RecalcStyleDuration)) * 1000) / Math.max(gaps.length, 1),
  };
}

async function measureFrames(context, url) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${url}#/actors?co=1`);
  await page.waitForSelector('.network-svg [data-node]', { timeout: 120000 });
  const shown = await page.evaluate(() => ({
    nodes: document.querySelectorAll('.network-svg [data-node]').length,
    edges: document.querySelectorAll('.network-svg .edge').length,
    dom_nodes: document.querySelectorAll('*').length,
  }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
  // Let the first render and its effects finish before the baseline.
  await page.waitForTimeout(500);
  const idle = await frames(page, metrics, IDLE_MS, async () => {});
  // The biggest node whose centre the pointer really reaches (nodes are
  // drawn biggest first, so a small one may lie on top of it).
  const grip = await page.evaluate(() => {
    for (const node of document.querySelectorAll('.network-svg [data-node]')) {
      const box = node.getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      if (y > 0 && y < innerHeight && document.elementFromPoint(x, y)?.closest('[data-node]') === node) return { x, y };
    }
    return null;
  });
  if (!grip) throw new Error('no node can be grabbed');
  const settle = await frames(page, metrics, SETTLE_MS, async () => {
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) {
      await page.mouse.move(grip.x + step * 8, grip.y + step * 5);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  });
  await page.close();
  return { shown, idle, settle };
}

// Ticks of ours and of d3-force on the same graph in one page; ms per tick.
async function measureTicks(context, url, oursFirst) {
  const page = await context.newPage();
  // The pages forbid inline script (their Content-Security-Policy), and
  // Playwright adds d3-force as inline script: this page alone, which only
  // times layout steps, lets the bench's own scripts in.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setBypassCSP', { enabled: true });
  await page.goto(`${url}#/`);
  await page.waitForFunction(() => window.wasmBindings?.LayoutBench, null, { timeout: 120000 });
  for (const path of D3_FILES) await page.addScriptTag({ path });
  const result = await page.evaluate(({ ticks, warmup, oursFirst }) => {
    const graph = JSON.parse(new window.wasmBindings.LayoutBench(1).graph_json());
    const d3Simulation = () => {
      const nodes = graph.positions.map(([x, y]) => ({ x, y }));
      const links = graph.links.map(([source, target]) => ({ source, target }));
      return window.d3.forceSimulation(nodes)
        .force('charge', window.d3.forceManyBody().theta(0.9))
        .force('link', window.d3.forceLink(links))
        .force('center', window.d3.forceCenter())
        .stop();
    };
    const runs = {
      ours: (count) => {
        const layout = new window.wasmBindings.LayoutBench(1);
        const started = performance.now();
        layout.run(count);
        const ms = performance.now() - started;
        const alpha = layout.alpha();
        layout.free();
        return { ms, alpha };
      },
      d3: (count) => {
        const simulation = d3Simulation();
        const started = performance.now();
        simulation.tick(count);
        const ms = performance.now() - started;
        return { ms, alpha: simulation.alpha() };
      },
    };
    const order = oursFirst ? ['ours', 'd3'] : ['d3', 'ours'];
    for (const name of order) runs[name](warmup);
    const timed = {};
    for (const name of order) timed[name] = runs[name](ticks);
    return { nodes: graph.positions.length, links: graph.links.length, timed };
  }, { ticks: TICKS, warmup: WARMUP_TICKS, oursFirst });
  await page.close();
  return result;
}

const server = await serve(dist);
const context = await launch();
const kept = { idle: [], settle: [], ours: [], d3: [], alphas: {}, shown: null, graph: null };
for (let at = 0; at < ROUNDS; at += 1) {
  const framed = await measureFrames(context, server.url);
  kept.shown = framed.shown;
  kept.idle.push(framed.idle);
  kept.settle.push(framed.settle);
  const ticked = await measureTicks(context, server.url, at % 2 === 0);
  kept.graph = { nodes: ticked.nodes, links: ticked.links };
  kept.ours.push(ticked.timed.ours.ms / TICKS);
  kept.d3.push(ticked.timed.d3.ms / TICKS);
  kept.alphas = { ours: ticked.timed.ours.alpha, d3: ticked.timed.d3.alpha };
}
await context.close();
await server.close();

const frameRow = (state, runs) => {
  const gaps = runs.flatMap((run) => run.gaps);
  return {
    state,
    nodes_shown: kept.shown.nodes,
    edges_shown: kept.shown.edges,
    fps_median: round(median(runs.map((run) => run.fps)), 1),
    frame_ms_median: round(median(gaps)),
    frame_ms_p95: round(quantile(gaps, 0.95)),
    redraws_per_s: round(median(runs.map((run) => run.redraws_per_s)), 1),
    task_ms_per_frame: round(median(runs.map((run) => run.task_ms_per_frame))),
    script_ms_per_frame: round(median(runs.map((run) => run.script_ms_per_frame))),
    style_layout_ms_per_frame: round(median(runs.map((run) => run.style_layout_ms_per_frame))),
  };
};
const frameRows = [frameRow('idle (baseline)', kept.idle), frameRow('settling after a drag', kept.settle)];
frameRows[1].fps_ratio_to_idle = round(frameRows[1].fps_median / Math.max(frameRows[0].fps_median, 1e-3));
const ours = median(kept.ours);
const d3 = median(kept.d3);
const tickRows = [
  { layout: 'ours (Rust, wasm)', nodes: kept.graph.nodes, links: kept.graph.links, ticks: TICKS, ms_per_tick_median: round(ours, 3), ms_per_tick_runs: kept.ours.map((ms) => round(ms, 3)), alpha_after: round(kept.alphas.ours, 4) },
  { layout: `d3-force ${D3_VERSION}`, nodes: kept.graph.nodes, links: kept.graph.links, ticks: TICKS, ms_per_tick_median: round(d3, 3), ms_per_tick_runs: kept.d3.map((ms) => round(ms, 3)), alpha_after: round(kept.alphas.d3, 4) },
];
const ratio = round(ours / Math.max(d3, 1e-6), 3);
console.log(`actor map at #/actors?co=1: frames over ${IDLE_MS} ms idle, then ${SETTLE_MS} ms from a node drag (medians of ${ROUNDS} rounds; target: above 55 fps while settling)`);
console.table(frameRows);
console.log(`layout step on the same graph in the same page, ${TICKS} ticks from alpha 1 (medians of ${ROUNDS} rounds; target: ours / d3 at most 0.5): ratio ${ratio}`);
console.table(tickRows.map(({ ms_per_tick_runs, ...row }) => row));
writeFileSync(out, JSON.stringify({
  measured: 'actor map frames while settling, and layout ms per tick against d3-force in the same page',
  targets: { fps_while_settling: 55, ours_over_d3_ms_per_tick: 0.5 },
  rounds: ROUNDS,
  frames: frameRows,
  ticks: tickRows,
  ours_over_d3: ratio,
}, null, 2));

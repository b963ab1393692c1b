// Timeline zoom and pan cost, measured in Chromium through the DevTools
// protocol: main-thread task time (Performance.getMetrics TaskDuration) per
// zoom or pan step, each step followed by two animation frames so that Yew
// has rendered. Builds are measured in alternation, so that load on this
// shared machine falls on all of them alike. Prints a table and writes JSON.
//
// usage: node tests/bench/timeline.mjs OUT.json LABEL=DIST [LABEL=DIST ...]

import { writeFileSync } from 'node:fs';
import { serve, launch } from '../e2e/support.mjs';

const [out, ...targets] = process.argv.slice(2);
const ROUNDS = 3;
const STEPS = 24;

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

// One gesture: `act(step)` then two animation frames, STEPS times; returns
// the main-thread cost of each step, split into script and style+layout,
// and the cost of what follows once the gesture stops (the chart draws its
// stretched layer again and the URL follows the window).
async function gesture(page, metrics, steps, act) {
  const run = { costs: [], scripts: [], layouts: [], settles: [] };
  for (let step = 0; step < steps; step += 1) {
    const before = await metrics();
    await act(step);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = await metrics();
    run.costs.push((after.TaskDuration - before.TaskDuration) * 1000);
    run.scripts.push((after.ScriptDuration - before.ScriptDuration) * 1000);
    run.layouts.push(((after.LayoutDuration + after.RecalcStyleDuration) - (before.LayoutDuration + before.RecalcStyleDuration)) * 1000);
  }
  const before = await metrics();
  await page.waitForTimeout(600);
  const after = await metrics();
  run.settles.push((after.TaskDuration - before.TaskDuration) * 1000);
  return run;
}

async function measure(context, url, idle = false) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  if (idle) {
    // The baseline: the same input on a page where it does nothing (the
    // "not found" view), which is what the protocol, the input and the two
    // frames cost by themselves.
    await page.goto(`${url}#/no-such-view`);
    await page.waitForSelector('[data-view="not-found"]', { timeout: 120000 });
  } else {
    await page.goto(`${url}#/timeline`);
    await page.waitForSelector('[data-view="timeline"] [data-event]', { timeout: 120000 });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
  const box = idle ? { x: 40, y: 200, width: 1180, height: 600 } : await page.locator('.timeline-plot').boundingBox();
  const centre = { x: box.x + box.width * 0.6, y: box.y + 120 };
  const runs = {};
  // Keys: one step zooms by 0.7 or pans by 15% of the window.
  if (!idle) await page.locator('.timeline-main').focus();
  const keys = ['+', '+', 'ArrowRight', 'ArrowLeft', '-', 'ArrowRight', '-', 'ArrowLeft'];
  runs.keys = await gesture(page, metrics, STEPS, (step) => page.keyboard.press(keys[step % keys.length]));
  // Wheel: a mouse wheel's notches (about 9% each), in then out.
  await page.mouse.move(centre.x, centre.y);
  runs.wheel = await gesture(page, metrics, STEPS, (step) => page.mouse.wheel(0, step < STEPS / 2 ? -60 : 60));
  // Drag: the pointer moves 12 pixels a frame, right then left.
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  let x = centre.x;
  runs.drag = await gesture(page, metrics, STEPS, async (step) => {
    x += step < STEPS / 2 ? 12 : -12;
    await page.mouse.move(x, centre.y);
  });
  await page.mouse.up();
  const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
  const events = await page.evaluate(() => document.querySelector('.timeline-head .lede')?.textContent ?? '');
  await page.close();
  return { runs, nodes, events };
}

const servers = [];
const results = {};
for (const [at, target] of targets.entries()) {
  const [label, dist] = target.split('=');
  const server = await serve(dist);
  // The first build also gives the idle baseline.
  if (at === 0) {
    servers.push({ label: 'idle baseline', server, idle: true });
    results['idle baseline'] = { runs: {}, nodes: 0, events: '' };
  }
  servers.push({ label, server });
  results[label] = { runs: {}, nodes: 0, events: '' };
}
const context = await launch();
for (let round = 0; round < ROUNDS; round += 1) {
  for (const { label, server, idle } of servers) {
    const run = await measure(context, server.url, idle);
    for (const [name, measured] of Object.entries(run.runs)) {
      const kept = (results[label].runs[name] ??= { costs: [], scripts: [], layouts: [], settles: [] });
      kept.settles.push(...measured.settles);
      kept.costs.push(...measured.costs);
      kept.scripts.push(...measured.scripts);
      kept.layouts.push(...measured.layouts);
    }
    results[label].nodes = Math.max(results[label].nodes, run.nodes);
    results[label].events = run.events;
  }
}
await context.close();
for (const server of new Set(servers.map((entry) => entry.server))) await server.close();

const table = Object.entries(results).flatMap(([label, result]) => Object.entries(result.runs).map(([name, run]) => ({
  corpus: label,
  events: result.events,
  gesture: name,
  steps: run.costs.length,
  median_ms: Number(quantile(run.costs, 0.5).toFixed(2)),
  p95_ms: Number(quantile(run.costs, 0.95).toFixed(2)),
  script_median_ms: Number(quantile(run.scripts, 0.5).toFixed(2)),
  style_layout_median_ms: Number(quantile(run.layouts, 0.5).toFixed(2)),
  settle_median_ms: Number(quantile(run.settles, 0.5).toFixed(2)),
  dom_nodes: result.nodes,
})));
// What the timeline itself costs: the median step minus the idle median of
// the same gesture.
for (const row of table) {
  const idle = table.find((other) => other.corpus === 'idle baseline' && other.gesture === row.gesture);
  row.over_idle_ms = Number((row.median_ms - idle.median_ms).toFixed(2));
}
console.log('timeline zoom and pan: main-thread CPU per step (a key press, a wheel notch or 12 px of drag, then two frames)');
console.table(table);
writeFileSync(out, JSON.stringify({ measured: 'timeline zoom and pan, main-thread task time per step', target_ms: 8, rows: table }, null, 2));

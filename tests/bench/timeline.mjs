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

async function measure(context, url) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${url}#/timeline`);
  await page.waitForSelector('[data-view="timeline"] [data-event]', { timeout: 120000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
  await page.locator('.timeline-main').focus();
  const keys = ['+', '+', 'ArrowRight', 'ArrowLeft', '-', 'ArrowRight', '-', 'ArrowLeft'];
  const costs = [];
  const scripts = [];
  const layouts = [];
  for (let step = 0; step < STEPS; step += 1) {
    const before = await metrics();
    await page.keyboard.press(keys[step % keys.length]);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = await metrics();
    costs.push((after.TaskDuration - before.TaskDuration) * 1000);
    scripts.push((after.ScriptDuration - before.ScriptDuration) * 1000);
    layouts.push(((after.LayoutDuration + after.RecalcStyleDuration) - (before.LayoutDuration + before.RecalcStyleDuration)) * 1000);
  }
  const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
  const events = await page.evaluate(() => document.querySelector('.timeline-head .lede')?.textContent ?? '');
  await page.close();
  return { costs, scripts, layouts, nodes, events };
}

const servers = [];
const results = {};
for (const target of targets) {
  const [label, dist] = target.split('=');
  servers.push({ label, server: await serve(dist) });
  results[label] = { costs: [], scripts: [], layouts: [], nodes: 0, events: '' };
}
const context = await launch();
for (let round = 0; round < ROUNDS; round += 1) {
  for (const { label, server } of servers) {
    const run = await measure(context, server.url);
    results[label].costs.push(...run.costs);
    results[label].scripts.push(...run.scripts);
    results[label].layouts.push(...run.layouts);
    results[label].nodes = Math.max(results[label].nodes, run.nodes);
    results[label].events = run.events;
  }
}
await context.close();
for (const { server } of servers) await server.close();

const table = Object.entries(results).map(([label, result]) => ({
  corpus: label,
  events: result.events,
  steps: result.costs.length,
  median_ms: Number(quantile(result.costs, 0.5).toFixed(2)),
  p95_ms: Number(quantile(result.costs, 0.95).toFixed(2)),
  script_median_ms: Number(quantile(result.scripts, 0.5).toFixed(2)),
  style_layout_median_ms: Number(quantile(result.layouts, 0.5).toFixed(2)),
  dom_nodes: result.nodes,
}));
const baseline = table[0];
for (const row of table) row.ratio_to_first = Number((row.median_ms / Math.max(baseline.median_ms, 0.01)).toFixed(2));
console.log('timeline zoom and pan: main-thread CPU per step (two frames)');
console.table(table);
writeFileSync(out, JSON.stringify({ measured: 'timeline zoom and pan, main-thread task time per step', target_ms: 8, rows: table }, null, 2));

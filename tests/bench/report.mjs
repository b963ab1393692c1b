// The one table of `cargo xtask bench`: every figure of this run's JSON
// files (the ones named on the command line) as a row of metric, corpus,
// value, baseline, ratio, target, and pass or miss. Prints it (Markdown) and
// writes it as JSON and as Markdown (bench.json, bench.md).
//
// Targets are the issue's. Where it gives one at the seeds and one at
// 10,000 articles, a synthetic corpus of any size is held to the 10,000
// one (a corpus that misses it at 1,000 articles will miss it at 10,000).
//
// usage: node tests/bench/report.mjs OUT.json RESULT.json ...

import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { round } from './lib/stats.mjs';

const [out, ...files] = process.argv.slice(2);
const rows = [];

/** Adds a row; `target` is { text, holds(value, ratio) } or null. */
function row(metric, corpus, value, baseline, target, ratio = baseline ? value / baseline : null) {
  rows.push({
    metric,
    corpus,
    value: round(value, 3),
    baseline: baseline === null || baseline === undefined ? null : round(baseline, 3),
    ratio: ratio === null ? null : round(ratio, 2),
    target: target?.text ?? null,
    result: target ? (target.holds(value, ratio) ? 'pass' : 'miss') : null,
  });
}
const atMost = (limit, text = `≤ ${limit}`) => ({ text, holds: (value) => value <= limit });
const atLeast = (limit, text = `≥ ${limit}`) => ({ text, holds: (value) => value >= limit });
const ratioAtMost = (limit, text) => ({ text, holds: (_, ratio) => ratio !== null && ratio <= limit });
const synthetic = (corpus) => corpus !== 'seeds';

const readers = {
  build(data) {
    for (const build of data.rows) {
      const big = build.build === 'articles-10000';
      // After an article is edited: "under ten seconds after the first build".
      const edited = build.build === 'seeds-edited';
      const target = big ? atMost(600, '≤ 600 s') : edited ? atMost(10, '≤ 10 s') : null;
      row('build time (s)', build.build, build.seconds, null, target);
      if (build.max_rss_kb !== null) row('build peak memory (MB)', build.build, build.max_rss_kb / 1024, null, big ? atMost(4096, '≤ 4096 MB') : null);
    }
  },
  size(data) {
    for (const [corpus, assets] of Object.entries(data.corpora ?? { seeds: data.rows })) {
      const total = assets.find((asset) => asset.asset === 'total');
      const wasm = assets.find((asset) => asset.asset.endsWith('.wasm'));
      const seedsTotal = data.corpora?.seeds?.find((asset) => asset.asset === 'total');
      const target = corpus === 'seeds' ? atMost(120, '≤ 120 KB') : corpus === 'articles-10000' ? atMost(1536, '≤ 1536 KB initial') : null;
      row('transfer, brotli, total (KB)', corpus, total.brotli / 1024, corpus === 'seeds' || !seedsTotal ? null : seedsTotal.brotli / 1024, target);
      if (wasm) row('of which wasm, brotli (KB)', corpus, wasm.brotli / 1024, null, null);
    }
  },
  start(data) {
    const minimal = data.rows.find((entry) => entry.build === data.baseline);
    const seeds = data.rows.find((entry) => entry.build === 'seeds');
    for (const entry of data.rows) {
      if (entry === minimal) continue;
      if (entry.build === 'seeds') row('cold start, main-thread CPU (ms)', entry.build, entry.cpu_ms, minimal.cpu_ms, ratioAtMost(1.5, '≤ 1.5× minimal Yew'));
      else row('cold start, main-thread CPU (ms)', entry.build, entry.cpu_ms, seeds?.cpu_ms, ratioAtMost(3, '≤ 3× seeds'));
    }
  },
  lighthouse(data) {
    const minimal = data.rows.find((entry) => entry.build === data.baseline);
    for (const entry of data.rows) {
      if (entry === minimal) continue;
      const seeds = entry.build === 'seeds';
      row('Lighthouse performance score', entry.build, entry.score, minimal.score, seeds ? atLeast(98) : null);
      row('Lighthouse LCP (ms)', entry.build, entry.lcp_ms, minimal.lcp_ms, seeds ? atMost(1000) : null);
      row('Lighthouse TBT (ms)', entry.build, entry.tbt_ms, minimal.tbt_ms, seeds ? atMost(50) : null);
      row('Lighthouse CLS', entry.build, entry.cls, minimal.cls, seeds ? atMost(0.02) : null, null);
    }
  },
  latency(data) {
    for (const entry of data.rows) {
      if (entry.build === data.baseline) continue;
      const base = data.rows.find((other) => other.build === data.baseline && other.what === entry.what);
      const limit = synthetic(entry.build) ? 100 : 50;
      const name = entry.what === 'search' ? 'search, keystroke to painted' : `${entry.what}, change to repainted`;
      row(`${name}, median (ms)`, entry.build, entry.median_ms, base?.median_ms, null);
      row(`${name}, p95 (ms)`, entry.build, entry.p95_ms, base?.p95_ms, atMost(limit, `≤ ${limit} ms`));
      if (entry.no_update > 0 || entry.wrong_view > 0) row(`${name}, samples that failed`, entry.build, entry.no_update + entry.wrong_view, null, atMost(0, 'none'));
    }
  },
  timeline(data) {
    for (const entry of data.rows) {
      if (entry.corpus === 'idle baseline') continue;
      const idle = entry.median_ms - entry.over_idle_ms;
      row(`timeline ${entry.gesture}, main-thread CPU per step, median (ms)`, entry.corpus, entry.median_ms, idle, { text: '≤ 8 ms over idle', holds: (value) => value - idle <= 8 });
    }
  },
  network(data) {
    const [idle, settle] = data.frames;
    row('actor map settling, frames per second', 'network-bench', settle.fps_median, idle.fps_median, atLeast(55));
    const [ours, d3] = data.ticks;
    row('actor map layout, ms per step, ours over d3-force', 'network-bench', ours.ms_per_tick_median, d3.ms_per_tick_median, ratioAtMost(0.5, '≤ 0.5× d3-force'));
  },
};

for (const file of files) {
  const name = basename(file, '.json');
  const reader = readers[name];
  if (!reader) throw new Error(`no reader for ${file}`);
  reader(JSON.parse(readFileSync(file, 'utf8')));
}
/** The rows as a Markdown table (what README's performance section shows). */
function markdown(rows) {
  const cell = (value) => (value === null ? '' : typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 1 ? 3 : 1 }) : String(value));
  const lines = ['| metric | corpus | value | baseline | ratio | target | result |', '|---|---|---|---|---|---|---|'];
  for (const entry of rows) lines.push(`| ${[entry.metric, entry.corpus, entry.value, entry.baseline, entry.ratio, entry.target, entry.result].map(cell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

const missed = rows.filter((entry) => entry.result === 'miss').length;
const held = rows.filter((entry) => entry.result === 'pass').length;
const table = markdown(rows);
console.log('cargo xtask bench: every figure of this run (baselines from the same run; targets from issue 8)\n');
console.log(table);
console.log(`${held} targets held, ${missed} missed; ${out} and ${out.replace(/\.json$/, '.md')} hold this table`);
writeFileSync(out, JSON.stringify({ measured: 'cargo xtask bench, one run', sources: files.map((file) => basename(file)), held, missed, rows }, null, 2));
writeFileSync(out.replace(/\.json$/, '.md'), table);

// Lighthouse 12 (the version package-lock.json pins) on #/ of each build,
// desktop preset, performance only: score, LCP, TBT and CLS, with the
// minimal Yew app (the first LABEL=DIST) as the baseline.
//
// Chrome is Debian's Chromium (CHROME_PATH, default /usr/bin/chromium),
// started by Lighthouse's own launcher with this machine's flags and a fresh
// user-data-dir for every run. Nothing is downloaded: the builds are served
// on loopback, and a run that requested anything from another origin
// (Lighthouse lists every request) fails the benchmark. Runs alternate
// between the builds; the table gives medians.
//
// usage: node tests/bench/lighthouse.mjs OUT.json BASELINE=DIST LABEL=DIST ...

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serve } from '../e2e/support.mjs';
import { labelled, median, round } from './lib/stats.mjs';

const [out, ...rest] = process.argv.slice(2);
const builds = labelled(rest);
const ROUNDS = Number(process.env.BENCH_LIGHTHOUSE_ROUNDS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function audit(url) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'dossier-lighthouse-'));
  const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: FLAGS, userDataDir, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, desktopConfig);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const origin = new URL(url).origin;
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const foreign = requests.map((item) => item.url).filter((address) => !address.startsWith(origin) && !address.startsWith('data:') && !address.startsWith('blob:'));
    if (foreign.length > 0) throw new Error(`${url}: Lighthouse's page requested another origin: ${foreign.join(', ')}`);
    return {
      score: lhr.categories.performance.score * 100,
      lcp_ms: lhr.audits['largest-contentful-paint'].numericValue,
      tbt_ms: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      fcp_ms: lhr.audits['first-contentful-paint'].numericValue,
      requests: requests.length,
      version: lhr.lighthouseVersion,
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const entries = [];
for (const build of builds) entries.push({ ...build, server: await serve(build.dist), runs: [] });
for (let at = 0; at < ROUNDS; at += 1) {
  for (const entry of entries) entry.runs.push(await audit(`${entry.server.url}#/`));
}
for (const entry of entries) await entry.server.close();

const rows = entries.map((entry) => ({
  build: entry.label,
  score: round(median(entry.runs.map((run) => run.score)), 0),
  lcp_ms: round(median(entry.runs.map((run) => run.lcp_ms)), 0),
  tbt_ms: round(median(entry.runs.map((run) => run.tbt_ms)), 0),
  cls: round(median(entry.runs.map((run) => run.cls)), 3),
  fcp_ms: round(median(entry.runs.map((run) => run.fcp_ms)), 0),
  requests: entry.runs[0].requests,
}));
const version = entries[0].runs[0].version;
const warnings = [...new Set(entries.flatMap((entry) => entry.runs.flatMap((run) => run.warnings)))];
console.log(`Lighthouse ${version}, desktop preset, performance, at #/ (medians of ${ROUNDS} alternating runs)`);
console.table(rows);
for (const warning of warnings) console.log(`Lighthouse warned: ${warning}`);
writeFileSync(out, JSON.stringify({
  measured: `Lighthouse ${version} desktop performance at #/`,
  rounds: ROUNDS,
  baseline: entries[0].label,
  targets: { score: 98, lcp_ms: 1000, tbt_ms: 50, cls: 0.02 },
  warnings,
  rows,
  runs: Object.fromEntries(entries.map((entry) => [entry.label, entry.runs.map(({ warnings: _, ...run }) => run)])),
}, null, 2));

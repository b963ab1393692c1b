// Bytes of each build, per asset and in total: raw, gzip (level 9) and
// brotli (quality 11), exact. Prints a table per build and writes JSON.
//
// usage: node tests/bench/size.mjs OUT.json LABEL=DIST ... (or just DIST)

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { labelled } from './lib/stats.mjs';

const [out, ...rest] = process.argv.slice(2);
const builds = rest.length === 1 && !rest[0].includes('=') ? [{ label: 'seeds', dist: rest[0] }] : labelled(rest);

function sizes(dist) {
  const rows = readdirSync(dist)
    .filter((name) => statSync(join(dist, name)).isFile())
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dist, name));
      return {
        asset: name,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  const total = rows.reduce((sum, row) => ({ asset: 'total', raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  rows.push(total);
  return rows;
}

const corpora = {};
for (const { label, dist } of builds) {
  corpora[label] = sizes(dist);
  console.log(`bytes of ${label} (${dist})`);
  console.table(corpora[label]);
}
writeFileSync(out, JSON.stringify({
  measured: 'bytes per asset of each build',
  target_total_brotli: { seeds: 120 * 1024, 'articles-10000': 1.5 * 1024 * 1024 },
  corpora,
  // The first build's rows, as earlier versions of this file had them.
  rows: corpora[builds[0].label],
}, null, 2));

// Bytes of a build, per asset and in total: raw, gzip (level 9) and brotli
// (quality 11), exact. Prints a table and writes JSON.
//
// usage: node tests/bench/size.mjs OUT.json DIST

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const [out, dist] = process.argv.slice(2);
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
console.log(`bytes of ${dist}`);
console.table(rows);
writeFileSync(out, JSON.stringify({ measured: 'bytes per asset of dist/', target_total_brotli: 120 * 1024, rows }, null, 2));

/**
 * Preloaded into a benchmarked server (node --expose-gc --require bench/lib/memoryProbe.cjs): on SIGUSR2
 * it runs full collections and appends the main thread's memory figures as one JSON line to
 * $CORPUS_LENS_MEMORY_LOG, so a benchmark can tell retained memory from garbage not yet collected.
 */
'use strict';
const fs = require('node:fs');
const v8 = require('node:v8');

const out = process.env.CORPUS_LENS_MEMORY_LOG;
if (out && typeof global.gc === 'function') {
  process.on('SIGUSR2', () => {
    const before = process.memoryUsage();
    global.gc();
    global.gc();
    const after = process.memoryUsage();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, Math.round(s.space_used_size / 1048576)]));
    const mb = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v / 1048576)]));
    fs.appendFileSync(out, `${JSON.stringify({ before: mb(before), after: mb(after), spaces })}\n`);
  });
}

/**
 * Preloaded into a benchmarked server (node --require bench/lib/readyProbe.cjs) by bench/probe.ts: when
 * the main thread writes the 'ready' status that ends indexing (after an 'indexing' one), it appends to
 * $CORPUS_LENS_READY_LOG one JSON line with the main thread's CPU time then (from /proc) and, with
 * --expose-gc, the heap and RSS after full collections. The probe's own reading comes later: after it
 * has read every message sent before (the diagnostics of every file), while the server goes on with its
 * background work.
 */
'use strict';
const fs = require('node:fs');

const out = process.env.CORPUS_LENS_READY_LOG;
if (out) {
  const write = process.stdout.write;
  let indexing = false;
  let done = false;
  process.stdout.write = function (chunk, ...rest) {
    let ready = false;
    if (!done) {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
      if (text.includes('"corpusLens/status"')) {
        if (text.includes('"state":"indexing"')) indexing = true;
        else if (indexing && text.includes('"state":"ready"')) done = ready = true;
      }
    }
    const cpuMainMs = ready ? threadCpuMs() : 0;
    const result = write.call(this, chunk, ...rest);
    if (ready) record(cpuMainMs); // the message sent first: the collections below do not delay it
    return result;
  };
}

function record(cpuMainMs) {
  const mb = (n) => Math.round(n / 1048576);
  const line = { cpuMainMs, heapMB: mb(process.memoryUsage().heapUsed), rssMB: mb(process.memoryUsage().rss) };
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
    const m = process.memoryUsage();
    Object.assign(line, { heapAfterGcMB: mb(m.heapUsed), rssAfterGcMB: mb(m.rss) });
  }
  fs.appendFileSync(out, `${JSON.stringify(line)}\n`);
}

/** The main thread's user + system CPU time (clock ticks of 10 ms). */
function threadCpuMs() {
  try {
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

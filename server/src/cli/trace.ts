/**
 * With CORPUS_LENS_TRACE=1, one line per stage of a run on stderr: seconds since start, RSS (the
 * process and its worker threads) and the main thread's heap, to see where time and memory go.
 */
const on = !!process.env.CORPUS_LENS_TRACE;

export function trace(stage: string): void {
  if (!on) return;
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 2 ** 20);
  process.stderr.write(`corpus-lens trace: ${(performance.now() / 1000).toFixed(2)} s ${stage}: rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)} MB\n`);
}

/**
 * What holds the main thread, for the timings file (CORPUS_LENS_TIMINGS, see requestActivity.ts):
 * background steps longer than LONG_STEP_MS by kind (`step:<kind>`), garbage collections longer than
 * LONG_GC_MS by kind (`gc:<kind>`), and turns of the event loop that came more than LONG_STALL_MS late
 * (`stall`: a request arriving then waited about as long). Without the variable nothing is observed.
 */
import { constants, performance, PerformanceObserver } from 'node:perf_hooks';
import { recordTiming, timingsOn } from './requestActivity';

const LONG_STEP_MS = 20;
const LONG_GC_MS = 10;
const LONG_STALL_MS = 20;
const TICK_MS = 10;

/** Runs one background step; with timings on, records it when it ran longer than LONG_STEP_MS. */
export function timedStep<T>(kind: string, step: () => T): T {
  if (!timingsOn()) return step();
  const t0 = performance.now();
  try {
    return step();
  } finally {
    const ms = performance.now() - t0;
    if (ms > LONG_STEP_MS) recordTiming(`step:${kind}`, ms);
  }
}

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/** Starts observing collections and late turns of the event loop (once, with timings on). */
export function watchMainThread(): void {
  if (!timingsOn()) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? -1;
      if (e.duration > LONG_GC_MS) recordTiming(`gc:${GC_KINDS[kind] ?? kind}`, e.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  let due = performance.now() + TICK_MS;
  setInterval(() => {
    const now = performance.now();
    if (now - due > LONG_STALL_MS) recordTiming('stall', now - due);
    due = now + TICK_MS;
  }, TICK_MS).unref();
}

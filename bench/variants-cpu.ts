/**
 * CPU time spent inside the variant matcher (bench/variants.ts): wraps the VariantMatcher methods the
 * index calls, and the index's full matcher pass (matchAll, one call: the meter's own cost stays out of
 * the thousands of steps inside it), and adds up process.cpuUsage() across the outermost call (nested
 * calls count once). Bench-only: the engine is not changed.
 */
import { CorpusIndex } from '../server/src/index/corpusIndex';
import { VariantMatcher } from '../server/src/index/variantMatcher';

const METHODS = ['update', 'index', 'decide', 'findings', 'strayFindings', 'forgetStrays', 'reset'] as const;

let depth = 0;
let spent = 0;

/** Wraps the matcher's methods once; `matcherCpuMs()` then reads the total. */
export function meterMatcherCpu(): void {
  for (const name of METHODS) meter(VariantMatcher.prototype, name);
  meter(CorpusIndex.prototype, 'matchAll');
}

function meter(target: object, name: string): void {
  const proto = target as Record<string, (...args: unknown[]) => unknown>;
  const inner = proto[name];
  proto[name] = function (this: unknown, ...args: unknown[]) {
    if (depth++ > 0) {
      try { return inner.apply(this, args); } finally { depth--; }
    }
    const t0 = process.cpuUsage();
    try {
      return inner.apply(this, args);
    } finally {
      const d = process.cpuUsage(t0);
      spent += (d.user + d.system) / 1000;
      depth--;
    }
  };
}

/** CPU milliseconds spent in the matcher since the process started metering. */
export function matcherCpuMs(): number {
  return spent;
}

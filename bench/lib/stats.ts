/** Percentiles and plain-text tables for the benchmark output. */

/** Nearest-rank percentile of the samples (NaN when there are none). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** A number for JSON: rounded, or null when it was not measured. */
export function num(x: number, digits = 1): number | null {
  if (!Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function fmt(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);
}

/** Left-aligned first column, right-aligned others. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A probe's command line: `--name value` options and `--flag` switches. */
export function probeArgs(argv = process.argv.slice(2)) {
  const opt = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  return { opt, flag: (name: string) => argv.includes(`--${name}`), size: Number(opt('size', '10000')), edits: Number(opt('edits', '20')) };
}

/** The heap in MB after two full collections (with node --expose-gc; without it, as it is). */
export function heapMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
}

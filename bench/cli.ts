/**
 * npm run bench:cli — the built CLI (dist/cli.js). Prints numbers; asserts nothing.
 *
 * 1. `report seeds` (the `npm start` run), `check seeds` and `export seeds --format json`: the median
 *    wall time of RUNS runs after one warm-up.
 * 2. With `--sizes 1000,10000` (or BENCH_CLI_SIZES): on generated corpora of that many articles
 *    (bench/corpus/, in .cache/bench/), `check DIR` and `export --format jsonl DIR`, cold (--no-cache),
 *    then `check DIR` writing the cache (a first run), then both warm (from that cache, in a temporary
 *    folder): wall time and peak RSS (the process and its worker threads: VmHWM, read from /proc while
 *    it runs; Linux only).
 *    `--cli PATH` measures another build (e.g. an older commit's dist/cli.js) the same way.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureCorpus } from './corpus/generate';
import { procStatusMB, sleep } from './lib/server';
import { fmt, table } from './lib/stats';

const RUNS = Number(process.env.RUNS ?? 5);
const ROOT = resolve(__dirname, '..');

function option(name: string, fallback: string | undefined): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const CLI = resolve(option('cli', undefined) ?? join(ROOT, 'dist', 'cli.js'));

function wallTime(args: string[]): { ms: number; code: number | null } {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'ignore' });
  return { ms: performance.now() - t0, code: run.status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function seedRuns(): void {
  for (const args of [['report', 'seeds'], ['check', 'seeds'], ['export', 'seeds', '--format', 'json']]) {
    wallTime(args);
    const runs = Array.from({ length: RUNS }, () => wallTime(args));
    const times = runs.map((r) => r.ms);
    const target = args[0] === 'report' ? ' (target < 3000 ms)' : '';
    console.log(
      `node dist/cli.js ${args.join(' ')}: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, ` +
        `max ${Math.max(...times).toFixed(0)} ms over ${RUNS} runs${target}, exit ${runs[0].code}`,
    );
  }
}

interface Measured {
  ms: number;
  peakMB: number;
  code: number | null;
  outMB: number;
}

/** One run in `cwd`, stdout counted and dropped; the peak RSS sampled every 20 ms. */
async function measure(args: string[], cwd: string): Promise<Measured> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
  let bytes = 0;
  child.stdout.on('data', (b: Buffer) => (bytes += b.length));
  let done = false;
  const exit = new Promise<number | null>((res) => child.on('close', (code) => ((done = true), res(code))));
  let peak = NaN;
  while (!done) {
    const hwm = procStatusMB(child.pid!, 'VmHWM');
    if (Number.isFinite(hwm)) peak = Number.isFinite(peak) ? Math.max(peak, hwm) : hwm;
    await sleep(20);
  }
  const code = await exit;
  return { ms: performance.now() - t0, peakMB: peak, code, outMB: bytes / 1e6 };
}

async function corpusRuns(sizes: number[]): Promise<void> {
  const rows: string[][] = [];
  for (const n of sizes) {
    const { dir } = ensureCorpus(n);
    const cwd = mkdtempSync(join(tmpdir(), 'corpus-lens-bench-cli-'));
    try {
      const commands: Array<[string, string[]]> = [['check', ['check', dir]], ['export jsonl', ['export', dir, '--format', 'jsonl']]];
      for (const [name, args] of commands) rows.push(row(n, name, 'cold', await measure([...args, '--no-cache'], cwd)));
      rows.push(row(n, 'check', 'cold, writes it', await measure(['check', dir], cwd)));
      for (const [name, args] of commands) rows.push(row(n, name, 'warm', await measure(args, cwd)));
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }
  console.log(`\n${CLI}\n${table(['articles', 'command', 'cache', 'wall (s)', 'peak RSS (MB)', 'stdout (MB)', 'exit'], rows)}`);
}

function row(n: number, name: string, cache: string, m: Measured): string[] {
  return [String(n), name, cache, fmt(m.ms / 1000, 1), fmt(m.peakMB, 0), fmt(m.outMB, 1), String(m.code)];
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) {
    console.error(`${CLI} is missing: run 'npm run build' first`);
    process.exitCode = 2;
    return;
  }
  const sizes = (option('sizes', process.env.BENCH_CLI_SIZES) ?? '').split(',').filter(Boolean).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 5)) throw new Error('--sizes: whole numbers of 5 articles or more, e.g. 1000,10000');
  if (!process.argv.includes('--no-seeds')) seedRuns();
  if (sizes.length) await corpusRuns(sizes);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});

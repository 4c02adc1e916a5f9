/**
 * npm run bench:cli — wall time of `node dist/cli.js report seeds` (the `npm start` run), plus check
 * and export json, each the median of RUNS runs after one warm-up. Prints numbers; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.RUNS ?? 5);
const ROOT = resolve(__dirname, '..');
const CLI = resolve(ROOT, 'dist', 'cli.js');

function wallTime(args: string[]): { ms: number; code: number | null } {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'ignore' });
  return { ms: performance.now() - t0, code: run.status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  if (!existsSync(CLI)) {
    console.error(`${CLI} is missing: run 'npm run build' first`);
    process.exitCode = 2;
    return;
  }
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

main();

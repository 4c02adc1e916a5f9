/** Runs the BUILT command line (dist/cli.js, from `npm run build`) and gives back its exit code and output. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** The built CLI; CORPUS_LENS_CLI points the tests at another build (e.g. an older commit's, to see a test fail there). */
export const CLI = process.env.CORPUS_LENS_CLI ?? join(ROOT, 'dist', 'cli.js');
export const SEEDS = join(ROOT, 'seeds');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first`);
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    // English unless a test asks otherwise, whatever the locale of the machine running the tests.
    env: { ...process.env, NO_COLOR: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Parses stdout as JSON, failing the test with the CLI's stderr when it is not. */
export function json<T = any>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}): ${run.stdout.slice(0, 300)}\nstderr: ${run.stderr}`);
  }
}

/** A temporary folder holding a copy of the seeds under `seeds/`; removed by the returned function. */
export function seedCopy(): { dir: string; seeds: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-cli-'));
  cpSync(SEEDS, join(dir, 'seeds'), { recursive: true });
  return { dir, seeds: join(dir, 'seeds'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

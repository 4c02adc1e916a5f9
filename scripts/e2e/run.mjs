#!/usr/bin/env node
// `npm run test:e2e`: installs what is missing (first use), builds the extension and the suite,
// copies seeds/ into a scratch workspace and runs the mocha suite in a real VS Code extension
// host through @vscode/test-electron. By default VS Code is code-server driven by launcher.mjs;
// set CORPUS_LENS_E2E_VSCODE to a desktop VS Code executable to run the same suite there.
// CORPUS_LENS_E2E_EXTENSION=DIR tests an already built extension folder instead of this checkout
// (no build); CORPUS_LENS_E2E_SKIP_BUILD=1 reuses this checkout's dist/.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { DIRS, OUTPUT, ROOT } from './paths.mjs';
import { ensureInstalled } from './install.mjs';

const SUITE_SRC = join(ROOT, 'test', 'e2e');
const SUITE_OUT = join(ROOT, 'out', 'test', 'e2e');
const LAUNCHER = join(ROOT, 'scripts', 'e2e', 'launcher.mjs');

function step(message) {
  process.stdout.write(`[e2e] ${message}\n`);
}

function buildExtension() {
  if (process.env.CORPUS_LENS_E2E_SKIP_BUILD === '1' || process.env.CORPUS_LENS_E2E_EXTENSION) return;
  step('building the extension (npm run build)');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: 5 * 60_000 });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.error?.message ?? `exit ${result.status}`})`);
  for (const file of ['dist/extension.js', 'dist/server.js']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`npm run build did not produce ${file}`);
  }
}

async function buildSuite() {
  step('compiling the suite to out/test/e2e');
  rmSync(SUITE_OUT, { recursive: true, force: true });
  const entryPoints = readdirSync(SUITE_SRC).filter((f) => f.endsWith('.ts')).map((f) => join(SUITE_SRC, f));
  await build({ entryPoints, outdir: SUITE_OUT, format: 'cjs', platform: 'node', target: 'node20', bundle: true, external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning' });
}

/** Removes scratch folders of earlier runs (older than two hours; concurrent runs keep theirs). */
function pruneOldRuns() {
  mkdirSync(DIRS.runs, { recursive: true });
  for (const name of readdirSync(DIRS.runs)) {
    const dir = join(DIRS.runs, name);
    if (Date.now() - statSync(dir).mtimeMs > 2 * 3600_000) rmSync(dir, { recursive: true, force: true });
  }
}

/** A scratch workspace holding seeds/ (a copy) plus the suite's own extra article(s). */
function prepareWorkspace(runDir) {
  const workspace = join(runDir, 'workspace');
  const seeds = join(workspace, 'seeds');
  mkdirSync(seeds, { recursive: true });
  const copy = (dir) => {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      copyFileSync(join(dir, name), join(seeds, name));
      chmodSync(join(seeds, name), 0o644);
    }
  };
  copy(join(ROOT, 'seeds'));
  copy(join(SUITE_SRC, 'fixtures'));
  return workspace;
}

async function main() {
  const desktop = process.env.CORPUS_LENS_E2E_VSCODE;
  if (!desktop) ensureInstalled();
  buildExtension();
  await buildSuite();
  pruneOldRuns();
  const runDir = mkdtempSync(join(DIRS.runs, 'suite-'));
  const workspace = prepareWorkspace(runDir);
  mkdirSync(OUTPUT, { recursive: true });
  step(`running the suite in ${desktop ? desktop : 'code-server'} on ${workspace}`);
  await runTests({
    vscodeExecutablePath: desktop ?? LAUNCHER,
    extensionDevelopmentPath: process.env.CORPUS_LENS_E2E_EXTENSION ?? ROOT,
    extensionTestsPath: join(SUITE_OUT, 'index.js'),
    extensionTestsEnv: { CORPUS_LENS_E2E_OUTPUT: OUTPUT },
    launchArgs: [workspace, `--user-data-dir=${join(runDir, 'user-data')}`, `--extensions-dir=${join(runDir, 'extensions')}`],
  });
  rmSync(runDir, { recursive: true, force: true });
}

main().then(
  () => step('passed'),
  (error) => {
    process.stderr.write(`[e2e] FAILED: ${error?.message ?? error}\n`);
    process.exit(1);
  },
);

#!/usr/bin/env node
// `npm run test:e2e`: installs what is missing (first use), builds the extension and the suite,
// copies seeds/ into a scratch workspace and runs the mocha suite in a real VS Code extension
// host through @vscode/test-electron. By default VS Code is code-server driven by launcher.mjs;
// set CORPUS_LENS_E2E_VSCODE to a desktop VS Code executable to run the same suite there.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
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
  if (process.env.CORPUS_LENS_E2E_SKIP_BUILD === '1') return;
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

/** A scratch workspace holding seeds/ (a copy) plus the suite's own extra article(s). */
function prepareWorkspace() {
  rmSync(DIRS.runs, { recursive: true, force: true });
  const workspace = join(DIRS.runs, 'workspace');
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
  const workspace = prepareWorkspace();
  mkdirSync(OUTPUT, { recursive: true });
  step(`running the suite in ${desktop ? desktop : 'code-server'} on ${workspace}`);
  await runTests({
    vscodeExecutablePath: desktop ?? LAUNCHER,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(SUITE_OUT, 'index.js'),
    launchArgs: [workspace, `--user-data-dir=${join(DIRS.runs, 'user-data')}`, `--extensions-dir=${join(DIRS.runs, 'extensions')}`],
  });
}

main().then(
  () => step('passed'),
  (error) => {
    process.stderr.write(`[e2e] FAILED: ${error?.message ?? error}\n`);
    process.exit(1);
  },
);

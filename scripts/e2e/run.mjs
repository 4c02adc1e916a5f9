#!/usr/bin/env node
// `npm run test:e2e [-- --suite NAME]`: installs what is missing (first use), builds the extension and
// runs four mocha suites in a real VS Code extension host through @vscode/test-electron:
//  - dev (test/e2e/*.test.ts): this checkout as the development extension, on a scratch workspace
//    holding a copy of seeds/;
//  - vsix (test/e2e/vsix/*.test.ts) and ru (test/e2e/ru/*.test.ts, VS Code's display language
//    Russian): the package `npm run package` makes (once per run, checked for source maps), installed
//    with `code-server --install-extension` (the development extension is an empty stub), on a
//    scratch workspace whose articles are in news/, not seeds/, one of them in Windows-1251;
//  - quiet (test/e2e/quiet/*.test.ts): this checkout on a project whose seeds/ folder holds no
//    Russian prose (the server must stay off until an article appears).
// By default VS Code is code-server driven by launcher.mjs; set CORPUS_LENS_E2E_VSCODE to a desktop
// VS Code executable to run the dev and quiet suites there. CORPUS_LENS_E2E_EXTENSION=DIR tests an
// already built extension folder instead of this checkout (no build; the development suites only);
// CORPUS_LENS_E2E_SKIP_BUILD=1 reuses this checkout's dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { DIRS, OUTPUT, ROOT } from './paths.mjs';
import { ensureInstalled } from './install.mjs';
import { installExtension } from './code-server.mjs';
import { checkPackage, packageVsix, stubExtension } from './vsix.mjs';
import { prepareNewsWorkspace, prepareQuietWorkspace, prepareSeedsWorkspace } from './workspaces.mjs';

const SUITE_SRC = join(ROOT, 'test', 'e2e');
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

/** Compiles a suite (its *.test.ts plus the shared index.ts) to out/test/<name>; returns its index.js. */
async function buildSuite(name, dir) {
  const out = join(ROOT, 'out', 'test', name);
  step(`compiling the ${name} suite to out/test/${name}`);
  rmSync(out, { recursive: true, force: true });
  const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts'));
  const entryPoints = [
    { in: join(SUITE_SRC, 'index.ts'), out: 'index' },
    ...tests.map((f) => ({ in: join(dir, f), out: f.replace(/\.ts$/, '') })),
  ];
  await build({ entryPoints, outdir: out, format: 'cjs', platform: 'node', target: 'node20', bundle: true, external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning' });
  return join(out, 'index.js');
}

/** Removes scratch folders of earlier runs (older than two hours; concurrent runs keep theirs). */
function pruneOldRuns() {
  mkdirSync(DIRS.runs, { recursive: true });
  for (const name of readdirSync(DIRS.runs)) {
    const dir = join(DIRS.runs, name);
    if (Date.now() - statSync(dir).mtimeMs > 2 * 3600_000) rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a compiled suite in code-server (or a desktop VS Code) with `devPath` as the development extension. */
async function runInEditor({ editor, devPath, testsPath, runDir, workspace, extraArgs = [] }) {
  await runTests({
    vscodeExecutablePath: editor ?? LAUNCHER,
    extensionDevelopmentPath: devPath,
    extensionTestsPath: testsPath,
    extensionTestsEnv: { CORPUS_LENS_E2E_OUTPUT: OUTPUT },
    launchArgs: [workspace, `--user-data-dir=${join(runDir, 'user-data')}`, `--extensions-dir=${join(runDir, 'extensions')}`, ...extraArgs],
  });
  rmSync(runDir, { recursive: true, force: true });
}

/** Runs one suite on this checkout as the development extension; `prepare` makes the workspace. */
async function runDevelopmentSuite(desktop, { name, src, prepare }) {
  const testsPath = await buildSuite(`e2e-${name}`, src);
  const runDir = mkdtempSync(join(DIRS.runs, `${name}-`));
  const workspace = prepare(runDir);
  step(`${name} suite: running in ${desktop ?? 'code-server'} on ${workspace}`);
  const devPath = process.env.CORPUS_LENS_E2E_EXTENSION ?? ROOT;
  await runInEditor({ editor: desktop, devPath, testsPath, runDir, workspace });
}

/** The .vsix of this run: packaged and checked on first use, shared by the suites that install it. */
let packaged;
function theVsix() {
  if (!packaged) {
    const dir = mkdtempSync(join(DIRS.runs, 'package-'));
    const vsix = packageVsix(dir, step);
    step(`package: ${checkPackage(vsix)}`);
    packaged = { dir, vsix };
  }
  return packaged.vsix;
}

/**
 * Runs one suite against the packaged extension, installed the way a user does it
 * (`code-server --install-extension`), on the news/ workspace; `extraArgs` go to the editor.
 */
async function runInstalledSuite({ name, src, extraArgs = [], label = '' }) {
  const testsPath = await buildSuite(`e2e-${name}`, src);
  const vsix = theVsix();
  const runDir = mkdtempSync(join(DIRS.runs, `${name}-`));
  const dirs = { userData: join(runDir, 'user-data'), extensions: join(runDir, 'extensions'), scratch: runDir };
  step(`${name} suite: code-server --install-extension ${vsix}`);
  process.stdout.write(`${installExtension(vsix, dirs)}\n`);
  const workspace = prepareNewsWorkspace(runDir);
  step(`${name} suite: running in code-server${label} on ${workspace}`);
  await runInEditor({ devPath: stubExtension(runDir), testsPath, runDir, workspace, extraArgs });
}

const RUNS = {
  dev: (desktop) => runDevelopmentSuite(desktop, { name: 'dev', src: SUITE_SRC, prepare: prepareSeedsWorkspace }),
  vsix: () => runInstalledSuite({ name: 'vsix', src: join(SUITE_SRC, 'vsix') }),
  quiet: (desktop) => runDevelopmentSuite(desktop, { name: 'quiet', src: join(SUITE_SRC, 'quiet'), prepare: prepareQuietWorkspace }),
  ru: () => runInstalledSuite({ name: 'ru', src: join(SUITE_SRC, 'ru'), extraArgs: ['--locale=ru'], label: ' (display language ru)' }),
};

/** Suites that install the .vsix into code-server (not possible in a desktop VS Code). */
const INSTALLED = ['vsix', 'ru'];

function chosenSuites() {
  const at = process.argv.indexOf('--suite');
  const named = at >= 0 ? process.argv[at + 1] : undefined;
  if (named === undefined) return Object.keys(RUNS);
  if (!RUNS[named]) throw new Error(`--suite takes ${Object.keys(RUNS).join(', ')} (or nothing for all)`);
  return [named];
}

/** Leaves out the installed-package suites when a desktop VS Code is given. */
function runnable(suites, desktop) {
  if (!desktop) return suites;
  const kept = suites.filter((name) => !INSTALLED.includes(name));
  if (kept.length === 0) throw new Error(`the ${suites.join(' and ')} suite installs into code-server; run it without CORPUS_LENS_E2E_VSCODE`);
  if (kept.length < suites.length) step(`skipping the ${INSTALLED.join(' and ')} suites (they install into code-server)`);
  return kept;
}

async function main() {
  const desktop = process.env.CORPUS_LENS_E2E_VSCODE;
  const suites = runnable(chosenSuites(), desktop);
  if (!desktop) ensureInstalled();
  buildExtension();
  pruneOldRuns();
  mkdirSync(OUTPUT, { recursive: true });
  const failed = [];
  try {
    for (const name of suites) {
      const started = Date.now();
      try {
        await RUNS[name](desktop);
        step(`${name} suite passed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      } catch (error) {
        process.stderr.write(`[e2e] ${name} suite FAILED: ${error?.message ?? error}\n`);
        failed.push(name);
      }
    }
  } finally {
    if (packaged) rmSync(packaged.dir, { recursive: true, force: true });
  }
  if (failed.length) throw new Error(`the ${failed.join(' and ')} suite${failed.length > 1 ? 's' : ''} failed`);
}

main().then(
  () => step('passed'),
  (error) => {
    process.stderr.write(`[e2e] FAILED: ${error?.message ?? error}\n`);
    process.exit(1);
  },
);

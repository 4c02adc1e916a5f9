#!/usr/bin/env node
// `npm run test:e2e`: installs what is missing (first use), builds the extension and runs two mocha
// suites in a real VS Code extension host through @vscode/test-electron:
//  - dev (`--suite dev`, test/e2e/*.test.ts): this checkout as the development extension, on a
//    scratch workspace holding a copy of seeds/;
//  - vsix (`--suite vsix`, test/e2e/vsix/*.test.ts): the package `npm run package` makes, installed
//    with `code-server --install-extension` (the development extension is an empty stub), on a
//    scratch workspace whose articles are in news/, not seeds/;
//  - quiet (`--suite quiet`, test/e2e/quiet/*.test.ts): this checkout on a project whose seeds/
//    folder holds no Russian prose (the server must stay off until an article appears).
// By default VS Code is code-server driven by launcher.mjs; set CORPUS_LENS_E2E_VSCODE to a desktop
// VS Code executable to run the dev suite there. CORPUS_LENS_E2E_EXTENSION=DIR tests an already
// built extension folder instead of this checkout (no build); CORPUS_LENS_E2E_SKIP_BUILD=1 reuses
// this checkout's dist/.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { DIRS, OUTPUT, ROOT } from './paths.mjs';
import { ensureInstalled } from './install.mjs';
import { installExtension } from './code-server.mjs';

const SUITE_SRC = join(ROOT, 'test', 'e2e');
const VSIX_SUITE_SRC = join(SUITE_SRC, 'vsix');
const QUIET_SUITE_SRC = join(SUITE_SRC, 'quiet');
const RU_SUITE_SRC = join(SUITE_SRC, 'ru');
const LAUNCHER = join(ROOT, 'scripts', 'e2e', 'launcher.mjs');
const SUITES = ['dev', 'vsix', 'quiet', 'ru'];

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
  mkdirSync(join(workspace, 'encodings'), { recursive: true });
  writeFileSync(join(workspace, 'encodings', 'cp1251.txt'), windows1251(CP1251_ARTICLE));
  return workspace;
}

/** A short article the suite writes in Windows-1251, which VS Code opens as UTF-8 by default. */
const CP1251_ARTICLE = 'Москва готовит новый мост\n\nВ Москве в среду представили проект нового моста через реку, строительство займёт два года.\n';

/** Encodes Russian text as Windows-1251 (А-я at 0xC0-0xFF, Ё 0xA8, ё 0xB8; ASCII as is). */
function windows1251(text) {
  const bytes = [...text].map((ch) => {
    const code = ch.codePointAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === 'Ё') return 0xa8;
    if (ch === 'ё') return 0xb8;
    throw new Error(`no Windows-1251 byte for ${ch}`);
  });
  return Buffer.from(bytes);
}

/** Seed articles the vsix suite copies into news/: Лавров and Лаос (000), Тхонглун / Тонглун (001). */
const NEWS_ARTICLES = ['000_f6be1b102a5e9dba.txt', '001_4b8aedfbcee305d4.txt'];

/**
 * A workspace that is a corpus only by its marker file: two seed articles in news/, a
 * requirements.txt (not prose) next to them, and an empty .vscode/corpus-lens.json.
 */
function prepareNewsWorkspace(runDir) {
  const workspace = join(runDir, 'workspace');
  const news = join(workspace, 'news');
  mkdirSync(news, { recursive: true });
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  for (const name of NEWS_ARTICLES) {
    copyFileSync(join(ROOT, 'seeds', name), join(news, name));
    chmodSync(join(news, name), 0o644);
  }
  writeFileSync(join(workspace, 'requirements.txt'), 'numpy==2.1.0\nrequests>=2.32\n');
  writeFileSync(join(workspace, '.vscode', 'corpus-lens.json'), '{}\n');
  return workspace;
}

/** Runs the package script of package.json, writing the .vsix into the run folder. */
function packageVsix(runDir) {
  const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.package;
  const vsix = join(runDir, 'corpus-lens.vsix');
  step(`packaging: ${script} (into the run folder)`);
  const command = script.replace(/-o\s+\S+/, `-o ${JSON.stringify(vsix)}`);
  const result = spawnSync(command, { cwd: ROOT, shell: true, stdio: 'inherit', timeout: 5 * 60_000, env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` } });
  if (result.status !== 0 || !existsSync(vsix)) throw new Error(`npm run package failed (${result.error?.message ?? `exit ${result.status}`})`);
  return vsix;
}

/** An empty extension to stand as the development extension, so the installed one is what runs. */
function stubExtension(runDir) {
  const dir = join(runDir, 'stub-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = { name: 'corpus-lens-e2e-stub', publisher: 'corpus-lens-e2e', version: '0.0.0', engines: { vscode: '^1.95.0' } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Runs one suite on this checkout as the development extension, in code-server (or a desktop VS Code):
 * `prepare` makes the workspace in the run folder; `extraArgs` go to the editor (e.g. a display language).
 */
async function runDevelopmentSuite(desktop, { name, out, src, prefix, prepare, extraArgs = [], label = '' }) {
  const testsPath = await buildSuite(out, src);
  const runDir = mkdtempSync(join(DIRS.runs, prefix));
  const workspace = prepare(runDir);
  step(`${name} suite: running in ${desktop ? desktop : 'code-server'}${label} on ${workspace}`);
  await runTests({
    vscodeExecutablePath: desktop ?? LAUNCHER,
    extensionDevelopmentPath: process.env.CORPUS_LENS_E2E_EXTENSION ?? ROOT,
    extensionTestsPath: testsPath,
    extensionTestsEnv: { CORPUS_LENS_E2E_OUTPUT: OUTPUT },
    launchArgs: [workspace, `--user-data-dir=${join(runDir, 'user-data')}`, `--extensions-dir=${join(runDir, 'extensions')}`, ...extraArgs],
  });
  rmSync(runDir, { recursive: true, force: true });
}

const runDev = (desktop) =>
  runDevelopmentSuite(desktop, { name: 'dev', out: 'e2e', src: SUITE_SRC, prefix: 'suite-', prepare: prepareWorkspace });

const runRussian = (desktop) => runDevelopmentSuite(desktop, {
  name: 'ru', out: 'e2e-ru', src: RU_SUITE_SRC, prefix: 'ru-', prepare: prepareWorkspace, extraArgs: ['--locale=ru'], label: ' (display language ru)',
});

/** The dev extension on a copy of seeds/, with VS Code's display language Russian (code-server --locale ru). */
/** A project with a seeds/ folder of text files that are not articles. */
function prepareQuietWorkspace(runDir) {
  const seeds = join(runDir, 'workspace', 'seeds');
  mkdirSync(seeds, { recursive: true });
  writeFileSync(join(seeds, 'notes.txt'), 'Seed data for the test database. Run make seed to load it; the users table comes first.\n');
  writeFileSync(join(seeds, 'users.txt'), 'id,name,email\n1,alice,alice@example.org\n2,bob,bob@example.org\n');
  return join(runDir, 'workspace');
}

const runQuiet = (desktop) =>
  runDevelopmentSuite(desktop, { name: 'quiet', out: 'e2e-quiet', src: QUIET_SUITE_SRC, prefix: 'quiet-', prepare: prepareQuietWorkspace });

async function runVsix() {
  const testsPath = await buildSuite('e2e-vsix', VSIX_SUITE_SRC);
  const runDir = mkdtempSync(join(DIRS.runs, 'vsix-'));
  const vsix = packageVsix(runDir);
  const dirs = { userData: join(runDir, 'user-data'), extensions: join(runDir, 'extensions'), scratch: runDir };
  step(`vsix suite: code-server --install-extension ${vsix}`);
  process.stdout.write(`${installExtension(vsix, dirs)}\n`);
  const workspace = prepareNewsWorkspace(runDir);
  step(`vsix suite: running in code-server on ${workspace}`);
  await runTests({
    vscodeExecutablePath: LAUNCHER,
    extensionDevelopmentPath: stubExtension(runDir),
    extensionTestsPath: testsPath,
    extensionTestsEnv: { CORPUS_LENS_E2E_OUTPUT: OUTPUT, CORPUS_LENS_E2E_SUITE: 'vsix' },
    launchArgs: [workspace, `--user-data-dir=${dirs.userData}`, `--extensions-dir=${dirs.extensions}`],
  });
  rmSync(runDir, { recursive: true, force: true });
}

function chosenSuites() {
  const at = process.argv.indexOf('--suite');
  const named = at >= 0 ? process.argv[at + 1] : undefined;
  if (named === undefined) return [...SUITES];
  if (!SUITES.includes(named)) throw new Error(`--suite takes ${SUITES.join(' or ')}`);
  return [named];
}

async function main() {
  const suites = chosenSuites();
  const desktop = process.env.CORPUS_LENS_E2E_VSCODE;
  if (desktop && suites.includes('vsix')) {
    if (suites.length === 1) throw new Error('the vsix suite installs into code-server; run it without CORPUS_LENS_E2E_VSCODE');
    suites.splice(suites.indexOf('vsix'), 1);
    step('skipping the vsix suite (it installs into code-server)');
  }
  if (!desktop) ensureInstalled();
  buildExtension();
  pruneOldRuns();
  mkdirSync(OUTPUT, { recursive: true });
  const failed = [];
  for (const [name, run] of [['dev', () => runDev(desktop)], ['vsix', runVsix], ['quiet', () => runQuiet(desktop)], ['ru', () => runRussian(desktop)]]) {
    if (!suites.includes(name)) continue;
    try {
      await run();
      step(`${name} suite passed`);
    } catch (error) {
      process.stderr.write(`[e2e] ${name} suite FAILED: ${error?.message ?? error}\n`);
      failed.push(name);
    }
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

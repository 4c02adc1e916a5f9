#!/usr/bin/env node
// First-use installer for the e2e tests. Everything lands in the ignored cache folder
// (.cache/e2e); each step leaves a marker so later runs reuse it.
// Steps: Debian packages (chromium, libkrb5-dev) when missing, Node 24 and code-server
// and playwright-core from the npm registry.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CHROMIUM, CODE_SERVER_ENTRY, DIRS, PLAYWRIGHT_DIR, VERSIONS, node24Binary, node24Home } from './paths.mjs';

const STEP_TIMEOUT_MS = 12 * 60 * 1000;

class InstallError extends Error {}

function log(message) {
  process.stderr.write(`[e2e install] ${message}\n`);
}

function tail(file, lines = 25) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Runs one command with its output in a log file; throws a clear InstallError on failure. */
function run(step, command, args, options = {}) {
  mkdirSync(DIRS.logs, { recursive: true });
  const logFile = join(DIRS.logs, `${step}.log`);
  const fd = openSync(logFile, 'w');
  const started = Date.now();
  log(`${step}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', fd, fd],
    timeout: STEP_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    ...options,
  });
  closeSync(fd);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status}${result.signal ? ` (${result.signal})` : ''}`;
    throw new InstallError(`step "${step}" failed after ${seconds}s: ${why}\n--- last lines of ${logFile} ---\n${tail(logFile)}`);
  }
  log(`${step}: done in ${seconds}s`);
}

function markerOk(name, version) {
  const marker = join(DIRS[name] ?? DIRS.tools, '.installed');
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === version;
}

function writeMarker(name, version) {
  writeFileSync(join(DIRS[name], '.installed'), `${version}\n`);
}

/** A scratch npm project, so npm never walks up into the repository's own package.json. */
function scratchProject(dir) {
  mkdirSync(dir, { recursive: true });
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, JSON.stringify({ name: 'corpus-lens-e2e-cache', private: true }, null, 2));
}

function debPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function ensureDebianPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!debPackageInstalled('libkrb5-dev') && !markerOk('codeServer', VERSIONS.codeServer)) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (step, args) => run(step, sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, { env });
  apt('apt-update', ['update']);
  apt('apt-install', ['install', '-y', ...missing]);
}

function ensureNode24() {
  if (markerOk('node', VERSIONS.node) && node24Binary()) return;
  scratchProject(DIRS.node);
  run('node24', 'npm', ['install', '--no-audit', '--no-fund', `node@${VERSIONS.node}`], { cwd: DIRS.node, env: cleanEnv() });
  if (!node24Binary()) throw new InstallError(`node@${VERSIONS.node} installed, but no bin/node was found under ${DIRS.node}`);
  writeMarker('node', VERSIONS.node);
}

/**
 * The environment without what an outer `npm run` sets (npm_config_user_agent names the Node that
 * runs npm, and code-server's postinstall checks it), so a nested npm sees only its own Node.
 */
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE'));
}

/** npm run by Node 24 (first on PATH), building native modules against Node 24's own headers. */
function node24Env() {
  const home = node24Home();
  const env = cleanEnv();
  return { ...env, PATH: `${join(home, 'bin')}${delimiter}${env.PATH ?? ''}`, npm_config_nodedir: home };
}

function ensureCodeServer() {
  if (markerOk('codeServer', VERSIONS.codeServer) && existsSync(CODE_SERVER_ENTRY)) return;
  scratchProject(DIRS.codeServer);
  run('code-server', 'npm', ['install', '--no-audit', '--no-fund', `code-server@${VERSIONS.codeServer}`], {
    cwd: DIRS.codeServer,
    env: node24Env(),
  });
  if (!existsSync(CODE_SERVER_ENTRY)) throw new InstallError(`code-server installed, but ${CODE_SERVER_ENTRY} is missing`);
  writeMarker('codeServer', VERSIONS.codeServer);
}

function ensurePlaywright() {
  if (markerOk('tools', VERSIONS.playwright) && existsSync(PLAYWRIGHT_DIR)) return;
  scratchProject(DIRS.tools);
  // playwright-core never downloads a browser; the tests use Debian's chromium.
  run('playwright-core', 'npm', ['install', '--no-audit', '--no-fund', `playwright-core@${VERSIONS.playwright}`], { cwd: DIRS.tools, env: cleanEnv() });
  writeMarker('tools', VERSIONS.playwright);
}

export function ensureInstalled() {
  ensureDebianPackages();
  ensureNode24();
  ensureCodeServer();
  ensurePlaywright();
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  try {
    ensureInstalled();
    log('everything is installed');
  } catch (error) {
    log(error instanceof InstallError ? error.message : String(error?.stack ?? error));
    process.exit(1);
  }
}

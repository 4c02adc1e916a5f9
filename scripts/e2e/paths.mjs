// Locations and pinned versions shared by the e2e installer, launcher and runner.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = process.env.CORPUS_LENS_E2E_CACHE ?? join(ROOT, '.cache', 'e2e');
export const OUTPUT = join(ROOT, 'test-output');

export const VERSIONS = {
  node: '24',
  codeServer: '4.139.1',
  playwright: '1.65.1',
};

export const DIRS = {
  node: join(CACHE, 'node24'),
  codeServer: join(CACHE, 'code-server'),
  tools: join(CACHE, 'tools'),
  logs: join(CACHE, 'logs'),
  runs: join(CACHE, 'runs'),
};

/** Folder of the platform package that `npm install node@24` unpacks (bin/node, include/). */
export function node24Home() {
  const base = join(DIRS.node, 'node_modules', 'node', 'node_modules');
  if (!existsSync(base)) return undefined;
  const pkg = readdirSync(base).find((name) => name.startsWith('node-') && existsSync(join(base, name, 'bin', 'node')));
  return pkg ? join(base, pkg) : undefined;
}

export function node24Binary() {
  const home = node24Home();
  return home ? join(home, 'bin', 'node') : undefined;
}

export const CODE_SERVER_ENTRY = join(DIRS.codeServer, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const PLAYWRIGHT_DIR = join(DIRS.tools, 'node_modules', 'playwright-core');
export const CHROMIUM = process.env.CORPUS_LENS_E2E_CHROMIUM ?? '/usr/bin/chromium';

// Starts and stops one code-server instance for a test run (loopback only, no auth).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY, node24Binary } from './paths.mjs';

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const USER_SETTINGS = {
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
};

/** Writes the user settings and an empty code-server config into the run's scratch folders. */
function prepareProfile(dirs) {
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const installed = join(dirs.extensions, 'extensions.json');
  if (!existsSync(installed)) writeFileSync(installed, '[]');
  const config = join(dirs.scratch, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  return config;
}

/**
 * A display language other than English needs a language pack, or VS Code resolves the language to
 * English and ignores the extensions' package.nls.<lang>.json and l10n bundles. None can be downloaded
 * here, so the profile gets a stub pack for `locale`: an entry in languagepacks.json (what VS Code
 * writes when a pack is installed) whose translations of VS Code's own strings are empty (the
 * workbench stays English; extensions get the language).
 */
function prepareLanguagePack(dirs, locale) {
  const translations = join(dirs.userData, 'language-pack-stub', `${locale}.i18n.json`);
  mkdirSync(join(dirs.userData, 'language-pack-stub'), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const packs = {
    [locale]: {
      hash: `corpus-lens-e2e-${locale}`,
      extensions: [{ extensionIdentifier: { id: `corpus-lens-e2e.language-pack-${locale}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  writeFileSync(join(dirs.userData, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

/** The environment code-server runs with: its XDG folders inside the run's scratch folder. */
function codeServerEnv(dirs) {
  return {
    ...process.env,
    XDG_DATA_HOME: join(dirs.scratch, 'xdg-data'),
    XDG_CONFIG_HOME: join(dirs.scratch, 'xdg-config'),
    CORPUS_LENS_E2E_HOST: 'code-server',
  };
}

/**
 * Installs a .vsix into the extensions folder the way a user would (`code-server --install-extension`);
 * resolves with the command's output, rejects when it fails.
 */
export function installExtension(vsix, dirs) {
  const node = node24Binary();
  if (!node) throw new Error('Node 24 is not installed: run `node scripts/e2e/install.mjs`');
  prepareProfile(dirs);
  const args = [CODE_SERVER_ENTRY, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix, '--force'];
  const result = spawnSync(node, args, { env: codeServerEnv(dirs), encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) throw new Error(`code-server --install-extension failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`);
  return output;
}

/**
 * Starts code-server in its own process group; returns { port, logFile, stop }.
 * dirs: { userData, extensions, scratch }.
 */
export async function startCodeServer(dirs, { locale } = {}) {
  const node = node24Binary();
  if (!node) throw new Error('Node 24 is not installed: run `node scripts/e2e/install.mjs`');
  const config = prepareProfile(dirs);
  if (locale && !locale.startsWith('en')) prepareLanguagePack(dirs, locale);
  const port = await freePort();
  const logFile = join(dirs.scratch, 'code-server.log');
  const out = openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--config', config,
    '--vscode-option', 'enable-smoke-test-driver',
    ...(locale ? ['--locale', locale] : []),
  ];
  const child = spawn(node, args, { env: codeServerEnv(dirs), detached: true, stdio: ['ignore', out, out] });
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  const stop = () => stopGroup(child, exited);
  try {
    await waitForHealth(port, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${error.message} (see ${logFile})`);
  }
  return { port, logFile, stop, exited };
}

async function waitForHealth(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on port ${port} within ${timeoutMs / 1000}s`);
}

/**
 * SIGTERM to the whole process group (code-server, its extension host, the language server),
 * then after code-server exits (or 5 s) SIGKILL to whatever of the group is left.
 */
async function stopGroup(child, exited) {
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timer = new Promise((r) => setTimeout(() => r('timeout'), 5000));
  await Promise.race([exited, timer]);
  signalGroup('SIGKILL');
}

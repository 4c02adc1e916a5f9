#!/usr/bin/env node
// Stands in for the VS Code executable in @vscode/test-electron's runTests (or @vscode/test-cli's
// useInstallation.fromPath). It takes the arguments they pass, starts code-server and a headless
// chromium, opens the workbench with the smoke-test driver payload so VS Code runs the extension's
// test suite in its extension host, forwards the suite's output, and exits with its exit code.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { format } from 'node:util';
import { join, resolve } from 'node:path';
import { DIRS } from './paths.mjs';
import { startCodeServer } from './code-server.mjs';
import { DOM_CHECK_MARKER, closeBrowser, domCheck, launchBrowser } from './browser.mjs';

const RUN_TIMEOUT_MS = Number(process.env.CORPUS_LENS_E2E_TIMEOUT ?? 240) * 1000;

function parseArgs(argv) {
  const options = { folder: undefined, devPath: undefined, testsPath: undefined, userData: undefined, extensions: undefined, locale: undefined };
  const keys = {
    '--extensionDevelopmentPath': 'devPath',
    '--extensionTestsPath': 'testsPath',
    '--user-data-dir': 'userData',
    '--extensions-dir': 'extensions',
    '--locale': 'locale',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (keys[name]) {
      options[keys[name]] = inline ?? argv[++i];
    } else if (!arg.startsWith('-') && !options.folder) {
      options.folder = arg;
    }
  }
  if (!options.devPath || !options.testsPath) {
    throw new Error('usage: launcher.mjs FOLDER --extensionDevelopmentPath=DIR --extensionTestsPath=FILE');
  }
  return options;
}

function workbenchUrl(port, options) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${resolve(path)}`;
  const payload = [
    ['extensionDevelopmentPath', remote(options.devPath)],
    ['extensionTestsPath', remote(options.testsPath)],
    ['skipWelcome', 'true'],
  ];
  const query = new URLSearchParams({ payload: JSON.stringify(payload) });
  if (options.folder) query.set('folder', resolve(options.folder));
  return `http://127.0.0.1:${port}/?${query}`;
}

function formatLog(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}

/** Workbench chatter that says nothing about the suite (offline gallery, sockets, telemetry). */
const NOISE = /ENOTFOUND|^\s+at .*\/static\/out\/|Creating a socket|connection token|reconnection-grace-time|AccountPolicyGate|AgentHost|Service Worker|builtin extensions cache|authentication provider/;

/** Opens the workbench and resolves with the suite's exit code (or rejects on timeout). */
async function runSuite(page, url, logFile, serverExited) {
  let finish;
  const exitCode = new Promise((resolveExit) => (finish = resolveExit));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = formatLog(args);
    appendFileSync(logFile, `[${type}] ${text}\n`);
    const at = text.indexOf(DOM_CHECK_MARKER);
    if (at >= 0) {
      domCheck(page, JSON.parse(text.slice(at + DOM_CHECK_MARKER.length)));
      return;
    }
    if (!NOISE.test(text)) (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
  await page.goto(url, { timeout: 60_000 });
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`the test run did not finish within ${RUN_TIMEOUT_MS / 1000}s`)), RUN_TIMEOUT_MS).unref(),
  );
  const crashed = new Promise((_, reject) => {
    page.once('crash', () => reject(new Error('the workbench page crashed')));
    serverExited.then((code) => reject(new Error(`code-server exited (${code}) during the run`)));
  });
  return Promise.race([exitCode, timeout, crashed]);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(DIRS.runs, { recursive: true });
  const scratch = mkdtempSync(join(DIRS.runs, 'run-'));
  const dirs = {
    userData: options.userData ?? join(scratch, 'user-data'),
    extensions: options.extensions ?? join(scratch, 'extensions'),
    scratch,
  };
  const server = await startCodeServer(dirs, { locale: options.locale });
  let browser;
  let code = 1;
  try {
    const launched = await launchBrowser();
    browser = launched.browser;
    code = await runSuite(launched.page, workbenchUrl(server.port, options), join(scratch, 'workbench.log'), server.exited);
  } catch (error) {
    process.stderr.write(`[e2e launcher] ${error.message}\n`);
  } finally {
    if (browser) await closeBrowser(browser);
    await server.stop();
  }
  if (code === 0) rmSync(scratch, { recursive: true, force: true });
  else process.stderr.write(`[e2e launcher] logs kept in ${scratch} (code-server.log, workbench.log)\n`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`[e2e launcher] ${error?.message ?? error}\n`);
    process.exit(1);
  },
);

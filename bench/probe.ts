/**
 * A focused probe of the built server on one generated corpus (a few minutes instead of the full
 * scale benchmark): start (cold with --fresh, else warm from the cache of the last probe), RSS after
 * indexing and once the background work is over, then edits as the scale benchmark makes them (RSS and
 * edit -> diagnostics per edit, a hover on another file after each), document and workspace symbols.
 * With --gc, RSS is also read after full collections in the main thread (bench/lib/memoryProbe.cjs).
 * The server also reads its own main-thread CPU when it says it is ready, and with --gc its heap and RSS
 * after full collections then (`atReady.*`, bench/lib/readyProbe.cjs): the probe's readings come later,
 * once it has read the diagnostics of every file, while the server's background work goes on.
 *
 *   npm run build && node --import tsx bench/probe.ts --size 10000 --fresh --edits 20 --gc
 *   ... --node-args "--cpu-prof --cpu-prof-dir=.cache/prof"    # profile the server
 *   ... --server path/to/server.js --storage DIR                 # another build, another storage folder
 *   ... --index-only [--wait-save]                               # start only (then the saves written)
 *
 * Asserts nothing; prints one line per measurement (stderr) and a JSON summary (stdout).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CACHE_ROOT, ensureCorpus } from './corpus/generate';
import { editPlan, evenly, isDiagnostics, linesOf, listTxt, type Point } from './lib/edits';
import { BenchServer, fileUri, ROOT, sleep } from './lib/server';
import { percentile, probeArgs } from './lib/stats';

const { opt, flag, size, edits } = probeArgs();
const fresh = flag('fresh');
const gc = flag('gc');
const nodeArgs = opt('node-args', '').split(' ').filter(Boolean);
const log = (s: string) => process.stderr.write(`${s}\n`);
const summary: Record<string, unknown> = { size, edits, fresh };
const record = (key: string, value: number) => {
  summary[key] = Math.round(value);
  log(`${key}: ${Math.round(value)}`);
};

const memoryLog = path.join(CACHE_ROOT, `memory-${process.pid}.jsonl`);
const readyLog = path.join(CACHE_ROOT, `ready-${process.pid}.jsonl`);

/** What the server measured of itself when it said it was ready (bench/lib/readyProbe.cjs), up to 10 s after. */
async function atReady(): Promise<void> {
  for (let i = 0; i < 200 && !existsSync(readyLog); i++) await sleep(50);
  if (!existsSync(readyLog)) {
    log('no reading of the server at ready');
    return;
  }
  const m = JSON.parse(readFileSync(readyLog, 'utf8').split('\n')[0]);
  record('atReady.cpuMs.main', m.cpuMainMs);
  record('atReady.heapMB', m.heapMB);
  if (m.heapAfterGcMB !== undefined) {
    record('atReady.heapAfterGcMB', m.heapAfterGcMB);
    record('atReady.rssAfterGcMB', m.rssAfterGcMB);
  }
}

/** RSS now and, with --gc, after full collections in the server's main thread. */
async function memory(server: BenchServer, label: string): Promise<void> {
  record(`rss.${label}`, server.rssMB());
  if (!gc) return;
  const lines = existsSync(memoryLog) ? readFileSync(memoryLog, 'utf8').split('\n').filter(Boolean).length : 0;
  process.kill(server.pid, 'SIGUSR2');
  for (let i = 0; i < 200; i++) {
    await sleep(50);
    const all = existsSync(memoryLog) ? readFileSync(memoryLog, 'utf8').split('\n').filter(Boolean) : [];
    if (all.length > lines) {
      const m = JSON.parse(all[all.length - 1]);
      record(`rssAfterGc.${label}`, server.rssMB());
      log(`  heap ${m.before.heapUsed} -> ${m.after.heapUsed} MB used, external ${m.after.external}, arrayBuffers ${m.after.arrayBuffers}; spaces ${JSON.stringify(m.spaces)}`);
      return;
    }
  }
}

async function symbols(server: BenchServer, files: string[], points: Point[]): Promise<void> {
  const ds: number[] = [];
  for (const f of evenly(files, 40)) ds.push((await server.time('textDocument/documentSymbol', { textDocument: { uri: fileUri(f) } }, 60000)).ms);
  const ws: number[] = [];
  const queries = [...new Set(points.filter((p) => p.text.length >= 4).flatMap((p) => [p.text, p.text.slice(0, 4)]))].slice(0, 80);
  for (const query of queries) ws.push((await server.time('workspace/symbol', { query }, 60000)).ms);
  record('documentSymbol.p50', percentile(ds, 50));
  record('documentSymbol.p95', percentile(ds, 95));
  record('workspaceSymbol.p50', percentile(ws, 50));
  record('workspaceSymbol.p95', percentile(ws, 95));
}

/** Positions on capitalized words of a few files (hover targets; no semantic tokens needed). */
function wordPoints(files: string[]): Point[] {
  const out: Point[] = [];
  for (const file of evenly(files, 20)) {
    linesOf(readFileSync(file, 'utf8')).forEach((text, line) => {
      for (const m of text.matchAll(/(?<=[^.!?"«]\s)[А-ЯЁ][а-яё]{3,}/g)) out.push({ uri: fileUri(file), file, position: { line, character: m.index! + 1 }, text: m[0], type: 'word' });
    });
  }
  return evenly(out, 60);
}

async function runEdits(server: BenchServer, files: string[], points: Point[]): Promise<void> {
  const plan = editPlan(server, files, points);
  log(`editing ${path.relative(ROOT, plan.file)}: «${plan.sentence}»`);
  const text = readFileSync(plan.file, 'utf8');
  server.notify('textDocument/didOpen', { textDocument: { uri: plan.uri, languageId: 'corpus', version: 1, text } });
  const lines = linesOf(text);
  let line = lines.length - 1;
  while (line > 0 && !lines[line].trim()) line--;
  const inserted = `${plan.sentence} `;
  const toDiagnostics: number[] = [];
  const hovers: number[] = [];
  for (let i = 0; i < edits; i++) {
    const change = i % 2 === 0
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: inserted }
      : { range: { start: { line, character: 0 }, end: { line, character: inserted.length } }, text: '' };
    const from = server.notices.length;
    const t = performance.now();
    server.notify('textDocument/didChange', { textDocument: { uri: plan.uri, version: i + 2 }, contentChanges: [change] });
    const own = await server.waitFor((x) => isDiagnostics(x) && x.params?.uri === plan.uri, 120000, from);
    toDiagnostics.push(own.at - t);
    const p = points[i % points.length];
    hovers.push((await server.time('textDocument/hover', { textDocument: { uri: p.uri }, position: p.position }, 60000)).ms);
    await server.quiet(isDiagnostics, 400, 120000);
    log(`  edit ${i + 1}: diagnostics ${(own.at - t).toFixed(0)} ms, hover ${hovers[hovers.length - 1].toFixed(0)} ms, RSS ${server.rssMB().toFixed(0)} MB`);
  }
  record('editToDiagnostics.p50', percentile(toDiagnostics, 50));
  record('editToDiagnostics.p95', percentile(toDiagnostics, 95));
  record('hoverAfterEdit.p50', percentile(hovers, 50));
  record('hoverAfterEdit.p95', percentile(hovers, 95));
}

/** The cache and the stored link written (both 10 s after the scan): no temporary file left, up to a minute. */
async function waitForSaves(dir: string): Promise<void> {
  await sleep(12000);
  const busy = () => !existsSync(path.join(dir, 'link.bin')) || readdirSync(dir).some((f) => f.endsWith('.tmp'));
  for (let i = 0; i < 120 && busy(); i++) await sleep(500);
}

async function main(): Promise<void> {
  const { dir } = ensureCorpus(size);
  const files = listTxt(dir);
  const storagePath = opt('storage', path.join(CACHE_ROOT, `probe-storage-${size}`));
  if (fresh) rmSync(storagePath, { recursive: true, force: true });
  mkdirSync(storagePath, { recursive: true });
  rmSync(memoryLog, { force: true });
  rmSync(readyLog, { force: true });
  process.env.CORPUS_LENS_MEMORY_LOG = memoryLog;
  process.env.CORPUS_LENS_READY_LOG = readyLog;
  const settings = { files: { include: ['**/*.txt'], exclude: ['**/node_modules/**', '**/.git/**'] }, diagnostics: { severity: 'warning' } };
  const args = [...(gc ? ['--expose-gc', '--require', path.join(__dirname, 'lib/memoryProbe.cjs')] : []), '--require', path.join(__dirname, 'lib/readyProbe.cjs'), ...nodeArgs];
  const bundle = opt('server', '') || undefined;
  const server = await BenchServer.start({ server: bundle && path.resolve(bundle), folder: dir, storagePath, settings, nodeArgs: args }, 600000);
  try {
    const end = await server.indexed(600000);
    record('indexMs', end.at - server.startedAt);
    const cpu = server.cpuMs();
    record('cpuMs.process', cpu.process);
    record('cpuMs.main', cpu.main);
    await atReady();
    await memory(server, 'indexed');
    if (flag('index-only')) {
      if (flag('wait-save')) await waitForSaves(path.join(storagePath, 'cache'));
      return;
    }
    await server.waitFor(isDiagnostics, 60000);
    await server.quiet(isDiagnostics, 2000, 300000);
    record('quietMs', performance.now() - server.startedAt);
    await memory(server, 'quiet');
    const points = wordPoints(files);
    if (flag('symbols')) await symbols(server, files, points);
    if (edits > 0) {
      await runEdits(server, files, points);
      await memory(server, 'edits');
      await sleep(5000);
      await memory(server, 'editsLater');
    }
    if (flag('wait-save')) await waitForSaves(path.join(storagePath, 'cache')); // written 10 s after the scan
  } finally {
    await server.stop();
    rmSync(memoryLog, { force: true });
    rmSync(readyLog, { force: true });
  }
  console.log(JSON.stringify(summary));
}

main().then(() => process.exit(0), (e: Error) => {
  console.error(`probe failed: ${e.stack ?? e.message}`);
  process.exit(1);
});

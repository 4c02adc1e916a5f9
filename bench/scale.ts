/**
 * The scale benchmark (issue 11): generates deterministic corpora (bench/corpus/) and measures the built
 * language server through the protocol, as an editor drives it, at each size in one run:
 *
 *   cold index (initialize -> end of indexing, empty cache folder) and the floor (read every file and
 *   split it into words), warm start (same cache folder), RSS after indexing and after the edits,
 *   p50/p95 of hover, definition, references, workspace symbol, document symbols, semantic tokens,
 *   edit -> diagnostics of the edited file and of another file, hover right after an edit;
 *   then `dist/cli.js check` on the largest corpus (wall time, peak RSS) and the growth factors.
 *
 *   npm run build && npm run bench                          # 1,000 and 10,000 articles
 *   npm run bench -- --sizes 200,1000 --edits 6 --json      # quick; last stdout line is the JSON
 *
 * Options (or env): --sizes (BENCH_SIZES), --edits (BENCH_EDITS, default 20), --files N (files sampled
 * for the position requests, default 40), --timeout MS (per wait for indexing or a request, default
 * 600000), --no-cli, --regenerate, --dist DIR (the build to measure, default dist/: another worktree's
 * dist/ measures that build on the same corpus). Every wait is bounded; the servers are killed at the
 * end. Asserts nothing. Besides the client-side latencies, the server's own durations per request
 * (CORPUS_LENS_TIMINGS, set for the cold server) are summarized when the build writes them: they leave
 * out the time requests spend in pipes and the benchmark's own scheduling on a shared machine.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CACHE_ROOT, ensureCorpus } from './corpus/generate';
import { BenchServer, fileUri, procStatusMB, ROOT, sleep, TimeoutError, type Notice } from './lib/server';
import { fmt, num, percentile, table } from './lib/stats';
import { editPlan, evenly, isDiagnostics, linesOf, listTxt, type Point } from './lib/edits';

// ---------------------------------------------------------------------------------------------- options

interface Options {
  sizes: number[];
  json: boolean;
  edits: number;
  files: number;
  timeoutMs: number;
  cli: boolean;
  regenerate: boolean;
  dist: string;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string, env: string | undefined, fallback: string): string => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return env ?? fallback;
    return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1] ?? '';
  };
  const int = (s: string, name: string): number => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name}: expected a whole number, got '${s}'`);
    return n;
  };
  const sizes = value('sizes', process.env.BENCH_SIZES, '1000,10000').split(',').filter(Boolean).map((s) => int(s.trim(), 'sizes'));
  if (!sizes.length || sizes.some((n) => n < 5)) throw new Error('--sizes: at least one size of 5 articles or more');
  return {
    sizes,
    json: argv.includes('--json'),
    edits: int(value('edits', process.env.BENCH_EDITS, '20'), 'edits'),
    files: Math.max(1, int(value('files', process.env.BENCH_FILES, '40'), 'files')),
    timeoutMs: Math.max(1000, int(value('timeout', process.env.BENCH_TIMEOUT, '600000'), 'timeout')),
    cli: !argv.includes('--no-cli'),
    regenerate: argv.includes('--regenerate'),
    dist: path.resolve(value('dist', process.env.BENCH_DIST, path.join(ROOT, 'dist'))),
  };
}

// ---------------------------------------------------------------------------------------------- types

const LATENCIES = ['hover', 'definition', 'references', 'workspaceSymbol', 'documentSymbol', 'semanticTokens', 'editToDiagnostics', 'editToOtherDiagnostics', 'hoverAfterEdit'] as const;
type LatencyName = (typeof LATENCIES)[number];
type Latencies = Record<LatencyName, number | null>;

interface Run {
  articles: number;
  bytes: number;
  entities: number | null;
  coldIndexMs: number | null;
  floorMs: number | null;
  coldOverFloor: number | null;
  warmStartMs: number | null;
  rssMB: number | null;
  rssAfterEditsMB: number | null;
  edits: number;
  p50: Latencies;
  p95: Latencies;
  samples: Record<LatencyName, number>;
  /** Measurements the server's behaviour blocked or cut short. */
  notes: string[];
  /** Server-side durations per method (CORPUS_LENS_TIMINGS), when the build writes them. */
  server: Record<string, { p50: number | null; p95: number | null; max: number | null; cpu: { p50: number | null; p95: number | null } | null; n: number }>;
}

const log = (s: string) => process.stderr.write(`${s}\n`);

/**
 * A private copy of dist/ for this run (under .cache/bench, so node_modules still resolves): others may
 * rebuild dist/ while a long run is going, and one run must measure one build.
 */
const DIST = path.join(CACHE_ROOT, `dist-${process.pid}`);
process.on('exit', () => rmSync(DIST, { recursive: true, force: true }));
const serverBundle = () => path.join(DIST, 'server.js');
const rel = (p: string) => path.relative(ROOT, p) || '.';

// ---------------------------------------------------------------------------------------------- helpers

/** The floor: read every file and split it into words, in this process. */
function floor(files: string[]): { ms: number; words: number } {
  const t0 = performance.now();
  let words = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    words += text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)?.length ?? 0;
  }
  return { ms: performance.now() - t0, words };
}

/** Entity mentions of a file from its semantic tokens (relative encoding, 5 integers a token). */
function tokenPoints(uri: string, file: string, data: number[], types: string[]): Point[] {
  const lines = linesOf(readFileSync(file, 'utf8'));
  const out: Point[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
    const text = (lines[line] ?? '').slice(start, start + data[i + 2]);
    out.push({ uri, file, position: { line, character: start + 1 }, text, type: types[data[i + 3]] ?? String(data[i + 3]) });
  }
  return out;
}

/** Capitalized words not at a sentence start: the fallback when the server gives no semantic tokens. */
function capitalizedPoints(uri: string, file: string): Point[] {
  const out: Point[] = [];
  linesOf(readFileSync(file, 'utf8')).forEach((text, line) => {
    for (const m of text.matchAll(/(?<=[^.!?"«]\s)[А-ЯЁ][а-яё]+/g)) out.push({ uri, file, position: { line, character: m.index! + 1 }, text: m[0], type: 'word' });
  });
  return out;
}

/** Up to `count` points of a file, people first, spread over the file. */
function choosePoints(points: Point[], count: number): Point[] {
  const people = points.filter((p) => p.type === 'person');
  const others = points.filter((p) => p.type !== 'person');
  return [...evenly(people, Math.ceil(count * 0.6)), ...evenly(others, count)].slice(0, count);
}

// ---------------------------------------------------------------------------------------------- one size

async function measureSize(n: number, o: Options): Promise<Run> {
  const notes: string[] = [];
  const note = (s: string) => {
    notes.push(s);
    log(`  ! ${s}`);
  };
  const t0 = performance.now();
  const { dir, manifest, generated } = ensureCorpus(n, { force: o.regenerate });
  log(`\n== ${n} articles: ${generated ? 'generated' : 'reusing'} ${rel(dir)} (${(manifest.bytes / 1e6).toFixed(1)} MB, ${manifest.people} people, ${manifest.variants} variant spellings; ${(performance.now() - t0).toFixed(0)} ms)`);
  const files = listTxt(dir);
  floor(evenly(files, 50)); // warm the page cache and the regex, as the server's own reads will find it
  const fl = floor(files);
  log(`  floor (read + split into words): ${fl.ms.toFixed(0)} ms, ${fl.words} words`);

  const storagePath = path.join(CACHE_ROOT, `storage-${n}`);
  rmSync(storagePath, { recursive: true, force: true });
  mkdirSync(storagePath, { recursive: true });
  const settings = { files: { include: ['**/*.txt'], exclude: ['**/node_modules/**', '**/.git/**'] }, diagnostics: { severity: 'warning' } };
  const samples = Object.fromEntries(LATENCIES.map((k) => [k, [] as number[]])) as Record<LatencyName, number[]>;
  const run: Run = {
    articles: n, bytes: manifest.bytes, entities: null, coldIndexMs: null, floorMs: num(fl.ms), coldOverFloor: null, warmStartMs: null,
    rssMB: null, rssAfterEditsMB: null, edits: 0, p50: {} as Latencies, p95: {} as Latencies, samples: {} as Record<LatencyName, number>, notes,
    server: {},
  };
  const timings = path.join(CACHE_ROOT, `timings-${process.pid}-${n}.jsonl`);
  rmSync(timings, { force: true });
  process.env.CORPUS_LENS_TIMINGS = timings; // read by the cold server only (deleted before the warm start)

  // ---- cold index
  const server = await BenchServer.start({ server: serverBundle(), folder: dir, storagePath, settings }, o.timeoutMs);
  try {
    const end = await server.indexed(o.timeoutMs);
    run.coldIndexMs = num(end.at - server.startedAt);
    run.coldOverFloor = num((end.at - server.startedAt) / fl.ms, 2);
    run.rssMB = num(server.rssMB());
    const status = await server.waitFor((x) => x.method === 'corpusLens/status' && x.params?.state === 'ready', 5000).catch(() => null);
    run.entities = status?.params?.entities ?? null;
    log(`  cold index: ${fmt(run.coldIndexMs, 0)} ms (${fmt(run.coldOverFloor, 0)}x the floor), ${run.entities ?? '?'} entities, RSS ${fmt(run.rssMB, 0)} MB`);

    // ---- document symbols and semantic tokens on a sample of files; their tokens give the positions
    const timeout = o.timeoutMs;
    const types: string[] = server.initializeResult?.capabilities?.semanticTokensProvider?.legend?.tokenTypes ?? [];
    const sample = evenly(files, o.files);
    const points: Point[] = [];
    for (const file of sample) {
      const uri = fileUri(file);
      const ds = await server.time('textDocument/documentSymbol', { textDocument: { uri } }, timeout).catch((e) => note(`documentSymbol: ${e.message}`));
      if (ds) samples.documentSymbol.push(ds.ms);
      const st = await server.time('textDocument/semanticTokens/full', { textDocument: { uri } }, timeout).catch((e) => note(`semanticTokens: ${e.message}`));
      if (st) samples.semanticTokens.push(st.ms);
      const found = st?.result?.data?.length ? tokenPoints(uri, file, st.result.data, types) : capitalizedPoints(uri, file);
      points.push(...choosePoints(found, 5));
    }
    if (!points.some((p) => p.type !== 'word')) note('no semantic tokens: positions taken from capitalized words');
    log(`  ${points.length} positions on mentions in ${sample.length} files`);

    const position = async (name: LatencyName, method: string, extra: object = {}) => {
      let misses = 0;
      for (const p of points) {
        try {
          samples[name].push((await server.time(method, { textDocument: { uri: p.uri }, position: p.position, ...extra }, timeout)).ms);
        } catch (e) {
          note(`${name}: ${(e as Error).message}`);
          if (++misses >= 3) break;
        }
      }
    };
    await position('hover', 'textDocument/hover');
    await position('definition', 'textDocument/definition');
    await position('references', 'textDocument/references', { context: { includeDeclaration: true } });
    const queries = [...new Set(points.filter((p) => p.text.length >= 4).flatMap((p) => [p.text, p.text.slice(0, 4)]))].slice(0, 80);
    for (const query of queries) {
      const r = await server.time('workspace/symbol', { query }, timeout).catch((e) => note(`workspaceSymbol: ${e.message}`));
      if (r) samples.workspaceSymbol.push(r.ms);
    }

    // ---- edits: a sentence with a variant spelling found in another file, inserted and removed in turn
    await server.waitFor(isDiagnostics, Math.min(timeout, 60000)).catch(() => note('no publishDiagnostics after indexing'));
    await server.quiet(isDiagnostics, 1000, Math.min(timeout, 120000));
    const plan = editPlan(server, files, points);
    if (!plan.other) note('no spelling-variant diagnostic with a related location in another file: edit -> other diagnostics not measured');
    log(`  edits in ${rel(plan.file)}${plan.other ? `, watching ${rel(plan.otherFile!)}` : ''}: «${plan.sentence}»`);
    const textA = readFileSync(plan.file, 'utf8');
    server.notify('textDocument/didOpen', { textDocument: { uri: plan.uri, languageId: 'corpus', version: 1, text: textA } });
    const lines = linesOf(textA);
    let line = lines.length - 1;
    while (line > 0 && !lines[line].trim()) line--;
    const inserted = `${plan.sentence} `;
    const elsewhere = points.filter((p) => p.uri !== plan.uri);
    const diagEdits = Math.ceil(o.edits * 0.6);
    let version = 1;
    // An edit re-links the corpus: allow for that, but do not wait the indexing timeout on each of them.
    const editTimeout = Math.min(timeout, 120000);
    let missed = 0;
    let otherMissed = 0;
    for (let i = 0; i < o.edits; i++) {
      const insert = i % 2 === 0;
      const change = insert
        ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: inserted }
        : { range: { start: { line, character: 0 }, end: { line, character: inserted.length } }, text: '' };
      const from = server.notices.length;
      const t = performance.now();
      server.notify('textDocument/didChange', { textDocument: { uri: plan.uri, version: ++version }, contentChanges: [change] });
      run.edits++;
      const withHover = i >= diagEdits && elsewhere.length > 0;
      if (withHover) {
        const p = elsewhere[i % elsewhere.length];
        const h = await server.time('textDocument/hover', { textDocument: { uri: p.uri }, position: p.position }, timeout).catch((e) => note(`hoverAfterEdit: ${e.message}`));
        if (h) samples.hoverAfterEdit.push(h.ms);
      }
      const own = await server.waitFor((x) => isDiagnostics(x) && x.params?.uri === plan.uri, editTimeout, from).catch((e) => {
        note(`edit ${i + 1}: no publishDiagnostics for the edited file (${(e as Error).message})`);
        return null;
      });
      if (own && !withHover) samples.editToDiagnostics.push(own.at - t);
      if (plan.other) {
        // The other file is republished only when the edit changes its findings (the inserted variant may
        // be linked or paired otherwise than where it was found): a short wait, and twice nothing ends it.
        const other = await server.waitFor((x) => isDiagnostics(x) && x.params?.uri === plan.other, Math.min(editTimeout, 10000), from).catch((e) => {
          note(`edit ${i + 1}: no publishDiagnostics for the other file (${(e as Error).message})`);
          if (++otherMissed >= 2) {
            note('the other file\'s diagnostics do not change with this edit: edit -> other diagnostics not measured further');
            plan.other = null;
          }
          return null;
        });
        if (other && !withHover) samples.editToOtherDiagnostics.push(other.at - t);
      }
      await server.quiet(isDiagnostics, 400, editTimeout);
      missed = own ? 0 : missed + 1;
      if (missed >= 2) {
        note('edits stopped early: no diagnostics for two edits in a row');
        break;
      }
    }
    run.rssAfterEditsMB = num(server.rssMB());
  } catch (e) {
    note(`${e instanceof TimeoutError ? 'timed out' : 'failed'}: ${(e as Error).message}`);
  } finally {
    await server.stop();
    delete process.env.CORPUS_LENS_TIMINGS;
  }
  run.server = serverTimings(timings);

  // ---- warm start: the same cache folder
  const warm = await BenchServer.start({ server: serverBundle(), folder: dir, storagePath, settings }, o.timeoutMs).catch((e) => (note(`warm start: ${e.message}`), null));
  if (warm) {
    try {
      const end = await warm.indexed(o.timeoutMs);
      run.warmStartMs = num(end.at - warm.startedAt);
      log(`  warm start: ${fmt(run.warmStartMs, 0)} ms${existsSync(storagePath) && readdirSync(storagePath).length ? '' : ' (the server wrote nothing to its storage folder)'}`);
    } catch (e) {
      note(`warm start: ${(e as Error).message}`);
    } finally {
      await warm.stop();
    }
  }

  for (const k of LATENCIES) {
    run.p50[k] = num(percentile(samples[k], 50), 2);
    run.p95[k] = num(percentile(samples[k], 95), 2);
    run.samples[k] = samples[k].length;
  }
  printRun(run);
  return run;
}

/** p50/p95 per method of the server's own timings file (one JSON line per request), then removed. */
function serverTimings(file: string): Run['server'] {
  if (!existsSync(file)) return {};
  const by = new Map<string, Array<{ ms: number; cpu?: number }>>();
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const t = JSON.parse(line) as { method: string; ms: number; cpu?: number };
    by.set(t.method, [...(by.get(t.method) ?? []), t]);
  }
  if (process.env.BENCH_KEEP_TIMINGS) cpSync(file, process.env.BENCH_KEEP_TIMINGS);
  rmSync(file, { force: true });
  const stats = (xs: number[]) => ({ p50: num(percentile(xs, 50), 2), p95: num(percentile(xs, 95), 2) });
  return Object.fromEntries([...by].map(([m, ts]) => {
    const cpu = ts.map((t) => t.cpu).filter((c): c is number => c !== undefined);
    const ms = ts.map((t) => t.ms);
    return [m, { ...stats(ms), max: num(Math.max(...ms), 1), cpu: cpu.length ? stats(cpu) : null, n: ts.length }];
  }));
}

// ---------------------------------------------------------------------------------------------- CLI

async function measureCli(dir: string, timeoutMs: number): Promise<{ ms: number | null; peakMB: number | null; exit: number | null }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(DIST, 'cli.js'), 'check', dir], { stdio: ['ignore', 'ignore', 'ignore'] });
  let peak = 0;
  let done = false;
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => ((done = true), resolve(code))));
  const deadline = t0 + timeoutMs;
  while (!done && performance.now() < deadline) {
    const hwm = procStatusMB(child.pid!, 'VmHWM');
    if (Number.isFinite(hwm)) peak = Math.max(peak, hwm);
    await sleep(50);
  }
  if (!done) {
    child.kill('SIGKILL');
    log(`  ! cli check timed out after ${timeoutMs} ms`);
    return { ms: null, peakMB: num(peak), exit: null };
  }
  const code = await exit;
  return { ms: num(performance.now() - t0, 0), peakMB: peak ? num(peak) : null, exit: code };
}

// ---------------------------------------------------------------------------------------------- output

function printRun(r: Run): void {
  const out: string[] = [];
  out.push(`\n${r.articles} articles, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.entities ?? '?'} entities`);
  out.push(table(['', 'value'], [
    ['cold index (ms)', fmt(r.coldIndexMs, 0)],
    ['floor: read + split (ms)', fmt(r.floorMs, 0)],
    ['cold / floor', fmt(r.coldOverFloor, 0)],
    ['warm start (ms)', fmt(r.warmStartMs, 0)],
    ['RSS after indexing (MB)', fmt(r.rssMB, 0)],
    [`RSS after ${r.edits} edits (MB)`, fmt(r.rssAfterEditsMB, 0)],
  ]));
  out.push('');
  out.push(table(['latency (ms)', 'p50', 'p95', 'n'], LATENCIES.map((k) => [k, fmt(r.p50[k], 2), fmt(r.p95[k], 2), String(r.samples[k])])));
  const methods = Object.keys(r.server).sort();
  if (methods.length) {
    out.push('');
    out.push(table(['server-side (ms)', 'p50', 'p95', 'max', 'cpu p50', 'cpu p95', 'n'], methods.map((m) => {
      const t = r.server[m];
      return [m, fmt(t.p50, 2), fmt(t.p95, 2), fmt(t.max, 1), fmt(t.cpu?.p50, 2), fmt(t.cpu?.p95, 2), String(t.n)];
    })));
  }
  if (r.notes.length) out.push(`notes: ${[...new Set(r.notes)].join('; ')}`);
  console.log(out.join('\n'));
}

// ---------------------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (!existsSync(path.join(o.dist, 'server.js'))) throw new Error(`${rel(o.dist)}/server.js is missing: npm run build first`);
  mkdirSync(CACHE_ROOT, { recursive: true });
  cpSync(o.dist, DIST, { recursive: true });
  const sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  log(`bench: ${rel(o.dist)}; sizes ${sizes.join(', ')}; ${o.edits} edits; ${o.files} files sampled for position requests`);
  const runs: Record<string, Run> = {};
  for (const n of sizes) runs[String(n)] = await measureSize(n, o);

  let cliCheckMs: number | null = null;
  let cliPeakRssMB: number | null = null;
  if (o.cli) {
    const largest = sizes[sizes.length - 1];
    log(`\n== corpus-lens check on ${largest} articles`);
    const cli = await measureCli(path.join(CACHE_ROOT, `corpus-${largest}`), o.timeoutMs * 2);
    cliCheckMs = cli.ms;
    cliPeakRssMB = cli.peakMB;
    console.log(`\ncli check (${largest} articles): ${fmt(cli.ms, 0)} ms, peak RSS ${fmt(cli.peakMB, 0)} MB, exit ${cli.exit ?? '—'}`);
  }

  const first = runs[String(sizes[0])];
  const last = runs[String(sizes[sizes.length - 1])];
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? num(a / b, 2) : null);
  const growth = {
    time: ratio(last.coldIndexMs, first.coldIndexMs),
    memory: ratio(last.rssMB, first.rssMB),
    edit: ratio(last.p50.editToDiagnostics, first.p50.editToDiagnostics),
  };
  if (sizes.length > 1) {
    console.log(`\ngrowth ${sizes[0]} -> ${sizes[sizes.length - 1]} articles (x${(sizes[sizes.length - 1] / sizes[0]).toFixed(0)} the corpus)`);
    console.log(table(['', 'factor'], [
      ['time (cold index)', fmt(growth.time, 2)],
      ['memory (RSS after indexing)', fmt(growth.memory, 2)],
      ['edit (p50 edit -> diagnostics)', fmt(growth.edit, 2)],
    ]));
  }
  if (o.json) console.log(JSON.stringify({ runs, growth, cliCheckMs, cliPeakRssMB }));
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(`bench failed: ${e.message}`);
    process.exit(1);
  },
);

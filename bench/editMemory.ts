/**
 * Edits in process (no protocol): loads a generated corpus into a CorpusIndex as the server does
 * (background matcher, texts read again from disk; the analyses from .cache/bench/inproc-cache-N, made by
 * the first run), then edits one article as the scale benchmark does and prints, per edit, the time to
 * the index's change and the heap after full collections, with the sizes of the index's main tables.
 *
 *   node --expose-gc --import tsx bench/editMemory.ts --size 10000 --edits 20 [--no-matcher] [--breakdown]
 *
 * --no-matcher replaces the variant matcher's work by nothing (to tell its cost from linking's);
 * --symbols times document symbols (40 articles) and workspace symbols (80 queries) in process, before the edits;
 * --breakdown ends by dropping the index's tables one after the other, the heap measured after each.
 *
 * Asserts nothing.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CACHE_ROOT, ensureCorpus } from './corpus/generate';
import { evenly, listTxt, sentenceAt } from './lib/edits';
import { sleep, ROOT } from './lib/server';
import { AnalysisPool } from '../server/src/index/analysis/pool';
import { CorpusIndex } from '../server/src/index/corpusIndex';
import { loadFiles } from '../server/src/index/corpusLoader';
import { LineMap } from '../server/src/index/lineMap';
import { readDocumentText } from '../server/src/index/readText';
import { pathToUri, uriToPath } from '../server/src/lsp/convert';
import { articleSymbol } from '../server/src/features/documentSymbols';
import { entityGroupSymbols } from '../server/src/features/outlineEntities';
import { symbolsMatching } from '../server/src/features/workspaceSymbols';
import { heapMB, percentile, probeArgs } from './lib/stats';

const { flag, size, edits } = probeArgs();
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Sizes of the index's tables (private fields read for the measurement). */
function tables(index: CorpusIndex): string {
  const x = index as any;
  const rel = x.linker.relations;
  const count = (m: Map<unknown, unknown> | undefined) => m?.size ?? 0;
  const deep = (m: Map<unknown, Set<unknown>> | undefined) => [...(m?.values() ?? [])].reduce((n, s) => n + s.size, 0);
  const parts = {
    entities: count(x.linker.linked.entities), spellings: count(x.linker.linked.spellings),
    byKey: `${count(rel.byKey)}/${deep(rel.byKey)}`, partial: deep(rel.partial), findingsOf: count(x.findingsOf),
    pairs: count(x.matcher.pairs), strays: count(x.matcher.strays), pending: x.pendingMatches.length,
  };
  return Object.entries(parts).map(([k, v]) => `${k} ${v}`).join(', ');
}

/** A finding with a related place in another document: that sentence goes into the related document. */
function plan(index: CorpusIndex): { uri: string; sentence: string } {
  for (const f of index.findings()) {
    const other = f.related.find((r) => r.uri !== f.uri);
    if (!other) continue;
    const sentence = sentenceAt(index.get(f.uri)!.text, f.start);
    if (sentence.length >= 10 && sentence.length <= 300) return { uri: other.uri, sentence };
  }
  throw new Error('no finding with a related place in another document');
}

/** The variant matcher doing nothing (its methods the index calls, stubbed). */
function withoutMatcher(index: CorpusIndex): void {
  const m = (index as any).matcher;
  const none = () => ({ removed: [], added: [] });
  Object.assign(m, { update: none, decide: none, index: () => undefined, strayFindings: () => [] });
}

/** The heap after dropping each of the index's tables in turn (the index is unusable afterwards). */
function breakdown(index: CorpusIndex): void {
  const x = index as any;
  const steps: Array<[string, () => void]> = [
    ['matcher pairs and strays', () => (x.matcher.pairs.clear(), x.matcher.byEntity.clear(), x.matcher.strays.clear())],
    ['matcher index', () => (x.matcher.vi = null)],
    ['findings', () => (x.findingsOf.clear(), x.findingEntities.clear(), x.merged.clear(), (x.mergedCache = null))],
    ['link relations', () => (x.linker.relations = null)],
    ['spelling tables', () => x.linker.linked.spellings.clear()],
    ['entities', () => (x.linker.linked.entities.clear(), x.linker.linked.mentionEntity.clear(), (x.linker.unindexed = []), (x.linker.ctx = null))],
    ['articles decoded (those read; the others are packed bytes, dropped with the documents)', () => forEachAnalysis(x, (a) => delete a.article)],
    ['mentions', () => forEachAnalysis(x, (a) => (a.mentions = []))],
    ['documents (line tables, packed articles, the rest)', () => x.docs.clear()],
  ];
  let before = heapMB();
  for (const [name, drop] of steps) {
    drop();
    const after = heapMB();
    log(`  ${name}: ${before - after} MB`);
    before = after;
  }
  log(`  left: ${before} MB`);
}

function forEachAnalysis(x: any, f: (a: any) => void): void {
  for (const doc of x.docs.values()) f(doc.analysis);
}

/** Milliseconds of each call (wall time; the process does nothing else meanwhile). */
async function timeEach<T>(items: readonly T[], run: (item: T) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (const item of items) {
    const t = performance.now();
    await run(item);
    out.push(performance.now() - t);
  }
  return out;
}

async function symbols(index: CorpusIndex, files: string[]): Promise<void> {
  const docs = evenly(files, 40).map((f) => index.get(pathToUri(f))!);
  const ds = await timeEach(docs, (doc) => articleSymbol(doc, entityGroupSymbols(index, doc)));
  const names = [...new Set(docs.flatMap((d) => index.mentionsIn(d.uri).map((h) => h.mention.text)))].filter((t) => t.length >= 4);
  const queries = evenly(names, 40).flatMap((t) => [t, t.slice(0, 4)]);
  const ws = await timeEach(queries, (q) => symbolsMatching(index, q));
  const p = (s: number[]) => `p50 ${percentile(s, 50).toFixed(1)} / p95 ${percentile(s, 95).toFixed(1)} ms`;
  log(`documentSymbol ${p(ds)} (${ds.length}); workspaceSymbol ${p(ws)} (${ws.length})`);
}

async function main(): Promise<void> {
  const { dir } = ensureCorpus(size);
  const files = listTxt(dir);
  const pool = new AnalysisPool({ workerFile: path.join(ROOT, 'dist/analysisWorker.js') });
  const index = new CorpusIndex(null, { readText: readDocumentText, background: true });
  if (flag('no-matcher')) withoutMatcher(index);
  let t0 = performance.now();
  const summary = await loadFiles(index, files, { pool, maxSize: 1e6, cacheDir: path.join(CACHE_ROOT, `inproc-cache-${size}`), uriOf: pathToUri });
  log(`loaded ${index.size} (${summary.cached} cached) in ${(performance.now() - t0).toFixed(0)} ms; heap ${heapMB()} MB`);
  pool.renew(1);
  t0 = performance.now();
  while (index.matching) await sleep(100);
  log(`background work done after ${(performance.now() - t0).toFixed(0)} ms; heap ${heapMB()} MB; ${tables(index)}`);
  if (flag('symbols')) await symbols(index, files);
  const { uri, sentence } = plan(index);
  log(`editing ${path.relative(ROOT, uriToPath(uri)!)}: «${sentence}»`);
  let text = readFileSync(uriToPath(uri)!, 'utf8');
  const original = text;
  const at = text.trimEnd().lastIndexOf('\n') + 1;
  index.keepText(uri, text);
  for (let i = 0; i < edits; i++) {
    text = i % 2 === 0 ? `${original.slice(0, at)}${sentence} ${original.slice(at)}` : original;
    const t = performance.now();
    const result = await pool.text(text, uri);
    if (!result.ok) throw new Error(result.reason);
    const analysed = performance.now();
    index.setAnalysis(uri, result.analysis, { text, lines: new LineMap(result.lineStarts, result.length), keep: true });
    const linked = performance.now();
    while (index.matching) await sleep(20);
    log(`edit ${i + 1}: analysis ${(analysed - t).toFixed(0)} ms, link ${(linked - analysed).toFixed(0)} ms, matcher ${(index as any).matcherMs.edit.toFixed(0)} ms; heap ${heapMB()} MB; ${tables(index)}`);
  }
  await pool.close();
  if (flag('breakdown')) breakdown(index);
}

main().then(() => process.exit(0), (e: Error) => {
  console.error(`failed: ${e.stack ?? e.message}`);
  process.exit(1);
});

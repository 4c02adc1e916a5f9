/**
 * The variant matcher's cost in process (issue 14): loads a generated corpus into a CorpusIndex as the
 * CLI does (matcher's full pass before the load returns; analyses from .cache/bench/inproc-cache-N,
 * made by the first run), prints the CPU of the load and of the matcher's pass in it, the heap the
 * matcher holds, then respells a name in `--edits` articles spread over the corpus (one after the
 * other) and prints the matcher's CPU per edit (p50 / p95 / max) and the index's whole CPU per edit (linking,
 * findings and the matcher: what an edit costs the main thread after its analysis). `--out FILE` writes every finding and
 * pair after the load and after the edits (to compare two trees' output). Asserts nothing.
 *
 *   node --expose-gc --import tsx bench/matcherPass.ts --size 10000 --edits 20 [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CACHE_ROOT, ensureCorpus } from './corpus/generate';
import { evenly, listTxt } from './lib/edits';
import { ROOT } from './lib/server';
import { heapMB, percentile, probeArgs } from './lib/stats';
import { matcherCpuMs, meterMatcherCpu } from './variants-cpu';
import { AnalysisPool } from '../server/src/index/analysis/pool';
import { CorpusIndex } from '../server/src/index/corpusIndex';
import { loadFiles } from '../server/src/index/corpusLoader';
import { LineMap } from '../server/src/index/lineMap';
import { readDocumentText } from '../server/src/index/readText';
import { pathToUri } from '../server/src/lsp/convert';

const { opt, size, edits } = probeArgs();
const log = (s: string) => process.stderr.write(`${s}\n`);

const cpuSince = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};

/** Every finding and pair, one JSON line each, sorted (the output to compare). */
function dump(index: CorpusIndex): string[] {
  const findings = index.findings().map((f) => JSON.stringify(f));
  const pairs = index.variantPairs().map((p) => JSON.stringify(p)).sort();
  return [...findings, ...pairs];
}

/** The text with one letter of its first long capitalised word after the first 200 characters doubled. */
function respelled(text: string): string {
  const m = /\s(\p{Lu}\p{Ll}{4,})/u.exec(text.slice(200));
  if (!m) return `${text} `;
  const at = 200 + m.index + 3;
  return text.slice(0, at) + text[at] + text.slice(at);
}

async function main(): Promise<void> {
  const { dir } = ensureCorpus(size);
  const files = listTxt(dir);
  const pool = new AnalysisPool({ workerFile: path.join(ROOT, 'dist/analysisWorker.js') });
  meterMatcherCpu();
  const index = new CorpusIndex(null, { readText: readDocumentText });
  const c0 = process.cpuUsage();
  await loadFiles(index, files, { pool, maxSize: 1e6, cacheDir: path.join(CACHE_ROOT, `inproc-cache-${size}`), uriOf: pathToUri });
  const load = cpuSince(c0);
  const pass = matcherCpuMs();
  log(`load CPU ${load.toFixed(0)} ms, of which the matcher's full pass ${pass.toFixed(0)} ms; ${index.variantPairs().length} pairs, ${index.findings().length} findings`);
  const out = opt('out', '');
  const lines = dump(index);
  const heap = heapMB();
  pool.renew(1);
  const perEdit: number[] = [];
  const wholeEdit: number[] = [];
  for (const file of evenly(files, edits)) {
    const uri = pathToUri(file);
    const text = respelled(readFileSync(file, 'utf8'));
    const result = await pool.text(text, uri);
    if (!result.ok) throw new Error(result.reason);
    const m0 = matcherCpuMs();
    const e0 = process.cpuUsage();
    index.setAnalysis(uri, result.analysis, { text, lines: new LineMap(result.lineStarts, result.length), keep: true });
    wholeEdit.push(cpuSince(e0));
    perEdit.push(matcherCpuMs() - m0);
  }
  if (edits) {
    const p = (q: number) => percentile(perEdit, q).toFixed(1);
    log(`matcher CPU per edit (${perEdit.length}): p50 ${p(50)} / p95 ${p(95)} / max ${p(100)} ms`);
    const w = (q: number) => percentile(wholeEdit, q).toFixed(1);
    log(`the index's CPU per edit (linking, findings, matcher): p50 ${w(50)} / p95 ${w(95)} / max ${w(100)} ms`);
  }
  if (out) writeFileSync(out, [...lines, '-- after edits', ...dump(index)].join('\n'));
  await pool.close();
  const x = index as unknown as { matcher: { vi: unknown; pairs: Map<unknown, unknown>; strays: Map<unknown, unknown> } };
  const before = heapMB();
  x.matcher.vi = null;
  x.matcher.pairs.clear();
  x.matcher.strays.clear();
  log(`heap ${heap} MB after the load; the matcher's index, pairs and strays hold ${before - heapMB()} MB`);
}

main().then(() => process.exit(0), (e: Error) => {
  console.error(`failed: ${e.stack ?? e.message}`);
  process.exit(1);
});

/**
 * Warm start in process (issue 11): a generated corpus loaded into a CorpusIndex as the server loads it
 * (texts read again from disk; the variant matcher stubbed out) from its analysis cache, first with no stored link
 * (the corpus is linked, and the link stored), then `--runs` times with it (restored). Prints per run the
 * load time, the link step's time, and the sizes of the cache files. Asserts nothing
 * (test/unit/link-store.test.ts checks the restored link against the linked one).
 *
 * The analyses come from .cache/bench/inproc-cache-N, made by `bench/editMemory.ts` or copied from a
 * cache of the built CLI or server with `--from DIR` (its engine stamp is rewritten: sources run as 'dev');
 * when there is none, the first run analyses the corpus (the workers of dist/) and writes it.
 *
 *   node --import tsx bench/linkStore.ts --size 10000 [--from .corpus-lens/cache] [--runs 2]
 *   node --import tsx bench/linkStore.ts --size 10000 --warm --runs 1     # only the warm load (a profile of it)
 *   node --expose-gc --import tsx bench/linkStore.ts ... [--relations]     # the heap after full collections (after the CPU is read;
 *                                                                          #   --relations: with the relation index built first)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CACHE_FILE, engineVersion } from '../server/src/index/analysis/cache';
import { AnalysisPool } from '../server/src/index/analysis/pool';
import { CorpusIndex } from '../server/src/index/corpusIndex';
import { loadFiles, saveIndexCache, saveIndexLink } from '../server/src/index/corpusLoader';
import { LINK_FILE } from '../server/src/index/linkStore';
import { readDocumentText } from '../server/src/index/readText';
import { pathToUri } from '../server/src/lsp/convert';
import { CACHE_ROOT, ensureCorpus } from './corpus/generate';
import { listTxt } from './lib/edits';
import { ROOT } from './lib/server';
import { probeArgs } from './lib/stats';

const { opt, flag, size } = probeArgs();
const runs = Number(opt('runs', '2'));
const log = (s: string) => process.stderr.write(`${s}\n`);
const mb = (file: string) => (existsSync(file) ? `${(statSync(file).size / 2 ** 20).toFixed(1)} MB` : 'none');

/** A copy of another build's analysis cache, stamped with this engine version. */
function restamp(from: string, dir: string): void {
  const bytes = readFileSync(path.join(from, CACHE_FILE));
  const end = 12 + bytes.readUInt32LE(8);
  const header = Buffer.from(JSON.stringify({ ...JSON.parse(bytes.subarray(12, end).toString('utf8')), engine: engineVersion }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, CACHE_FILE), Buffer.concat([bytes.subarray(0, 8), length, header, bytes.subarray(end)]));
}

async function load(files: string[], cacheDir: string, save = false): Promise<CorpusIndex> {
  const pool = new AnalysisPool({ workerFile: path.join(ROOT, 'dist/analysisWorker.js') });
  const index = new CorpusIndex(null, { readText: readDocumentText, background: true });
  // The matcher's background pass (~40 s of this thread at 10,000 articles) would slow the next runs.
  const none = () => ({ removed: [], added: [] });
  Object.assign((index as any).matcher, { update: none, decide: none, index: () => undefined, strayFindings: () => [] });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const summary = await loadFiles(index, files, { pool, maxSize: 1e6, cacheDir, uriOf: pathToUri, scheduleSave: save ? undefined : () => undefined });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (flag('relations')) { // what the server indexes in idle slices after the link, for edits
    const t = performance.now();
    (index as unknown as { linker: { indexRelations(): boolean } }).linker.indexRelations();
    log(`relations indexed in ${(performance.now() - t).toFixed(0)} ms`);
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) [0, 1].forEach(() => gc());
  log(`loaded ${index.size} (${summary.cached} from the cache, ${(summary as { unread?: number }).unread ?? 0} unread) in ${ms.toFixed(0)} ms: link ${index.linkRestored ? 'restored' : 'linked'} in ${index.linkMs.toFixed(0)} ms; CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB${gc ? ' after collections' : ''}`);
  await pool.close();
  return index;
}

async function main(): Promise<void> {
  const files = listTxt(ensureCorpus(size).dir);
  const cacheDir = path.join(CACHE_ROOT, `inproc-cache-${size}`);
  const from = opt('from', '');
  if (from) restamp(from, cacheDir);
  if (!existsSync(path.join(cacheDir, CACHE_FILE))) {
    log(`no analysis cache in ${cacheDir}: analysing the corpus (workers of dist/) to make it`);
    await load(files, cacheDir, true);
  }
  if (!flag('warm')) {
    rmSync(path.join(cacheDir, LINK_FILE), { force: true });
    const first = await load(files, cacheDir);
    const t = performance.now();
    await saveIndexLink(first, cacheDir);
    await saveIndexCache(first, cacheDir); // as the server does when idle (the files' stamps with it)
    log(`link stored in ${(performance.now() - t).toFixed(0)} ms; analyses ${mb(path.join(cacheDir, CACHE_FILE))}, link ${mb(path.join(cacheDir, LINK_FILE))}`);
  }
  for (let run = 0; run < runs; run++) await load(files, cacheDir);
}

main().then(() => process.exit(0), (e: Error) => {
  console.error(`failed: ${e.stack ?? e.message}`);
  process.exit(1);
});

/**
 * The stored link in process (issue 11, warm start): the analyses of a generated corpus from the CLI's
 * analysis cache (.corpus-lens/cache, written by `corpus-lens check` on the corpus folder), then a full
 * link, its snapshot, writing and reading the stored link, and restoring it into a fresh linker; prints
 * ms per step and the file's size. Asserts nothing (test/unit/linkStore.test.ts checks the equality).
 *
 *   node dist/cli.js check .cache/bench/corpus-10000/articles   # once, for the analysis cache
 *   node --import tsx bench/linkStore.ts [--cache .corpus-lens/cache] [--runs 3]
 */
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EMPTY_CONFIG } from '../server/src/core/config';
import { IncrementalLinker } from '../server/src/core/linking/incremental';
import type { DocumentAnalysis } from '../server/src/core/types';
import { CACHE_FILE, loadCache } from '../server/src/index/analysis/cache';
import { LINK_FILE, linkKey, loadStoredLink, saveStoredLink } from '../server/src/index/linkStore';
import { probeArgs } from './lib/stats';

const { opt } = probeArgs();
const dir = opt('cache', path.join('.corpus-lens', 'cache'));
const runs = Number(opt('runs', '3'));
const log = (s: string) => process.stderr.write(`${s}\n`);

async function timed<T>(label: string, f: () => T | Promise<T>): Promise<T> {
  const t = performance.now();
  const out = await f();
  log(`${label}: ${(performance.now() - t).toFixed(0)} ms`);
  return out;
}

async function main(): Promise<void> {
  const bytes = readFileSync(path.join(dir, CACHE_FILE));
  const version = JSON.parse(bytes.subarray(12, 12 + bytes.readUInt32LE(8)).toString('utf8')).engine as string;
  const cache = await timed('read the analysis cache', () => loadCache(dir, version));
  const docs = new Map<string, DocumentAnalysis>([...cache.entries.values()].map((e, i) => [`file:///corpus/${String(i).padStart(6, '0')}-${e.hash}.txt`, e.analysis]));
  const key = linkKey(EMPTY_CONFIG, [...cache.entries.values()].map((e, i) => [`file:///corpus/${i}`, e.hash] as const));
  log(`${docs.size} documents, ${[...docs.values()].reduce((n, d) => n + d.mentions.length, 0)} mentions`);
  const out = path.join(dir, 'bench');
  for (let run = 0; run < runs; run++) {
    const linker = new IncrementalLinker(EMPTY_CONFIG);
    await timed('link (load)', () => linker.load(docs, EMPTY_CONFIG));
    const snapshot = (await timed('snapshot', () => linker.snapshot()))!;
    await timed('write the stored link', () => saveStoredLink(out, { key, snapshot }));
    log(`stored link: ${(statSync(path.join(out, LINK_FILE)).size / 2 ** 20).toFixed(1)} MB, ${snapshot.entities.length} entities, ${snapshot.occurrences.mention.length} occurrences`);
    const read = await timed('read the stored link', () => loadStoredLink(out));
    const fresh = new IncrementalLinker(EMPTY_CONFIG);
    const ok = await timed('restore', () => fresh.restore(docs, EMPTY_CONFIG, read.stored!.snapshot));
    log(`restored: ${ok}, entities ${fresh.linked.entities.size} (linked ${linker.linked.entities.size})`);
  }
}

void main();

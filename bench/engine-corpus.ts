/**
 * npm run bench:engine:corpus — articles per second analysing DISTINCT articles of the generated
 * corpus in one process (as one worker of a cold index does), after a warm-up on other articles of it.
 * Unlike bench:engine (the seeds again and again), every article brings names the caches have not seen.
 * Prints numbers; asserts nothing.
 *
 *   ARTICLES=2000 WARMUP=300 CORPUS=10000 npm run bench:engine:corpus
 *   CORPUS_ROOT=some/folder …  reads (or writes) the corpus below that folder instead of .cache/bench
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../server/src/core/analyze';
import { CACHE_ROOT, ensureCorpus } from './corpus/generate';

const CORPUS = Number(process.env.CORPUS ?? 10000);
const ARTICLES = Number(process.env.ARTICLES ?? 2000);
const WARMUP = Number(process.env.WARMUP ?? 300);

async function main(): Promise<void> {
  const { dir } = ensureCorpus(CORPUS, { root: process.env.CORPUS_ROOT ?? CACHE_ROOT });
  const files = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort();
  const warm = files.slice(0, WARMUP).map((f) => readFileSync(join(dir, 'articles', f), 'utf8'));
  const texts = files.slice(WARMUP, WARMUP + ARTICLES).map((f) => readFileSync(join(dir, 'articles', f), 'utf8'));
  const engine = await createEngine();
  const t0 = performance.now();
  for (const t of warm) engine.analyze(t);
  const warmMs = performance.now() - t0;
  let mentions = 0;
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  for (const t of texts) mentions += engine.analyze(t).mentions.length;
  const ms = performance.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`warm-up: ${warm.length} articles in ${warmMs.toFixed(0)} ms`);
  console.log(`${texts.length} distinct articles of corpus-${CORPUS} in ${ms.toFixed(0)} ms = ${(texts.length / (ms / 1000)).toFixed(0)} articles/s, ${((chars / 1e6) / (ms / 1000)).toFixed(2)} M chars/s, ${(mentions / texts.length).toFixed(1)} mentions per article`);
  // On a shared machine the wall clock counts time other processes held the core; CPU time does not.
  console.log(`CPU time: ${cpuMs.toFixed(0)} ms = ${(texts.length / (cpuMs / 1000)).toFixed(0)} articles per CPU second`);
  console.log(`heap used: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});

/**
 * Cold link time in process (issue 11): the analyses of N generated articles (analysed once, kept in
 * .cache/bench/link-analyses-N.json), then linkCorpus per phase, IncrementalLinker.load and the
 * relation index (indexRelations), each run `--runs` times; prints ms per phase (median). Asserts nothing.
 *
 *   node --import tsx bench/link.ts [--size 10000] [--runs 3]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../server/src/core/analyze';
import { EMPTY_CONFIG } from '../server/src/core/config';
import type { DocumentAnalysis } from '../server/src/core/types';
import type { LinkItem } from '../server/src/core/linking/buildEntity';
import { buildEntity } from '../server/src/core/linking/buildEntity';
import { joinIntroducedAbbreviations, resolveShortForms } from '../server/src/core/linking/abbreviations';
import { IncrementalLinker } from '../server/src/core/linking/incremental';
import { KeyGroups } from '../server/src/core/linking/keyGroups';
import { documentItems, linkContext } from '../server/src/core/linking/linkCorpus';
import { joinVariantKeys } from '../server/src/core/linking/neighbours';
import { resolveSurnames } from '../server/src/core/linking/surnames';
import { pushTo } from '../server/src/core/util/multiMap';
import { CACHE_ROOT, generateCorpus } from './corpus/generate';

const arg = (name: string, d: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1] || d) || d;
const size = arg('size', 10_000);
const runs = arg('runs', 3);

async function analyses(): Promise<Map<string, DocumentAnalysis>> {
  const file = path.join(CACHE_ROOT, `link-analyses-${size}.json`);
  if (existsSync(file)) return new Map(JSON.parse(readFileSync(file, 'utf8')));
  const engine = await createEngine();
  const docs = new Map(generateCorpus(size).files.map((f) => [`file:///bench/${f.name}`, engine.analyze(f.text)] as const));
  writeFileSync(file, JSON.stringify([...docs]));
  return docs;
}

/** linkCorpus's steps one by one (as linkItems runs them), ms each. */
function phases(docs: Map<string, DocumentAnalysis>): Record<string, number> {
  const out: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    out[name] = now - t;
    t = now;
  };
  const ctx = linkContext(EMPTY_CONFIG);
  const items = [...docs.keys()].sort().flatMap((uri, rank) => documentItems(uri, docs.get(uri)!, rank, ctx));
  lap('items+keys');
  const groups = new KeyGroups();
  for (const it of items) if (it.mk.kind !== 'last') groups.add(it.mk.key);
  joinVariantKeys(items.filter((it) => it.mk.kind !== 'last').map((it) => it.mk), ctx.aliases, groups);
  lap('variantKeys');
  joinIntroducedAbbreviations(items, groups);
  lap('abbreviations');
  const surnameKeys = resolveSurnames(items, groups);
  lap('surnames');
  resolveShortForms(items, groups, surnameKeys);
  lap('shortForms');
  const buckets = new Map<string, LinkItem[]>();
  for (const it of items) pushTo(buckets, groups.find(surnameKeys.get(it) ?? it.mk.key), it);
  lap('buckets');
  for (const bucket of buckets.values()) buildEntity(bucket, ctx);
  lap('buildEntity');
  return out;
}

function whole(docs: Map<string, DocumentAnalysis>): Record<string, number> {
  const linker = new IncrementalLinker(EMPTY_CONFIG);
  const t0 = performance.now();
  linker.load(docs);
  const t1 = performance.now();
  linker.indexRelations();
  return { 'load (full link)': t1 - t0, indexRelations: performance.now() - t1 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const docs = await analyses();
  const rows = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    for (const [k, v] of Object.entries({ ...phases(docs), ...whole(docs) })) pushTo(rows, k, v);
  }
  console.log(`${docs.size} articles, ${runs} runs, median ms:`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(18)} ${median(v).toFixed(0).padStart(6)}   (${v.map((x) => x.toFixed(0)).join(', ')})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * The variant matcher kept up to date edit by edit (VariantMatcher.update, with the facts it keeps per
 * mention of a large entity) ends where a full pass over the same texts ends: the same pairs and the
 * same findings, after names respelled, an article removed and one added back (the variants test
 * corpus, and the benchmark's generated corpus, whose countries and frequent people have many mentions).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { createEngine, type Engine } from '../../server/src/core/analyze';
import { CorpusIndex } from '../../server/src/index/corpusIndex';
import { generateCorpus } from '../../bench/corpus/generate';

const DIR = join(__dirname, '..', 'variants3', 'articles');

/** The matcher's state as comparable text: its pairs and the index's findings, sorted. */
function state(index: CorpusIndex): { pairs: string[]; findings: string[] } {
  return {
    pairs: index.variantPairs().map((p) => JSON.stringify(p)).sort(),
    findings: index.findings().map((f) => JSON.stringify(f)).sort(),
  };
}

async function fresh(engine: Engine, texts: ReadonlyMap<string, string>): Promise<CorpusIndex> {
  const index = new CorpusIndex(engine);
  await index.loading(async () => {
    for (const [uri, text] of texts) index.set(uri, text);
  });
  return index;
}

/** The text with one letter doubled in the n-th capitalised word of five letters or more. */
function respelled(text: string, n: number): string {
  const words = [...text.matchAll(/(?<=\s)\p{Lu}\p{Ll}{4,}/gu)];
  const w = words[n % words.length];
  const at = w.index! + 3;
  return text.slice(0, at) + text[at] + text.slice(at);
}

/** Runs edits on an index of the texts, comparing it after each with an index built afresh. */
async function editAndCompare(engine: Engine, texts: ReadonlyMap<string, string>, respell: number[]): Promise<void> {
  const index = await fresh(engine, texts);
  const start = state(index);
  assert.ok(start.pairs.length > 10, `pairs to compare: ${start.pairs.length}`);
  const uris = [...texts.keys()];
  const now = new Map(texts);
  const set = (uri: string, text: string) => {
    now.set(uri, text);
    index.set(uri, text);
  };
  const edits: Array<() => void> = [
    ...respell.map((i, k) => () => set(uris[i], respelled(now.get(uris[i])!, k * 5 + 2))),
    () => {
      now.delete(uris[3]);
      index.delete(uris[3]);
    },
    () => set(uris[3], texts.get(uris[3])!),
  ];
  for (const [k, edit] of edits.entries()) {
    edit();
    const want = state(await fresh(engine, now));
    const got = state(index);
    assert.deepEqual(got.pairs, want.pairs, `pairs after edit ${k}`);
    assert.deepEqual(got.findings, want.findings, `findings after edit ${k}`);
  }
  assert.notDeepEqual(state(index), start, 'the edits changed the pairs or findings');
}

describe('variant matcher: an edit ends where a full pass ends', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine();
  });

  it('respelled names, a removed and a re-added article: the same pairs and findings as from scratch', async () => {
    const texts = new Map<string, string>();
    for (const f of readdirSync(DIR).filter((n) => n.endsWith('.txt')).sort()) texts.set(`file:///c/${f}`, readFileSync(join(DIR, f), 'utf8'));
    await editAndCompare(engine, texts, [0, 7, 13, 21]);
  });

  it('text moved before the mentions of large entities, and one more mention of one: as from scratch', async () => {
    const texts = new Map<string, string>(generateCorpus(150).files.map((f) => [`file:///m/${f.name}`, f.text]));
    const index = await fresh(engine, texts);
    const large = index.entities().filter((e) => e.mentions.length >= 50 && e.type !== 'DATE');
    assert.ok(large.length > 0, 'an entity of 50 mentions or more');
    const uri = large[0].mentions[0].uri;
    const text = texts.get(uri)!;
    const line = text.indexOf('\n') + 1;
    // A sentence without names before every mention of the article (its large entities only move), then one mention more.
    const moved = `${text.slice(0, line)}Об этом стало известно вечером.\n${text.slice(line)}`;
    const hit = index.mentionsIn(uri).find((h) => h.entity.id === large[0].id)!;
    const more = `${moved}\n${hit.mention.text} снова в новостях.\n`;
    for (const edited of [moved, more, text]) {
      index.set(uri, edited);
      const want = state(await fresh(engine, new Map([...texts, [uri, edited]])));
      assert.deepEqual(state(index), want);
    }
  });

  it('the same with entities of many mentions (the facts kept per mention are used)', async () => {
    const texts = new Map(generateCorpus(150).files.map((f) => [`file:///b/${f.name}`, f.text] as const));
    await editAndCompare(engine, texts, [1, 2, 5, 9, 17]);
  });
});

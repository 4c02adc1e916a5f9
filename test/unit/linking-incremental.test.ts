/**
 * The incremental linker gives what linking the whole corpus gives: after every step of a random
 * sequence of edits (articles replaced by others, names respelled, documents deleted and added),
 * the entities (as sets of mentions with their names) and the findings equal a full re-link.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { createEngine, type Engine } from '../../server/src/core/analyze';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { findInconsistencies } from '../../server/src/core/consistency/findInconsistencies';
import { linkCorpus, type LinkedCorpus } from '../../server/src/core/linking/linkCorpus';
import type { DocumentAnalysis } from '../../server/src/core/types';
import { CorpusIndex } from '../../server/src/index/corpusIndex';

const ROOT = resolve(__dirname, '..', '..');
const FOLDERS = ['seeds', 'test/heldout/articles', 'test/heldout2/articles'];
const texts = FOLDERS.flatMap((d) =>
  readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, d, f), 'utf8')),
);

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One letter dropped or doubled inside a capitalized word: a spelling variant, or a new name. */
function respell(text: string, rnd: () => number): string {
  const words = [...text.matchAll(/\p{Lu}\p{Ll}{4,}/gu)];
  if (!words.length) return text;
  const w = words[Math.floor(rnd() * words.length)];
  const at = w.index! + 2 + Math.floor(rnd() * (w[0].length - 3));
  return rnd() < 0.5 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + text[at] + text.slice(at);
}

/** Entities as comparable strings: type, name and the sorted mentions. */
function entitiesOf(linked: LinkedCorpus): string[] {
  return [...linked.entities.values()]
    .map((e) => `${e.type}|${e.name}|${e.spellings.join(',')}|${e.variants.map((v) => v.spelling).join(',')}|${e.roles.length}|${e.mentions.map((m) => `${m.uri}#${m.index}`).sort().join(' ')}`)
    .sort();
}

describe('incremental linking equals a full re-link', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine();
  });

  for (const seed of [1, 2, 3]) {
    it(`random edits, seed ${seed}`, () => {
      const rnd = random(seed);
      const index = new CorpusIndex(engine);
      const docs = new Map<string, DocumentAnalysis>();
      let checked = 0;
      for (let step = 0; step < 40; step++) {
        const uri = `file:///c/${Math.floor(rnd() * 12)}.txt`;
        const roll = rnd();
        if (roll < 0.1) {
          index.delete(uri);
          docs.delete(uri);
        } else {
          const base = texts[Math.floor(rnd() * texts.length)];
          const text = roll < 0.55 ? respell(base, rnd) : base;
          docs.set(uri, index.set(uri, text).analysis);
        }
        if (step % 4 !== 3) continue;
        const full = linkCorpus(docs, EMPTY_CONFIG);
        assert.deepEqual(entitiesOf(index.link()), entitiesOf(full), `step ${step}`);
        const place = (f: { uri: string; start: number; replacement: string }) => `${f.uri}@${f.start}>${f.replacement}`;
        assert.deepEqual(index.findings().filter((f) => !f.pair).map(place), findInconsistencies(docs, full, EMPTY_CONFIG).map(place), `findings, step ${step}`);
        checked++;
      }
      assert.equal(checked, 10);
    });
  }

  it('local edits (sentences inserted, deleted, names respelled) equal a full re-link', async () => {
    const rnd = random(11); // a sequence whose respellings the matcher pairs (the precondition below)
    const index = new CorpusIndex(engine);
    await index.loading(async () => undefined); // the dictionary loaded (the matcher's common words and strays)
    let withPairs = 0;
    const docs = new Map<string, DocumentAnalysis>();
    const current = new Map<string, string>();
    for (let d = 0; d < 10; d++) {
      const uri = `file:///l/${d}.txt`;
      current.set(uri, texts[d % texts.length]);
      docs.set(uri, index.set(uri, texts[d % texts.length]).analysis);
    }
    for (let step = 0; step < 30; step++) {
      const uri = `file:///l/${Math.floor(rnd() * 10)}.txt`;
      const text = current.get(uri)!;
      const sentences = text.split(/(?<=[.!?»])\s+/);
      const at = Math.floor(rnd() * sentences.length);
      const roll = rnd();
      if (roll < 0.4) {
        const donor = texts[Math.floor(rnd() * texts.length)].split(/(?<=[.!?»])\s+/);
        sentences.splice(at, 0, donor[Math.floor(rnd() * donor.length)]);
      } else if (roll < 0.7) sentences.splice(at, 1);
      else sentences[at] = respell(sentences[at], rnd);
      const edited = sentences.join(' ');
      current.set(uri, edited);
      docs.set(uri, index.set(uri, edited).analysis);
      const full = linkCorpus(docs, EMPTY_CONFIG);
      assert.deepEqual(entitiesOf(index.link()), entitiesOf(full), `step ${step}`);
      const place = (f: { uri: string; start: number; end: number; replacement: string }) => `${f.uri}@${f.start}-${f.end}>${f.replacement}`;
      assert.deepEqual(index.findings().filter((f) => !f.pair).map(place), findInconsistencies(docs, full, EMPTY_CONFIG).map(place), `findings, step ${step}`);
      // The matcher's findings in the edited article equal those of an index linked from scratch.
      const fresh = new CorpusIndex(engine);
      await fresh.loading(async () => {
        for (const [u, t] of current) fresh.set(u, t);
      });
      const pairsIn = (ix: CorpusIndex) => ix.findingsIn(uri).filter((f) => f.pair).map((f) => `${place(f)} ${f.pair!.level}`);
      assert.deepEqual(pairsIn(index), pairsIn(fresh), `matcher findings, step ${step}`);
      // ... and so are the entities merged by sure pairs, as queries see them.
      const merged = (ix: CorpusIndex) => ix.mentionsIn(uri).map((h) => `${h.index}:${h.entity.id}:${h.entity.mentions.length}`);
      assert.deepEqual(merged(index), merged(fresh), `merged entities, step ${step}`);
      if (pairsIn(fresh).length) withPairs++;
    }
    assert.ok(withPairs > 0, 'some steps compare matcher findings');
  });

  it('typing outside names moves offsets only, and findings follow', () => {
    const index = new CorpusIndex(engine);
    const text = texts[1];
    index.set('file:///a.txt', text);
    index.set('file:///b.txt', texts[2]);
    const before = index.findings().filter((f) => f.uri === 'file:///a.txt');
    const edited = `Вставка. ${text}`;
    index.set('file:///a.txt', edited);
    const after = index.findings().filter((f) => f.uri === 'file:///a.txt');
    assert.equal(after.length, before.length);
    for (const f of after) assert.equal(edited.slice(f.start, f.end), f.text);
    assert.deepEqual(after.map((f) => f.start), before.map((f) => f.start + 'Вставка. '.length));
    assert.ok(before.length > 0, 'the seed article 001 has its one finding');
  });
});

/**
 * Issue 15: with a config of 100,000 alias groups every change stalled 22.6 s (the corpus was re-linked).
 * The config reader keeps the first CONFIG_LIMITS.aliasGroups, and an edit re-links only the component
 * of its mentions: the work of one update (items walked and re-linked, entities rebuilt, counted by the
 * linker) is the same with 10 groups as with the maximum, and a small part of the corpus. Counts, not time.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { createEngine, type Engine } from '../../server/src/core/analyze';
import { CONFIG_LIMITS, readConfig, type CorpusConfig } from '../../server/src/core/config';
import { IncrementalLinker } from '../../server/src/core/linking/incremental';
import type { DocumentAnalysis } from '../../server/src/core/types';

const ROOT = resolve(__dirname, '..', '..');
const FOLDERS = ['seeds', 'test/heldout/articles', 'test/heldout2/articles'];
const EDITED = 'file:///c/00.txt';
/** Typed at the end of the first article: a person and an aliased country the corpus mentions elsewhere. */
const SENTENCE = ' Об этом сообщил Сергей Лавров, побывавший в Российской Федерации.';

/** `count` alias groups as a config file would give them: one about the corpus, the rest made-up companies. */
function aliasConfig(count: number): { config: CorpusConfig; problems: string[] } {
  const aliases = [['Российская Федерация', 'Россия', 'РФ'], ...Array.from({ length: count - 1 }, (_, i) => [`Корпорация Зета${i}`, `КЗ${i}`])];
  return readConfig({ aliases });
}

/** Loads the corpus, applies the edit, and returns what that one update did. */
function editWork(config: CorpusConfig, docs: Map<string, DocumentAnalysis>, edited: DocumentAnalysis) {
  const linker = new IncrementalLinker(config);
  linker.load(docs, config);
  linker.indexRelations();
  const { walked, relinked } = linker.stats;
  const delta = linker.update(EDITED, edited);
  const entities = [...linker.linked.entities.values()].map((e) => `${e.type}|${e.name}|${e.mentions.length}`).sort();
  return { walked: linker.stats.walked - walked, relinked: linker.stats.relinked - relinked, rebuilt: delta.added.length, removed: delta.removed.length, entities };
}

describe('re-linking after an edit does not depend on the size of the alias table', () => {
  let engine: Engine;
  const docs = new Map<string, DocumentAnalysis>();
  let first = '';

  before(async () => {
    engine = await createEngine();
    const texts = FOLDERS.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, d, f), 'utf8')));
    first = texts[0];
    texts.forEach((text, i) => docs.set(`file:///c/${String(i).padStart(2, '0')}.txt`, engine.analyze(text)));
  });

  it('10 groups and the maximum: the same items walked and re-linked, the same entities rebuilt, a small part of the corpus', () => {
    const small = aliasConfig(10);
    const large = aliasConfig(100_000);
    assert.equal(small.config.aliases.length, 10);
    assert.equal(large.config.aliases.length, CONFIG_LIMITS.aliasGroups);
    assert.deepEqual(large.problems, [`"aliases" has 100000 groups; only the first ${CONFIG_LIMITS.aliasGroups} were read`]);
    const edited = engine.analyze(first + SENTENCE);
    const few = editWork(small.config, docs, edited);
    const many = editWork(large.config, docs, edited);
    const total = [...docs.values()].reduce((n, a) => n + a.mentions.length, 0);
    console.log(`corpus ${total} mentions; one edit with 10 groups: ${JSON.stringify({ ...few, entities: few.entities.length })}; with ${CONFIG_LIMITS.aliasGroups}: ${JSON.stringify({ ...many, entities: many.entities.length })}`);
    assert.ok(few.relinked > 0 && few.rebuilt > 0, 'the edit re-linked nothing: the sentence added no mention');
    assert.deepEqual({ ...many, entities: [] }, { ...few, entities: [] });
    assert.deepEqual(many.entities, few.entities);
    assert.ok(few.relinked * 4 < total, `${few.relinked} of ${total} mentions re-linked: the corpus was re-linked`);
  });
});

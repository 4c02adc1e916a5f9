/**
 * What the matcher keeps to avoid work gives what it would compute afresh: a mention's facts per
 * distinct mention (factsKey), a stray word's candidates per word until an entity changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../server/src/core/types';
import type { MatchEntity } from '../../server/src/core/variants/candidates';
import { factsKey, freshFacts, mentionFacts, unitSpelling } from '../../server/src/core/variants/matchInput';
import { VariantIndex } from '../../server/src/core/variants/variantIndex';

function mention(start: number, text: string, lemmas: string[], person?: Mention['person']): Mention {
  let at = start;
  const words = text.split(' ').map((w, i) => {
    const word = { start: at, end: at + w.length, lemma: lemmas[i] };
    at += w.length + 1;
    return word;
  });
  return { start, end: start + text.length, text, type: 'PER', name: lemmas.join(' '), words, ...(person ? { person } : {}) };
}

test('a mention written alike elsewhere has the same key and the same facts; another lemma or name part does not', () => {
  const person = { first: 'Анна', last: 'Бельская', gender: 'f' as const };
  const a = mention(10, 'Анны Бельской', ['Анна', 'Бельская'], person);
  const b = mention(5000, 'Анны Бельской', ['Анна', 'Бельская'], person);
  assert.equal(factsKey(a), factsKey(b));
  const facts = freshFacts({ type: 'PER', name: 'Анна Бельская' });
  assert.equal(facts(a), facts(b), 'one facts object for both');
  assert.deepEqual(facts(b), mentionFacts('PER', b, unitSpelling('Анна Бельская')));
  const lemma = mention(10, 'Анны Бельской', ['Анна', 'Бельский'], person);
  assert.notEqual(factsKey(lemma), factsKey(a));
  assert.notDeepEqual(facts(lemma), facts(a));
  const noFirst = mention(10, 'Анны Бельской', ['Анна', 'Бельская'], { last: 'Бельская', gender: 'f' });
  assert.notEqual(factsKey(noFirst), factsKey(a));
  assert.equal(facts(noFirst).first, undefined);
  assert.notEqual(factsKey({ ...a, person: { ...person, first: '' } }), factsKey(a), 'an empty name part is not a missing one');
});

test("a stray word's candidates follow the entities added and removed", () => {
  const entity = (id: string, word: string, count: number): MatchEntity => ({
    id, type: 'PER', name: word, words: [{ spelling: word, count, part: 'last' }], documents: ['a'], mentions: count,
  });
  const vi = new VariantIndex();
  assert.deepEqual(vi.strayCandidates('Атиасом'), []);
  vi.set(entity('PER:Аттиас', 'Аттиас', 3));
  assert.deepEqual(vi.strayCandidates('Атиасом').map((c) => [c.target.entity.id, c.word]), [['PER:Аттиас', 'Аттиасом']]);
  vi.delete('PER:Аттиас');
  assert.deepEqual(vi.strayCandidates('Атиасом'), []);
});

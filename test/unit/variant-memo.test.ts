/**
 * What the matcher keeps to avoid work gives what it would compute afresh: a mention's facts per
 * distinct mention (factsKey), a stray word's candidates per word until an entity under its keys
 * changes, the runs of words keyed for a stray name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../server/src/core/types';
import type { MatchEntity } from '../../server/src/core/variants/candidates';
import { factsKey, freshFacts, mentionFacts, unitSpelling } from '../../server/src/core/variants/matchInput';
import { VariantIndex } from '../../server/src/core/variants/variantIndex';
import { strayNamePairsIn } from '../../server/src/core/variants/stray';

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

test("a stray word's candidates are kept while entities under other blocking keys change, and made again when one under its keys does", () => {
  const entity = (id: string, word: string, count: number): MatchEntity => ({
    id, type: 'PER', name: word, words: [{ spelling: word, count, part: 'last' }], documents: ['a'], mentions: count,
  });
  const vi = new VariantIndex();
  vi.set(entity('PER:Аттиас', 'Аттиас', 3));
  const kept = vi.strayCandidates('Атиасом');
  vi.set(entity('PER:Брюгтехник', 'Брюгтехник', 2));
  assert.equal(vi.strayCandidates('Атиасом'), kept, 'an entity under no key of the word leaves them');
  vi.set(entity('PER:Аттиас', 'Аттиас', 5));
  const again = vi.strayCandidates('Атиасом');
  assert.notEqual(again, kept, 'the entity under its keys changed');
  assert.deepEqual(again.map((c) => [c.target.entity.id, c.target.count]), [['PER:Аттиас', 5]]);
});

test('a run of words is keyed for a stray name only when an organization or a place has a key opening with its first letters', () => {
  const org = (id: string, name: string): MatchEntity => ({
    id, type: 'ORG', name, words: [], names: [{ text: name, count: 4 }], documents: ['a'], mentions: 4,
  });
  const vi = new VariantIndex();
  vi.set({ id: 'PER:Вектор Лабов', type: 'PER', name: 'Вектор Лабов', words: [], documents: ['a'], mentions: 3 });
  assert.equal(vi.strayNameMayOpen('Вектор'), false, "a person's name has no stray name");
  vi.set(org('ORG:Вектор.Лаб', 'Вектор.Лаб'));
  assert.equal(vi.strayNameMayOpen('Вектор'), true);
  assert.equal(vi.strayNameMayOpen('Вёкторный'), true, 'ё as е');
  assert.equal(vi.strayNameMayOpen('Москва'), false);
  assert.equal(vi.strayNameMayOpen('Имени'), true, "'имени' is shortened in a key");
  assert.equal(vi.strayNameMayOpen('Ab'), true, 'not three Cyrillic letters: may');
  vi.delete('ORG:Вектор.Лаб');
  assert.equal(vi.strayNameMayOpen('Вектор'), false);
  vi.set(org('ORG:Вектор.Лаб', 'Вектор.Лаб'));
  const text = 'Компания Вектор Лаб сообщила. Москва Сити.';
  const lookup = (k: string) => vi.strayName(k);
  assert.deepEqual(strayNamePairsIn('a', text, [], lookup, (w) => vi.strayNameMayOpen(w)), strayNamePairsIn('a', text, [], lookup));
  assert.equal(strayNamePairsIn('a', text, [], lookup, (w) => vi.strayNameMayOpen(w)).length, 1);
});

/**
 * A spelling already paired better is not flagged again against a relative (evidence.ts
 * explainedElsewhere); hyphenated names inflected in every part, and an adjective against a noun of one
 * stem, are no variants.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findVariantPairs, type MatchEntity } from '../../server/src/core/variants/candidates';
import { inflectionOf, wordRules } from '../../server/src/core/variants/evidence';
import { align } from '../../server/src/core/variants/align';

type Words = Array<[string, number, 'first' | 'last']>;
const person = (id: string, name: string, words: Words, neighbours: string[]): MatchEntity => ({
  id, type: 'PER', name, mentions: words.reduce((n, [, c, part]) => (part === 'last' ? n + c : n), 0),
  documents: ['d1'], neighbours, first: words.find(([, , part]) => part === 'first')?.[0],
  words: words.map(([spelling, count, part]) => ({ spelling, count, part })),
});
const touching = (pairs: ReturnType<typeof findVariantPairs>, id: string) =>
  pairs.filter((p) => p.variant.entity === id || p.preferred.entity === id);

describe('a spelling explained by another entity', () => {
  it('the relative is not paired with the variant inside the other person', () => {
    const father = person('father', 'Сигэру Ямадзаки', [['Сигэру', 2, 'first'], ['Ямадзаки', 2, 'last'], ['Ямазаки', 1, 'last']], ['wife']);
    const wife = person('wife', 'Митико Ямадзаки', [['Митико', 1, 'first'], ['Ямадзаки', 1, 'last']], ['father']);
    assert.equal(touching(findVariantPairs([father, wife]), 'wife').length, 0);
  });

  it('a bare variant goes with the person who writes the usual spelling most', () => {
    const brother = person('brother', 'Ашот Аветисян', [['Ашот', 1, 'first'], ['Аветисян', 1, 'last']], ['levon', 'bare']);
    const levon = person('levon', 'Левон Аветисян', [['Левон', 1, 'first'], ['Аветисян', 2, 'last']], ['brother', 'bare']);
    const bare: MatchEntity = { id: 'bare', type: 'PER', name: 'Аветисьян', mentions: 1, documents: ['d1'], neighbours: ['brother', 'levon'], words: [{ spelling: 'Аветисьян', count: 1, part: 'last' }] };
    const pairs = findVariantPairs([brother, levon, bare]);
    assert.equal(touching(pairs, 'brother').length, 0);
    assert.equal(touching(pairs, 'levon').length, 1);
  });
});

describe('no variants', () => {
  it('a hyphenated name inflected in both parts', () => {
    assert.equal(inflectionOf('Ривьеры-Мацесты', 'Ривьера-Мацеста'), 'inflection');
    assert.equal(inflectionOf('Ривьере-Мацесте', 'Ривьера-Мацеста'), 'inflection');
    assert.equal(inflectionOf('Ривьере-Масесте', 'Ривьера-Мацеста'), null);
  });

  it('an adjective and a noun of one stem', () => {
    assert.notEqual(wordRules('Александринки', 'Александринский', align('Александринки', 'Александринский'), {}), null);
    assert.equal(wordRules('Сорочанский', 'Сорочинский', align('Сорочанский', 'Сорочинский'), {}), null);
  });

  it('two acronyms one letter apart name two bodies (a branch, another institute)', () => {
    assert.equal(wordRules('ФАС', 'УФАС', align('ФАС', 'УФАС'), {}), 'acronyms of two bodies');
    assert.equal(wordRules('ОИЯИ', 'ИЯИ', align('ОИЯИ', 'ИЯИ'), {}), 'acronyms of two bodies');
    // The rule is about acronyms: a name with a letter dropped is still judged as a variant.
    assert.equal(wordRules('Мовсисиян', 'Мовсисян', align('Мовсисиян', 'Мовсисян'), {}), null);
  });
});

describe('a gender guessed from the syllable compared', () => {
  const korean = (id: string, name: string, count: number, gender: 'm' | 'f'): MatchEntity => ({
    id, type: 'PER', name, mentions: count, documents: ['d1'], neighbours: [], first: 'Ю Сон', gender,
    words: name.split(' ').map((w, i) => ({ spelling: w, count, part: i === 2 ? 'last' : 'other' })),
  });
  it('does not part two spellings of one East Asian name whose other words agree', () => {
    const pairs = findVariantPairs([korean('a', 'Ю Сон Чжун', 2, 'm'), korean('b', 'Ю Сон Джун', 1, 'f')]);
    assert.deepEqual(pairs.map((p) => `${p.variant.spelling}>${p.preferred.spelling}`), ['Джун>Чжун']);
  });
  it('still parts a man and a woman whose names show their gender', () => {
    const a = person('a', 'Анна Кузнецова', [['Анна', 2, 'first'], ['Кузнецова', 2, 'last']], []);
    const b = person('b', 'Анна Кузнецева', [['Анна', 1, 'first'], ['Кузнецева', 1, 'last']], []);
    assert.equal(findVariantPairs([{ ...a, gender: 'f' }, { ...b, gender: 'f' }]).length, 1, 'one gender: a variant');
    assert.equal(findVariantPairs([{ ...a, gender: 'f' }, { ...b, gender: 'm' }]).length, 0);
  });
});

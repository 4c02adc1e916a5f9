/**
 * Alias groups are looked up by crude stems so that case forms find their group ('России' -> Россия), but a
 * bare word is no case form of a name with a vowel ending: the river Инд is not India ('Индия' -> stem 'инд').
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AliasIndex } from '../../server/src/core/linking/aliasIndex';

describe('alias lookups by crude stem', () => {
  const index = new AliasIndex([['Индия', 'Республика Индия'], ['Бакнинь'], ['Иран']]);

  it('finds a case form of a member, and a bare lemma of one ending in a soft sign', () => {
    assert.equal(index.whole('Индии')?.canonical, 'Индия');
    assert.equal(index.whole('Ирана')?.canonical, 'Иран');
    assert.equal(index.whole('Бакнин')?.canonical, 'Бакнинь');
  });

  it("does not take a bare word for a member with a vowel ending ('Инд' is no form of 'Индия')", () => {
    assert.equal(index.whole('Инд'), undefined);
    assert.equal(index.whole('Индия')?.canonical, 'Индия');
  });
});

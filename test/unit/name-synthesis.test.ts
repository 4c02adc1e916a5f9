/** Nominatives synthesized for names no dictionary knows (server/src/core/names/synthesis.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { synthesizeNominative } from '../../server/src/core/names/synthesis';

describe('name synthesis', () => {
  it('reads an unknown surname in -ск-/-цк- as an adjective, not a noun in -а', () => {
    assert.equal(synthesizeNominative('Протской', 'ablt', 'last', 'f'), 'Протская');
    assert.equal(synthesizeNominative('Протской', 'gent', 'last', 'f'), 'Протская');
    assert.equal(synthesizeNominative('Слакоррскую', 'accs', 'last', 'f'), 'Слакоррская');
    assert.equal(synthesizeNominative('Дрововским', 'ablt', 'last', 'm'), 'Дрововский');
    assert.equal(synthesizeNominative('Бурецкого', 'gent', 'last', 'm'), 'Бурецкий');
  });

  it('keeps nouns in -а that are not adjectives', () => {
    assert.equal(synthesizeNominative('Пуговкиной', 'ablt', 'last', 'f'), 'Пуговкина');
    assert.equal(synthesizeNominative('Гаршой', 'ablt', 'last', 'f'), 'Гарша');
  });
});

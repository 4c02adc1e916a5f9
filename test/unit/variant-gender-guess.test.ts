/**
 * A gender read from the compared words themselves does not forbid a pair (evidence.ts
 * genderOfComparedWord); a gender read from elsewhere still does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findVariantPairs, type MatchEntity } from '../../server/src/core/variants/candidates';

const person = (id: string, name: string, count: number, gender: 'm' | 'f', first?: string): MatchEntity => ({
  id, type: 'PER', name, mentions: count, documents: ['d1'], gender, first,
  words: name.split(' ').map((w) => ({ spelling: w, count, part: w === first ? 'first' : 'last' })),
});

const pairs = (a: MatchEntity, b: MatchEntity) => findVariantPairs([a, b]).map((p) => `${p.variant.spelling}>${p.preferred.spelling}`);

describe('gender guessed from the compared word', () => {
  it('pairs given names under one surname though one was read as a woman’s', () => {
    assert.deepEqual(pairs(person('a', 'Хилель Бен-Цур', 3, 'm', 'Хилель'), person('b', 'Гилель Бен-Цур', 1, 'f', 'Гилель')), ['Гилель>Хилель']);
  });

  it('pairs a bare foreign surname whose gender is a guess', () => {
    assert.deepEqual(pairs(person('a', 'Паулу Фигейреду', 2, 'm', 'Паулу'), person('b', 'Фигейредо', 1, 'f')), ['Фигейредо>Фигейреду']);
  });

  it('pairs a bare foreign surname the engine read as a woman’s given name', () => {
    assert.deepEqual(pairs(person('a', 'Арджун Бхаттачарья', 2, 'm', 'Арджун'), person('b', 'Бхатачарья', 1, 'f', 'Бхатачарья')), ['Бхатачарья>Бхаттачарья']);
  });

  it('still keeps apart a man and a woman named in full', () => {
    assert.deepEqual(pairs(person('a', 'Паулу Фигейреду', 2, 'm', 'Паулу'), person('b', 'Паулу Фигейредо', 1, 'f', 'Паулу')), []);
  });

  it('pairs East Asian names of short syllables whose gender is a guess, one of them cut short', () => {
    const full: MatchEntity = { ...person('a', 'Со Чжу Ван', 2, 'f'), first: 'Со Чжу' };
    assert.deepEqual(pairs(full, person('b', 'Джу Ван', 1, 'm', 'Джу')), ['Джу>Чжу']);
  });
});

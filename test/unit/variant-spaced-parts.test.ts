/** A hyphenated name of the article written with spaces (spacedParts.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MatchEntity } from '../../server/src/core/variants/candidates';
import { respell } from '../../server/src/core/variants/respell';
import { spacedHyphenated } from '../../server/src/core/variants/spacedParts';

const entity = (name: string, spelling: string, count: number): MatchEntity => ({
  id: `LOC:${name}`, type: 'LOC', name, mentions: count, documents: ['d'],
  words: [{ spelling, count, part: 'other' }],
});

describe('spacedHyphenated', () => {
  it('flags the parts written with a space and keeps the case ending of the last part', () => {
    const text = 'Завод в Ришон-ле-Ционе. Офис в Ришон ле-Ционе открыт.';
    const pairs = spacedHyphenated('d', text, [entity('Ришон-ле-Цион', 'Ришон-ле-Цион', 2)]);
    assert.equal(pairs.length, 1);
    assert.equal(pairs[0].at.text, 'Ришон ле-Ционе');
    assert.equal(pairs[0].variant.spelling, 'Ришон ле-Цион');
    assert.equal(pairs[0].preferred.spelling, 'Ришон-ле-Цион');
  });

  it('leaves the spaced spelling alone when it is written as often as the hyphenated one', () => {
    const text = 'Ким Мин Су и снова Мин Су.';
    assert.deepEqual(spacedHyphenated('d', text, [entity('Ким Мин-Су', 'Мин-Су', 1)]), []);
  });

  it('needs every part as the name writes it: other words are no variant', () => {
    const text = 'Тер Петросян выступил.';
    assert.deepEqual(spacedHyphenated('d', text, [entity('Тер-Аракелян', 'Тер-Аракелян', 3)]), []);
  });

  it('takes a name of three parts inflected in its first part, and the fix keeps that ending', () => {
    const text = 'Клуб из Ростова-на-Дону. В Ростове-на-Дону стадион. В Ростове на Дону болельщики.';
    const pairs = spacedHyphenated('d', text, [entity('Ростов-на-Дону', 'Ростов-на-Дону', 2)]);
    assert.equal(pairs.length, 1);
    assert.equal(pairs[0].at.text, 'Ростове на Дону');
    assert.equal(pairs[0].variant.spelling, 'Ростов на Дону');
    assert.equal(respell(pairs[0].at.text, pairs[0].variant.spelling, pairs[0].preferred.spelling), 'Ростове-на-Дону');
  });

  it('does not take an inflected first part of a two-part name (the last part inflects there)', () => {
    const text = 'Завод в Усть-Куте. Порт Усте Кут закрыт.';
    assert.deepEqual(spacedHyphenated('d', text, [entity('Усть-Кут', 'Усть-Кут', 2)]), []);
  });
});

describe('respell, part by part', () => {
  it('keeps the case ending of each part of a name of several words', () => {
    assert.equal(respell('Комсомольске на Амуре', 'Комсомольск на Амуре', 'Комсомольск-на-Амуре'), 'Комсомольске-на-Амуре');
    assert.equal(respell('Сергеем Тхонглуном', 'Сергей Тхонглун', 'Сергей Тонглун'), 'Сергеем Тонглуном');
  });

  it('leaves a name inflected only in its last part to the plain rule', () => {
    assert.equal(respell('Усть Кута', 'Усть Кут', 'Усть-Кут'), 'Усть-Кута');
    assert.equal(respell('Тхонглуна', 'Тхонглун', 'Тонглун'), 'Тонглуна');
  });
});

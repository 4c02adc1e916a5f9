/**
 * Hyphen/space pairs (server/src/core/variants/joins.ts): a hyphenated word of one entity and two
 * words of another written with a space, through findVariantPairs and the incremental VariantIndex.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findVariantPairs, VariantIndex, type MatchEntity } from '../../server/src/core/variants/candidates';
import { joinKey } from '../../server/src/core/variants/joins';
import { strayHyphenated } from '../../server/src/core/variants/stray';

const person = (id: string, words: string[], count: number, first?: string, spaced?: string): MatchEntity => ({
  id, type: 'PER', name: words.join(' '), mentions: count, documents: ['d1'], first,
  words: words.map((w) => ({ spelling: w, count, part: w === first ? 'first' : 'last' })),
  ...(spaced ? { spaced: [{ spelling: spaced, count }] } : {}),
});

const joined = (pairs: ReturnType<typeof findVariantPairs>) => pairs.filter((p) => p.reasons[0]?.startsWith('a hyphen')).map((p) => `${p.variant.spelling}>${p.preferred.spelling}`);

describe('hyphen/space pairs', () => {
  it('keys a two-part spelling by its letters only', () => {
    assert.equal(joinKey('Абу-Хайдар'), joinKey('Абу Хайдар'));
    assert.equal(joinKey('Абу'), '');
    assert.equal(joinKey('А-Б'), '');
  });

  it('on a tie, a person named in full holds the hyphenated spelling; a given name read from the spaced words is none', () => {
    for (const order of [0, 1]) {
      // The lone spelling is written first in the article (which alone would make it the usual one).
      const named = { ...person('named', ['Ицхак', 'Бар-Йосеф'], 1, 'Ицхак', 'Ицхак Бар-Йосеф'), firstAt: { uri: 'd1', index: 9 } };
      const lone = { ...person('lone', ['Бар', 'Йосеф'], 1, 'Бар', 'Бар Йосеф'), firstAt: { uri: 'd1', index: 4 } };
      assert.deepEqual(joined(findVariantPairs(order ? [lone, named] : [named, lone])), ['Бар Йосеф>Бар-Йосеф']);
    }
  });

  it('pairs a spaced name with a hyphenated surname, the rarer side as the variant', () => {
    const entities = [
      person('a', ['Рамзи', 'Абу-Хайдар'], 3, 'Рамзи', 'Рамзи Абу-Хайдар'),
      person('b', ['Абу', 'Хайдар'], 1, 'Абу', 'Абу Хайдар'),
    ];
    assert.deepEqual(joined(findVariantPairs(entities)), ['Абу Хайдар>Абу-Хайдар']);
    const vi = new VariantIndex();
    for (const e of entities) vi.set(e);
    assert.deepEqual(joined(vi.pairsOf(['b'])), ['Абу Хайдар>Абу-Хайдар']);
    vi.delete('a');
    assert.deepEqual(joined(vi.pairsOf(['b'])), []);
  });

  it('reads a given name that is part of the other as the same (Ким / Ким Хён), and on a tie takes the spelling written first as the usual one', () => {
    const spacedFirst = { ...person('b', ['Ким', 'Хён', 'Ук'], 1, 'Ким Хён', 'Хён Ук'), firstAt: { uri: 'd1', index: 2 } };
    const hyphened = { ...person('a', ['Ким', 'Хён-Ук'], 1, 'Ким'), firstAt: { uri: 'd1', index: 5 } };
    assert.deepEqual(joined(findVariantPairs([spacedFirst, hyphened])), ['Хён-Ук>Хён Ук']);
    const hyphenFirst = { ...hyphened, firstAt: { uri: 'd1', index: 1 } };
    assert.deepEqual(joined(findVariantPairs([spacedFirst, hyphenFirst])), ['Хён Ук>Хён-Ук']);
  });

  it('pairs the same letters under two types when the rarer side is a slip of the recognizer (plausible)', () => {
    const place: MatchEntity = { id: 'LOC:Гаврилов-Ям', type: 'LOC', name: 'Гаврилов-Ям', mentions: 3, documents: ['d1'], words: [{ spelling: 'Гаврилов-Ям', count: 3 }] };
    const slip = person('PER:Гаврилов Ям', ['Гаврилов', 'Ям'], 1, undefined, 'Гаврилов Ям');
    const pairs = findVariantPairs([place, slip]).filter((p) => p.reasons[0]?.startsWith('a hyphen'));
    assert.deepEqual(pairs.map((p) => `${p.variant.spelling}>${p.preferred.spelling} ${p.level}`), ['Гаврилов Ям>Гаврилов-Ям plausible']);
    const frequent = person('PER:Гаврилов Ям', ['Гаврилов', 'Ям'], 5, undefined, 'Гаврилов Ям');
    assert.deepEqual(joined(findVariantPairs([place, frequent])), [], 'two frequent names of two types are two names');
  });

  it('pairs a hyphenated word the recognizer left out with the case forms of a spaced name of its article, when the spaced one is written more', () => {
    const place: MatchEntity = {
      id: 'LOC:Сергиев Посад', type: 'LOC', name: 'Сергиев Посад', mentions: 3, documents: ['d1'],
      words: [{ spelling: 'Сергиев', count: 3 }, { spelling: 'Посад', count: 3 }], spaced: [{ spelling: 'Сергиев Посад', count: 3 }],
    };
    const word = (start: number) => ({ uri: 'd1', start, end: start + 15, text: 'Сергиева-Посада' });
    const found = strayHyphenated([word(10)], [place]);
    assert.deepEqual(found.map((p) => `${p.variant.spelling}>${p.preferred.spelling} ${p.level}`), ['Сергиева-Посада>Сергиев Посад sure']);
    assert.deepEqual(strayHyphenated([word(10), word(40), word(70)], [place]), [], 'written as often as the spaced name: no variant');
    assert.deepEqual(strayHyphenated([{ uri: 'd1', start: 0, end: 12, text: 'Сергиева-Лавра' }], [place]), []);
  });

  it('keeps apart two people with different given names', () => {
    const entities = [
      person('a', ['Рамзи', 'Абу-Хайдар'], 3, 'Рамзи'),
      person('b', ['Юсеф', 'Абу', 'Хайдар'], 1, 'Юсеф', 'Абу Хайдар'),
    ];
    assert.deepEqual(joined(findVariantPairs(entities)), []);
  });
});

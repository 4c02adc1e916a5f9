/**
 * Kinds of variants the matcher learnt late (server/src/core/variants/align.ts, evidence.ts): foreign
 * renderings with a final letter or two alternations, and a rare spelling whose lemma the engine left
 * in a case form or in the other gender. Invented names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align } from '../../server/src/core/variants/align';
import { blockKeys, findVariantPairs, type MatchEntity } from '../../server/src/core/variants/candidates';
import { inflectionOf, obliqueAlignment, wordRules } from '../../server/src/core/variants/evidence';

const kinds = (x: string, y: string) => align(x, y).edits.map((e) => e.kind);

const person = (id: string, name: string, count: number, gender: 'm' | 'f', extra: Partial<MatchEntity> = {}): MatchEntity => {
  const words = name.split(' ');
  return {
    id, type: 'PER', name, mentions: count, documents: ['d1'], gender, first: words.length > 1 ? words[0] : undefined,
    words: words.map((w, i) => ({ spelling: w, count, part: words.length === 1 || i > 0 ? 'last' : 'first' })),
    ...extra,
  };
};

describe('transcription alternations', () => {
  it('reads an h between vowels as a transcription (Шахин / Шаин)', () => {
    assert.deepEqual(align('Шаин', 'Шахин').edits.map((e) => e.kind), ['transcription']);
    assert.deepEqual(align('Махов', 'Маов').edits.map((e) => e.kind), ['transcription']);
    assert.deepEqual(align('Шахт', 'Шат').edits.map((e) => e.kind), ['insert-consonant']);
    assert.deepEqual(align('Мизуно', 'Мидзуно').edits.map((e) => e.kind), ['transcription'], 'Japanese дз/з');
  });

  it('names final -о/-у, -с/-ш, a final -х and a nasal н as transcriptions', () => {
    assert.deepEqual(kinds('Пинейро', 'Пинейру'), ['transcription']);
    assert.deepEqual(kinds('Таварес', 'Тавареш'), ['transcription']);
    assert.deepEqual(kinds('Квансах', 'Кванса'), ['transcription']);
    assert.deepEqual(kinds('Магальяйнс', 'Магальяэс'), ['transcription', 'transcription']);
  });

  it('keeps о/у inside a word a plain vowel edit', () => {
    assert.deepEqual(kinds('Коробов', 'Курабов').filter((k) => k === 'transcription'), []);
  });

  it('reads Vietnamese тр-/ч- and у/ы as one sound, blocked together', () => {
    assert.deepEqual(kinds('Тринь', 'Чинь'), ['transcription']);
    assert.deepEqual(kinds('Фыонг', 'Фуонг'), ['transcription']);
    assert.equal(align('Тринь', 'Чинь').first, false);
    assert.ok(blockKeys('Тринь').some((k) => blockKeys('Чинь').includes(k)));
  });

  it('reads Japanese тс/ц and ши/си as one sound, blocked together', () => {
    assert.deepEqual(kinds('Катсуро', 'Кацуро'), ['affricate']);
    assert.ok(blockKeys('Катсуро').some((k) => blockKeys('Кацуро').includes(k)));
    assert.deepEqual(kinds('Морошима', 'Моросима'), ['transcription']);
    assert.deepEqual(kinds('Мошков', 'Москов'), ['consonant'], 'ш/с elsewhere stays a plain consonant');
  });

  it('forbids a plain change of the first letter together with another edit', () => {
    const al = align('Куанг', 'Чыанг');
    assert.equal(wordRules('Куанг', 'Чыанг', al, {}), 'the first letter and another differ');
  });
});

describe('words of one name', () => {
  it('never pairs two words the entity\'s own name writes side by side (Фунг Тхи Тхуи)', () => {
    const e: MatchEntity = {
      id: 'p', type: 'PER', name: 'Фунг Ван Вань', mentions: 3, documents: ['d1'], gender: 'f', first: 'Фунг',
      words: [{ spelling: 'Фунг', count: 3, part: 'first' }, { spelling: 'Ван', count: 3, part: 'middle' }, { spelling: 'Вань', count: 2, part: 'last' }],
    };
    assert.deepEqual(findVariantPairs([e]), []);
    const variant = { ...e, words: [...e.words, { spelling: 'Ванх', count: 1, part: 'last' as const }] };
    assert.deepEqual(findVariantPairs([variant]).map((p) => p.variant.spelling), ['Ванх']);
  });
});

describe('a rare spelling left in a case form', () => {
  it('aligns the stem of a lemma left in a case form', () => {
    const ob = obliqueAlignment('Коржовина', 'Коржавин', align('Коржовина', 'Коржавин'));
    assert.ok(ob);
    assert.deepEqual(ob.al.edits.map((e) => e.kind), ['vowel']);
    assert.equal(ob.ending, 'а');
  });

  it('lets a three-edit pair through when its stem takes two', () => {
    const al = align('Сухебатора', 'Сухэбатор');
    assert.equal(al.edits.length, 2);
    assert.equal(wordRules('Сухебатора', 'Сухэбатор', al, {}), null);
    const four = align('Сахибатура', 'Сухэбатор');
    assert.notEqual(wordRules('Сахибатура', 'Сухэбатор', four, {}), null);
  });

  it('does not take an ending confusion or a first-letter change for a stem edit', () => {
    assert.equal(obliqueAlignment('Заречными', 'Заречные', align('Заречными', 'Заречные')), null);
    assert.equal(obliqueAlignment('Олабуга', 'Елабуг', align('Олабуга', 'Елабуг')), null);
  });

  it("flags a man's name read once as a woman's, not a woman's case form", () => {
    const slip = findVariantPairs([person('a', 'Ринат Миннигазов', 3, 'm'), person('b', 'Рината Минигазова', 1, 'f')]);
    assert.equal(slip.length, 1);
    assert.equal(slip[0].variant.spelling, 'Минигазова');
    const twice = findVariantPairs([person('a', 'Ринат Миннигазов', 3, 'm'), person('b', 'Рината Минигазова', 2, 'f')]);
    assert.equal(twice.length, 0);
    const hers = findVariantPairs([person('a', 'Марат Валиев', 3, 'm'), person('b', 'Валеевой', 1, 'f')]);
    assert.equal(hers.length, 0);
  });

  it('leaves out a case form of a more frequent word of the same entity', () => {
    const e = person('a', 'Ульяна Гараева', 4, 'f');
    e.words.push({ spelling: 'Гараев', count: 1, part: 'last' }, { spelling: 'Гарайева', count: 1, part: 'last' });
    const pairs = findVariantPairs([e]);
    assert.ok(!pairs.some((p) => p.variant.spelling === 'Гараев' || p.preferred.spelling === 'Гараев'));
  });
});

describe('inflection the engine slipped on', () => {
  it('counts an ending on a short part of a hyphenated name and a third-declension -ью as inflection', () => {
    assert.equal(inflectionOf('Заря-Юга', 'Заря-Юг'), 'inflection');
    assert.equal(inflectionOf('Хэйлунью', 'Хэйлуня'), 'inflection');
  });
});

/**
 * Nominatives of names in oblique cases: synthesized for names no dictionary knows
 * (server/src/core/names/synthesis.ts), and chosen among the dictionary's parses (names/person.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentionsOf } from './engine-helpers';
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

  it('takes the dictionary lemma that keeps the stem (Ксении is of Ксения, not of the diminutive Ксеня)', async () => {
    const text = ' date 2025-03-01 Премия\n\nМОСКВА, 1 марта. /ТАСС/. Премию вручили Ксении Лодыгиной и Евгении Сабуровой.\n';
    const names = (await mentionsOf(text)).filter((m) => m.type === 'PER').map((m) => m.name);
    assert.deepEqual(names, ['Ксения Лодыгина', 'Евгения Сабурова']);
  });

  it('declines an adjective surname whose case form ends in a vowel (Льва Ширинского -> Лев Ширинский)', async () => {
    const text = ' date 2025-03-01 Балет\n\nМОСКВА, 1 марта. /ТАСС/. Балет поставлен по замыслу Льва Ширинского. Письмо Петру Бельскому отправили.\n';
    const names = (await mentionsOf(text)).filter((m) => m.type === 'PER').map((m) => m.name);
    assert.deepEqual(names, ['Лев Ширинский', 'Петр Бельский']);
  });
});

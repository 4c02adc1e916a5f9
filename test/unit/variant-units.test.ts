/**
 * The written words of a mention with their lemmas (units.ts): letter case inside a word, ё written or
 * not, hyphenated words joined. The fast checks of each word must answer as the patterns they stand for.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../../server/src/core/types';
import { mentionUnits, writtenCase, yoUnseen } from '../../server/src/core/variants/units';

/** A mention at `start` whose words are given as [text, lemma] with the separators between them. */
function mention(start: number, parts: Array<[string, string] | string>): Mention {
  let text = '';
  const words: NonNullable<Mention['words']> = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      words.push({ start: start + text.length, end: start + text.length + p[0].length, lemma: p[1] });
      text += p[0];
    }
  }
  return { start, end: start + text.length, text, type: 'ORG', name: text, words };
}

describe('mention units', () => {
  it('keeps a capital inside a word the dictionary lower-cases, and nothing else', () => {
    assert.equal(writtenCase('УрО', 'Уро'), 'УрО');
    assert.equal(writtenCase('ВКонтакте', 'Вконтакте'), 'ВКонтакте');
    assert.equal(writtenCase('Макдоналдс', 'макдоналдс'), 'макдоналдс');
    assert.equal(writtenCase('Кузнецова', 'Кузнецов'), 'Кузнецов');
    assert.equal(writtenCase('Gazprom2024', 'gazprom2024'), 'gazprom2024');
    // Letters outside the plain ranges are asked of the pattern.
    assert.equal(writtenCase('ÉcoleÉ', 'écoleé'), 'ÉcoleÉ');
    assert.equal(writtenCase('Ülker', 'ülker'), 'ülker');
    assert.equal(writtenCase('УРО', 'Уро'), 'Уро');
  });

  it('tells an inflected form written without its ё', () => {
    assert.equal(yoUnseen('Петра', 'Пётр'), true);
    assert.equal(yoUnseen('Пётра', 'Пётр'), false);
    assert.equal(yoUnseen('Пётр', 'Пётр'), false);
    assert.equal(yoUnseen('ЁЛКИНА', 'Ёлкин'), false);
    assert.equal(yoUnseen('Елкина', 'Ёлкин'), true);
  });

  it('joins words across one hyphen of any kind, not across a space or two characters', () => {
    for (const hyphen of ['-', '‐', '‑']) {
      const units = mentionUnits(mention(10, [['Касым', 'Касым'], hyphen, ['Жомарта', 'Жомарт'], ' ', ['Токаева', 'Токаев']]), 'u', 0, 0);
      assert.deepEqual(units.map((u) => [u.text, u.lemma, u.start, u.end]), [[`Касым${hyphen}Жомарта`, `Касым${hyphen}Жомарт`, 10, 23], ['Токаева', 'Токаев', 24, 31]]);
    }
    const spaced = mentionUnits(mention(0, [['Ростов', 'Ростов'], ' - ', ['Дон', 'Дон']]), 'u', 0, 0);
    assert.equal(spaced.length, 2);
  });

  it('writes the ё of a lemma as the text does', () => {
    const [u] = mentionUnits(mention(0, [['Кишиневе', 'Кишинёв']]), 'u', 0, 0);
    assert.equal(u.lemma, 'Кишинев');
    assert.equal(u.unsure, true);
  });
});

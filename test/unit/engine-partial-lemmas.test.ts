/**
 * A bare surname that is a case form of a full name of its article takes that name's nominative as its
 * word's lemma (what spelling checks compare); a word that is another spelling keeps its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf } from './engine-helpers';

// Invented people.
const lemmaOf = async (text: string, word: string) => (await mentionsOf(text)).filter((m) => m.text === word).map((m) => m.words?.map((w) => w.lemma).join(' '));

test('a bare surname in an oblique case has the full name\'s surname as its lemma', async () => {
  const text = 'Заголовок\n\nТренер Григорий Саввинов доволен сборами. Победу Саввинова отметили в клубе. Ученики Саввинову благодарны.';
  assert.deepEqual(await lemmaOf(text, 'Саввинова'), ['Саввинов']);
  assert.deepEqual(await lemmaOf(text, 'Саввинову'), ['Саввинов']);
});

test('a bare surname that is not a case form of the full name keeps its own lemma', async () => {
  const text = 'Заголовок\n\nКонтракт с Тиагу Монтейру рассчитан на три года. Клуб надеется, что Монтейро быстро освоится.';
  const own = await lemmaOf(text, 'Монтейро');
  assert.equal(own.length, 1);
  assert.notEqual(own[0], 'Монтейру');
});

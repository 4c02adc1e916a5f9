/** People the article names again in another spelling or after a cue that is no list of names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test("a dictionary word one letter off the article's surname, opening a sentence before an adverb and a verb, is the person", async () => {
  const ms = await mentionsOf(`${BODY}Об этом сказал Марио Капелли. Капели уже строил заводы в Сербии.`);
  assert.equal(find(ms, 'Капели')?.type, 'PER');
});

test('a common word opening a sentence before a verb stays no one when no surname of the article is near it', async () => {
  const ms = await mentionsOf(`${BODY}Об этом сказал Марио Росси. Капели уже не было.`);
  assert.equal(find(ms, 'Капели'), undefined);
});

test('a respelled family name before a given name the article knows, opening a sentence before a verb, is that person', async () => {
  const ms = await mentionsOf(`${BODY}Контракт подписал директор Цзао Минцзе. Тцзао Минцзе пообещал поставки.`);
  assert.equal(find(ms, 'Тцзао Минцзе')?.type, 'PER');
});

test("an unknown word after 'Как рассказал' is a person", async () => {
  const ms = await mentionsOf(`${BODY}Как рассказал Хираяши, установки работают давно.`);
  assert.equal(find(ms, 'Хираяши')?.type, 'PER');
});

test("a surname-shaped word one letter off the article's surname is the person, not a guessed organization", async () => {
  const ms = await mentionsOf(`${BODY}Бывший директор Игорь Ржавцев получил срок. На заседаниях Ржавцов вину не признал.`);
  assert.equal(find(ms, 'Ржавцов')?.type, 'PER');
});

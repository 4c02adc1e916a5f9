/** Canonical names of people whose words read like Russian case forms: Japanese names, women, foreign given names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';
import { isJapanese } from '../../server/src/core/names/person';

const BODY = 'Заголовок новости\n\n';

test('a Japanese given name on -у or -о and a surname on -у do not decline; a surname on -а does', async () => {
  const ms = await mentionsOf(`${BODY}Прозвучала музыка Сигэру Тэрамицу. Оркестр выступил с Митико Сугэямой.`);
  assert.equal(find(ms, 'Сигэру Тэрамицу')?.name, 'Сигэру Тэрамицу');
  assert.equal(find(ms, 'Митико Сугэямой')?.name, 'Митико Сугэяма');
});

test('the Japanese shape needs Japanese syllables only and a sign of them; Russian names keep declining', async () => {
  assert.equal(isJapanese(['Сигэру', 'Тэрамицу']), true);
  assert.equal(isJapanese(['Сидору', 'Макарову']), false);
  assert.equal(isJapanese(['Ли', 'Кэцян']), false);
  const ms = await mentionsOf(`${BODY}Гость видел Сидору Петрову.`);
  assert.equal(find(ms, 'Сидору Петрову')?.name, 'Сидор Петров');
});

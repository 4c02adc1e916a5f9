/** Names of places and bodies built from other names: towns of a place and an adjective ('Каменск-Уральский'), bodies named after a person ('Театр Вахтангова'). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';
import { loadMorphology } from '../../server/src/core/morphology/morph';
import { compoundPlaceNominative } from '../../server/src/core/names/placeName';

const BODY = 'Заголовок новости\n\n';

test('the nominative of a place-adjective compound in any case; other hyphenated words are none', async () => {
  const morph = await loadMorphology();
  assert.equal(compoundPlaceNominative(morph, 'Переславля-Залесского'), 'Переславль-Залесский');
  assert.equal(compoundPlaceNominative(morph, 'Петропавловске-Камчатском'), 'Петропавловск-Камчатский');
  assert.equal(compoundPlaceNominative(morph, 'Ростов-на-Дону'), null);
  assert.equal(compoundPlaceNominative(morph, 'Москва-Сити'), null);
});

test('a compound town is a place at a sentence start, before a full name and before a common noun', async () => {
  const ms = await mentionsOf(`${BODY}Петропавловск-Камчатский и Южная Корея договорились. Мэр Петропавловска-Камчатского Игорь Серов уточнил. Поселок отделен от Переславля-Залесского озером.`);
  assert.deepEqual(summary(ms), ['LOC:Петропавловск-Камчатский', 'LOC:Южная Корея', 'LOC:Петропавловска-Камчатского', 'PER:Игорь Серов', 'LOC:Переславля-Залесского']);
  assert.equal(find(ms, 'Петропавловска-Камчатского')?.name, 'Петропавловск-Камчатский');
});

test("an organization's head with a capital before a surname in the genitive is the organization named after the person", async () => {
  const ms = await mentionsOf(`${BODY}Премьера прошла в Театре Вахтангова, а выставку открыл Музей Пушкина.`);
  assert.deepEqual(summary(ms), ['ORG:Театре Вахтангова', 'ORG:Музей Пушкина']);
  assert.equal(find(ms, 'Театре Вахтангова')?.name, 'Театр Вахтангова');
});

/**
 * A body's name with what its remit governs: the object of a noun of action with no preposition ('Центр
 * управления стихийными бедствиями'), a remit after the body's genitive complement ('центра экстренных операций
 * по искоренению полиомиелита'), a subdivision's remit before its parent's acronym ('инспекция по маломерным
 * судам МЧС России по Омской области'), and 'комиссариат' as a body's head.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок\n\n12 марта 2026\n\n';

test("the object of 'управления' in the instrumental, then the body's country ('Центра управления стихийными бедствиями Шри-Ланки')", async () => {
  const ms = await mentionsOf(`${BODY}По данным Центра управления стихийными бедствиями Шри-Ланки, погибли 12 человек.`);
  assert.equal(find(ms, 'Центра управления стихийными бедствиями Шри-Ланки')?.type, 'ORG');
});

test("a remit after the body's genitive complement, never a citation ('по решению суда')", async () => {
  const ms = await mentionsOf(`${BODY}Представитель Национального центра экстренных операций по искоренению полиомиелита заявил о планах. Сотрудники Главного управления Росреестра по решению суда изъяли документы.`);
  assert.equal(find(ms, 'Национального центра экстренных операций по искоренению полиомиелита')?.type, 'ORG');
  assert.equal(find(ms, 'Главного управления Росреестра')?.type, 'ORG');
});

test("a subdivision's remit, its parent's acronym and the region of its branch are one name; 'комиссариат' heads a body", async () => {
  const ms = await mentionsOf(`${BODY}Паром проверила Государственная инспекция по маломерным судам МЧС России по Омской области. Завод построит Комиссариат по атомной энергии и альтернативным источникам энергии.`);
  assert.equal(find(ms, 'Государственная инспекция по маломерным судам МЧС России по Омской области')?.type, 'ORG');
  assert.equal(find(ms, 'Комиссариат по атомной энергии и альтернативным источникам энергии')?.type, 'ORG');
});

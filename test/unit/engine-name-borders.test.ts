/** Where a person's name starts and ends: a given name that is a title word, East Asian middle names, a body before a person. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test("a given name equal to a title word, before 'бен' or 'ибн', opens the name", async () => {
  const ms = await mentionsOf(`${BODY}Министр Султан бин Рашид аль-Мазруи открыл линию. Султан Брунея прибыл позже.`);
  assert.equal(find(ms, 'Султан бин Рашид аль-Мазруи')?.type, 'PER');
  assert.equal(find(ms, 'Султан'), undefined);
});

test('a short Vietnamese middle name before an unknown word keeps a three-part name whole', async () => {
  const ms = await mentionsOf(`${BODY}Иск подала юрист Доан Тхи Лоан.`);
  assert.deepEqual(summary(ms), ['PER:Доан Тхи Лоан']);
});

test("a body named after a person ('Института Сервантеса'), then a person's full name, are two mentions", async () => {
  const ms = await mentionsOf(`${BODY}Выступила директор Института Сервантеса Лусия Бермудес Кастро.`);
  assert.deepEqual(summary(ms), ['ORG:Института Сервантеса', 'PER:Лусия Бермудес Кастро']);
});

test("after a body's lower-case head its namesake in the genitive, then a person ('театра Камала Ляйсан ...'), are two mentions", async () => {
  const ms = await mentionsOf(`${BODY}Роль играет актриса театра Камала Ляйсан Гарифуллина. Выступил профессор университета Франсиско Хавьер Лусена Арройо.`);
  assert.deepEqual(summary(ms), ['ORG:театра Камала', 'PER:Ляйсан Гарифуллина', 'PER:Франсиско Хавьер Лусена Арройо']);
});

test("a bank is seldom named after a person: 'аналитик банка Суада Карим' is one woman", async () => {
  const ms = await mentionsOf(`${BODY}Аналитик банка Суада Карим эль-Масри не согласна.`);
  assert.equal(find(ms, 'Суада Карим эль-Масри')?.type, 'PER');
});

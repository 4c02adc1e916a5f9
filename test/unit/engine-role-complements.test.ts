/**
 * A role's complement before a person's name: the town or region a role ends with, in the genitive, then the
 * person ('Мэр Хуаляня Му Минчжэ', 'глава ассоциации отельеров Кампании Дженнаро Тафури'), never a given name
 * that goes on with a particle nor a state body's compound.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок\n\n12 марта 2026\n\n';

test("a town's genitive after a role ending in a genitive noun, then the person ('правительства Мадейры Флорбела Урцейра Уву')", async () => {
  const ms = await mentionsOf(`${BODY}Председатель регионального правительства Мадейры Флорбела Урцейра Уву сообщила о потерях. Глава ассоциации отельеров Кампании Дженнаро Тафури считает иначе.`);
  assert.equal(find(ms, 'Мадейры')?.type, 'LOC');
  assert.equal(find(ms, 'Мадейры')?.name, 'Мадейра');
  assert.equal(find(ms, 'Флорбела Урцейра Уву')?.type, 'PER');
  assert.equal(find(ms, 'Кампании')?.name, 'Кампания');
  assert.equal(find(ms, 'Дженнаро Тафури')?.type, 'PER');
});

test("a mayor's town in a genitive on -я of a name on -нь ('Мэр Хуаляня Му Минчжэ' -> 'Хуалянь')", async () => {
  const ms = await mentionsOf(`${BODY}Мэр Хуаляня Му Минчжэ сказал, что туристов вывезут вертолетами.`);
  assert.equal(find(ms, 'Хуаляня')?.type, 'LOC');
  assert.equal(find(ms, 'Хуаляня')?.name, 'Хуалянь');
  assert.equal(find(ms, 'Му Минчжэ')?.type, 'PER');
});

test("no town split off a given name a particle continues, nor off a ministry's compound ('университета Бутти ибн Дахи ...', 'Минобрнауки')", async () => {
  const ms = await mentionsOf(`${BODY}Документ подписал вице-президент университета Бутти ибн Дахи аль-Джунайби. Директор департамента международного сотрудничества Минобрнауки Ольга Канунникова сообщила о планах.`);
  assert.equal(find(ms, 'Бутти ибн Дахи аль-Джунайби')?.type, 'PER');
  assert.equal(find(ms, 'Минобрнауки')?.type, 'ORG');
  assert.equal(find(ms, 'Ольга Канунникова')?.type, 'PER');
});

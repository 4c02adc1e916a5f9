/** What follows an organization's name and belongs to it: its honoree, parent bodies, country and region. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test("'имени X' / 'им. X' belongs to the body's name, and the honoree is no person mention", async () => {
  const ms = await mentionsOf(`${BODY}Премьера прошла в Театре имени Зарецкого, а выставку показал Институт химии сплавов имени академика П. Р. Веденеева.`);
  assert.deepEqual(summary(ms), ['ORG:Театре имени Зарецкого', 'ORG:Институт химии сплавов имени академика П. Р. Веденеева']);
  const ms2 = await mentionsOf(`${BODY}Спектакль перенесли на сцену Театра им. Лозинской.`);
  assert.deepEqual(summary(ms2), ['ORG:Театра им. Лозинской']);
});

test('the honoree ends where the genitive ends: a person after it is a person', async () => {
  const ms = await mentionsOf(`${BODY}Директор Центра онкологии имени В. К. Борецкого Олег Семенович Лукин рассказал о планах.`);
  assert.equal(find(ms, 'Центра онкологии имени В. К. Борецкого')?.type, 'ORG');
  assert.equal(find(ms, 'Олег Семенович Лукин')?.type, 'PER');
});

test('parent acronyms, the country of a federal body and the region of its branch', async () => {
  const ms = await mentionsOf(`${BODY}Образцы изучили в Институте минералогии УрО РАН и в ИХС СО РАН. Проверку начало Управление Росреестра по Тверской области.`);
  assert.deepEqual(summary(ms), ['ORG:Институте минералогии УрО РАН', 'ORG:ИХС СО РАН', 'ORG:Управление Росреестра по Тверской области']);
});

test("a lone acronym keeps a region after 'по' apart ('директор ЕБРР по Центральной Азии')", async () => {
  const ms = await mentionsOf(`${BODY}Об этом сообщил директор ЕБРР по Центральной Азии.`);
  assert.deepEqual(summary(ms), ['ORG:ЕБРР', 'LOC:Центральной Азии']);
});

test("a place adjective before a body's acronym is part of its name ('Тверского УФАС')", async () => {
  const ms = await mentionsOf(`${BODY}Жалобу рассмотрели в Тверском УФАС России.`);
  assert.deepEqual(summary(ms), ['ORG:Тверском УФАС России']);
});

test("a one-letter preposition never ends a name ('университете в')", async () => {
  const ms = await mentionsOf(`${BODY}Лекцию прочитали в Северном федеральном университете в среду.`);
  assert.deepEqual(summary(ms), ['ORG:Северном федеральном университете']);
});

test("a name continues over an adjective's genitive group and 'в сфере ...'; league names", async () => {
  const ms = await mentionsOf(`${BODY}Прогноз дал Институт конъюнктуры лесного рынка, проверку провела Федеральная служба по надзору в сфере связи и транспорта, матч отменила Российская премьер-лига.`);
  assert.deepEqual(summary(ms), ['ORG:Институт конъюнктуры лесного рынка', 'ORG:Федеральная служба по надзору в сфере связи и транспорта', 'ORG:Российская премьер-лига']);
});

test("a Latin company's legal forms stay outside its name: 'Co., Ltd', 'LLC' are neither a parent acronym nor names of their own", async () => {
  const ms = await mentionsOf(`${BODY}Поставщиком стала Ningbo Heartline Medical Co., Ltd. Подрядчик - Al Noor Contracting LLC из Дубая.`);
  assert.deepEqual(summary(ms), ['ORG:Ningbo Heartline Medical', 'ORG:Al Noor Contracting', 'LOC:Дубая']);
  assert.equal(find(ms, 'Ningbo Heartline Medical')?.name, 'Ningbo Heartline Medical');
});

test("a body with its state's official name ('Министерства здравоохранения Республики Сербия') and an institution with a foreign place the dictionary lacks ('Национального университета Чеджу') are one organization; a surname the article names is its member", async () => {
  const ms = await mentionsOf(`${BODY}Об этом сообщил представитель Министерства здравоохранения Республики Сербия. Лекцию прочитал профессор Национального университета Чеджу. Профессор Анна Кимаро приехала из Танзании. Ее поддержал коллега из университета Кимаро.`);
  assert.equal(find(ms, 'Министерства здравоохранения Республики Сербия')?.type, 'ORG');
  assert.equal(find(ms, 'Национального университета Чеджу')?.type, 'ORG');
  assert.equal(find(ms, 'университета Кимаро'), undefined);
});

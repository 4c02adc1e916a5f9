/** Small places told by their neighbours: coordination and routes with a known place, landform nouns, shared heads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test("a route 'из X до Y' is two places, not one name with the particle 'до'", async () => {
  const ms = await mentionsOf(`${BODY}Теперь из Пурдаха до Сарвана можно доехать за час.`);
  assert.deepEqual(summary(ms), ['LOC:Пурдаха', 'LOC:Сарвана']);
  assert.equal(find(ms, 'Пурдаха')?.name, 'Пурдах');
});

test("a word joined by 'и' to a known place after it is a place in the preposition's case", async () => {
  const ms = await mentionsOf(`${BODY}Дорогу между Тахаром и Абу-Даби достроят. Посты у Зартана и Нальчика работали.`);
  assert.deepEqual(summary(ms), ['LOC:Тахаром', 'LOC:Абу-Даби', 'LOC:Зартана', 'LOC:Нальчика']);
  assert.equal(find(ms, 'Тахаром')?.name, 'Тахар');
  assert.equal(find(ms, 'Зартана')?.name, 'Зартан');
});

test("the preposition repeated after 'и' and a place ('к горе Белуха и к Чемалу') makes a place", async () => {
  const ms = await mentionsOf(`${BODY}Дороги к горе Белуха и к Кумалу перегружены.`);
  assert.equal(find(ms, 'Кумалу')?.type, 'LOC');
  assert.equal(find(ms, 'Кумалу')?.name, 'Кумал');
});

test('a surname next to a place stays a person', async () => {
  const ms = await mentionsOf(`${BODY}Встреча между Петровым и Россией не состоялась.`);
  assert.equal(find(ms, 'Петровым')?.type, 'PER');
});

test("an adjective and a landform noun ('сопка', 'котловина') name a place with the noun, also opening a sentence", async () => {
  const ms = await mentionsOf(`${BODY}Лава течет на Ласточкинской сопке и к Тумрачику. Ласточкинская сопка растет. Соседняя сопка молчит. Стоянку нашли в Тесской котловине.`);
  assert.deepEqual(summary(ms), ['LOC:Ласточкинской сопке', 'LOC:Тумрачику', 'LOC:Ласточкинская сопка', 'LOC:Тесской котловине']);
  assert.equal(find(ms, 'Тесской котловине')?.name, 'Тесская котловина');
});

test("a landform noun cues the name after it ('вулкан Безымянный')", async () => {
  const ms = await mentionsOf(`${BODY}Соседний вулкан Безымянный пока спокоен.`);
  assert.deepEqual(summary(ms), ['LOC:Безымянный']);
});

test('adjectives listed before one shared head are each a place of that kind', async () => {
  const ms = await mentionsOf(`${BODY}Град повредил сады в Урванском, Лескенском и Зольском районах.`);
  assert.deepEqual(ms.filter((m) => m.type === 'LOC').map((m) => m.name), ['Урванский район', 'Лескенский район', 'Зольский район']);
});

test("a plural town the article named after a cue noun ('поселка Ключи') is a place in 'в Ключах' too", async () => {
  const ms = await mentionsOf(`${BODY}В школах поселка Ключи проверили окна. Спасатели дежурят в Ключах с июля.`);
  assert.equal(find(ms, 'Ключах')?.type, 'LOC');
  assert.equal(find(ms, 'Ключах')?.name, 'Ключи');
});

test("after a cue noun an adjective and a place are one name as written ('в поселке Красные Баки')", async () => {
  const ms = await mentionsOf(`${BODY}Верфь стоит в поселке Красные Баки.`);
  assert.deepEqual(summary(ms), ['LOC:Красные Баки']);
  assert.equal(find(ms, 'Красные Баки')?.name, 'Красные Баки');
});

test("an enclave's noun cues the name after it ('анклав Сох')", async () => {
  const ms = await mentionsOf(`${BODY}Узбекистан, чей анклав Дах лежит между странами, поддержал проект.`);
  assert.equal(find(ms, 'Дах')?.type, 'LOC');
});

test("after 'из' a place the dictionary knows in the genitive, then a person's name, are two mentions", async () => {
  const ms = await mentionsOf(`${BODY}Аспирантка из Пуны Сумитра Деви Чаухан провела в лаборатории год.`);
  assert.deepEqual(summary(ms), ['LOC:Пуны', 'PER:Сумитра Деви Чаухан']);
});

test("after 'через', a capitalised noun on -а in a sentence that names a place is the place the route passes; not 'через Интернет'", async () => {
  const ms = await mentionsOf(`${BODY}Маскат подключат к сети позже, через Варку. Заявку в Москве можно подать через Интернет.`);
  assert.equal(find(ms, 'Варку')?.type, 'LOC');
  assert.equal(find(ms, 'Варку')?.name, 'Варка');
  assert.equal(find(ms, 'Интернет'), undefined);
});

test("another case form of the article's place named by an adjective and a noun is that place, though the noun's form is a common word's ('Старой Кроссы' after 'в селе Старая Кросса')", async () => {
  const ms = await mentionsOf(`${BODY}Работы начались в селе Старая Кросса. Первые грамоты Старой Кроссы нашли в 1966 году.`);
  assert.equal(find(ms, 'Старой Кроссы')?.type, 'LOC');
  assert.equal(find(ms, 'Старой Кроссы')?.name, 'Старая Кросса');
});

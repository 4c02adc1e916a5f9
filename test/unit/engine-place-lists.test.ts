/**
 * Places in a list with no preposition before it: a surname's form between two places in one oblique case is one
 * more place, and the last place after 'и' takes that case ('по дорогам Анивы, Корсакова и Долинска'); a road
 * named by an adjective before 'тракт' keeps its noun ('по Чуйскому тракту').
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок\n\n12 марта 2026\n\n';

test('a surname-like word between two places of a genitive list, and the place after it, are places in the genitive', async () => {
  const ms = await mentionsOf(`${BODY}Машина прошла 9 тыс. км по дорогам Анивы, Корсакова и Долинска.`);
  assert.deepEqual([find(ms, 'Корсакова')?.type, find(ms, 'Корсакова')?.name], ['LOC', 'Корсаков']);
  assert.deepEqual([find(ms, 'Долинска')?.type, find(ms, 'Долинска')?.name], ['LOC', 'Долинск']);
});

test("a known first name between places stays out of the list ('Казани, Сергея и Уфы' is no list of places)", async () => {
  const ms = await mentionsOf(`${BODY}Приехали гости из Казани, Сергея Петрова и Уфы.`);
  assert.equal(find(ms, 'Сергея Петрова')?.type, 'PER');
});

test("'тракт' after an adjective is a road's name with its noun", async () => {
  const ms = await mentionsOf(`${BODY}Туши не успевали вывезти по Чуйскому тракту.`);
  assert.deepEqual([find(ms, 'Чуйскому тракту')?.type, find(ms, 'Чуйскому тракту')?.name], ['LOC', 'Чуйский тракт']);
});

test("one unknown word after 'канал', 'парк' or a Norwegian 'фюльке' is a place; several after 'канала' are a person", async () => {
  const ms = await mentionsOf(`${BODY}Воды поступают по каналу Бахр-Юсуф. Экологи опасаются за национальный парк Хеллс-Гейт. Фермы стоят в фюльке Вестланн. Об этом сообщил администратор канала Орасио Урбина Мендьета.`);
  for (const w of ['Бахр-Юсуф', 'Хеллс-Гейт', 'Вестланн']) assert.equal(find(ms, w)?.type, 'LOC', w);
  assert.equal(find(ms, 'Орасио Урбина Мендьета')?.type, 'PER');
});

test("a city's adjective before a place's head ('на Красноярском водохранилище'), not the city's instrumental; a pass named by an adjective", async () => {
  const ms = await mentionsOf(`${BODY}Рыбу выловили на Красноярском водохранилище. Фуры стоят у Крестового перевала.`);
  assert.deepEqual([find(ms, 'Красноярском водохранилище')?.type, find(ms, 'Красноярском водохранилище')?.name], ['LOC', 'Красноярское водохранилище']);
  assert.deepEqual([find(ms, 'Крестового перевала')?.type, find(ms, 'Крестового перевала')?.name], ['LOC', 'Крестовый перевал']);
});

test("one unknown word after 'у' or 'к' is a place, unless the article writes it elsewhere otherwise or it is an adjective", async () => {
  const ms = await mentionsOf(`${BODY}Промывка может затопить часть берега у Эль-Фаюма. На подъезде к Гудаури стоят фуры. Борец Мёнгэрюу выиграл турнир, и у Мёнгэрюу будет шанс. Туристы пришли к Теллермановской роще.`);
  assert.equal(find(ms, 'Эль-Фаюма')?.type, 'LOC');
  assert.equal(find(ms, 'Гудаури')?.type, 'LOC');
  assert.ok(!ms.some((m) => m.type === 'LOC' && m.text === 'Мёнгэрюу'));
  assert.ok(!ms.some((m) => m.type === 'LOC' && m.text === 'Теллермановской'));
});

/** Names with particles, and two people that only a space separates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test('two particles inside a name, a capitalised particle opening it, a lower-case one before a bare surname', async () => {
  const ms = await mentionsOf(`${BODY}Гол забил Маттиас ван дер Хольт. Ван дер Хольт отметил игру партнеров. Тренер похвалил Хольта.`);
  assert.equal(find(ms, 'Маттиас ван дер Хольт')?.type, 'PER');
  assert.equal(find(ms, 'Ван дер Хольт')?.type, 'PER');
  const ms2 = await mentionsOf(`${BODY}Выставку открыл Кирилл фон Ростенберг. Позже фон Ростенберг ответил на вопросы.`);
  assert.deepEqual(summary(ms2), ['PER:Кирилл фон Ростенберг', 'PER:фон Ростенберг']);
});

test("'бен', 'душ', 'де ла' join an Arabic, Portuguese or Spanish name", async () => {
  const ms = await mentionsOf(`${BODY}На встрече были Халид бен Сауд аль-Фарухи, Мигел Рибейру душ Сантуш и Эстебан де ла Торре.`);
  assert.deepEqual(summary(ms), ['PER:Халид бен Сауд аль-Фарухи', 'PER:Мигел Рибейру душ Сантуш', 'PER:Эстебан де ла Торре']);
});

test('a first name in the nominative after a surname starts a second person', async () => {
  const ms = await mentionsOf(`${BODY}Показания против Мартыненко Давид Гогиашвили дал в среду.`);
  assert.equal(find(ms, 'Давид Гогиашвили')?.type, 'PER');
  assert.ok(!ms.some((m) => m.text.includes('Мартыненко Давид')));
});

test('a surname, name and patronymic stay one person; East Asian names of short words too', async () => {
  const ms = await mentionsOf(`${BODY}Заявление подписал Ковалев Игорь Петрович, а также Ле Минь Тхуан.`);
  assert.deepEqual(summary(ms), ['PER:Ковалев Игорь Петрович', 'PER:Ле Минь Тхуан']);
});

test('a first name in another case than the name before it: the title word, then the author', async () => {
  const ms = await mentionsOf(`${BODY}Роман Варвары Смирновой вышел весной.`);
  assert.equal(find(ms, 'Варвары Смирновой')?.type, 'PER');
  assert.ok(!ms.some((m) => m.text.startsWith('Роман')));
});

test('a bare surname in any case is the one person of the article with that surname', async () => {
  const ms = await mentionsOf(`${BODY}Компанию основал Глеб Сорокопудов. По словам Сорокопудова, выручка выросла.`);
  assert.equal(find(ms, 'Сорокопудова')?.name, 'Глеб Сорокопудов');
});

test('a double surname declines in each part; a particle never declines', async () => {
  const ms = await mentionsOf(`${BODY}Суд арестовал Жанну Дюбуа-Смирнову. Показания дал Йонас Вальтер-Брандт, позже допросили Йонаса Вальтер-Брандта.`);
  assert.equal(find(ms, 'Жанну Дюбуа-Смирнову')?.name, 'Жанна Дюбуа-Смирнова');
  assert.equal(find(ms, 'Йонаса Вальтер-Брандта')?.name, 'Йонас Вальтер-Брандт');
});

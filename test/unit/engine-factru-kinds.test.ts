/**
 * Kinds of error found on factRuEval-2016's devset, fixed by general rules (invented sentences):
 * media named in quotes by what is said to them, quoted products, people by initials over places,
 * places by their position, employers before a full name, Latin glosses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test('a medium named in quotes after an interview or a correspondent is an organization, place inside and all, and again unquoted', async () => {
  const ms = await mentionsOf(`${BODY}Об этом он сказал в интервью «Голосу Океании». Голос Океании: Что дальше?`);
  assert.deepEqual(summary(ms), ['ORG:Голосу Океании', 'ORG:Голос Океании']);
});

test('a cue word inside a capitalised name is no cue: the article title in quotes stays nothing (the name is the publication)', async () => {
  const ms = await mentionsOf(`${BODY}Подробнее читайте в статье Вечернего корреспондента «Жара продолжается» и «Синдром второй лиги».`);
  assert.deepEqual(summary(ms), ['ORG:Вечернего корреспондента']);
});

test('a quoted product stays a product later, in a list of products, and before a mission code', async () => {
  const ms = await mentionsOf(`${BODY}Шаттл «Гермес» вернулся. Затем полетят шаттлы «Гермес» (в мае) и «Буран-Икс». Старт «Гермеса» перенесли. Это полёт «Заря» STS-200.`);
  assert.deepEqual(summary(ms), []);
});

test("a word written after a person's initials is that person elsewhere, though the gazetteer knows a place so", async () => {
  const ms = await mentionsOf(`${BODY}Премьер-министр Японии Н. Кан заявил об этом. Кан сделал заявление в понедельник.`);
  assert.deepEqual(summary(ms), ['LOC:Японии', 'PER:Н. Кан', 'PER:Кан']);
});

test('a single initial before a place with no title and no verb stays the place', async () => {
  const ms = await mentionsOf(`${BODY}Он переехал в Н. Новгород прошлой весной.`);
  assert.deepEqual(summary(ms).filter((s) => s.startsWith('PER')), []);
});

test('two-word places: a place particle after в, an item of a bulleted list of places', async () => {
  const ms = await mentionsOf(`${BODY}Турнир прошёл в Санта Круcе. Участники: Чили • Коста Рика • Эквадор.`);
  const types = summary(ms);
  assert.ok(types.includes('LOC:Коста Рика'), JSON.stringify(types));
  assert.ok(!types.some((s) => s.startsWith('PER')), JSON.stringify(types));
});

test('after a role, an organization word before a full name is the employer', async () => {
  const ms = await mentionsOf(`${BODY}Гол забил защитник Арсенала Киран Гиббс. Об этом рассказал профессор Университета Тохоку Кэндзи Мацумото.`);
  assert.deepEqual(summary(ms), ['ORG:Арсенала', 'PER:Киран Гиббс', 'ORG:Университета Тохоку', 'PER:Кэндзи Мацумото']);
});

test('a Latin gloss with as many words as the name before it is that name, of its type', async () => {
  const ms = await mentionsOf(`${BODY}Вчера задержали Халеда эль-Масри (Khaled el-Masri) в аэропорту.`);
  assert.deepEqual(summary(ms), ['PER:Халеда эль-Масри', 'PER:Khaled el-Masri']);
});

test("a place word that is the surname of a person named in full is that person, except after в / во / из", async () => {
  const ms = await mentionsOf(`${BODY}Первый вратарь Оливер Кан будет запасным. Реакцией Кана было разочарование. Он жил в Кане.`);
  assert.deepEqual(summary(ms), ['PER:Оливер Кан', 'PER:Кана', 'LOC:Кане']);
});

test('a capitalised adjective before a historical state, an autonomy, a coast, a cemetery or a part of a city is a place', async () => {
  const ms = await mentionsOf(`${BODY}Они переселились на территорию Османской империи. Похороны пройдут на Новодевичьем кладбище, а встреча прошла в Старом городе.`);
  assert.deepEqual(summary(ms), ['LOC:Османской империи', 'LOC:Новодевичьем кладбище', 'LOC:Старом городе']);
});

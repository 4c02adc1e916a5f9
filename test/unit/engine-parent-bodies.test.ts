/**
 * A research body's parents in the genitive, one after another ('Институт проблем Уральского отделения Российской
 * академии наук'), a centre of an academy, and an institution's quoted name after its lower-case complement
 * ('научного центра вирусологии и биотехнологии «Полюс»').
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок\n\n12 марта 2026\n\n';

test("a branch of an academy, then the academy, both closing the institute's name", async () => {
  const ms = await mentionsOf(`${BODY}Доклад подготовил Институт проблем Уральского отделения Российской академии наук.`);
  assert.equal(find(ms, 'Институт проблем Уральского отделения Российской академии наук')?.type, 'ORG');
  assert.equal(find(ms, 'Российской академии наук'), undefined);
});

test("a centre with its complement, then its academy ('научном центре агробиотехнологий Российской академии наук')", async () => {
  const ms = await mentionsOf(`${BODY}Образцы изучили в Сибирском федеральном научном центре агробиотехнологий Российской академии наук.`);
  assert.equal(find(ms, 'Сибирском федеральном научном центре агробиотехнологий Российской академии наук')?.type, 'ORG');
});

test("an institution's quoted name after its lower-case complement, never after a namesake ('театре ... имени Мусы Джалиля «Жизелью»')", async () => {
  const ms = await mentionsOf(`${BODY}В страну прилетели специалисты Государственного научного центра вирусологии и биотехнологии «Полюс» из Кольцово. Сезон в Казанском театре оперы и балета имени Мусы Джалиля «Жизелью» открыла труппа.`);
  assert.equal(find(ms, 'Государственного научного центра вирусологии и биотехнологии «Полюс»')?.type, 'ORG');
  assert.ok(!ms.some((m) => m.type === 'ORG' && m.text.endsWith('«Жизелью»')));
});

test("an honoree after initials whatever else the dictionary reads ('имени Г. П. Сомова'), with an Arabic 'ибн', after a bracketed '(филиала)'", async () => {
  const ms = await mentionsOf(`${BODY}Вакцину проверил НИИ эпидемиологии и микробиологии имени Г. П. Сомова. Студентов примет Бухарский государственный медицинский институт имени Абу Али ибн Сины. Выступил директор Мстёрского художественного училища (филиала) имени Ф. А. Модорова.`);
  assert.equal(find(ms, 'НИИ эпидемиологии и микробиологии имени Г. П. Сомова')?.type, 'ORG');
  assert.equal(find(ms, 'Бухарский государственный медицинский институт имени Абу Али ибн Сины')?.type, 'ORG');
  assert.equal(find(ms, 'Мстёрского художественного училища (филиала) имени Ф. А. Модорова')?.type, 'ORG');
  assert.ok(!ms.some((m) => m.type === 'PER'));
});

test("a body named after a monarch ('Университета Мохаммеда V'), 'госуниверситет' and a unit ('отряд') with its parent body", async () => {
  const ms = await mentionsOf(`${BODY}Лекцию прочла сотрудница Университета Мохаммеда V в Рабате. Томский госуниверситет откроет программу. Туристов спас Байкальский поисково-спасательный отряд МЧС России.`);
  assert.equal(find(ms, 'Университета Мохаммеда V')?.type, 'ORG');
  assert.equal(find(ms, 'Томский госуниверситет')?.type, 'ORG');
  assert.equal(find(ms, 'Байкальский поисково-спасательный отряд МЧС России')?.type, 'ORG');
  assert.ok(!ms.some((m) => m.type === 'PER'));
});

test("two words no dictionary knows before a person's verb of speech are a person, not a guessed body and a stray word", async () => {
  const ms = await mentionsOf(`${BODY}Инженер «Ваалвир Инжиниринга» Лизель Говендер рассказала о работе.`);
  assert.equal(find(ms, 'Лизель Говендер')?.type, 'PER');
  assert.ok(!ms.some((m) => m.type === 'ORG' && m.text === 'Лизель'));
});

test("an Arabic name with its article after an institution's lower-case head is the institution; a person after it is apart", async () => {
  const ms = await mentionsOf(`${BODY}Директор библиотеки аль-Карауин Нуреддин аль-Ваззани рассказал о рукописях. Профессор Мухаммед аль-Бадри приехал.`);
  assert.equal(find(ms, 'аль-Карауин')?.type, 'ORG');
  assert.equal(find(ms, 'Нуреддин аль-Ваззани')?.type, 'PER');
  assert.equal(find(ms, 'Мухаммед аль-Бадри')?.type, 'PER');
});

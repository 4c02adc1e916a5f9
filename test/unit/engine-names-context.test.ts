/** Clubs in a match, state bodies by their compound names, company names beside a person after a cue noun. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test("the opponent in a match is a club ('сыграют со «Метеором»'); a film one played in is not", async () => {
  const ms = await mentionsOf(`${BODY}В субботу хозяева сыграют со «Стрелой». Актриса сыграла в «Крапиве» главную роль.`);
  assert.deepEqual(summary(ms), ['ORG:Стрелой']);
});

test('compound names of state bodies are organizations, also after a place preposition', async () => {
  const ms = await mentionsOf(`${BODY}В Минобрнауки и в Рособрнадзоре ответили на запрос.`);
  assert.deepEqual(summary(ms), ['ORG:Минобрнауки', 'ORG:Рособрнадзоре']);
});

test('after a cue noun a Latin name ends where Cyrillic starts, without its legal form', async () => {
  const ms = await mentionsOf(`${BODY}Основательница компании Lumen Harbor Ltd Ирина Залесская рассказала о планах.`);
  assert.deepEqual(summary(ms), ['ORG:Lumen Harbor', 'PER:Ирина Залесская']);
});

test("a person-derived adjective before quotes does not cue a name ('гоголевской «Шинели»')", async () => {
  const ms = await mentionsOf(`${BODY}Театр начал репетиции гоголевской «Шинели», а челябинский «Метеор» выиграл.`);
  assert.deepEqual(summary(ms), ['ORG:Метеор']);
});

test("'зам' joined to a title in the genitive (заммэра, замгубернатора) is a title: not part of a name at a sentence start, and it tells no case", async () => {
  const ms = await mentionsOf(`${BODY}Деньги выделит область. Заммэра Батайска Оксана Пивоварова напомнила о сроках.`);
  assert.deepEqual(summary(ms), ['LOC:Батайска', 'PER:Оксана Пивоварова']);
  assert.equal(find(ms, 'Оксана Пивоварова')?.name, 'Оксана Пивоварова');
});

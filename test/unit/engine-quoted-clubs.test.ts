/** Quoted names without a cue word: clubs and companies named after places, and one sense per article. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test("a place's name in quotes is what is named after it, not the place", async () => {
  const ms = await mentionsOf(`${BODY}«Тамбов» уступил в гостях, а в Тамбове ждут реванша.`);
  assert.deepEqual(summary(ms), ['ORG:Тамбов', 'LOC:Тамбове']);
});

test('players, coaches and a place adjective before quotes cue a club; the same name later in quotes is the club too', async () => {
  const ms = await mentionsOf(`${BODY}Хоккеисты «Метеора» обыграли уральский «Буревестник». Вратарь «Метеора» отразил 30 бросков. «Буревестник» сыграет снова в пятницу.`);
  assert.deepEqual(summary(ms), ['ORG:Метеора', 'ORG:Буревестник', 'ORG:Метеора', 'ORG:Буревестник']);
});

test('a quoted title without a cue stays nothing', async () => {
  const ms = await mentionsOf(`${BODY}Зрители увидели «Бурю» в новой постановке.`);
  assert.deepEqual(summary(ms), []);
});

test('a quoted name repeated in another case keeps the name it was given first', async () => {
  const ms = await mentionsOf(`${BODY}Хоккеисты «Зарбака» победили. Вратарь «Зарбака» отразил все броски, а «Зарбаку» дали бонус.`);
  assert.deepEqual(ms.filter((m) => m.type === 'ORG').map((m) => m.name), ['Зарбака', 'Зарбака', 'Зарбака']);
});

test('a quoted dictionary noun that cannot be a nominative gets its nominative', async () => {
  const ms = await mentionsOf(`${BODY}Хоккеисты «Метеора» победили, а вратарю «Буревестника» дали бонус. Газета «Известия» написала об этом.`);
  assert.deepEqual(ms.filter((m) => m.type === 'ORG').map((m) => m.name), ['Метеор', 'Буревестник', 'Известия']);
});

test('clubs named like cities: after ФК or клуб, and both sides of a match with a score', async () => {
  const ms = await mentionsOf(`${BODY}ФК Тамбов подписал вратаря. Футбольный клуб Сочи получил лицензию. Вчера Тамбов обыграл Сочи со счетом 2:1, а в Тамбове ждут реванша.`);
  assert.deepEqual(summary(ms), ['ORG:Тамбов', 'ORG:Сочи', 'ORG:Тамбов', 'ORG:Сочи', 'LOC:Тамбове']);
});

test('a club named like a city beats an opponent the dictionary reads as a word; countries and people stay', async () => {
  const ms = await mentionsOf(`${BODY}ХК Сочи проиграл Трактору 1:3. Россия обыграла Бразилию 2:1. Медведев обыграл Синнера 6:3.`);
  assert.deepEqual(summary(ms), ['ORG:Сочи', 'ORG:Трактору', 'LOC:Россия', 'LOC:Бразилию', 'PER:Медведев']);
});

test('the opponent after "с" some words after a verb of playing', async () => {
  const ms = await mentionsOf(`${BODY}В следующем туре гости сыграют в Самаре со «Спартаком».`);
  assert.deepEqual(summary(ms), ['LOC:Самаре', 'ORG:Спартаком']);
  assert.equal(ms.find((m) => m.text === 'Спартаком')?.name, 'Спартак');
});

test('a quoted name sharing only its first word with a named company is a company of its own name', async () => {
  const ms = await mentionsOf(`${BODY}Конкурент "Волга Тревел" растет, а туроператор "Волга Тур" падает. "Волга-Тур" продает туры.`);
  assert.deepEqual(ms.filter((m) => m.type === 'ORG').map((m) => `${m.text}=${m.name}`), ['Волга Тревел=Волга Тревел', 'Волга Тур=Волга Тур', 'Волга-Тур=Волга-Тур']);
});

test('trades name a company in quotes', async () => {
  const ms = await mentionsOf(`${BODY}Застройщик «Новый Квартал» и туроператор «Морской Бриз» подписали договор.`);
  assert.deepEqual(summary(ms), ['ORG:Новый Квартал', 'ORG:Морской Бриз']);
});

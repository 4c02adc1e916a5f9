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
  const ms = await mentionsOf(`${BODY}Хоккеисты «Метеора» победили. Вратарь «Метеора» отразил все броски, а «Метеору» дали бонус.`);
  assert.deepEqual(ms.filter((m) => m.type === 'ORG').map((m) => m.name), ['Метеора', 'Метеора', 'Метеора']);
});

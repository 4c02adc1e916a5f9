/** Per-mention confidence: a type that is only a guess is marked low; sure mentions carry nothing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

async function byText(text: string): Promise<Map<string, Array<'low' | undefined>>> {
  const out = new Map<string, Array<'low' | undefined>>();
  for (const m of await mentionsOf(text)) out.set(m.text, [...(out.get(m.text) ?? []), m.confidence]);
  return out;
}

test('dictionary names, gazetteer places and names after a title are sure', async () => {
  const ms = await byText(`${BODY}Министр иностранных дел России Сергей Лавров встретился в Москве с коллегами, сообщил ТАСС.`);
  for (const sure of ['России', 'Сергей Лавров', 'Москве', 'ТАСС']) assert.deepEqual(ms.get(sure), [undefined], sure);
});

test('a type decided only by one sense per article is low; the mention with the cue is sure', async () => {
  const ms = await byText(`${BODY}Суда пришли в порт Кылбаш вечером. Власти Кылбаш пообещали ремонт. Кылбаш - старый город.`);
  assert.deepEqual(ms.get('Кылбаш'), [undefined, 'low', 'low']);
});

test('an unknown word typed by weak context and a lone unknown Latin word are low', async () => {
  const ms = await byText(`${BODY}Турнир прошел в Зарбаке. Новинку показали гостям Qxzorb в пятницу.`);
  assert.deepEqual(ms.get('Зарбаке'), ['low']);
  assert.deepEqual(ms.get('Qxzorb'), ['low']);
});

test('in a text typed in capitals only names the gazetteer knows are sure', async () => {
  const ms = await byText(`ЗАГОЛОВОК\n\nГЛАВА КОМПАНИИ ЗАРБАКС ИВАН ПЕТРОВ ПРИЕХАЛ В МОСКВУ. ПО ДАННЫМ ЗАРБАКС, ВЫРУЧКА ВЫРОСЛА НА ДЕСЯТЬ ПРОЦЕНТОВ ЗА ГОД.`);
  assert.deepEqual(ms.get('МОСКВУ'), [undefined]);
  const guesses = [...ms].filter(([text]) => text !== 'МОСКВУ').flatMap(([, c]) => c);
  assert.ok(guesses.length > 0, 'some other mention was found');
  assert.ok(guesses.every((c) => c === 'low'), `all other mentions low: ${JSON.stringify([...ms])}`);
});

test("a surname's shape is evidence of its own: a bare 'Зарбаков' after 'по словам' or before a verb is sure", async () => {
  const ms = await byText(`${BODY}По словам Зарбакова, решение принято. Затем Кылбаев заявил, что согласен.`);
  assert.deepEqual(ms.get('Зарбакова'), [undefined]);
  assert.deepEqual(ms.get('Кылбаев'), [undefined]);
});

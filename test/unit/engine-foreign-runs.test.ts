/** Runs of capitalised words around a foreign name: what opens the sentence before it, what belongs to it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

async function nameOf(sentence: string, written: string): Promise<string | undefined> {
  return find(await mentionsOf(`${BODY}${sentence}`), written)?.name;
}

test('an occupation the dictionary lacks, opening the sentence, is no part of the name after it', async () => {
  assert.equal(await nameOf('Дендрохронолог Сайори Накагава назвала спил редкой удачей.', 'Сайори Накагава'), 'Сайори Накагава');
  assert.equal(await nameOf('Микропалеонтолог Нгози Оконкво описала раковины.', 'Нгози Оконкво'), 'Нгози Оконкво');
});

test('two given names and a surname are one person after a nation noun or a plain noun no body is named', async () => {
  assert.equal(await nameOf('Победный гол забил ганец Кваме Сэмюэл Асамоа.', 'Кваме Сэмюэл Асамоа'), 'Кваме Сэмюэл Асамоа');
  assert.equal(await nameOf('Ее партнер Севки Эмин Озбилгин приехал на переговоры.', 'Севки Эмин Озбилгин'), 'Севки Эмин Озбилгин');
});

test('a body in the genitive before a Russian full name stays apart from it', async () => {
  const mentions = await mentionsOf(`${BODY}Замглавы Минцифры Павел Бекетов-Рудых выступил на форуме.`);
  assert.equal(find(mentions, 'Павел Бекетов-Рудых')?.type, 'PER');
});

test('a verb after an adverb shows the subject and its gender: a woman\'s surname on -ом stays as written', async () => {
  assert.equal(await nameOf('Египтолог Нагви Бархом уже описала находку.', 'Нагви Бархом'), 'Нагви Бархом');
});

test('a place after "из" stays apart from the person named after it', async () => {
  const a = await mentionsOf(`${BODY}Глава союза пасечников из Джиммы Тесфайе Гебремариам рассчитывает на рост цен.`);
  assert.equal(find(a, 'Тесфайе Гебремариам')?.type, 'PER');
  const b = await mentionsOf(`${BODY}Смеется стажерка из Гбарнги Нгенди Кабура Ндайишимийе.`);
  assert.equal(find(b, 'Нгенди Кабура Ндайишимийе')?.type, 'PER');
});

test('a mayor\'s town, then a name with an Arabic particle', async () => {
  const mentions = await mentionsOf(`${BODY}Мэр Сирты Абдель Хамид ат-Тархуни сказал, что воду дадут в мае.`);
  assert.equal(find(mentions, 'Абдель Хамид ат-Тархуни')?.type, 'PER');
});

test('the given names alone name the one person whose longer name opens with them', async () => {
  const mentions = await mentionsOf(`${BODY}Дубль оформил нападающий Хосе Мигель Вильчес Монтойя. «Мы ждали, когда Хосе Мигель привыкнет к климату», - сказал тренер.`);
  assert.equal(find(mentions, 'Хосе Мигель')?.name, 'Хосе Мигель Вильчес Монтойя');
});

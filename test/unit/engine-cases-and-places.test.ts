/** A person's case from the words around the name, and places written like names or common nouns; one test per kind. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test("a woman's first name before a woman's surname's shape is a person, though both are also places' forms ('Римма Тропарева')", async () => {
  const ms = await mentionsOf(`${BODY}Макет делают студенты; их куратор Римма Тропарева обещает закончить его к маю.`);
  assert.equal(find(ms, 'Римма Тропарева')?.type, 'PER');
  assert.equal(find(ms, 'Римма Тропарева')?.name, 'Римма Тропарева');
});

test("a hyphenated place whose first part declines is one place in every case ('в Гвинее-Бисау', 'из Гвинеи-Бисау')", async () => {
  const ms = await mentionsOf(`${BODY}Птицы зимуют в Гвинее-Бисау и улетают из Гвинеи-Бисау в апреле.`);
  assert.equal(find(ms, 'Гвинее-Бисау')?.name, 'Гвинея-Бисау');
  assert.equal(find(ms, 'Гвинеи-Бисау')?.name, 'Гвинея-Бисау');
  assert.equal(find(ms, 'Бисау'), undefined);
});

test("after a plural cue noun a dictionary noun in an oblique case is no place in apposition ('Пути регионов Кубка России'); a quarter of the world is ('порты Северо-Запада')", async () => {
  const ms = await mentionsOf(`${BODY}Команда вышла в финал Пути регионов Кубка России. Уголь идет через порты Северо-Запада.`);
  assert.equal(find(ms, 'Кубка'), undefined);
  assert.equal(find(ms, 'России')?.type, 'LOC');
  assert.equal(find(ms, 'Северо-Запада')?.type, 'LOC');
});

test("a title in the plural tells no case of the one person after it ('Врачи больницы Кириллу Ажгирею')", async () => {
  const ms = await mentionsOf(`${BODY}Врачи больницы Кириллу Ажгирею, фермеру из Светлограда, поставили тот же диагноз.`);
  assert.equal(find(ms, 'Кириллу Ажгирею')?.name, 'Кирилл Ажгирей');
});

test("a name after 'и' shares the case of the person before it ('Сергея Рахманинова и Федора Шаляпина' is Фёдор, not a woman Федора)", async () => {
  const ms = await mentionsOf(`${BODY}Хранитель нашла письма Сергея Рахманинова и Федора Шаляпина, а также афиши.`);
  assert.equal(find(ms, 'Федора Шаляпина')?.person?.gender, 'm');
  assert.equal(find(ms, 'Федора Шаляпина')?.person?.last, 'Шаляпин');
});

test("a relative's noun before a title in the genitive may be what the name is in apposition to ('внучка композитора Мария Эухения ...')", async () => {
  const ms = await mentionsOf(`${BODY}Архив передала внучка композитора Мария Эухения Трусевич де Санабрия из Буэнос-Айреса. Пришла и дочь бывшего президента лыжного союза Карла-Хайнца фон Эберсберга.`);
  assert.equal(find(ms, 'Мария Эухения Трусевич де Санабрия')?.name, 'Мария Эухения Трусевич де Санабрия');
  assert.equal(find(ms, 'Карла-Хайнца фон Эберсберга')?.name, 'Карл-Хайнц фон Эберсберг');
});

test("a world river the dictionary reads as a given name is a place when no person bears it ('через Нил', 'по Нилу')", async () => {
  const ms = await mentionsOf(`${BODY}Инженеры обследовали мост через Нил. Баржи идут по Нилу.`);
  assert.equal(find(ms, 'Нил')?.type, 'LOC');
  assert.equal(find(ms, 'Нилу')?.name, 'Нил');
  const people = await mentionsOf(`${BODY}Выступил Нил Петров. Нил сказал, что готов.`);
  assert.equal(find(people, 'Нил')?.name, 'Нил Петров');
});

test("a feminine adjective before a place the dictionary has as a masculine word makes it feminine ('Старой Руссе' -> 'Старая Русса')", async () => {
  const ms = await mentionsOf(`${BODY}Экспедиция работала в Старой Руссе. Делегация побывала в Южной Корее.`);
  assert.equal(find(ms, 'Старой Руссе')?.name, 'Старая Русса');
  assert.equal(find(ms, 'Южной Корее')?.name, 'Южная Корея');
});

test("a place on a stop or fricative with л, м or н before -е in the locative is feminine on -а ('в Пуэбле' -> 'Пуэбла', not 'в Бандаре')", async () => {
  const ms = await mentionsOf(`${BODY}Коллекция хранится в Пуэбле. Он жил в Бандаре и в Маниле.`);
  assert.equal(find(ms, 'Пуэбле')?.name, 'Пуэбла');
  assert.equal(find(ms, 'Бандаре')?.name, 'Бандар');
  assert.equal(find(ms, 'Маниле')?.name, 'Манила');
});

test("after 'на' or 'через' a place the dictionary knows, written as its nominative, is the place: a man would be in the accusative ('трасса на Владимир')", async () => {
  const ms = await mentionsOf(`${BODY}Стоянку построят у трассы на Владимир, а в центр пустят электробусы. Жалобы на Владимира Петрова поступили.`);
  assert.equal(find(ms, 'Владимир')?.type, 'LOC');
  assert.equal(find(ms, 'Владимира Петрова')?.name, 'Владимир Петров');
});

test("between two places of a list after 'из', a surname's form that is also a place in that case is the place ('из Москвы, Иванова и Ярославля')", async () => {
  const ms = await mentionsOf(`${BODY}Больше всего рейсов возят из Москвы, Иванова и Ярославля. Приехали гости из Москвы, Петрова и Сидорова.`);
  assert.equal(find(ms, 'Иванова')?.name, 'Иваново');
  assert.equal(find(ms, 'Иванова')?.type, 'LOC');
  assert.equal(find(ms, 'Сидорова')?.type, 'PER');
});

test("after a settlement's noun, a place and its district in the genitive are two places ('поселке Сотниково Иволгинского района'), an adjective's apposition one ('поселке Красные Баки')", async () => {
  const ms = await mentionsOf(`${BODY}Приют построят в поселке Сотниково Иволгинского района. Школа в поселке Красные Баки открылась.`);
  assert.equal(find(ms, 'Сотниково')?.type, 'LOC');
  assert.equal(find(ms, 'Иволгинского района')?.name, 'Иволгинский район');
  assert.equal(find(ms, 'Красные Баки')?.type, 'LOC');
});

test("an unknown place in the genitive on ж, ш, ч or щ and -и is feminine on -а ('от Найваши до ...' -> 'Найваша'); a known one keeps its name ('из Сочи')", async () => {
  const ms = await mentionsOf(`${BODY}Дорогу продлят от Найваши до границы. Рейс из Сочи прибыл.`);
  assert.equal(find(ms, 'Найваши')?.name, 'Найваша');
  assert.equal(find(ms, 'Сочи')?.name, 'Сочи');
});

test('a place named after a cue noun, then an area in the genitive, are two places; adjectives sharing a plural head stay one', async () => {
  const ms = await mentionsOf('Заголовок\n\nЖители села Верхнеключевское Урупского района пожаловались. Катер подошел к острову Тюлений Командорской гряды. Работы продолжат в Озерском и Каширском городских округах.');
  assert.deepEqual(summary(ms), ['LOC:Верхнеключевское', 'LOC:Урупского района', 'LOC:Тюлений', 'LOC:Командорской гряды', 'LOC:Озерском', 'LOC:Каширском городских округах']);
});

test("the genitive after a river's or a town's part ('на правом берегу Дона', 'в пригороде Ниццы') is the place, though 'Дона' is also a man's name; an adjective opens a name of its own ('побережье Малого Моря')", async () => {
  const ms = await mentionsOf(`${BODY}Раскопки идут на правом берегу Дона. Дом стоит в пригороде Ниццы. Лагерь разбили на побережье Малого Моря.`);
  assert.equal(find(ms, 'Дона')?.type, 'LOC');
  assert.equal(find(ms, 'Ниццы')?.type, 'LOC');
  assert.equal(find(ms, 'Малого'), undefined);
});

test('a name after a reservoir, a station or a quarter is a place; a town in the genitive after one takes its nominative', async () => {
  const ms = await mentionsOf('Заголовок новости\n\nВоду сбросили из водохранилища Эльмали. Поезд ушёл с вокзала Гданьск-Олива. Жители квартала Нова-Хута недовольны. Вагоны стоят у вокзала Шадринска.');
  assert.deepEqual(summary(ms), ['LOC:Эльмали', 'LOC:Гданьск-Олива', 'LOC:Нова-Хута', 'LOC:Шадринска']);
  assert.equal(ms[ms.length - 1].name, 'Шадринск');
  const hydro = await mentionsOf('Заголовок новости\n\nВодохранилища Бурейской ГЭС работают на сброс.');
  assert.ok(!summary(hydro).includes('LOC:Бурейской'));
});

test("a word no dictionary knows between two places of a list is one more place", async () => {
  const ms = await mentionsOf('Заголовок новости\n\nСланец кормил Нарву, Пюссиярве и Таллин.');
  assert.deepEqual(summary(ms), ['LOC:Нарву', 'LOC:Пюссиярве', 'LOC:Таллин']);
});

test("after 'в', two words only in the plural are one place; a point of the compass opens a place before a name-like word", async () => {
  const ms = await mentionsOf('Заголовок новости\n\nФестиваль прошёл в Карловых Варах, а жители Восточной Анатолии ждут дождей.');
  assert.deepEqual(ms.filter((m) => m.type !== 'DATE').map((m) => `${m.type}:${m.text}:${m.name}`), ['LOC:Карловых Варах:Карловы Вары', 'LOC:Восточной Анатолии:Восточная Анатолия']);
});

test("a northern 'губа', a fortress's name, and an adjective with 'Гавань' or 'Земля' are places; a name alone in quotes is none", async () => {
  const ms = await mentionsOf('Заголовок новости\n\nЛёд в Двинской губе сошёл. Отряд вышел из крепости Аксум к Тихой Гавани. Суда зашли к Северной Земле. Старт продаж квартала «Лесная Гавань» перенесли.');
  assert.deepEqual(ms.filter((m) => m.type !== 'DATE').map((m) => `${m.type}:${m.text}`), ['LOC:Двинской губе', 'LOC:Аксум', 'LOC:Тихой Гавани', 'LOC:Северной Земле']);
});

test("a known place's word keeps the doubled letter the text writes, not the dictionary's lemma without it (no spelling variant of itself)", async () => {
  const [doubled] = (await mentionsOf('Заголовок новости\n\nТорги в Йоханнесбурге прошли спокойно.')).filter((m) => m.type === 'LOC');
  assert.deepEqual(doubled.words?.map((w) => w.lemma), ['Йоханнесбург']);
  const [single] = (await mentionsOf('Заголовок новости\n\nТорги в Йоханесбурге прошли спокойно.')).filter((m) => m.type === 'LOC');
  assert.deepEqual(single.words?.map((w) => w.lemma), ['Йоханесбург']);
});

test("a word after 'в' whose letters but the ending are a one-word place the article named before is that place", async () => {
  const ms = await mentionsOf('Заголовок новости\n\nДетсад построят в поселке Ола. В Оле сейчас один сад.');
  assert.deepEqual(ms.filter((m) => m.type === 'LOC').map((m) => `${m.text}:${m.name}`), ['Ола:Ола', 'Оле:Ола']);
});

test("after 'в', a word closed by a consonant with no locative ending is the accusative: the place's own name", async () => {
  const ms = await mentionsOf('Заголовок новости\n\nЭкспедиция ездила в Пяйвяйоок и в Грозный. Запись сделали в Пяйвяйооке.');
  assert.deepEqual(ms.filter((m) => m.type === 'LOC').map((m) => `${m.text}:${m.name}`), ['Пяйвяйоок:Пяйвяйоок', 'Грозный:Грозный', 'Пяйвяйооке:Пяйвяйоок']);
});

test("after a place and a comma, a word no dictionary knows whose ending fits the place's case is one more place; a known surname is not", async () => {
  const ms = await mentionsOf(`${BODY}Эвакуированных разместили в гостиницах Неаполя, Казерты и на острове Искья. В Казани, Хабибуллин заявил о планах.`);
  assert.equal(find(ms, 'Казерты')?.type, 'LOC');
  assert.equal(find(ms, 'Казерты')?.name, 'Казерта');
  assert.equal(find(ms, 'Хабибуллин')?.type, 'PER');
});

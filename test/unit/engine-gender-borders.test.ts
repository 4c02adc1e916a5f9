/** Recognition kinds met across news desks: a woman's name read as a man's, bylines, a person after a body, lone family names, regions' second names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test("a full name read as a man's dative is a woman's accusative when the article shows her surname as a woman's", async () => {
  const ms = await mentionsOf(`${BODY}Суд приговорил главу ООО «Ромашка» Марину Трепакову к трем годам. По версии следствия, Трепакова выводила деньги. Защитник Трепаковой обжалует приговор.`);
  assert.equal(find(ms, 'Марину Трепакову')?.name, 'Марина Трепакова');
  assert.equal(find(ms, 'Трепаковой')?.name, 'Марина Трепакова');
});

test("a feminine past verb after the surname alone is evidence too; a man's name with no such evidence stays a man's", async () => {
  const ms = await mentionsOf(`${BODY}Награду вручили Марину Ключниковой и Роману Лесовому. Позже Ключникова поблагодарила жюри. Премию получил Марин Стойков.`);
  assert.equal(find(ms, 'Марин Стойков')?.name, 'Марин Стойков');
  assert.equal(find(ms, 'Марин Стойков')?.person?.gender, 'm');
});

test("a name alone on its line (a byline) is a nominative: 'Мирослава Лопатина', not the genitive of 'Мирослав Лопатин'", async () => {
  const ms = await mentionsOf('Мирослава Лопатина\n16.05.2026, 11:00\n\nЗаголовок новости\n\nКатер спустили на воду.\n');
  const byline = find(ms, 'Мирослава Лопатина');
  assert.equal(byline?.type, 'PER');
  assert.equal(byline?.name, 'Мирослава Лопатина');
  assert.equal(byline?.person?.gender, 'f');
});

test("a first name that is also a common word ('Вера', 'Надежда') before an agreeing surname starts a person after a body", async () => {
  const ms = await mentionsOf(`${BODY}Об итогах рассказала замглавы Минпросвещения Вера Громыхалова. Отчет подписала глава Росприроднадзора Надежда Кукушкина.`);
  assert.equal(find(ms, 'Минпросвещения')?.type, 'ORG');
  assert.equal(find(ms, 'Вера Громыхалова')?.type, 'PER');
  assert.equal(find(ms, 'Надежда Кукушкина')?.type, 'PER');
  assert.ok(!ms.some((m) => m.type === 'PER' && /Минпросвещения|Росприроднадзора/.test(m.text)));
});

test("a lone East Asian family name the article gave someone: opening a sentence before a verb, after 'по словам' over a place of that name", async () => {
  const ms = await mentionsOf(`${BODY}Оркестром продирижирует маэстро Чхон Мин Сок. Чхон впервые выступит в Казани. Матч провел вратарь Мун Дже Хо. По словам Муна, команда устала. Руководитель группы Цюй Ляньцзе рассказал о планах. Цюй подтвердил сроки.`);
  const chon = ms.find((m) => m.text === 'Чхон' && m.type === 'PER');
  assert.equal(chon?.name, 'Чхон Мин Сок');
  assert.equal(find(ms, 'Муна')?.type, 'PER');
  assert.equal(find(ms, 'Муна')?.name, 'Мун Дже Хо');
  assert.equal(ms.find((m) => m.text === 'Цюй')?.type, 'PER');
});

test("an indeclinable surname ('Кривоносых') opening a sentence before 'и' is the article's person, no adjective agreeing with 'и'", async () => {
  const ms = await mentionsOf(`${BODY}Об этом сообщил директор компании Игнатий Кривоносых. Кривоносых и Пташкин представят отчет в мае.`);
  const lone = ms.find((m) => m.text === 'Кривоносых');
  assert.equal(lone?.type, 'PER');
  assert.equal(lone?.name, 'Игнатий Кривоносых');
});

test("a republic's second name in brackets and a region's after a dash belong to it and to a body ending in it", async () => {
  const ms = await mentionsOf(`${BODY}В школах Республики Саха (Якутия) объявили карантин, сообщили в Правительстве Республики Саха (Якутия). Губернатор Кемеровской области - Кузбасса подписал указ. Средства выделило Правительство Ханты-Мансийского автономного округа - Югры. Он работал в Тверской области (Россия).`);
  assert.equal(find(ms, 'Республики Саха (Якутия)')?.type, 'LOC');
  assert.equal(find(ms, 'Правительстве Республики Саха (Якутия)')?.type, 'ORG');
  assert.equal(find(ms, 'Кемеровской области - Кузбасса')?.name, 'Кемеровская область - Кузбасс');
  assert.equal(find(ms, 'Правительство Ханты-Мансийского автономного округа - Югры')?.type, 'ORG');
  assert.equal(find(ms, 'Тверской области')?.type, 'LOC');
  assert.equal(find(ms, 'Россия')?.type, 'LOC');
});

test("a Russian republic's canonical name is its official one, however the article calls it ('в Татарстане', 'Якутии', 'Удмуртии')", async () => {
  const ms = await mentionsOf(`${BODY}Заводы открылись в Татарстане, Якутии и Удмуртии, а в Республике Адыгея закрылись.`);
  assert.equal(find(ms, 'Татарстане')?.name, 'Республика Татарстан');
  assert.equal(find(ms, 'Якутии')?.name, 'Республика Саха (Якутия)');
  assert.equal(find(ms, 'Удмуртии')?.name, 'Удмуртская Республика');
  assert.equal(find(ms, 'Республике Адыгея')?.name, 'Республика Адыгея');
});

test("a speech verb in the masculine past before a lone surname that closes the clause says a man: a surname on -ева is no woman's then", async () => {
  const ms = await mentionsOf(`${BODY}Поставки обсуждали в министерстве. Как уточнил Отаруева, контракт подпишут в мае.`);
  assert.equal(find(ms, 'Отаруева')?.type, 'PER');
  assert.equal(find(ms, 'Отаруева')?.person?.gender, 'm');
});

test("a noun only a nominative shows ('вулканолог', 'Зоотехник' opening a sentence) makes a foreign given name on -а a nominative, no man's genitive", async () => {
  const ms = await mentionsOf(`${BODY}Экспедицию возглавлял вулканолог Канута Мвакаси. Зоотехник Саглара Очирова из Яшкуля уверена в урожае.`);
  assert.equal(find(ms, 'Канута Мвакаси')?.name, 'Канута Мвакаси');
  assert.equal(find(ms, 'Саглара Очирова')?.name, 'Саглара Очирова');
});

test("a noun before 'из <place>' reaches the name after it when it shows the nominative alone; a genitive does not", async () => {
  const ms = await mentionsOf(`${BODY}Проект подготовила архитектор из Батуми Тамрика Кобалиа; по ее словам, работы начнутся весной. Парк построят по проекту архитектора из Тарту Кайу Ряммельд.`);
  assert.equal(find(ms, 'Тамрика Кобалиа')?.name, 'Тамрика Кобалиа');
  assert.equal(find(ms, 'Кайу Ряммельд')?.name, 'Кайу Ряммельд');
});

test("a participle after the name agrees as an animate noun does ('набравший' is no accusative of a person); an indeclinable noun before it tells no case, the verb after it does", async () => {
  const ms = await mentionsOf(`${BODY}Лучшим стал нигерийский центровой хозяев Ошиора Умеадибу, набравший 20 очков. Торговый атташе Нейлана Пиментел Бриту приезжала на заседание.`);
  assert.equal(find(ms, 'Ошиора Умеадибу')?.name, 'Ошиора Умеадибу');
  assert.equal(find(ms, 'Нейлана Пиментел Бриту')?.name, 'Нейлана Пиментел Бриту');
});

test("a singular title before a company in quotes shows one person's case: 'директора ООО «…» Валерия …' is Валерий's genitive", async () => {
  const ms = await mentionsOf(`${BODY}Суд приговорил бывшего директора ООО «Сарма Трейд» Валерия Глуховского к трем годам. Глуховский признал вину.`);
  assert.equal(find(ms, 'Валерия Глуховского')?.name, 'Валерий Глуховский');
});

test("a woman's given name the dictionary lacks ('Лейса'), read as a man's genitive, is hers where the article shows the surname as a woman's; a man's known name ('Олега') stays his", async () => {
  const ms = await mentionsOf(`${BODY}Проект представила доцент технического университета Лейса Тумсоева. По словам Тумсоевой, работы начнутся весной. Отчет подготовили для мэра Олега Киприянова. Супруга Киприяновой поддержала проект.`);
  assert.equal(find(ms, 'Лейса Тумсоева')?.name, 'Лейса Тумсоева');
  assert.equal(find(ms, 'Олега Киприянова')?.name, 'Олег Киприянов');
});

test("a surname the context reads alone as a nominative as written ('Нвачукву перевел') is the full name's surname as written, and so is a given name the dictionary lacks", async () => {
  const ms = await mentionsOf(`${BODY}В проекте участвует ординатор университета из Нигерии Эмека Нвачукву. Нвачукву перевел методички на английский.`);
  assert.equal(find(ms, 'Эмека Нвачукву')?.name, 'Эмека Нвачукву');
  assert.equal(find(ms, 'Нвачукву')?.name, 'Эмека Нвачукву');
});

test("the article writing the surname as read ('Трусевич писал') keeps a full name's reading though a lone form stands before a verb ('Танго Трусевича сыграет')", async () => {
  const ms = await mentionsOf(`${BODY}Музей получил архив композитора Аркадия Трусевича. По оценке историков, Трусевич писал танго. Танго Трусевича сыграет квартет.`);
  assert.equal(find(ms, 'Аркадия Трусевича')?.name, 'Аркадий Трусевич');
});

test("a title that is a nominative or an accusative ('член') and a verb in the feminine past after the name: a woman's given name in the nominative ('Дипика', not Дипик's accusative)", async () => {
  const ms = await mentionsOf(`${BODY}Член управления Дипика Дешпанде напомнила об этом.`);
  assert.equal(find(ms, 'Дипика Дешпанде')?.name, 'Дипика Дешпанде');
});

test("a person's noun reaches the name across 'из города X' ('Учительница из города Мехар Рухсана Дахри третью неделю живет': Рухсана, no man's genitive of Рухсан)", async () => {
  const ms = await mentionsOf(`${BODY}Учительница из города Мехар Рухсана Дахри третью неделю живет с учениками в школе.`);
  assert.equal(find(ms, 'Рухсана Дахри')?.name, 'Рухсана Дахри');
});

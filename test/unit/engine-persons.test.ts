/** People: inflected names to the nominative, foreign names after titles, roles, bylines, credits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test('inflected Russian names get the nominative, with parts and gender', async () => {
  const ms = await mentionsOf(`${BODY}Вчера журналисты встретились с Андреем Беловым и Ольгой Смирновой в столице.`);
  const belov = find(ms, 'Андреем Беловым');
  assert.equal(belov?.type, 'PER');
  assert.equal(belov?.name, 'Андрей Белов');
  assert.deepEqual(belov?.person, { gender: 'm', first: 'Андрей', last: 'Белов' });
  const olga = find(ms, 'Ольгой Смирновой');
  assert.equal(olga?.name, 'Ольга Смирнова');
  assert.equal(olga?.person?.gender, 'f');
});

test('a female surname stays female', async () => {
  const ms = await mentionsOf(`${BODY}На брифинге выступила официальный представитель ведомства Елена Захарова.`);
  assert.equal(find(ms, 'Елена Захарова')?.name, 'Елена Захарова');
});

test('hyphenated first names decline only in the last part', async () => {
  const ms = await mentionsOf(`${BODY}Делегация прибыла по приглашению Касым-Жомарта Токаева.`);
  const m = find(ms, 'Касым-Жомарта Токаева');
  assert.equal(m?.name, 'Касым-Жомарт Токаев');
  assert.deepEqual(m?.words?.map((w) => w.lemma), ['Касым-Жомарт', 'Токаев']);
});

test('foreign names no dictionary knows are people after a title', async () => {
  const ms = await mentionsOf(`${BODY}В переговорах участвовал премьер-министр Таиланда Сретта Тхависин и генеральный секретарь Нгуен Фу Чонг.`);
  assert.equal(find(ms, 'Сретта Тхависин')?.type, 'PER');
  assert.equal(find(ms, 'Нгуен Фу Чонг')?.type, 'PER');
  assert.equal(find(ms, 'Таиланда')?.type, 'LOC');
});

test('foreign names in an oblique case: the title gives the case', async () => {
  const ms = await mentionsOf(`${BODY}Министр встретился с председателем КНР Си Цзиньпином и принял посла Японии Ямаду Хироси.`);
  assert.equal(find(ms, 'Си Цзиньпином')?.name, 'Си Цзиньпин');
  assert.equal(find(ms, 'Ямаду Хироси')?.name, 'Ямада Хироси');
});

test('per-word lemmas keep the written letter case and drop case endings', async () => {
  const ms = await mentionsOf(`${BODY}Соглашение подписано при участии президента Лаоса Тхонглуна Сисулита.`);
  const m = find(ms, 'Тхонглуна Сисулита');
  assert.deepEqual(m?.words?.map((w) => w.lemma), ['Тхонглун', 'Сисулит']);
  assert.equal(m?.name, 'Тхонглун Сисулит');
});

test('roles written before a person are recorded in the nominative', async () => {
  const ms = await mentionsOf(`${BODY}Переговоры провели вице-премьер РФ Денис Мантуров и посол России в Китае Игорь Моргулов.`);
  assert.deepEqual(find(ms, 'Денис Мантуров')?.roles, ['вице-премьер РФ']);
  assert.deepEqual(find(ms, 'Игорь Моргулов')?.roles, ['посол России в Китае']);
  const two = await mentionsOf(`${BODY}С речью выступил генеральный секретарь и президент страны Бунтонг Читмани.`);
  assert.deepEqual(find(two, 'Бунтонг Читмани')?.roles, ['генеральный секретарь', 'президент страны']);
});

test('sentence-initial common words are never names', async () => {
  const ms = await mentionsOf(`${BODY}Об этом говорится в заявлении. Глава ведомства отметил успехи. Стороны договорились. Вице-премьер уехал. Оба министра согласились. Обе страны подписали план.`);
  assert.deepEqual(summary(ms), []);
});

test('a surname alone at a sentence start is a person once the article names him', async () => {
  const ms = await mentionsOf(`${BODY}С докладом выступил министр финансов Антон Силуанов. Силуанов напомнил о бюджете.`);
  assert.equal(find(ms, 'Силуанов')?.type, 'PER');
});

test('initials belong to the person', async () => {
  const ms = await mentionsOf(`${BODY}Документ подписал В. В. Путин в Кремле.`);
  assert.equal(find(ms, 'В. В. Путин')?.type, 'PER');
});

test('byline and photo credit', async () => {
  const ms = await mentionsOf('Заголовок статьи о переговорах\n\nАвтор: Мария\n\n© Иван Петров/ ТАСС\n\nТекст статьи о переговорах.');
  assert.equal(find(ms, 'Мария')?.type, 'PER');
  assert.equal(find(ms, 'Иван Петров')?.type, 'PER');
  assert.equal(find(ms, 'ТАСС')?.type, 'ORG');
});

test('a body before a person is not part of the name', async () => {
  const ms = await mentionsOf(`${BODY}Заявление сделал спикер Сената Маулен Ашимбаев.`);
  assert.equal(find(ms, 'Маулен Ашимбаев')?.type, 'PER');
  assert.equal(find(ms, 'Сената')?.type, 'ORG');
});

test('initials written without a space', async () => {
  const ms = await mentionsOf(`${BODY}Указ подписал президент страны Ш.Мирзиёев.`);
  const m = find(ms, 'Ш.Мирзиёев');
  assert.equal(m?.type, 'PER');
  assert.equal(m?.person?.last, 'Мирзиёев');
});

test('a first name alone opening a sentence is a common noun', async () => {
  const ms = await mentionsOf(`${BODY}Надежда на урегулирование сохраняется. Вера в успех крепнет.`);
  assert.deepEqual(summary(ms), []);
});

test('a capitalised title mid-sentence is not part of the name', async () => {
  const ms = await mentionsOf(`${BODY}В здании Правительства Премьер-министр Нгуен Ван Ан встретился с Президентом Франции.`);
  assert.equal(find(ms, 'Нгуен Ван Ан')?.type, 'PER');
  assert.equal(ms.find((m) => m.text.startsWith('Премьер') || m.text.startsWith('Президент')), undefined);
  assert.equal(find(ms, 'Правительства'), undefined);
});

test('a foreign name declined only in its last word, after a title in the genitive', async () => {
  const ms = await mentionsOf(`${BODY}Визит прошел по приглашению Генерального секретаря Ле Зуан Тханга.`);
  assert.equal(find(ms, 'Ле Зуан Тханга')?.name, 'Ле Зуан Тханг');
});

test('a surname after the preposition с is a person, not a village', async () => {
  const ms = await mentionsOf(`${BODY}Министр Азамат Ержанов прилетел. Переговоры с Ержановым прошли в Москве.`);
  assert.equal(find(ms, 'Ержановым')?.type, 'PER');
});

test('Latin look-alike letters and a decomposed й do not hide a name', async () => {
  const nfd = 'Сергей'.normalize('NFD');
  const ms = await mentionsOf(`${BODY}Премьер встретился с Cергеем Лавровым (Latin C) и министром ${nfd} Шойгу в Mоскве.`);
  assert.equal(find(ms, 'Cергеем Лавровым')?.name, 'Сергей Лавров');
  assert.equal(find(ms, `${nfd} Шойгу`)?.type, 'PER');
  assert.equal(find(ms, 'Mоскве')?.name, 'Москва');
});

test('a surname opening a sentence before a verb is a person even when first seen there', async () => {
  const ms = await mentionsOf(`${BODY}Токаев прибыл в Москву. Магазин открылся утром.`);
  assert.equal(find(ms, 'Токаев')?.type, 'PER');
  assert.equal(find(ms, 'Магазин'), undefined);
});

test('a name in the nominative keeps its written spelling', async () => {
  const ms = await mentionsOf(`${BODY}На вопросы ответил Мэттью Миллер.`);
  assert.equal(find(ms, 'Мэттью Миллер')?.name, 'Мэттью Миллер');
});

test('roles keep quoted organizations; an addressee is not a title', async () => {
  const ms = await mentionsOf(`${BODY}Об этом заявил журналистам глава «Газпром нефти» Александр Дюков. Президент принял акима города Шымкента Мурата Айтенова.`);
  assert.deepEqual(find(ms, 'Александр Дюков')?.roles, ['глава «Газпром нефти»']);
  assert.equal(find(ms, 'Газпром нефти')?.name, 'Газпром нефть');
  assert.equal(find(ms, 'Шымкента')?.type, 'LOC');
  assert.equal(find(ms, 'Мурата Айтенова')?.name, 'Мурат Айтенов');
});

test('a hyphenated compound with a common word is not a name', async () => {
  const ms = await mentionsOf(`${BODY}Об этом писали Телеграм-каналы, а поезд ушел в Ростов-на-Дону.`);
  assert.deepEqual(summary(ms), ['LOC:Ростов-на-Дону']);
});

test('a full name the article writes elsewhere is whole at a sentence start, even after a conjunction-like word', async () => {
  const ms = await mentionsOf(`${BODY}То Лам принял гостей. Встречу открыл генеральный секретарь То Лам. До Хунг Вьет выступил после министра До Хунг Вьета.`);
  assert.equal(ms.filter((m) => m.text === 'То Лам').length, 2);
  assert.equal(find(ms, 'До Хунг Вьет')?.type, 'PER');
});

test('an unknown word after a personal verb of speaking that ends a quotation is a person, marked a guess', async () => {
  const ms = await mentionsOf(`${BODY}«Это очень важное решение», — пояснил Хоровитц. «Пройдет несколько лет», сказал Зарбак.`);
  assert.deepEqual(summary(ms), ['PER:Хоровитц', 'PER:Зарбак']);
  assert.equal(ms[0]?.confidence, 'low');
});

test('a head of a company named after the company is a person ("шеф концерна")', async () => {
  const ms = await mentionsOf(`${BODY}Об этом заявил шеф концерна Бернд Пишетсридер на ярмарке.`);
  assert.deepEqual(summary(ms), ['PER:Бернд Пишетсридер']);
});

test('an unknown word a person\'s verb follows is a person, not a place its ending suggests', async () => {
  const ms = await mentionsOf(`${BODY}Режиссер Франческа Тарезини поставит оперу. Тарезани отметила, что декорации изготовят в Италии. Глава фирмы Олег Калинцев задержан. Калинцов в суде рассказал, что передал деньги. Мелитуни признал, что это сложно.`);
  for (const word of ['Тарезани', 'Калинцов', 'Мелитуни']) assert.equal(find(ms, word)?.type, 'PER', word);
  assert.equal(find(ms, 'Италии')?.type, 'LOC');
});

test('a feminine speech verb before or after a bare surname makes it a woman’s, in the nominative', async () => {
  const before = await mentionsOf(`${BODY}Проект ведет инженер Дарья Кукушкина. Как отметила Курочкина, работы идут по графику.`);
  assert.equal(find(before, 'Курочкина')?.name, 'Курочкина');
  const after = await mentionsOf(`${BODY}Курочкина отметила, что работы идут по графику.`);
  assert.equal(find(after, 'Курочкина')?.name, 'Курочкина');
});

test('a surname in the instrumental before the preposition «о» is no place named after a family', async () => {
  const ms = await mentionsOf(`${BODY}Клуб уже провел переговоры с Гайнулиным о подписании контракта.`);
  assert.equal(ms.some((m) => m.type === 'LOC'), false);
});

test('a recipient after a transitive verb keeps its case when the accusative object follows', async () => {
  const ms = await mentionsOf(`${BODY}После финала министр вручил Нурмухамедову почетную грамоту.`);
  assert.equal(find(ms, 'Нурмухамедову')?.name, 'Нурмухамедов');
});

test('the Vietnamese middle name Тхи makes a woman of every mention', async () => {
  const ms = await mentionsOf(`${BODY}Директор фабрики Фам Тхи Хыонг рассказала о планах. Фам Тхи Хыонг добавил, что заказы растут.`);
  assert.deepEqual(ms.filter((m) => m.type === 'PER').map((m) => m.person?.gender), ['f', 'f']);
});

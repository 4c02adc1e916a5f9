/** Places and organizations: acronyms, state bodies with their country, quoted names, official forms. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test('acronyms: countries are places, blocs are organizations, common acronyms nothing', async () => {
  const ms = await mentionsOf(`${BODY}Саммит ОДКБ и ШОС прошел без США, а СМИ писали об АЭС и ВВП РФ.`);
  assert.deepEqual(summary(ms), ['ORG:ОДКБ', 'ORG:ШОС', 'LOC:США', 'LOC:РФ']);
  assert.equal(find(ms, 'РФ')?.name, 'Россия');
});

test('a state body with its country is one organization, canonical with the country in the genitive', async () => {
  const ms = await mentionsOf(`${BODY}Позицию изложили в МИД РФ, в МИД Казахстана и на сайте правительства РФ.`);
  assert.equal(find(ms, 'МИД РФ')?.name, 'МИД России');
  assert.equal(find(ms, 'МИД Казахстана')?.name, 'МИД Казахстана');
  assert.equal(find(ms, 'правительства РФ')?.name, 'правительство России');
  assert.equal(ms.filter((m) => m.type === 'LOC').length, 0);
});

test('quoted names after cue words: the name without quotes or cue', async () => {
  const ms = await mentionsOf(`${BODY}Об этом пишет газета «Коммерсантъ»; в проекте участвуют ПАО "Норникель", "Группа Синара" и госкорпорация "Ростех".`);
  assert.deepEqual(summary(ms), ['ORG:Коммерсантъ', 'ORG:Норникель', 'ORG:Группа Синара', 'ORG:Ростех']);
});

test('inflected brands and Latin company names', async () => {
  const ms = await mentionsOf(`${BODY}Контракт с Газпромом обсуждали представители Siemens и Росатома.`);
  assert.equal(find(ms, 'Газпромом')?.name, 'Газпром');
  assert.equal(find(ms, 'Siemens')?.type, 'ORG');
  assert.equal(find(ms, 'Росатома')?.name, 'Росатом');
});

test('official forms of countries are one span with the short canonical name', async () => {
  const ms = await mentionsOf(`${BODY}Делегация Республики Узбекистан посетила Российскую Федерацию и Объединенные Арабские Эмираты.`);
  assert.equal(find(ms, 'Республики Узбекистан')?.name, 'Узбекистан');
  assert.equal(find(ms, 'Российскую Федерацию')?.name, 'Россия');
  assert.equal(find(ms, 'Объединенные Арабские Эмираты')?.name, 'ОАЭ');
});

test('multi-word places and organizations are put into the nominative', async () => {
  const ms = await mentionsOf(`${BODY}Суда из Южно-Китайского моря зашли в порты Калининградской области, а Всемирного банка эксперты уехали в Юго-Восточную Азию.`);
  assert.equal(find(ms, 'Южно-Китайского моря')?.name, 'Южно-Китайское море');
  assert.equal(find(ms, 'Калининградской области')?.name, 'Калининградская область');
  assert.equal(find(ms, 'Всемирного банка')?.name, 'Всемирный банк');
  assert.equal(find(ms, 'Юго-Восточную Азию')?.name, 'Юго-Восточная Азия');
});

test('named bodies with capitalised adjectives and their complements', async () => {
  const ms = await mentionsOf(`${BODY}Решение приняла Народная партия Камбоджи вместе с Министерством иностранных дел Таиланда.`);
  assert.equal(find(ms, 'Народная партия Камбоджи')?.name, 'Народная партия Камбоджи');
  assert.equal(find(ms, 'Министерством иностранных дел Таиланда')?.name, 'Министерство иностранных дел Таиланда');
});

test('ALL-CAPS dateline and agency', async () => {
  const ms = await mentionsOf('Заголовок\n\nТАШКЕНТ, 3 мая. /ТАСС/. Текст новости о погоде.');
  assert.equal(find(ms, 'ТАШКЕНТ')?.name, 'Ташкент');
  assert.equal(find(ms, 'ТАСС')?.type, 'ORG');
});

test('adjectives derived from places are not places', async () => {
  const ms = await mentionsOf(`${BODY}Российские и казахстанские компании обсудили вьетнамско-лаосские отношения. Ташкентский форум открылся.`);
  assert.deepEqual(summary(ms), []);
});

test('a hyphenated pair of places is two places', async () => {
  const ms = await mentionsOf(`${BODY}Строится трасса Москва-Казань.`);
  assert.deepEqual(summary(ms), ['LOC:Москва', 'LOC:Казань']);
});

test('two places sharing one head noun', async () => {
  const ms = await mentionsOf(`${BODY}Порты Черного и Азовского морей закрыты.`);
  assert.equal(find(ms, 'Черного')?.name, 'Черное море');
  assert.equal(find(ms, 'Азовского морей')?.name, 'Азовское море');
});

test('a cue noun decides what an unknown capitalised name is', async () => {
  const ms = await mentionsOf(`${BODY}Делегация посетила провинцию Бакзянг, а компания Вкусвилл открыла там склад.`);
  assert.equal(find(ms, 'Бакзянг')?.type, 'LOC');
  assert.equal(find(ms, 'Вкусвилл')?.type, 'ORG');
});

test('Roman numerals, lower-case Latin words and common Latin acronyms are not names', async () => {
  const ms = await mentionsOf(`${BODY}В XXI веке iPhone и online-сервисы пережили пандемию COVID-19.`);
  assert.deepEqual(summary(ms), []);
});

test('a person after a title and a region is not taken for a place named by a cue noun', async () => {
  const ms = await mentionsOf(`${BODY}Президент принял акима Жамбылской области Ерлана Карашукеева. Создана область Абай.`);
  assert.equal(find(ms, 'Ерлана Карашукеева')?.name, 'Ерлан Карашукеев');
  assert.equal(find(ms, 'Абай')?.type, 'LOC');
});

test('site names with a domain are one organization', async () => {
  const ms = await mentionsOf(`${BODY}Об этом сообщает NUR.KZ со ссылкой на Акорду.`);
  assert.deepEqual(summary(ms), ['ORG:NUR.KZ', 'ORG:Акорду']);
});

test('at a sentence start an adjective phrase is an organization only with its country', async () => {
  const ms = await mentionsOf(`${BODY}Национальный банк Таджикистана снизил ставку. Российские компании довольны. Каждая область получит средства.`);
  assert.deepEqual(summary(ms), ['ORG:Национальный банк Таджикистана']);
  assert.equal(ms[0].name, 'Национальный банк Таджикистана');
});

test('a council named by genitive groups closed by an acronym is one organization', async () => {
  const ms = await mentionsOf(`${BODY}Решение принял Совет глав правительств СНГ, а канал «Хабар 24» показал заседание.`);
  assert.deepEqual(summary(ms), ['ORG:Совет глав правительств СНГ', 'ORG:Хабар 24']);
  assert.equal(find(ms, 'Хабар 24')?.name, 'Хабар 24');
});

test('a named body with its country is one organization, named like the state bodies', async () => {
  const ms = await mentionsOf(`${BODY}Следственный комитет России и Министерство обороны России выступили, а Правительства РФ промолчали.`);
  assert.equal(find(ms, 'Следственный комитет России')?.name, 'Следственный комитет России');
  assert.equal(find(ms, 'Министерство обороны России')?.type, 'ORG');
  assert.equal(find(ms, 'Правительства РФ')?.name, 'правительство России');
});

test('shouted common words are not acronyms', async () => {
  const ms = await mentionsOf(`${BODY}ВАЖНО: ФОТО дня. КПРФ провела встречу в МОСКВЕ.`);
  assert.deepEqual(summary(ms), ['ORG:КПРФ', 'LOC:МОСКВЕ']);
  assert.equal(find(ms, 'МОСКВЕ')?.name, 'Москва');
});

test('organization heads of churches and plants; two adjectives joined by "и" before one head', async () => {
  const ms = await mentionsOf(`${BODY}Об этом заявила Русская Православная Церковь. Гендиректор Запорожский автомобилестроительный завод ответил. В отчете Всемирной продовольственной и сельскохозяйственной организации сказано иное.`);
  assert.deepEqual(summary(ms), ['ORG:Русская Православная Церковь', 'ORG:Запорожский автомобилестроительный завод', 'ORG:Всемирной продовольственной и сельскохозяйственной организации']);
  assert.equal(ms[2]?.name, 'Всемирная продовольственная и сельскохозяйственная организация');
});

test('capitalised adjectives joined by "и" are two modifiers, not one name', async () => {
  const ms = await mentionsOf(`${BODY}Договор подписали Российская и Китайская стороны.`);
  assert.deepEqual(summary(ms), []);
});

test('an organization name never ends on a preposition', async () => {
  const ms = await mentionsOf(`${BODY}Заседание Совета при Президенте РФ по развитию прошло вчера. Совет при этом не собирался.`);
  assert.ok(ms.every((m) => !/\sпри$/u.test(m.text)), JSON.stringify(summary(ms)));
  assert.equal(ms.find((m) => m.type === 'ORG')?.text, 'Совета при Президенте РФ по развитию');
});

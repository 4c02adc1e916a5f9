/**
 * Context decides what an unfamiliar word is and which case a name is in: places after prepositions,
 * next to other places and after adjectives of origin; ministries with their country; a title or a
 * verb fixing a name's case; short references to a person named in full.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { linkCorpus } from '../../server/src/core/linking/linkCorpus';
import { find, getEngine, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test('unfamiliar places: after route prepositions, next to a known place, after an adjective of origin', async () => {
  const ms = await mentionsOf(`${BODY}Трасса пройдет от Бандара до перевала Хунджераб. Поезда между Лашио и Мьичиной пойдут через Маймьо. Маршрут Мандалай - Лашио - Мусе откроют. Груз из турецкого Сиирта прибыл.`);
  assert.deepEqual(summary(ms).filter((s) => s.startsWith('PER')), []);
  assert.equal(find(ms, 'Бандара')?.name, 'Бандар');
  assert.equal(find(ms, 'Хунджераб')?.type, 'LOC');
  assert.equal(find(ms, 'Лашио')?.type, 'LOC');
  assert.equal(find(ms, 'Мьичиной')?.name, 'Мьичина');
  assert.equal(find(ms, 'Мусе')?.name, 'Мусе');
  assert.equal(find(ms, 'Сиирта')?.name, 'Сиирт');
});

test('a surname-like word after a route preposition stays a person', async () => {
  const ms = await mentionsOf(`${BODY}Письмо от Карабаева пришло утром, а от Ким Ёна — вечером.`);
  assert.equal(find(ms, 'Карабаева')?.type, 'PER');
});

test('a lower-case ministry with its domain and country is one organization, the country as the gazetteer names it', async () => {
  const ms = await mentionsOf(`${BODY}По данным министерства сельского хозяйства и лесного хозяйства Таиланда, экспорт вырос. Заседала Комиссия по торговле и инвестициям Лаоса. Представитель министерства энергетики Азербайджанской Республики согласился.`);
  assert.equal(find(ms, 'министерства сельского хозяйства и лесного хозяйства Таиланда')?.type, 'ORG');
  assert.equal(find(ms, 'Комиссия по торговле и инвестициям Лаоса')?.type, 'ORG');
  assert.equal(find(ms, 'министерства энергетики Азербайджанской Республики')?.name, 'министерство энергетики Азербайджана');
  assert.equal(ms.filter((m) => m.type === 'LOC').length, 0);
});

test('a capitalised body keeps its own adjective; an area adjective joins a known place; railways; ОПЕК+', async () => {
  const ms = await mentionsOf(`${BODY}Представитель Национального комитета по туризму Лаоса приехал. Поставки в Западную Африку, на север Северного Вьетнама и в страны ОПЕК+ растут. Государственные железные дороги Таиланда и Казахстанская железная дорога подписали договор.`);
  assert.equal(find(ms, 'Национального комитета по туризму Лаоса')?.type, 'ORG');
  assert.equal(find(ms, 'Западную Африку')?.name, 'Западная Африка');
  assert.equal(find(ms, 'Северного Вьетнама')?.name, 'Северный Вьетнам');
  assert.equal(find(ms, 'ОПЕК+')?.type, 'ORG');
  assert.equal(find(ms, 'Государственные железные дороги Таиланда')?.name, 'Государственные железные дороги Таиланда');
  assert.equal(find(ms, 'Казахстанская железная дорога')?.type, 'ORG');
});

test('a title in apposition fixes the case; a verb after a name suggests the nominative', async () => {
  const ms = await mentionsOf(`${BODY}Визит нанес премьер-министр Португалии Жуану Мендешу. Ким Ратана отметил успех. По словам Аджая Кумара Вармы, рост продолжится.`);
  assert.equal(find(ms, 'Жуану Мендешу')?.name, 'Жуану Мендешу');
  assert.equal(find(ms, 'Ким Ратана')?.name, 'Ким Ратана');
  assert.equal(find(ms, 'Аджая Кумара Вармы')?.name, 'Аджай Кумар Варма');
});

test('a given name alone and the tail of a long name refer to the person named in full; a dictionary first name does not', async () => {
  const ms = await mentionsOf(`${BODY}Министр финансов Таиланда Пичай Чуначон и министр Египта Мохаммед Абдель Рахман встретились. Г-н Пичай отметил рост, а Абдель Рахман согласился. Автор: Сергей\n\nСергей Шойгу заявил.`);
  assert.equal(find(ms, 'Пичай')?.name, 'Пичай Чуначон');
  assert.equal(find(ms, 'Абдель Рахман')?.name, 'Мохаммед Абдель Рахман');
  assert.equal(find(ms, 'Сергей')?.name, 'Сергей');
});

test('a surname in -ову read as a man\'s dative links to the woman the article names', async () => {
  const engine = await getEngine();
  const text = `${BODY}Министр Анна Соколова прибыла в Астану. Глава ведомства поблагодарил Соколову за работу.`;
  const linked = linkCorpus(new Map([['a', engine.analyze(text)]]), EMPTY_CONFIG);
  const ids = linked.mentionEntity.get('a')!.filter((id) => id.startsWith('PER'));
  assert.deepEqual(ids, ['PER:Анна Соколова', 'PER:Анна Соколова']);
});

test('a given name no dictionary knows, alone and declined, is the person named in full', async () => {
  const ms = await mentionsOf(`${BODY}Министр финансов Лаоса Сантифап Пхомвихан выступил. В марте Сантифап провел переговоры. По словам Сантифапа, долг снизится. Журналисты спросили Сантифапа о сроках.`);
  assert.equal(find(ms, 'Сантифап')?.name, 'Сантифап Пхомвихан');
  assert.deepEqual(ms.filter((m) => m.text === 'Сантифапа').map((m) => m.name), ['Сантифап Пхомвихан', 'Сантифап Пхомвихан']);
});

test("'по словам' announces a person; a place that is also a surname follows the article's people", async () => {
  const ms = await mentionsOf(`${BODY}По словам Ершова, проект окупится. Советник Павел Ершов добавил, что, по словам Нонгсака, сроки сдвинутся.`);
  assert.equal(find(ms, 'Ершова')?.type, 'PER');
  assert.equal(find(ms, 'Нонгсака')?.type, 'PER');
});

test('names with a lower-case particle; acronyms with endings and Latin names split a run of names', async () => {
  const ms = await mentionsOf(`${BODY}Документ подписал министр Саудовской Аравии Абдель Азиз бин Сальман аль-Сауд. Как отметил аль-Сауд, рынок стабилен. Гендиректор ТрансКома Максим Соколов и глава Vingroup Фам Ньят Выонг прибыли. Договор с Bank of Georgia подписан.`);
  assert.equal(find(ms, 'аль-Сауд')?.type, 'PER');
  assert.equal(find(ms, 'ТрансКома')?.type, 'ORG');
  assert.equal(find(ms, 'Bank of Georgia')?.type, 'ORG');
  assert.equal(find(ms, 'Максим Соколов')?.type, 'PER');
  assert.equal(find(ms, 'Фам Ньят Выонг')?.name, 'Фам Ньят Выонг');
});

test('one sense per article: a name used as a place elsewhere in it is a place here too', async () => {
  const ms = await mentionsOf(`${BODY}Грузы идут через порты Актау и Жетыбай. Паромы на линии Жетыбай - Алмас загружены.`);
  assert.deepEqual(ms.filter((m) => m.text === 'Жетыбай').map((m) => m.type), ['LOC', 'LOC']);
  assert.equal(find(ms, 'Алмас')?.type, 'LOC');
});

test('a surname ending only one gender has decides the gender of the full name', async () => {
  const ms = await mentionsOf(`${BODY}Президент Касым-Жомарт Токаев прибыл. Министр Айгуль Сапарова выступила.`);
  assert.equal(find(ms, 'Касым-Жомарт Токаев')?.person?.gender, 'm');
  assert.equal(find(ms, 'Айгуль Сапарова')?.person?.gender, 'f');
});

test('Latin runs are organizations; acronyms of Roman-numeral letters are acronyms; cabinets and customs bodies are bodies', async () => {
  const ms = await mentionsOf(`${BODY}Контракт с Petroliam Nasional Berhad подписан при участии палаты (VCCI) в XXI веке. Решение Кабинета министров Республики Таджикистан и главного таможенного управления Вьетнама.`);
  assert.equal(find(ms, 'Petroliam Nasional Berhad')?.type, 'ORG');
  assert.equal(find(ms, 'VCCI')?.type, 'ORG');
  assert.equal(find(ms, 'XXI'), undefined);
  assert.equal(find(ms, 'Кабинета министров Республики Таджикистан')?.name, 'Кабинет министров Таджикистана');
  assert.equal(find(ms, 'главного таможенного управления Вьетнама')?.type, 'ORG');
});

test('a guessed organization waits until its neighbours are known: a place next to a place', async () => {
  // Neither word is in the gazetteer: the dictionary only guesses Зарешт a place and Мастара an organization.
  const ms = await mentionsOf(`${BODY}Строительство дороги Зарешт - Мастара завершат.`);
  assert.equal(find(ms, 'Зарешт')?.type, 'LOC');
  assert.equal(find(ms, 'Мастара')?.type, 'LOC');
});

test('the dictionary gives the tense of the part of the sentence a date stands in', async () => {
  const july = ' date 2025-07-08\nЗаголовок\n\n';
  const ms = await mentionsOf(`${july}Следующее заседание пройдет в Улан-Баторе в декабре, сообщили в министерстве. Договоренности, достигнутые в сентябре, выполнены. Соглашение вступит в силу с 1 марта, сказала она. Российская сторона предложила провести форум в ноябре.`);
  assert.equal(find(ms, 'декабре')?.name, '2025-12');
  assert.equal(find(ms, 'сентябре')?.name, '2024-09');
  assert.equal(find(ms, '1 марта')?.name, '2026-03-01');
  assert.equal(find(ms, 'ноябре')?.name, '2025-11');
});

test('people stay people next to places: letters from someone, attributions, "и" with a known name', async () => {
  const ms = await mentionsOf(`${BODY}Вчера пришло письмо от Байдена. Переговоры пройдут в Пекине — Лавров. Россия и Путин лично поддержали. В Душанбе и Рахмон приветствовал гостей. Министр Иванов прибыл. Москва - Иванов.`);
  assert.deepEqual(ms.filter((m) => m.type === 'LOC').map((m) => m.text), ['Пекине', 'Россия', 'Душанбе', 'Москва']);
});

test('surname prefixes and place pairs are not brands; Latin names without a company word are not organizations', async () => {
  const ms = await mentionsOf(`${BODY}Переговоры США-Китай продолжились. Рон ДеСантис выступил. Трамп (Donald Trump) заявил.`);
  assert.equal(find(ms, 'Китай')?.type, 'LOC');
  assert.equal(find(ms, 'Рон ДеСантис')?.type, 'PER');
  assert.equal(find(ms, 'Donald Trump')?.type, 'PER');
});

test('a gazetteer name written exactly wins over one sharing its stem; an acronym is its own nominative', async () => {
  const engine = await getEngine();
  const text = `${BODY}Министр посетил Бразилиа, столицу Бразилии. Кредит одобрил АБИИ.`;
  const linked = linkCorpus(new Map([['a', engine.analyze(text)]]), EMPTY_CONFIG);
  assert.deepEqual(linked.mentionEntity.get('a'), ['LOC:Бразилиа', 'LOC:Бразилия', 'ORG:АБИИ']);
});

test('a participle after a comma gives the name before it its case and gender', async () => {
  const ms = await mentionsOf(`${BODY}Инженер завода Зульфия Гарифуллина, руководившая проектом, ушла. Коллеги вспомнили мастера цеха Валентина Сыромятова, скончавшегося весной.`);
  assert.equal(find(ms, 'Зульфия Гарифуллина')?.name, 'Зульфия Гарифуллина');
  assert.equal(find(ms, 'Валентина Сыромятова')?.name, 'Валентин Сыромятов');
});

test("one sense per article: a lone word read as a first name's form that is another case of a place of the article is that place ('Альберты' after 'в Альберте')", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nОператора песков в Манитобе оштрафуют. Регулятор энергетики Альберты оштрафовал компанию. На севере Альберты тихо. Сбор идет в Альберте.');
  assert.deepEqual(ms.filter((m) => m.text.startsWith('Альберт')).map((m) => [m.type, m.name]), [['LOC', 'Альберта'], ['LOC', 'Альберта'], ['LOC', 'Альберта']]);
  const person = await mentionsOf('Заголовок\n\n12 марта 2026\n\nАльберта Ивановна Смирнова приехала в Альберту. Дом Альберты стоит у реки.');
  assert.equal(person.find((m) => m.text === 'Альберты')?.type ?? 'PER', 'PER');
});

/** Organization kinds across news desks: what belongs to a body's name, and what is no organization. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test('a state in the genitive after a body is part of its name; after a lone acronym it may be the title\'s', async () => {
  const ms = await mentionsOf(`${BODY}Разрешение выдал Минводхоза России. Об этом сообщил Союз хлебопеков России. Данные дал Институт Коха Германии.`);
  assert.deepEqual(summary(ms), ['ORG:Минводхоза России', 'ORG:Союз хлебопеков России', 'ORG:Институт Коха Германии']);
  const ms2 = await mentionsOf(`${BODY}Проверку провела Налоговая служба ГНС Кыргызской Республики. Слово взял министр по делам ВАС Уганды Джон Окелло.`);
  assert.deepEqual(summary(ms2), ['ORG:Налоговая служба ГНС Кыргызской Республики', 'ORG:ВАС', 'LOC:Уганды', 'PER:Джон Окелло']);
});

test("two places joined by 'и' share the complement of a name", async () => {
  const ms = await mentionsOf(`${BODY}Деньги выделил Фонд развития Сибири и Арктики, проект ведет Администрация речных портов Приамурья и восточной Сибири.`);
  assert.deepEqual(summary(ms), ['ORG:Фонд развития Сибири и Арктики', 'ORG:Администрация речных портов Приамурья и восточной Сибири']);
});

test("'имени' with an unknown given name and a surname; the short 'театр + surname' is the theatre, not a person", async () => {
  const ms = await mentionsOf(`${BODY}Театр Хакимова поедет на гастроли. Премьера прошла в Татарском драматическом театре имени Гайнетдина Хакимова. Директор театра Хакимова Лилия Сафина довольна.`);
  const long = 'Татарский драматический театр имени Гайнетдина Хакимова';
  assert.deepEqual(summary(ms), ['ORG:Театр Хакимова', 'ORG:Татарском драматическом театре имени Гайнетдина Хакимова', 'ORG:театра Хакимова', 'PER:Лилия Сафина']);
  assert.equal(find(ms, 'Театр Хакимова')?.name, long);
  assert.equal(find(ms, 'театра Хакимова')?.name, long);
});

test('an ordinal starts the name and is named in the nominative', async () => {
  const ms = await mentionsOf(`${BODY}Врачи Второго Казанского государственного медицинского университета провели операцию.`);
  assert.deepEqual(summary(ms), ['ORG:Второго Казанского государственного медицинского университета']);
  assert.equal(ms.find((m) => m.type === 'ORG')?.name, 'Второй Казанский государственный медицинский университет');
});

test('orchestras and dispensaries are organizations; so is a state institution named by a capitalised noun', async () => {
  const ms = await mentionsOf(`${BODY}Выступил Томский камерный оркестр, больного направили в Омский областной кардиологический диспансер.`);
  assert.deepEqual(summary(ms), ['ORG:Томский камерный оркестр', 'ORG:Омский областной кардиологический диспансер']);
  const ms2 = await mentionsOf(`${BODY}Экспонаты показали в Государственной Кунсткамере.`);
  assert.deepEqual(summary(ms2), ['ORG:Государственной Кунсткамере']);
});

test("a kind-of-body acronym takes its genitive complement; 'по' + a dative noun of action takes its object", async () => {
  const ms = await mentionsOf(`${BODY}Исследование провел НИИ вакцин и сывороток, а выплаты ведет Агентство по страхованию депозитов.`);
  assert.deepEqual(summary(ms), ['ORG:НИИ вакцин и сывороток', 'ORG:Агентство по страхованию депозитов']);
});

test('after an honoree, the ministry the institution belongs to; a branch head before a body\'s acronym', async () => {
  const ms = await mentionsOf(`${BODY}Препарат создал Институт вакцин имени П. Н. Громова Минздрава России. Жалобу рассмотрело Управление ФАС России по Омской области.`);
  assert.deepEqual(summary(ms), ['ORG:Институт вакцин имени П. Н. Громова Минздрава России', 'ORG:Управление ФАС России по Омской области']);
});

test("'при' and a capitalised body belong to the name", async () => {
  const ms = await mentionsOf(`${BODY}Спор рассмотрел Третейский суд при Торгово-промышленной палате Республики Татарстан.`);
  assert.deepEqual(summary(ms), ['ORG:Третейский суд при Торгово-промышленной палате Республики Татарстан']);
});

test('a firm named after its partners in quotes is one organization, the partners are no persons', async () => {
  const ms = await mentionsOf(`${BODY}Интересы истца представляла коллегия адвокатов «Карпов, Сомов и партнеры».`);
  assert.deepEqual(summary(ms), ['ORG:Карпов, Сомов и партнеры']);
  // A comma in quotes elsewhere is speech, no name.
  const speech = await mentionsOf(`${BODY}Иван Сомов сказал: «Да, Карпов и Сомов правы».`);
  assert.ok(!speech.some((m) => m.type === 'ORG'));
});

test('reserves and self-regulating organizations named in quotes are organizations', async () => {
  const ms = await mentionsOf(`${BODY}Договор подписали с заповедником «Тихая Заводь» и с членом саморегулируемой организации «Прогресс» Олегом Лавровым.`);
  assert.deepEqual(summary(ms), ['ORG:Тихая Заводь', 'ORG:Прогресс', 'PER:Олегом Лавровым']);
});

test('the head of a place\'s administration: only the place is tagged', async () => {
  const ms = await mentionsOf(`${BODY}Рассказал глава администрации Сорочинска Иван Белов.`);
  assert.deepEqual(summary(ms), ['LOC:Сорочинска', 'PER:Иван Белов']);
});

test('viruses, model codes and authored works are no organizations', async () => {
  const ms = await mentionsOf(`${BODY}Вакцина против РСВ и ВПЧ готова. Рейс выполнят L-410 и МС-21, а саммит G-20 пройдет осенью.`);
  assert.deepEqual(summary(ms), ['ORG:G-20']);
  const ms2 = await mentionsOf(`${BODY}Театр сыграл премьеру драмы Тимура Валиева «Белый сад». Потом театр покажет «Белый сад» в Уфе.`);
  assert.deepEqual(summary(ms2), ['PER:Тимура Валиева', 'LOC:Уфе']);
});

test('at a sentence start: a first word not agreeing is no part; a country adjective before a head with a complement names', async () => {
  const ms = await mentionsOf(`${BODY}Ученые Томского политехнического университета создали прибор. Российский союз хлебопеков сообщил о росте цен. Совместный комитет сторон собрался в мае.`);
  assert.deepEqual(summary(ms), ['ORG:Томского политехнического университета', 'ORG:Российский союз хлебопеков']);
});

test("a quoted name after a company's cue and one noun of its trade in the genitive is the company ('сервис бронирования «...»')", async () => {
  const ms = await mentionsOf(`${BODY}Сервис бронирования «Бермамыт Трэвел» посчитал, что семья заплатит больше. Оператор связи «Колос Телеком» отказался.`);
  assert.equal(find(ms, 'Бермамыт Трэвел')?.type, 'ORG');
  assert.equal(find(ms, 'Колос Телеком')?.type, 'ORG');
});

test("a theatre or a museum with a foreign name left undeclined after its head in an oblique case, then a person ('Театра Колон Мерседес Сориано')", async () => {
  const ms = await mentionsOf(`${BODY}Главную партию станцевала прима-балерина Театра Колон Мерседес Сориано де Уртасун. Спектакль показали в Театре Эспаньоль.`);
  assert.equal(find(ms, 'Театра Колон')?.name, 'Театр Колон');
  assert.equal(find(ms, 'Мерседес Сориано де Уртасун')?.type, 'PER');
  assert.equal(find(ms, 'Театре Эспаньоль')?.type, 'ORG');
});

test("a research institute's acronym, then the surname it is named after in a genitive no nominative shares, is one body ('НИИ Склифосовского'); a person after it is not ('НИИ Иван Петров')", async () => {
  const ms = await mentionsOf(`${BODY}В НИИ Склифосовского провели пересадку легких. Директор НИИ Иван Петров сказал, что операция прошла успешно.`);
  assert.equal(find(ms, 'НИИ Склифосовского')?.type, 'ORG');
  assert.equal(find(ms, 'Склифосовского'), undefined);
  assert.equal(find(ms, 'Иван Петров')?.type, 'PER');
});

test('a numbered institution keeps the town after its number, with or without «города»', async () => {
  const ms = await mentionsOf(`${BODY}Больного перевели в Городскую больницу № 7 города Кургана. Прием ведет Детская поликлиника № 3 Самары, а школа № 12 в Казани закрыта.`);
  assert.deepEqual(summary(ms), ['ORG:Городскую больницу № 7 города Кургана', 'ORG:Детская поликлиника № 3 Самары', 'LOC:Казани']);
});

test('agencies of the UN system and international courts are known by their full names and acronyms', async () => {
  const ms = await mentionsOf(`${BODY}Проект поддержала Программа развития ООН (ПРООН). Иск рассмотрел Суд по интеллектуальным правам, жалоба ушла в ЕСПЧ.`);
  assert.deepEqual(summary(ms), ['ORG:Программа развития ООН', 'ORG:ПРООН', 'ORG:Суд по интеллектуальным правам', 'ORG:ЕСПЧ']);
  assert.equal(find(ms, 'ПРООН')?.name, 'Программа развития ООН');
  assert.equal(find(ms, 'ЕСПЧ')?.name, 'Европейский суд по правам человека');
});

test('capitalised adjectives inside a sentence open a state body named with its country, but not a surname', async () => {
  const ms = await mentionsOf(`${BODY}Закон одобрил Национальный конгресс Перу, а Государственный совет Китая промолчал. Пришли сотрудники центра имени Н. Н. Петрова Минздрава России.`);
  assert.equal(find(ms, 'Национальный конгресс Перу')?.name, 'Национальный конгресс Перу');
  assert.equal(find(ms, 'Государственный совет Китая')?.type, 'ORG');
  assert.equal(find(ms, 'Минздрава России')?.type, 'ORG');
});

test('a ballet company and an expedition named by capitalised adjectives are organizations', async () => {
  const ms = await mentionsOf(`${BODY}Раскопки ведет Смоленская археологическая экспедиция. На гастроли приехали артисты Пекинского балета. Мы смотрели балет.`);
  assert.deepEqual(summary(ms), ['ORG:Смоленская археологическая экспедиция', 'ORG:Пекинского балета']);
});

test("the Red Crescent is an organization like the Red Cross, declined and with a national adjective ('Координатор Турецкого Красного Полумесяца Угур Бозан': the body, then the person)", async () => {
  const ms = await mentionsOf(`${BODY}Координатор Турецкого Красного Полумесяца Угур Бозан прилетел. Волонтеры Красного Полумесяца работают.`);
  assert.equal(find(ms, 'Турецкого Красного Полумесяца')?.type, 'ORG');
  assert.equal(find(ms, 'Угур Бозан')?.type, 'PER');
  assert.equal(find(ms, 'Красного Полумесяца')?.type, 'ORG');
});

test("a body's head opening a sentence before a foreign name it bears is the body ('Университет Келании и ...', 'Университет Тохоку объявил')", async () => {
  const ms = await mentionsOf(`${BODY}Университет Келании и университет из Архангельска откроют бакалавриат. Университет Тохоку объявил набор.`);
  assert.equal(find(ms, 'Университет Келании')?.type, 'ORG');
  assert.equal(find(ms, 'Университет Тохоку')?.type, 'ORG');
});

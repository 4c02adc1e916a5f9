/** Names with particles, and two people that only a space separates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test('two particles inside a name, a capitalised particle opening it, a lower-case one before a bare surname', async () => {
  const ms = await mentionsOf(`${BODY}Гол забил Рутгер ван дер Хольт. Ван дер Хольт отметил игру партнеров. Тренер похвалил Хольта.`);
  assert.equal(find(ms, 'Рутгер ван дер Хольт')?.type, 'PER');
  assert.equal(find(ms, 'Ван дер Хольт')?.type, 'PER');
  const ms2 = await mentionsOf(`${BODY}Выставку открыл Аркадий фон Ростенберг. Позже фон Ростенберг ответил на вопросы.`);
  assert.deepEqual(summary(ms2), ['PER:Аркадий фон Ростенберг', 'PER:фон Ростенберг']);
});

test("'бен', 'душ', 'де ла' join an Arabic, Portuguese or Spanish name", async () => {
  const ms = await mentionsOf(`${BODY}На встрече были Самир бен Сауд аль-Фарухи, Руй Рибейру душ Аморим и Аурелио де ла Торре.`);
  assert.deepEqual(summary(ms), ['PER:Самир бен Сауд аль-Фарухи', 'PER:Руй Рибейру душ Аморим', 'PER:Аурелио де ла Торре']);
});

test('a first name in the nominative after a surname starts a second person', async () => {
  const ms = await mentionsOf(`${BODY}Показания против Мартыненко Тимур Гогиашвили дал в среду.`);
  assert.equal(find(ms, 'Тимур Гогиашвили')?.type, 'PER');
  assert.ok(!ms.some((m) => m.text.includes('Мартыненко Тимур')));
});

test('a surname, name and patronymic stay one person; East Asian names of short words too', async () => {
  const ms = await mentionsOf(`${BODY}Заявление подписал Ковалев Игорь Петрович, а также Ле Минь Тхуан.`);
  assert.deepEqual(summary(ms), ['PER:Ковалев Игорь Петрович', 'PER:Ле Минь Тхуан']);
});

test('a first name in another case than the name before it: the title word, then the author', async () => {
  const ms = await mentionsOf(`${BODY}Роман Полины Смирновой вышел весной.`);
  assert.equal(find(ms, 'Полины Смирновой')?.type, 'PER');
  assert.ok(!ms.some((m) => m.text.startsWith('Роман')));
});

test('a bare surname in any case is the one person of the article with that surname', async () => {
  const ms = await mentionsOf(`${BODY}Компанию основал Глеб Сорокопудов. По словам Сорокопудова, выручка выросла.`);
  assert.equal(find(ms, 'Сорокопудова')?.name, 'Глеб Сорокопудов');
});

test('a double surname declines in each part; a particle never declines', async () => {
  const ms = await mentionsOf(`${BODY}Суд арестовал Инну Леруа-Смирнову. Показания дал Петер Вальтер-Кунц, позже допросили Петера Вальтер-Кунца.`);
  assert.equal(find(ms, 'Инну Леруа-Смирнову')?.name, 'Инна Леруа-Смирнова');
  assert.equal(find(ms, 'Петера Вальтер-Кунца')?.name, 'Петер Вальтер-Кунц');
});

test("a place's form that is also a first name, before a surname in the same case, is a person", async () => {
  const ms = await mentionsOf(`${BODY}Второй гол забил Артема Белоусова, а соперница обыграла Ханной Кравецкой. Делегация побывала в Ханое.`);
  assert.deepEqual(summary(ms), ['PER:Артема Белоусова', 'PER:Ханной Кравецкой', 'LOC:Ханое']);
});

test('a first name and surname after a body in the genitive are its member; a declinable first name in the nominative keeps the surname as written', async () => {
  const ms = await mentionsOf(`${BODY}Климатолог Тартуского университета Джеймс Ворем считает иначе.`);
  assert.equal(find(ms, 'Джеймс Ворем')?.type, 'PER');
  assert.equal(find(ms, 'Джеймс Ворем')?.name, 'Джеймс Ворем');
});

test('a place that is also a known first name, before one unknown word, starts a full name and ends no body', async () => {
  const ms = await mentionsOf(`${BODY}В Тамбове выступил Барри Лоуенкрон. Советник министерства иностранных дел Барри Глостерман уехал.`);
  assert.deepEqual(summary(ms), ['LOC:Тамбове', 'PER:Барри Лоуенкрон', 'PER:Барри Глостерман']);
});

test('a place only guessed from its ending, before one unknown word, is a first name', async () => {
  const ms = await mentionsOf(`${BODY}Вчера матч судил Горацио Элисондо.`);
  assert.deepEqual(summary(ms), ['PER:Горацио Элисондо']);
});

test('a first name the article uses alone inside a sentence is the person when it opens a sentence before a verb', async () => {
  const ms = await mentionsOf(`${BODY}Разговаривая по телефону, Марк, рабочий из цеха, пожаловался. Марк рассказал журналистам о забастовке.`);
  assert.deepEqual(summary(ms), ['PER:Марк', 'PER:Марк']);
});

test('an Arabic or Portuguese name of several given names stays one person; a guessed place opens no name', async () => {
  const ms = await mentionsOf(`${BODY}Вице-премьер Катара Мансур Абдель Джалиль Хаддад заявил о сделке. Аналитик банка Суада Карим эль-Масри не согласна. Генеральный директор агентства Жоакиму Кабрал да Фонсека подписал договор.`);
  assert.equal(find(ms, 'Мансур Абдель Джалиль Хаддад')?.type, 'PER');
  assert.equal(find(ms, 'Суада Карим эль-Масри')?.type, 'PER');
  assert.equal(find(ms, 'Жоакиму Кабрал да Фонсека')?.type, 'PER');
});

test("a woman's surname before a man's first name and surname: two people", async () => {
  const ms = await mentionsOf(`${BODY}Суд арестовал Ольгу Петровскую. По словам адвоката Петровской Никиты Сомова, приговор обжалуют.`);
  assert.equal(find(ms, 'Никиты Сомова')?.type, 'PER');
  assert.equal(find(ms, 'Петровской')?.name, 'Ольга Петровская');
  assert.ok(!ms.some((m) => m.text.includes('Петровской Никиты')));
});

test("after 'ибн' the father's name joins the person even when it is also a title", async () => {
  const ms = await mentionsOf(`${BODY}Коллекцию передал Рашида ибн Султана аль-Хамдани. Позже аль-Хамдани приехал сам.`);
  assert.equal(find(ms, 'Рашида ибн Султана аль-Хамдани')?.name, 'Рашид ибн Султан аль-Хамдани');
  assert.equal(find(ms, 'аль-Хамдани')?.type, 'PER');
});

test('a name alone in quotes is no person: a first name is a club, a full name a stadium or a prize', async () => {
  const ms = await mentionsOf(`${BODY}Команда сыграет против «Тимура» на стадионе «Виктор Понедельник» в пятницу.`);
  assert.equal(find(ms, 'Тимура')?.type, 'ORG');
  assert.equal(find(ms, 'Тимура')?.name, 'Тимур');
  assert.ok(!ms.some((m) => m.type === 'PER'));
});

test('after a place noun, a first name in the nominative with a word after it starts a person, not more of the place', async () => {
  const ms = await mentionsOf(`${BODY}Сто баллов получила выпускница лицея в городе Мирный Алина Огай, а в поселке Нижний Бестях - двое.`);
  assert.deepEqual(summary(ms), ['LOC:Мирный', 'PER:Алина Огай', 'LOC:Нижний Бестях']);
});

test("after a resident's noun and a place noun, a given name and an unknown surname are the resident, not the place", async () => {
  const ms = await mentionsOf('Заголовок\n\nОб этом рассказала жительница поселка Ульяна Хэнтэрэ. Жительница микрорайона Заречье Сарюна Доржиева согласна. Жители села Надежда встретили гостей.');
  assert.deepEqual(summary(ms), ['PER:Ульяна Хэнтэрэ', 'LOC:Заречье', 'PER:Сарюна Доржиева', 'LOC:Надежда']);
});

test("a place's nominative right after a first name in the nominative is that person's surname ('Стивен Дублин'); after a preposition it stays a place", async () => {
  const ms = await mentionsOf(`${BODY}Первую шайбу забросил канадец Стивен Дублин, вторую добавил защитник. Команда вернулась в Дублин.`);
  assert.equal(find(ms, 'Стивен Дублин')?.type, 'PER');
  assert.equal(find(ms, 'Стивен Дублин')?.name, 'Стивен Дублин');
  assert.equal(find(ms, 'Дублин')?.type, 'LOC');
});

test("a person's noun, the place of one word they come from, then the person: 'учительница из города Мехар Рухсана Дахри' is a place and a person, 'житель города Нижний Новгород Иван Петров' keeps its two-word place", async () => {
  const ms = await mentionsOf(`${BODY}Учительница из города Мехар Рухсана Дахри живет в школе. Об этом рассказал фермер из поселка Ымсон Кван Тхэк Гын. Житель города Нижний Новгород Иван Петров приехал.`);
  assert.equal(find(ms, 'Мехар')?.type, 'LOC');
  assert.equal(find(ms, 'Рухсана Дахри')?.type, 'PER');
  assert.equal(find(ms, 'Ымсон')?.type, 'LOC');
  assert.equal(find(ms, 'Кван Тхэк Гын')?.type, 'PER');
  assert.equal(find(ms, 'Нижний Новгород')?.type, 'LOC');
  assert.equal(find(ms, 'Иван Петров')?.type, 'PER');
});

test("after a title and a place noun, a word that is a given name only in an oblique case before a given name in the nominative is the place ('глава поселения Лаврентия Семен Аттувье'); 'поселка Ирина Лаптева' stays a person", async () => {
  const ms = await mentionsOf(`${BODY}Жалобу подал глава сельского поселения Лаврентия Семен Аттувье. Праздник открыла глава поселка Ирина Лаптева.`);
  assert.equal(find(ms, 'Лаврентия')?.type, 'LOC');
  assert.equal(find(ms, 'Семен Аттувье')?.type, 'PER');
  assert.equal(find(ms, 'Ирина Лаптева')?.type, 'PER');
});

test("a word the dictionary only guesses is a body's name, then a Russian surname: a person ('бригадир Тодор Петров'), not a body and a surname", async () => {
  const ms = await mentionsOf(`${BODY}За качеством проследит бригадир Тодор Петров.`);
  assert.equal(find(ms, 'Тодор Петров')?.type, 'PER');
});

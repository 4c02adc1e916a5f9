/** The nominative of foreign names hover shows: particles, indeclinable names, apposition, patronymics. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

async function nameOf(sentence: string, written: string): Promise<string | undefined> {
  return find(await mentionsOf(`${BODY}${sentence}`), written)?.name;
}

test('a Portuguese surname on -а after a particle stays on -а in the nominative', async () => {
  assert.equal(await nameOf('Первый гол забил Паулу Бенту да Роша, лучший игрок матча.', 'Паулу Бенту да Роша'), 'Паулу Бенту да Роша');
});

test('a Romance surname after a particle declines like a noun on -а; a second given name stays', async () => {
  assert.equal(await nameOf('Награду вручили бразильскому режиссеру Марсилиу Паулу да Фонсеке за фильм.', 'Марсилиу Паулу да Фонсеке'), 'Марсилиу Паулу да Фонсека');
  assert.equal(await nameOf('Жюри под руководством аргентинского писателя Рамона Гарсиа де Кордобы объявило итоги.', 'Рамона Гарсиа де Кордобы'), 'Рамон Гарсиа де Кордоба');
});

test('an animate noun in apposition gives the case and a feminine noun the gender', async () => {
  assert.equal(await nameOf('Россиянка обыграла итальянку Лючию Маркези в двух сетах.', 'Лючию Маркези'), 'Лючия Маркези');
  assert.equal(await nameOf('Приз вручили голландской актрисе Марике Янсен на церемонии.', 'Марике Янсен'), 'Марике Янсен');
  assert.equal(await nameOf('Гол забил после передачи защитника Артема Седых на последней минуте.', 'Артема Седых'), 'Артем Седых');
});

test('a woman named in the genitive with a surname that does not decline', async () => {
  assert.equal(await nameOf('Жюри отметило работу дебютантки Виктории Цой из Москвы.', 'Виктории Цой'), 'Виктория Цой');
});

test('an unknown given name on -е is kept, not turned into one on -а', async () => {
  assert.equal(await nameOf('Переводчицей книги станет Гудрун Хаймсоэт, а редактором Хильдегарде фон Браунек из Мюнхена.', 'Хильдегарде фон Браунек'), 'Хильдегарде фон Браунек');
});

test('both parts of a double given name decline', async () => {
  assert.equal(await nameOf('Она вспомнила уроки тренера Ханса-Петера фон Альтенбурга.', 'Ханса-Петера фон Альтенбурга'), 'Ханс-Петер фон Альтенбург');
});

test('a preposition after a title ends the role: "во главе с" does not give the case', async () => {
  assert.equal(await nameOf('Инициативная группа во главе с Мариной Огурцовой собрала подписи.', 'Мариной Огурцовой'), 'Марина Огурцова');
});

test('a patronymic keeps its own nominative in the person parts', async () => {
  const m = find(await mentionsOf(`${BODY}Об этом сообщил генеральный директор завода Павел Игоревич Стрельников.`), 'Павел Игоревич Стрельников');
  assert.equal(m?.person?.middle, 'Игоревич');
  assert.equal(m?.name, 'Павел Стрельников');
});

test('a foreign given name the dictionary does not know opens the full name of two given names and two surnames', async () => {
  const ms = await mentionsOf(`${BODY}Гендиректор Хорхе Луис Арриага Вильялобос и эксперт Франсиско Хавьер Ибаньес Саламанка выступили вместе.`);
  assert.deepEqual(summary(ms), ['PER:Хорхе Луис Арриага Вильялобос', 'PER:Франсиско Хавьер Ибаньес Саламанка']);
  // 'Амр' reads as a name only in the plural; 'бинт' is a particle like 'бин'.
  const ms2 = await mentionsOf(`${BODY}Замминистра Амр Мустафа эль-Гамали и министр Мариам бинт Рашид аль-Шамси подписали меморандум.`);
  assert.deepEqual(summary(ms2), ['PER:Амр Мустафа эль-Гамали', 'PER:Мариам бинт Рашид аль-Шамси']);
  // A known place before a name stays a place, and so does an unknown word after a place's noun.
  const ms3 = await mentionsOf(`${BODY}Губернатор Калифорнии Гэвин Ньюсом заявил о пожарах.`);
  assert.deepEqual(summary(ms3), ['LOC:Калифорнии', 'PER:Гэвин Ньюсом']);
  const ms4 = await mentionsOf(`${BODY}Проект поддержал губернатор округа Мбалеру Джеймс Огото Авити.`);
  assert.equal(find(ms4, 'Джеймс Огото Авити')?.type, 'PER');
});

test('foreign given names the dictionary lacks or has as a surname or a place open a person, in any case', async () => {
  const ms = await mentionsOf(`${BODY}Как сообщил инженер Карлос Альберто Мендоса, работы завершатся весной. Проект поддержал Франсиско Хавьер Торрес, а смету проверил Хорхе Луис Прието.`);
  assert.equal(find(ms, 'Карлос Альберто Мендоса')?.name, 'Карлос Альберто Мендоса');
  assert.equal(find(ms, 'Франсиско Хавьер Торрес')?.type, 'PER');
  assert.equal(find(ms, 'Хорхе Луис Прието')?.type, 'PER');
  assert.equal(await nameOf('Письмо пришло от Гонсало Переса из Мадрида.', 'Гонсало Переса'), 'Гонсало Перес');
  assert.equal(await nameOf('Премию вручили Химене Арральде за роман.', 'Химене Арральде'), 'Химена Арральде');
});

test("a Portuguese given name on -у the list reads in every case still leaves a Portuguese name in the nominative; a Brazilian's given name alone is the person", async () => {
  assert.equal(await nameOf('Об этом сообщил генеральный директор компании Рикарду Жозе Пинейру Араужу.', 'Рикарду Жозе Пинейру Араужу'), 'Рикарду Жозе Пинейру Араужу');
  const ms = await mentionsOf(`${BODY}Гол забил бразильский полузащитник Эверсон Рибейру ду Карму. Зато Эверсон в концовке показал класс.`);
  assert.equal(find(ms, 'Эверсон')?.name, 'Эверсон Рибейру ду Карму');
});

test('a given name in an oblique case, the rest written alike, takes the nominative the article shows, the given name known or not', async () => {
  const ms = await mentionsOf(`${BODY}Лусия Ортис де Сарате рассказала о находке. По словам куратора, Лусии Ортис де Сарате пришлось долго уговаривать наследников.`);
  assert.equal(find(ms, 'Лусии Ортис де Сарате')?.name, 'Лусия Ортис де Сарате');
});

test("a Latin American woman's given name the dictionary only guesses ('Лусиана') is no genitive of a man's, nor her surname after a particle", async () => {
  assert.equal(await nameOf('Образцы сверяли с каталогом музея Лусиана Пайва де Брага и ее коллеги.', 'Лусиана Пайва де Брага'), 'Лусиана Пайва де Брага');
});

test("a Chinese family name of the second hundred ('Лай', 'Пу') that is also a Russian word starts the name; alone later it is that person", async () => {
  const ms = await mentionsOf(`${BODY}Шеф-инженер компании Лай Минхуэй рассказал, что щит закончил проходку. По словам Лай, вода мешала.`);
  assert.equal(find(ms, 'Лай Минхуэй')?.name, 'Лай Минхуэй');
  assert.equal(ms.find((m) => m.text === 'Лай' && m.type === 'PER')?.name, 'Лай Минхуэй');
});

test("a Korean family name that is also a word ('Нам') with a given name of Korean syllables is a person, the given name as written ('Нам Кёнсу', no accusative of 'Кёнса'); a consonant's given name declines ('Ким Чен Ыном')", async () => {
  const ms = await mentionsOf(`${BODY}В полуфинале он обыграл корейца Нам Кёнсу. Встреча с Ким Чен Ыном прошла.`);
  assert.equal(find(ms, 'Нам Кёнсу')?.name, 'Нам Кёнсу');
  assert.equal(find(ms, 'Ким Чен Ыном')?.name, 'Ким Чен Ын');
  // A Russian given name after a Korean family name declines as it does anywhere.
  const ru = await mentionsOf(`${BODY}Он поздравил Пак Анну с победой.`);
  assert.equal(find(ru, 'Пак Анну')?.name, 'Пак Анна');
});

test("a Filipino 'делос' is a particle of the surname, alone or after the given names", async () => {
  const ms = await mentionsOf(`${BODY}Министр Ана Лорна делос Сантос заявила, что делос Сантос не уйдёт.`);
  assert.deepEqual(summary(ms), ['PER:Ана Лорна делос Сантос', 'PER:делос Сантос']);
  assert.equal(find(ms, 'делос Сантос')?.name, 'Ана Лорна делос Сантос');
});

test("'-младший' and '-старший' after a surname are part of the name and agree with it in every case", async () => {
  const ms = await mentionsOf(`${BODY}Сенатор Роберто Айяла-младший выступил. Позицию Роберто Айялы-младшего поддержали. Встреча с Айялой-младшим прошла.`);
  assert.deepEqual(summary(ms), ['PER:Роберто Айяла-младший', 'PER:Роберто Айялы-младшего', 'PER:Айялой-младшим']);
  for (const written of ['Роберто Айялы-младшего', 'Айялой-младшим']) assert.equal(find(ms, written)?.name, 'Роберто Айяла-младший', written);
});

test('a town the dictionary knows in an oblique case only, glued before a first name, is the place, then the person', async () => {
  const ms = await mentionsOf('Заголовок новости\n\nДиректор музея Шадринска Лев Нечунаев сказал, что работы завершат.');
  assert.deepEqual(summary(ms), ['LOC:Шадринска', 'PER:Лев Нечунаев']);
  assert.equal(ms[0].name, 'Шадринск');
});

test("a Turkic patronymic word ('оглы', 'кызы', 'уулу') ends the name; the father's name before it does not decline", async () => {
  const ms = await mentionsOf('Заголовок новости\n\nПо словам Нурлана Бакыт уулу, дорогу откроют в мае. Бакыт уулу добавил, что всё готово. Эльчин Гасан оглы промолчал.');
  assert.deepEqual(ms.filter((m) => m.type === 'PER').map((m) => `${m.text}:${m.name}`), ['Нурлана Бакыт уулу:Нурлан Бакыт уулу', 'Бакыт уулу:Нурлан Бакыт уулу', 'Эльчин Гасан оглы:Эльчин Гасан оглы']);
});

test("a monarch's name the dictionary lacks and the regnal numeral after it are one person", async () => {
  const ms = await mentionsOf('Заголовок новости\n\nСтолицу основал император Менелик II в горах.');
  assert.deepEqual(ms.filter((m) => m.type === 'PER').map((m) => `${m.text}:${m.name}`), ['Менелик II:Менелик II']);
});

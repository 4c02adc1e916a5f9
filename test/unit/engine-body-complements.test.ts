/** A body's name with what it deals with, the area it serves, the forces it commands, the person it is named after. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test("after 'по' and the remit, whose rights or what is controlled or fought belongs to the name", async () => {
  const ms = await mentionsOf(`${BODY}Жалобу приняла Межрегиональная комиссия по правам потребителей. Данные собрал Республиканский центр по контролю инфекций. Помощь направило Агентство по борьбе с наводнениями Лаоса.`);
  assert.deepEqual(summary(ms), [
    'ORG:Межрегиональная комиссия по правам потребителей',
    'ORG:Республиканский центр по контролю инфекций',
    'ORG:Агентство по борьбе с наводнениями Лаоса',
  ]);
});

test("the remit's genitive stops at a time or a place cue", async () => {
  const ms = await mentionsOf(`${BODY}Отчёт принял Комитет по экономике региона, а Комиссия по туризму года не назначала.`);
  assert.deepEqual(summary(ms), ['ORG:Комитет по экономике', 'ORG:Комиссия по туризму']);
});

test("'при' and a lower-case body with a complement of its own only says which body: not part of the name", async () => {
  const ms = await mentionsOf(`${BODY}Об этом сообщило Управление по охране лесов при министерстве сельского хозяйства.`);
  assert.deepEqual(summary(ms), ['ORG:Управление по охране лесов']);
});

test('a state after its armed forces or one of their branches', async () => {
  const ms = await mentionsOf(`${BODY}Вертолёты ВВС Перу вывезли туристов, а корабли ВМС Чили встали на рейд.`);
  assert.deepEqual(summary(ms), ['ORG:ВВС Перу', 'ORG:ВМС Чили']);
});

test('a lower-case area noun and its name in apposition close a body; the name keeps its form', async () => {
  const ms = await mentionsOf(`${BODY}Заявление сделала Федерация гребли штата Парана. Глава местной администрации городского округа Нальчик выступил.`);
  assert.deepEqual(summary(ms), ['ORG:Федерация гребли штата Парана', 'ORG:местной администрации городского округа Нальчик']);
  assert.equal(find(ms, 'местной администрации городского округа Нальчик')?.name, 'местная администрация городского округа Нальчик');
  const person = await mentionsOf(`${BODY}Глава администрации района Иван Петров выступил.`);
  assert.deepEqual(summary(person), ['PER:Иван Петров']);
});

test("a republic's name in apposition is not declined in a body's name ('Республики Тыва')", async () => {
  const ms = await mentionsOf(`${BODY}Иск подала прокуратура Республики Тыва, ответило посольство Боснии и Герцеговины.`);
  assert.equal(find(ms, 'прокуратура Республики Тыва')?.name, 'прокуратура Республики Тыва');
  assert.equal(find(ms, 'посольство Боснии и Герцеговины')?.name, 'посольство Боснии и Герцеговины');
});

test('a body named after a person no dictionary knows, written in the genitive', async () => {
  const ms = await mentionsOf(`${BODY}Читатели Библиотеки Мвангаты и стипендиаты Фонда Арсена Тиграняна приехали. Директор Фонда Лусия Бермудес выступила.`);
  assert.deepEqual(summary(ms), ['ORG:Библиотеки Мвангаты', 'ORG:Фонда Арсена Тиграняна', 'ORG:Фонда', 'PER:Лусия Бермудес']);
});

test("a remit's noun governs its own case: 'по контролю за' + instrumental, 'по управлению' + instrumental, 'помощи' + dative", async () => {
  const ms = await mentionsOf(`${BODY}Пробы взял Совет по контролю за загрязнением Кералы. Деньги выделило Агентство по управлению водными ресурсами Непала. Грант получило Бюро по помощи переселенцам.`);
  assert.deepEqual(summary(ms), [
    'ORG:Совет по контролю за загрязнением Кералы',
    'ORG:Агентство по управлению водными ресурсами Непала',
    'ORG:Бюро по помощи переселенцам',
  ]);
});

test("a second remit after 'и', in the dative with its own object, belongs to the name", async () => {
  const ms = await mentionsOf(`${BODY}Жалобу подала Комиссия по защите конкуренции и правам потребителей Лаоса.`);
  assert.deepEqual(summary(ms), ['ORG:Комиссия по защите конкуренции и правам потребителей Лаоса']);
});

test("a country the dictionary declines only in part ('Бангладеш') closes a body and keeps its form", async () => {
  const ms = await mentionsOf(`${BODY}Об этом сообщило Министерство водных ресурсов Бангладеш.`);
  assert.deepEqual(summary(ms), ['ORG:Министерство водных ресурсов Бангладеш']);
  assert.equal(ms[0].name, 'Министерство водных ресурсов Бангладеш');
});

test("'при' and a body already named belong to a capitalised body's name; not to a lower-case 'комитет'", async () => {
  const ms = await mentionsOf(`${BODY}Решение принял Комитет по делам молодежи при Правительстве Киргизии.`);
  assert.deepEqual(summary(ms), ['ORG:Комитет по делам молодежи при Правительстве Киргизии']);
  const lower = await mentionsOf(`${BODY}Там работает комитет при Духовном управлении мусульман Пермского края.`);
  assert.deepEqual(summary(lower), ['ORG:Духовном управлении мусульман Пермского края']);
});

test("a Kazakh 'акимат' with its town, and a German state's government with 'земли' and the state, are one body", async () => {
  const ms = await mentionsOf(`${BODY}Выплаты перенес акимат Караганды. Грант выделило Правительство земли Тюрингия.`);
  assert.deepEqual(summary(ms), ['ORG:акимат Караганды', 'ORG:Правительство земли Тюрингия']);
});

test('a national society and its movement, a body already named, are one body, with its country', async () => {
  const ms = await mentionsOf(`${BODY}Палатки раздало Малийское общество Красного Креста. Волонтеры Общества Красного Полумесяца Туниса помогли.`);
  assert.deepEqual(summary(ms), ['ORG:Малийское общество Красного Креста', 'ORG:Общества Красного Полумесяца Туниса']);
});

test('people in the plural take what they make or work in; a body takes its subject after \'по\' when its place closes the name', async () => {
  const ms = await mentionsOf(`${BODY}Заявление сделала Национальная ассоциация производителей чая и кофе. Тренер Спортивной школы олимпийского резерва по плаванию Омской области доволен.`);
  assert.deepEqual(summary(ms), ['ORG:Национальная ассоциация производителей чая и кофе', 'ORG:Спортивной школы олимпийского резерва по плаванию Омской области']);
});

test("a genitive noun governing 'за' keeps its object and that object's genitive; a river a body manages closes its name", async () => {
  const ms = await mentionsOf(`${BODY}Проверку провела Служба надзора за качеством воды Армении. Сброс начало Управление реки Нигер. Закон приняла Палата собрания штата Огун.`);
  assert.deepEqual(summary(ms), ['ORG:Служба надзора за качеством воды Армении', 'ORG:Управление реки Нигер', 'ORG:Палата собрания штата Огун']);
});

test("an agency's remit 'по статистике' belongs to its name; after other names it only cites the figures", async () => {
  const ms = await mentionsOf(`${BODY}Данные опубликовал Комитет по статистике Узбекистана.`);
  assert.deepEqual(summary(ms), ['ORG:Комитет по статистике Узбекистана']);
});

test("a compound head and the initials and surname of its namesake are one body, with its own quoted name; no person", async () => {
  const ms = await mentionsOf(`${BODY}Выставка открылась в Музее-усадьбе И. Е. Репина. Вчера Дом-музей А. П. Чехова «Белая дача» открыл зал.`);
  assert.deepEqual(summary(ms), ['ORG:Музее-усадьбе И. Е. Репина', 'ORG:Дом-музей А. П. Чехова «Белая дача»']);
  assert.deepEqual(ms.filter((m) => m.type !== 'DATE').map((m) => m.name), ['Музей-усадьба И. Е. Репина', 'Дом-музей А. П. Чехова «Белая дача»']);
});

test("a body named after a man whose foreign surname, or a ruler whose name, the dictionary lacks", async () => {
  const ms = await mentionsOf(`${BODY}Он окончил Университет Ахмеда Бадра, а диплом Университета султана Идриса получил позже.`);
  assert.deepEqual(summary(ms), ['ORG:Университет Ахмеда Бадра', 'ORG:Университета султана Идриса']);
});

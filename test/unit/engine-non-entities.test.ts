/** Words that look like names of organizations and are not: units, standards, legal forms, letters; Latin company names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf, summary } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test('units after numbers, accounting standards and metrics, a single Latin letter are no organizations', async () => {
  const ms = await mentionsOf(`${BODY}Станция мощностью 40 МВт работает на частоте 3,5 ГГц. По МСФО показатель EBITDA вырос, раунд серии B закрыт.`);
  assert.deepEqual(summary(ms), []);
});

test("a legal form's acronym before quotes makes the quoted name an organization and is none itself", async () => {
  const ms = await mentionsOf(`${BODY}Подрядчиком стало МКУ «Горсветстрой», деньгами управляет УК «Северный Вектор».`);
  assert.deepEqual(summary(ms), ['ORG:Горсветстрой', 'ORG:Северный Вектор']);
});

test('two Latin words are a company, without its legal form', async () => {
  const ms = await mentionsOf(`${BODY}Долю купила кипрская Borealis Trading Ltd, а оператором выбрана Arctic Wave.`);
  assert.deepEqual(summary(ms), ['ORG:Borealis Trading', 'ORG:Arctic Wave']);
});

test('acronyms the dictionary reads as common words are organizations when known (ФИФА, ПАСЕ); a media named by its domain', async () => {
  const ms = await mentionsOf(`${BODY}Решение ФИФА обсудили в ПАСЕ, сообщает Вести.ру.`);
  assert.deepEqual(summary(ms), ['ORG:ФИФА', 'ORG:ПАСЕ', 'ORG:Вести.ру']);
});

test('products after their noun and model codes are no entities; a route after a train is two places', async () => {
  const ms = await mentionsOf(`${BODY}К станции пристыковался корабль «Заря-7», а на линию вышли самолеты KR-200 и корабль Вихрь ТМА-9. Поезд Тамбов - Саратов отменили.`);
  assert.deepEqual(summary(ms), ['LOC:Тамбов', 'LOC:Саратов']);
});

test("an adjective agreeing with the noun after it is not a surname ('Ярославского обкома')", async () => {
  const ms = await mentionsOf(`${BODY}Позицию Ярославского обкома изложил секретарь.`);
  assert.ok(!ms.some((m) => m.type === 'PER'));
});

test('an operating system named once after its noun is a product wherever it stands alone', async () => {
  const ms = await mentionsOf(`${BODY}Документация об операционной системе Qwindo доступна. Программы работают под Qwindo. Компания Microsoft возражает.`);
  assert.deepEqual(summary(ms), ['ORG:Microsoft']);
});

test('Latin names joined by lower-case function words are one organization', async () => {
  const ms = await mentionsOf(`${BODY}Об этом написала газета Giornale della Valle, а фирма Brandt und Sohne промолчала.`);
  assert.deepEqual(summary(ms), ['ORG:Giornale della Valle', 'ORG:Brandt und Sohne']);
});

test('common-noun acronyms (ПО, НДПИ, ДПМ, КПП, ФБУЗ) and a standard written with its number (ISO 13485) are no organizations', async () => {
  const ms = await mentionsOf(`${BODY}Программу внесли в реестр отечественного ПО, ставка НДПИ выросла, КПП закрыт. Вакцину поставило ФБУЗ «Центр гигиены». Аудит прошли по ISO 13485, а ФАС проверила МВД.`);
  assert.deepEqual(summary(ms), ['ORG:Центр гигиены', 'ORG:ФАС', 'ORG:МВД']);
});

test('a range of Roman numerals is a number, never an organization', async () => {
  const ms = await mentionsOf('Заголовок\n\nВ музее показали живопись XVII-XIX веков и гравюры XX-XXI вв. из собрания Петра I.');
  assert.ok(!ms.some((m) => m.type === 'ORG'), ms.map((m) => `${m.type}:${m.text}`).join(' '));
});

test('kinds of lines, offices and posts, procurement terms, bacteria and credit ratings are no organizations, with a case ending too', async () => {
  const ms = await mentionsOf(`${BODY}Проект ВСМ одобрен. Документы примут в МФЦ, а вместо сельского ФАПа откроют новый ФАП. НМЦК контракта выросла, штамм MRSA опасен, агентство дало рейтинг BBB.`);
  assert.deepEqual(summary(ms), []);
});

test("a surname that is as much a common noun opens a paragraph alone as the noun ('Ферма работает'), unless the article names someone so", async () => {
  const ms = await mentionsOf(`${BODY}Хозяйство расширяется.\n\nФерма работает с 2021 года и занимает 180 га.`);
  assert.equal(ms.find((m) => m.text === 'Ферма'), undefined);
  const named = await mentionsOf(`${BODY}Премию получил Олег Ферма.\n\nФерма заявил, что доволен.`);
  assert.equal(named.filter((m) => m.text === 'Ферма')[0]?.type, 'PER');
});

test("'НМУ' (unfavourable weather, a smog warning) is no organization", async () => {
  const ms = await mentionsOf('Заголовок новости\n\nВ городе третий день действует режим НМУ.');
  assert.deepEqual(ms.filter((m) => m.type === 'ORG'), []);
});

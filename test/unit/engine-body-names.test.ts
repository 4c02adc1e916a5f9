/** Names of bodies met across news desks (ministries, ports, clubs, honorees, parts of places), one test per kind. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { linkCorpus } from '../../server/src/core/linking/linkCorpus';
import { find, getEngine, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок новости\n\n';

test("a ministry's compound is an organization ('Минвостокразвития'); one ending in its noun's genitive does not decline ('Минприроды'), others do ('Минстроя')", async () => {
  const ms = await mentionsOf(`${BODY}Остальное даст Минвостокразвития России. Глава Минприроды Олег Сафронов заявил, что проверок не было. Письмо ушло из Минстроя.`);
  assert.equal(find(ms, 'Минвостокразвития России')?.type, 'ORG');
  assert.equal(find(ms, 'Минприроды')?.name, 'Минприроды');
  assert.equal(find(ms, 'Минстроя')?.name, 'Минстрой');
});

test("ports, zoos and fleets named by a place's adjective are bodies ('Мурманский морской порт', 'Тихоокеанского флота'); a sentence-initial 'Казанский университет' is no person", async () => {
  const ms = await mentionsOf(`${BODY}Груз принял Мурманский морской порт. Тигрицу передали в Новосибирский зоопарк. На учения вышли корабли Тихоокеанского флота. Казанский университет открыл набор.`);
  assert.equal(find(ms, 'Мурманский морской порт')?.type, 'ORG');
  assert.equal(find(ms, 'Новосибирский зоопарк')?.type, 'ORG');
  assert.equal(find(ms, 'Тихоокеанского флота')?.name, 'Тихоокеанский флот');
  assert.ok(!ms.some((m) => m.type === 'PER'), 'no person');
});

test("a word in quotes from a town is a club or a company ('«Шинника» из Ярославля')", async () => {
  const ms = await mentionsOf(`${BODY}Команда отстает от «Шинника» из Ярославля на два очка, а «Кристалл» из Саратова проиграл.`);
  assert.equal(find(ms, 'Шинника')?.type, 'ORG');
  assert.equal(find(ms, 'Шинника')?.name, 'Шинник');
  assert.equal(find(ms, 'Кристалл')?.type, 'ORG');
  assert.equal(find(ms, 'Ярославля')?.type, 'LOC');
});

test("a sentence-initial body with a hyphenated adjective keeps the acronym of its parent ('Контрольно-дисциплинарный комитет РФС рассмотрит')", async () => {
  const ms = await mentionsOf(`${BODY}Матч завершился дракой. Контрольно-дисциплинарный комитет РФС рассмотрит дело в среду.`);
  assert.equal(find(ms, 'Контрольно-дисциплинарный комитет РФС')?.type, 'ORG');
});

test("an honoree with a title in either case belongs to the name ('имени Короля Фахда', 'имени Святой Анны', 'имени первого Президента Казахстана ...')", async () => {
  const ms = await mentionsOf(`${BODY}Он окончил Университет имени Короля Фахда в Дахране. Концерт прошел в Лицее имени Святой Анны. Делегация посетила Евразийский национальный университет имени первого Президента Казахстана Н. А. Назарбаева в Астане.`);
  assert.equal(find(ms, 'Университет имени Короля Фахда')?.type, 'ORG');
  assert.equal(find(ms, 'Лицее имени Святой Анны')?.type, 'ORG');
  assert.equal(find(ms, 'Евразийский национальный университет имени первого Президента Казахстана Н. А. Назарбаева')?.type, 'ORG');
  assert.ok(!ms.some((m) => m.type === 'PER'), 'the honorees are no mentions of their own');
});

test("a superlative in a name keeps its nominative ('Высшей школы' is Высшая школа, not Высокая)", async () => {
  const ms = await mentionsOf(`${BODY}Доклад подготовили в Высшей школе журналистики. Решение принял Высший совет федерации.`);
  assert.equal(find(ms, 'Высшей школе журналистики')?.name, 'Высшая школа журналистики');
  assert.equal(find(ms, 'Высший совет федерации')?.name, 'Высший совет федерации');
});

test("a body's complement ends with a part of a place ('Среднего Урала', 'Севера', 'Юга Африки') or the domain's acronym and a place ('фонд ОМС ... области')", async () => {
  const ms = await mentionsOf(`${BODY}Соглашение подписала Корпорация развития Среднего Урала. Пробы изучил Институт проблем нефти и газа Севера Якутского научного центра РАН. Доклад одобрило Сообщество развития Юга Африки. Деньги перечислил Территориальный фонд ОМС Калужской области.`);
  assert.equal(find(ms, 'Корпорация развития Среднего Урала')?.type, 'ORG');
  assert.equal(find(ms, 'Институт проблем нефти и газа Севера Якутского научного центра РАН')?.type, 'ORG');
  assert.equal(find(ms, 'Сообщество развития Юга Африки')?.type, 'ORG');
  assert.equal(find(ms, 'Территориальный фонд ОМС Калужской области')?.type, 'ORG');
});

test("an entity's name keeps the dots of the initials it was written with ('имени В. Е. Зуева', linked with its acronym)", async () => {
  const engine = await getEngine();
  const docs = new Map([['a', engine.analyze(`${BODY}Ученые Института оптики атмосферы имени В. Е. Зуева СО РАН сделали прибор. Она выступала в ИОА СО РАН.`)]]);
  const names = [...linkCorpus(docs, EMPTY_CONFIG).entities.values()].map((e) => e.name);
  assert.ok(names.includes('Институт оптики атмосферы имени В. Е. Зуева СО РАН'), names.join('; '));
});

test("a region's common name is one entity with its official name ('Оренбуржье', 'Горного Алтая', 'Башкирии'); a club named after it is not, and a body keeps the common name as written", async () => {
  const engine = await getEngine();
  const text = `${BODY}Вспышка кори охватила Оренбуржье. Власти Оренбургской области закрыли школы. Рыбу везут из Горного Алтая в Республику Алтай. Хоккеисты «Кузбасса» обыграли «Водник», а Кузбасс принял гостей. Министерство угольной промышленности Кузбасса промолчало. Правительство Ханты-Мансийского автономного округа - Югры выделило деньги.`;
  const analysis = engine.analyze(text);
  const entities = [...linkCorpus(new Map([['a', analysis]]), EMPTY_CONFIG).entities.values()];
  const writtenAs = (ref: { index: number }) => {
    const m = analysis.mentions[ref.index];
    return text.slice(m.start, m.end);
  };
  const named = (written: string) => entities.find((e) => e.mentions.some((ref) => writtenAs(ref) === written));
  assert.equal(named('Оренбуржье')?.name, 'Оренбургская область');
  assert.equal(named('Оренбуржье'), named('Оренбургской области'));
  assert.equal(named('Горного Алтая'), named('Республику Алтай'));
  assert.equal(named('Кузбасса')?.name, 'Кузбасс', 'the club keeps its own name');
  assert.equal(named('Кузбасс')?.name, 'Кемеровская область');
  assert.ok(entities.some((e) => e.name === 'Министерство угольной промышленности Кузбасса'), entities.map((e) => e.name).join('; '));
  assert.ok(entities.some((e) => /Югры$/.test(e.name)), entities.map((e) => e.name).join('; '));
});

test("capitalised adjectives agreeing with a body's capitalised head open its name ('Государственного Совета', 'Конституционного Суда', 'Городской Думы'); 'Новый Совет директоров' does not", async () => {
  const ms = await mentionsOf(`${BODY}Депутаты Государственного Совета Удмуртской Республики обсудят бюджет. Решение Конституционного Суда России вступило в силу. Депутат Городской Думы Ижевска Марина Дюпина выступила. Государственный Совет Удмуртии собрался. Новый Совет директоров собрался в мае.`);
  assert.ok(!ms.some((m) => m.text.startsWith('Новый')), 'a common adjective opens no body');
  assert.equal(find(ms, 'Государственного Совета Удмуртской Республики')?.name, 'Государственный Совет Удмуртской Республики');
  assert.equal(find(ms, 'Конституционного Суда России')?.type, 'ORG');
  assert.equal(find(ms, 'Городской Думы Ижевска')?.type, 'ORG');
  assert.equal(find(ms, 'Государственный Совет Удмуртии')?.type, 'ORG');
  assert.ok(!ms.some((m) => m.type === 'PER' && m.text !== 'Марина Дюпина'), ms.filter((m) => m.type === 'PER').map((m) => m.text).join());
});

test("a person after a company's cue noun: an unknown given name and a Russian surname's shape ('компании Чейнеш Акчалова'); Red Cross bodies; 'ВПП' is a runway, 'ВПП ООН' the World Food Programme", async () => {
  const ms = await mentionsOf(`${BODY}Совладелица компании Чейнеш Акчалова уточнила сроки. Спасателям помогают добровольцы Российского Красного Креста. Самолет сел на ВПП аэропорта, груз доставила ВПП ООН.`);
  assert.equal(find(ms, 'Чейнеш Акчалова')?.type, 'PER');
  assert.equal(find(ms, 'Российского Красного Креста')?.type, 'ORG');
  assert.equal(find(ms, 'ВПП'), undefined);
  assert.equal(find(ms, 'ВПП ООН')?.type, 'ORG');
});

test("a body's name ends before a present or future verb ('Государственный Эрмитаж примет ее'), takes a participle's group ('возобновляемой энергетики'), lower-case adjectives after a capitalised one ('Костромской областной Думы') and, opening a sentence, a place's adjective before an agency", async () => {
  const ms = await mentionsOf(`${BODY}Выставку в апреле Государственный Эрмитаж примет у себя. Доклад подготовила Ассоциация развития возобновляемой энергетики. Депутаты Костромской областной Думы проголосовали. Уральское межрегиональное управление Росприроднадзора оштрафовало комбинат. Пациентов направило министерство здравоохранения. Загребной МГУ Иван Глуховских доволен. Воду сбрасывает Новочеркасская ГРЭС.`);
  assert.equal(find(ms, 'Государственный Эрмитаж')?.type, 'ORG');
  assert.equal(find(ms, 'Ассоциация развития возобновляемой энергетики')?.type, 'ORG');
  assert.equal(find(ms, 'Костромской областной Думы')?.name, 'Костромская областная Дума');
  assert.equal(find(ms, 'Уральское межрегиональное управление Росприроднадзора')?.type, 'ORG');
  assert.equal(find(ms, 'МГУ')?.type, 'ORG');
  assert.deepEqual(ms.filter((m) => m.type === 'PER').map((m) => m.text), ['Иван Глуховских']);
  assert.ok(!ms.some((m) => /ГРЭС/.test(m.text)), 'a power plant is no organization');
});

test("an unknown one-word honoree before exactly two capitalised words: the honoree, then a person ('имени Рудаки Парванех Алави')", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nГидролог Кабульского университета имени Рудаки Парванех Алави считает, что уровень воды упал.');
  assert.equal(find(ms, 'Кабульского университета имени Рудаки')?.type, 'ORG');
  assert.equal(find(ms, 'Парванех Алави')?.type, 'PER');
});

test("a consortium is an organization's head ('Британского консорциума розничной торговли')", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nПо данным Ирландского консорциума розничной торговли, кражи выросли.');
  assert.equal(find(ms, 'Ирландского консорциума розничной торговли')?.name, 'Ирландский консорциум розничной торговли');
});

test("a town's own body before a town no dictionary knows, in the genitive ('Мэрия Кемпера', 'Полиция Западного Йоркшира')", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nКражи расследует Полиция Южного Ланкашира. Решение одобрил Городской совет Тралуэя. Как уточнила мэрия Лагонеса, проезд бесплатный.');
  assert.equal(find(ms, 'Полиция Южного Ланкашира')?.type, 'ORG');
  assert.equal(find(ms, 'Городской совет Тралуэя')?.type, 'ORG');
  assert.equal(find(ms, 'мэрия Лагонеса')?.type, 'ORG');
});

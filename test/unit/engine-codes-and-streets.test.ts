/**
 * Codes that name no organization (currencies, indices, formats, taxes, species), Rosstat's regional offices
 * by a region's stem, and streets named by an adjective or a name in the genitive ('улица Советская').
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок\n\n12 марта 2026\n\n';

test("currency codes, an index, a file format, a tax and a metric by the noun before them are no organizations", async () => {
  const ms = await mentionsOf(`${BODY}Кредит составил 2 млрд NZD и 3 млн AUD. Португальский индекс PSI прибавил 1,1%. Письма отсканируют в формате TIFF. В тарифе 18% налога GST. Коэффициент PUE составит 1,2. Выпуск нельзя относить к ВДО, а ЦОД построят к маю. Проба не отвечала СанПиН.`);
  assert.deepEqual(ms.filter((m) => m.type === 'ORG').map((m) => m.text), []);
});

test("a species' Latin name is no organization, nor its genus alone later ('Phytophthora agathidicida')", async () => {
  const ms = await mentionsOf(`${BODY}Болезнь вызывает патоген Phytophthora agathidicida. Позже Phytophthora нашли снова. Вид назвали Myotis lishanensis.`);
  assert.deepEqual(ms.filter((m) => m.type === 'ORG').map((m) => m.text), []);
});

test("a region's office of Rosstat by a stem the dictionary does not know ('Нижегородстата', 'Марийстата'), no device ('Термостат')", async () => {
  const ms = await mentionsOf(`${BODY}По данным Нижегородстата и Марийстата, рост составил 3%. Термостат сломался.`);
  assert.equal(find(ms, 'Нижегородстата')?.name, 'Нижегородстат');
  assert.equal(find(ms, 'Марийстата')?.name, 'Марийстат');
  assert.equal(find(ms, 'Термостат'), undefined);
});

test("streets: an adjective the dictionary only guesses before the noun, an adjective or a name in the genitive after it", async () => {
  const ms = await mentionsOf(`${BODY}Дома на Мысовой улице отселили. Занятия начнутся в корпусе на улице Советской. Офис на проспекте Карла Маркса закрыт.`);
  assert.equal(find(ms, 'Мысовой улице')?.name, 'Мысовая улица');
  assert.equal(find(ms, 'улице Советской')?.name, 'улица Советская');
  assert.equal(find(ms, 'проспекте Карла Маркса')?.name, 'проспект Карла Маркса');
});

test("no street of a town's name or of a river's embankment ('улицы Уфы', 'набережной Дона')", async () => {
  const ms = await mentionsOf(`${BODY}Они вышли на улицы Уфы вечером. Прогулка по набережной Дона заняла час.`);
  assert.equal(find(ms, 'Уфы')?.type, 'LOC');
  assert.equal(ms.some((m) => m.text.startsWith('набережн') || m.text.startsWith('улиц')), false);
});

test("food-safety and technical rules, account numbers, lab methods and a volcano index are no organizations; 'директорат' and 'секретариат' head bodies", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nПродукция получит сертификаты HACCP. Платежи шли по счетам IBAN. Анализы методом ИФА сделают весной. Оплата по карте с NFC дешевле. Индекс VEI не превышает 2. Квоты утверждает Директорат рыболовства Норвегии, прогноз опубликует Государственный секретариат по экономике.');
  for (const w of ['HACCP', 'IBAN', 'ИФА', 'NFC', 'VEI']) assert.equal(find(ms, w), undefined, w);
  assert.equal(find(ms, 'Директорат рыболовства Норвегии')?.type, 'ORG');
  assert.equal(find(ms, 'Государственный секретариат по экономике')?.type, 'ORG');
});

test("a street named after a saint in the genitive ('на улице Святой Анны') keeps both words; an adjective's street stays itself", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nЗанятия идут на улице Святой Анны, магазин открыли на улице Советской.');
  assert.deepEqual([find(ms, 'улице Святой Анны')?.type, find(ms, 'улице Святой Анны')?.name], ['LOC', 'улица Святой Анны']);
  assert.deepEqual([find(ms, 'улице Советской')?.type, find(ms, 'улице Советской')?.name], ['LOC', 'улица Советская']);
  assert.ok(!ms.some((m) => m.type === 'PER'));
});

test("one unknown word after 'фестиваль' is the festival's title, no person; a name after 'фестиваля' with more words stays a person", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nТеатр выступит на фестивале Сервантино в Мексике. Фестиваль Сервантино проходит с 1972 года. Письмо прислал директор фестиваля Ройсида Пуэльма Ронкильо.');
  assert.ok(!ms.some((m) => m.text === 'Сервантино'));
  assert.equal(find(ms, 'Мексике')?.type, 'LOC');
  assert.ok(ms.some((m) => m.type === 'PER' && m.text.includes('Ронкильо')));
});

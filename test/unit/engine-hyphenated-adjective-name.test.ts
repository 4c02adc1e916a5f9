/** Names of places and bodies whose words the dictionary reads in several ways: a hyphenated adjective ('Южно-Уральского' -> 'Южно-Уральский'), an area noun shared by two districts ('округах' -> 'округ', not 'округа'). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

test("a university's hyphenated adjective in the nominative ('Северо-Кавказского федерального университета')", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nСтуденты Северо-Кавказского федерального университета и Южно-Уральского государственного университета приехали.');
  assert.equal(find(ms, 'Северо-Кавказского федерального университета')?.name, 'Северо-Кавказский федеральный университет');
  assert.equal(find(ms, 'Южно-Уральского государственного университета')?.name, 'Южно-Уральский государственный университет');
});

test("two districts sharing one plural area noun name each district with the noun in the singular ('Печорском и Порховском округах')", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nВыборы прошли в Гдовском и Струговском округах.');
  assert.equal(find(ms, 'Гдовском')?.name, 'Гдовский округ');
  assert.equal(find(ms, 'Струговском округах')?.name, 'Струговский округ');
});

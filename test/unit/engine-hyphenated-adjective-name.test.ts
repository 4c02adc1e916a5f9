/** A hyphenated adjective in a body's name keeps its first part and declines its last ('Южно-Уральского' -> 'Южно-Уральский'). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

test("a university's hyphenated adjective in the nominative ('Северо-Кавказского федерального университета')", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nСтуденты Северо-Кавказского федерального университета и Южно-Уральского государственного университета приехали.');
  assert.equal(find(ms, 'Северо-Кавказского федерального университета')?.name, 'Северо-Кавказский федеральный университет');
  assert.equal(find(ms, 'Южно-Уральского государственного университета')?.name, 'Южно-Уральский государственный университет');
});

/** Places named by the people or features around them: residents in the plural ('жителей Калмантая' -> 'Калмантай'), reefs ('к рифам Элфинстон и Абу-Дабаб'). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

test("a place no dictionary knows after residents in the plural, named in the nominative", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nДля жителей Карамантая компания построит дорогу. Проверка прошла после жалоб жителей Ханзака.');
  assert.equal(find(ms, 'Карамантая')?.type, 'LOC');
  assert.equal(find(ms, 'Карамантая')?.name, 'Карамантай');
  assert.equal(find(ms, 'Ханзака')?.name, 'Ханзак');
  // An indeclinable name on -и stays as written; a town the dictionary knows keeps its own lemma.
  const more = await mentionsOf('Заголовок\n\n12 марта 2026\n\nУ жителей Маляни нет воды. Жалобы жителей Новотроицка услышали.');
  assert.equal(find(more, 'Маляни')?.name, 'Маляни');
  assert.equal(find(more, 'Новотроицка')?.name, 'Новотроицк');
});

test('one resident before a full name is the person, not a place', async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nПолиция ищет жителя Ивана Петрова и опросила жителей Москвы.');
  assert.equal(find(ms, 'Ивана Петрова')?.type, 'PER');
  assert.equal(find(ms, 'Москвы')?.type, 'LOC');
});

test("reefs cue their names, a list after the plural too ('к рифам Элфинстон и Абу-Дабаб')", async () => {
  const ms = await mentionsOf('Заголовок\n\n12 марта 2026\n\nДайверов пустят к рифам Элфинстон и Абу-Самадай. У рифа Шааб-Рахма живут дельфины.');
  assert.deepEqual(['Элфинстон', 'Абу-Самадай', 'Шааб-Рахма'].map((t) => find(ms, t)?.type), ['LOC', 'LOC', 'LOC']);
});

/**
 * A word before a patronymic is a first name, whatever place it could also be ('Артема Ильича', the town Артём's
 * genitive too; 'Зиляра Ильдаровна', a name the dictionary only guesses); a mayor's town no dictionary knows, when the
 * article writes its nominative too, is split off the foreign name after it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, mentionsOf } from './engine-helpers';

const BODY = 'Заголовок\n\n12 марта 2026\n\n';

test("a first name that is also a town's genitive, before a patronymic ('механика одного из траулеров Артема Ильича Мырзюкова')", async () => {
  const ms = await mentionsOf(`${BODY}Следствие считает организатором старшего механика одного из траулеров Артема Ильича Мырзюкова. Его задержали в порту.`);
  const per = find(ms, 'Артема Ильича Мырзюкова');
  assert.equal(per?.type, 'PER');
  assert.equal(per?.name, 'Артем Мырзюков');
  assert.equal(find(ms, 'Артема'), undefined);
});

test("a guessed first name after a title and a place noun, before a patronymic ('Глава района Зиляра Ильдаровна Гарипова')", async () => {
  const ms = await mentionsOf(`${BODY}Глава района Зиляра Ильдаровна Гарипова напомнила, что завод открыт давно.`);
  assert.equal(find(ms, 'Зиляра Ильдаровна Гарипова')?.type, 'PER');
  assert.equal(find(ms, 'Зиляра'), undefined);
});

test("a mayor's unknown town on -а the article also writes in the nominative ('Мэр Брайтспорта Эвандер Кейл Гарнер')", async () => {
  const ms = await mentionsOf(`${BODY}Мэр Брайтспорта Эвандер Кейл Гарнер потребовал ограничить полеты. Дроны полетят в Брайтспорт.`);
  assert.equal(find(ms, 'Брайтспорта')?.type, 'LOC');
  assert.equal(find(ms, 'Брайтспорта')?.name, 'Брайтспорт');
  assert.equal(find(ms, 'Эвандер Кейл Гарнер')?.type, 'PER');
  const alone = await mentionsOf(`${BODY}Мэр Никола Данкан Смит заявил, что город готов.`);
  assert.equal(find(alone, 'Никола Данкан Смит')?.type, 'PER');
});

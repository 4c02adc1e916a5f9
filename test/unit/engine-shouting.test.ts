/** An article typed in capitals is read in ordinary letter case. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf } from './engine-helpers';

test('an ALL-CAPS article gives its names, not every word as an organization', async () => {
  const text = 'В ЗЕЛЕНОГОРСКЕ ОТКРЫЛИ НОВЫЙ МОСТ\n\nГЛАВА ГОРОДА ИГОРЬ ПЕТРОВИЧ ВОРОНИН ЗАЯВИЛ, ЧТО СТРОИТЕЛЬСТВО ОБОШЛОСЬ В 2 МЛРД РУБЛЕЙ. ' +
    'РАБОТЫ ВЕЛА КОМПАНИЯ «МОСТОТРЕСТСТРОЙ», А ДЕНЬГИ ВЫДЕЛИЛ МИНФИН. ДВИЖЕНИЕ ОТКРОЮТ ЧЕРЕЗ НЕДЕЛЮ, СООБЩИЛИ В МЭРИИ.';
  const ms = (await mentionsOf(text)).filter((m) => m.type !== 'DATE');
  assert.deepEqual(ms.map((m) => `${m.type}:${m.text}`), ['LOC:ЗЕЛЕНОГОРСКЕ', 'PER:ИГОРЬ ПЕТРОВИЧ ВОРОНИН', 'ORG:МОСТОТРЕСТСТРОЙ', 'ORG:МИНФИН']);
  assert.equal(ms[1].name, 'Игорь Воронин');
});

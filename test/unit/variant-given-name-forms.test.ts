/**
 * 'Two given names the dictionary knows are two names' holds for names as written (nominative
 * singular): a surname that the dictionary also reads as a plural of a given name ('Абдурахимов', of
 * 'Абдурахим') is still compared as a surname.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flaggedIn } from './index-helpers';

describe('given names as written', () => {
  it('flags a surname that is also a plural of a given name', async () => {
    const text = ' date 2025-06-02 Клиника\n\nКАЗАНЬ, 2 июня. /ТАСС/. Главный врач Рустам Абдуррахимов открыл отделение. '
      + 'По словам Абдуррахимова, очередь сократится. Абдуррахимов пригласил хирургов.\n\nАбдурахимов будет руководить отделением.\n';
    assert.deepEqual(await flaggedIn(text, 'Абдуррахимов'), ['Абдурахимов']);
  });

  it('compares two given names whose endings look like case endings (Рустем / Рустам), not a name and its case form', async () => {
    const text = ' date 2025-06-03 Больница\n\nТУЛА, 3 июня. /ТАСС/. Об этом сообщил главный врач Рустам Галиуллин. '
      + '"Мы ждем новых специалистов", - сказал Рустам Галиуллин.\n\nРустем Галиуллин уточнил, что ремонт закончится летом. О Рустаме Галиуллине писали.\n';
    assert.deepEqual(await flaggedIn(text, 'Рустам'), ['Рустем']);
  });
});

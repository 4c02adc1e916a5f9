/**
 * 'Two given names the dictionary knows are two names' holds for names as written (nominative
 * singular): a surname that the dictionary also reads as a plural of a given name ('Абдурахимов', of
 * 'Абдурахим') is still compared as a surname.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from '../../server/src/core/analyze';
import { CorpusIndex } from '../../server/src/index/corpusIndex';

describe('given names as written', () => {
  it('flags a surname that is also a plural of a given name', async () => {
    const index = new CorpusIndex(await createEngine());
    const text = ' date 2025-06-02 Клиника\n\nКАЗАНЬ, 2 июня. /ТАСС/. Главный врач Рустам Абдуррахимов открыл отделение. '
      + 'По словам Абдуррахимова, очередь сократится. Абдуррахимов пригласил хирургов.\n\nАбдурахимов будет руководить отделением.\n';
    await index.loading(async () => index.set('file:///a.txt', text));
    const found = index.findings().filter((f) => f.preferred === 'Абдуррахимов');
    assert.equal(found.length, 1, JSON.stringify(index.findings().map((f) => f.message)));
    assert.equal(text.slice(found[0].start, found[0].end), 'Абдурахимов');
  });

  it('compares two given names whose endings look like case endings (Рустем / Рустам), not a name and its case form', async () => {
    const index = new CorpusIndex(await createEngine());
    const text = ' date 2025-06-03 Больница\n\nТУЛА, 3 июня. /ТАСС/. Об этом сообщил главный врач Рустам Галиуллин. '
      + '"Мы ждем новых специалистов", - сказал Рустам Галиуллин.\n\nРустем Галиуллин уточнил, что ремонт закончится летом. О Рустаме Галиуллине писали.\n';
    await index.loading(async () => index.set('file:///a.txt', text));
    const found = index.findings().filter((f) => f.preferred === 'Рустам');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Рустем']);
  });
});

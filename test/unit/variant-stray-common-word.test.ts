/**
 * A dictionary word capitalised inside a sentence may be a variant of a name of its own article
 * ('Как сообщила Парус' in an article about Ирина Паррус); at a sentence start, or against a name of
 * another article only, it is left alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsFor } from './index-helpers';

const HEAD = ' date 2025-04-02 Парусный спорт\n\nСОЧИ, 2 апреля. /ТАСС/. ';

describe('stray dictionary words', () => {

  it('flags one capitalised inside a sentence when its article names the usual spelling', async () => {
    const text = `${HEAD}Глава федерации Ирина Паррус открыла регату. Паррус отметила рост числа яхт. Как сообщила Парус, призовой фонд вырос.\n`;
    const found = await findingsFor({ 'a.txt': text }, 'Паррус');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'Парус');
  });

  it('leaves it alone at a sentence start and when only another article names the usual spelling', async () => {
    const start = `${HEAD}Глава федерации Ирина Паррус открыла регату. Паррус отметила рост числа яхт. Парус был поднят в полдень.\n`;
    assert.deepEqual(await findingsFor({ 'a.txt': start }, 'Паррус'), []);
    const apart = { 'a.txt': `${HEAD}Глава федерации Ирина Паррус открыла регату. Паррус отметила рост числа яхт.\n`, 'b.txt': `${HEAD}Как сообщила Парус, призовой фонд вырос.\n` };
    assert.deepEqual(await findingsFor(apart, 'Паррус'), []);
  });

  it('flags one opening a sentence when a verb of speaking follows it', async () => {
    const text = `${HEAD}Глава федерации Ирина Паррус открыла регату. Паррус отметила рост числа яхт. Парус уточнила, что призовой фонд вырос.\n`;
    const found = await findingsFor({ 'a.txt': text }, 'Паррус');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Парус']);
  });
});

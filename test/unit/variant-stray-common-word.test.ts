/**
 * A dictionary word capitalised inside a sentence may be a variant of a name of its own article
 * ('Как сообщила Парус' in an article about Ирина Паррус); at a sentence start, or against a name of
 * another article only, it is left alone.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createEngine, type Engine } from '../../server/src/core/analyze';
import { CorpusIndex } from '../../server/src/index/corpusIndex';

const HEAD = ' date 2025-04-02 Парусный спорт\n\nСОЧИ, 2 апреля. /ТАСС/. ';

async function findingsOf(engine: Engine, texts: Record<string, string>) {
  const index = new CorpusIndex(engine);
  await index.loading(async () => {
    for (const [name, text] of Object.entries(texts)) index.set(`file:///${name}`, text);
  });
  return index.findings().filter((f) => f.preferred === 'Паррус');
}

describe('stray dictionary words', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine();
  });

  it('flags one capitalised inside a sentence when its article names the usual spelling', async () => {
    const text = `${HEAD}Глава федерации Ирина Паррус открыла регату. Паррус отметила рост числа яхт. Как сообщила Парус, призовой фонд вырос.\n`;
    const found = await findingsOf(engine, { 'a.txt': text });
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'Парус');
  });

  it('leaves it alone at a sentence start and when only another article names the usual spelling', async () => {
    const start = `${HEAD}Глава федерации Ирина Паррус открыла регату. Паррус отметила рост числа яхт. Парус был поднят в полдень.\n`;
    assert.deepEqual(await findingsOf(engine, { 'a.txt': start }), []);
    const apart = { 'a.txt': `${HEAD}Глава федерации Ирина Паррус открыла регату. Паррус отметила рост числа яхт.\n`, 'b.txt': `${HEAD}Как сообщила Парус, призовой фонд вырос.\n` };
    assert.deepEqual(await findingsOf(engine, apart), []);
  });
});

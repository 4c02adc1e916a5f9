/**
 * A word the dictionary knows only as a person's name, left out by the recognizer, may still be a
 * variant of a name of its article ('Эрлан' where the article writes 'Ерлан'): the stray pass takes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from '../../server/src/core/analyze';
import { CorpusIndex } from '../../server/src/index/corpusIndex';

describe('stray words the dictionary knows as names', () => {
  it('flags a known given name written for the article\'s unknown spelling', async () => {
    const index = new CorpusIndex(await createEngine());
    const text = ' date 2025-03-02 Борьба\n\nАСТАНА, 2 марта. /ТАСС/. Казахстанец Ерлан Тулегенов выиграл турнир. '
      + 'Тренер Ерлана Тулегенова назвал победу заслуженной.\n\n"Эрлан готовился к турниру два года", - сказал тренер. Ерлан Тулегенов поедет на чемпионат.\n';
    await index.loading(async () => index.set('file:///a.txt', text));
    const found = index.findings().filter((f) => f.preferred === 'Ерлан');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'Эрлан');
  });
});

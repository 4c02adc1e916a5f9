/**
 * A word the dictionary knows only as a person's name, left out by the recognizer, may still be a
 * variant of a name of its article ('Эрлан' where the article writes 'Ерлан'): the stray pass takes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flaggedIn } from './index-helpers';

describe('stray words the dictionary knows as names', () => {
  it('flags a known given name written for the article\'s unknown spelling', async () => {
    const text = ' date 2025-03-02 Борьба\n\nАСТАНА, 2 марта. /ТАСС/. Казахстанец Ерлан Тулегенов выиграл турнир. '
      + 'Тренер Ерлана Тулегенова назвал победу заслуженной.\n\n"Эрлан готовился к турниру два года", - сказал тренер. Ерлан Тулегенов поедет на чемпионат.\n';
    assert.deepEqual(await flaggedIn(text, 'Ерлан'), ['Эрлан']);
  });
});

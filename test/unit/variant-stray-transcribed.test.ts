/**
 * Words the recognizer left out that are a foreign name of their own article rendered another way
 * (server/src/core/variants/stray.ts): two transcription alternations, or an inflected form blocked
 * by its whole spelling. Invented names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { strayNamePairs, strayPairs } from '../../server/src/core/variants/stray';
import type { MatchEntity } from '../../server/src/core/variants/candidates';
import { findingsFor, flaggedIn } from './index-helpers';

const article = (body: string) => ` date 2026-04-02 Новости\n\nМОСКВА, 2 апреля. /ТАСС/. ${body}\n`;

describe('stray words with transcription alternations', () => {
  it('flags a stray with two alternations of a surname of its article', async () => {
    const text = article('Турецкий инженер Мерве Кылычдаглы возглавила проект. Мерве Кылычдаглы рассказала о сроках. '
      + 'Кылычдаглы добавила, что работы начнутся летом. Килычдагли также сообщила, что порт расширят.');
    assert.deepEqual(await flaggedIn(text, 'Кылычдаглы'), ['Килычдагли']);
  });

  it('leaves a stray with two alternations alone when the name is not in its article', async () => {
    const texts = {
      'a.txt': article('Турецкий инженер Мерве Кылычдаглы возглавила проект. Мерве Кылычдаглы рассказала о сроках.'),
      'b.txt': article('Глава порта выступил на форуме. Килычдагли также сообщила, что порт расширят.'),
    };
    assert.deepEqual((await findingsFor(texts, 'Кылычдаглы')).map((f) => f.uri), []);
  });

  it('compares an inflected stray with the surname inflected alike', () => {
    const e: MatchEntity = {
      id: 'p1', type: 'PER', name: 'Такуро Морошита', mentions: 3, documents: ['a'], gender: 'm', first: 'Такуро',
      words: [{ spelling: 'Такуро', count: 2, part: 'first' }, { spelling: 'Морошита', count: 3, part: 'last' }],
    };
    const stray = { uri: 'a', start: 10, end: 19, text: 'Мороситой' };
    const pairs = strayPairs([stray], [e], () => ['p1']);
    assert.deepEqual(pairs.map((p) => [p.variant.spelling, p.preferred.spelling]), [['Мороситой', 'Морошита']]);
  });
});

describe('stray runs of a place name written with a space', () => {
  const place = (name: string): MatchEntity => ({
    id: 'l1', type: 'LOC', name, mentions: 3, documents: ['a'], words: [{ spelling: name, count: 3, part: 'other' }], names: [{ text: name, count: 3 }],
  });

  it('pairs «Усть Кут» with the place «Усть-Кут» and leaves the dateline in capitals alone', () => {
    const text = 'УСТЬ-КУТ, 3 мая. /ТАСС/. Порт работает круглый год. Усть Кут остается крупным портом.';
    const pairs = strayNamePairs('a', text, [], [place('Усть-Кут')]);
    assert.deepEqual(pairs.map((p) => [p.variant.spelling, p.preferred.spelling]), [['Усть Кут', 'Усть-Кут']]);
  });

  const org = (name: string, count: number): MatchEntity => ({
    id: 'o1', type: 'ORG', name, mentions: count, documents: ['a'], words: [{ spelling: name, count, part: 'other' }], names: [{ text: name, count }],
  });

  it('pairs a company joined with a capital inside with its name written apart or with a dot', () => {
    const text = 'Фабрика «ЛесоКрафт» растет. «Лесо Крафт» основана давно. «Лесо.Крафт» тоже.';
    const pairs = strayNamePairs('a', text, [], [org('ЛесоКрафт', 2)]);
    assert.deepEqual(pairs.map((p) => [p.variant.spelling, p.preferred.spelling]), [['Лесо Крафт', 'ЛесоКрафт'], ['Лесо.Крафт', 'ЛесоКрафт']]);
  });

  it('leaves a run alone that is a mention itself', () => {
    const text = 'Завод «Колор-Пром» выпускает краски. «КолорПром» открыл склад.';
    const at = text.indexOf('Колор-Пром');
    assert.deepEqual(strayNamePairs('a', text, [{ start: at, end: at + 10 }], [org('КолорПром', 3)]), []);
  });

  it('leaves a run alone that the article writes at least as often as the known name', () => {
    const text = '«Колор-Пром» выпускает краски. Завод «Колор-Пром» расширяется. «КолорПром» открыл склад.';
    assert.deepEqual(strayNamePairs('a', text, [], [org('КолорПром', 1)]), []);
  });
});

describe('stray words against a form made up with their ending', () => {
  it('does not take an edit where stem and ending meet (a foreign surname beside a country)', () => {
    const e: MatchEntity = {
      id: 'l1', type: 'LOC', name: 'Россия', mentions: 15, documents: ['a'], words: [{ spelling: 'Россия', count: 15, part: 'other' }],
    };
    const stray = { uri: 'a', start: 10, end: 17, text: 'Россини' };
    assert.deepEqual(strayPairs([stray], [e], () => ['l1']), []);
  });
});

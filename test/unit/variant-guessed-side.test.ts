/**
 * A one-off variant is often a mention whose type the recognizer guessed (no cue of its own): it is
 * flagged when the usual spelling is written by mentions the recognizer was sure of, never by a guess alone.
 * Words with a capital inside ('УрО') keep their letter case as a spelling.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine } from '../../server/src/core/analyze';
import { writtenCase } from '../../server/src/core/variants/units';
import { CorpusIndex } from '../../server/src/index/corpusIndex';
import { sideOccurrences } from '../../server/src/index/variantMatcher';

// Invented sentences.
const USUAL = 'Заголовок\n\nПрофессор Рахул Бхатнагар выступил с докладом в Дели. По словам Рахула Бхатнагара, работа продолжится. Рахул Бхатнагар поблагодарил коллег.';
const GUESS = 'Заголовок\n\nДоклад обсуждали весь день. Это решение Батнагар назвал верным.';

test('a guessed one-off spelling is flagged against a name the recognizer was sure of', async () => {
  const engine = await createEngine();
  const guessed = engine.analyze(GUESS).mentions.find((m) => m.text === 'Батнагар');
  assert.equal(guessed?.confidence, 'low', 'the premise: the lone word is a guess');
  const index = new CorpusIndex(engine);
  await index.loading(async () => {
    index.set('file:///usual.txt', USUAL);
    index.set('file:///guess.txt', GUESS);
  });
  const found = index.findings().filter((f) => f.uri === 'file:///guess.txt');
  assert.deepEqual(found.map((f) => [f.text, f.replacement]), [['Батнагар', 'Бхатнагар']]);
});

test('occurrences leave guessed mentions out unless asked for', () => {
  const mention = (text: string, confidence?: 'low') => ({ start: 0, end: text.length, text, name: text, type: 'PER', confidence, words: [{ start: 0, end: text.length, lemma: text }] });
  const doc = { uri: 'file:///x.txt' };
  const src = {
    entity: () => ({ id: 'PER:Зарбеков', name: 'Зарбеков' }),
    mentionsOf: () => [{ doc, index: 0, mention: mention('Зарбеков', 'low') }, { doc, index: 1, mention: mention('Зарбеков') }],
  } as any;
  const side = { entity: 'PER:Зарбеков', name: 'Зарбеков', spelling: 'Зарбеков', count: 2 } as any;
  assert.equal(sideOccurrences(src, side, 'word').length, 1);
  assert.equal(sideOccurrences(src, side, 'word', Infinity, true).length, 2);
});

test('a word with a capital inside keeps its case as a spelling; others take the lemma', () => {
  assert.equal(writtenCase('УрО', 'Уро'), 'УрО');
  assert.equal(writtenCase('ВКонтакте', 'Вконтакте'), 'ВКонтакте');
  assert.equal(writtenCase('Бахтиярова', 'Бахтияров'), 'Бахтияров');
  assert.equal(writtenCase('МВД', 'Мвд'), 'Мвд', 'all capitals are not a capital inside a word');
});

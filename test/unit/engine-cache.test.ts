/** The engine's memo caches stay bounded and keep caching; the cheap tests before costly work rule nothing out wrongly. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inclineFirstname, inclineLastname } from 'lvovich';
import { memoPerOwner, remember } from '../../server/src/core/util/boundedCache';
import { loadMorphology } from '../../server/src/core/morphology/morph';
import { nameForms } from '../../server/src/core/names/person';
import { phraseNominative } from '../../server/src/core/names/nominal';
import { buildGazetteer } from '../../server/src/core/entities/gazetteer';
import { tokenize } from '../../server/src/core/text/tokenize';
import { canDecline, synthesizeNominative, type NameCase, type NamePart } from '../../server/src/core/names/synthesis';

test('a bounded cache starts over when full and keeps caching new keys', () => {
  const cache = new Map<string, number>();
  for (let i = 0; i < 25; i++) {
    assert.equal(remember(cache, `k${i}`, i, 10), i);
    assert.ok(cache.size <= 10);
    assert.equal(cache.get(`k${i}`), i);
  }
  // 25 keys through a cache of 10: it started over twice, then took keys 20..24.
  assert.deepEqual([...cache.keys()], ['k20', 'k21', 'k22', 'k23', 'k24']);
});

test('a memo per owner computes once per key, is bounded, and answers as the uncached function does', () => {
  let calls = 0;
  const compute = (owner: { id: string }, key: string): string => {
    calls++;
    return `${owner.id}:${key.toUpperCase()}`;
  };
  const memo = memoPerOwner(3, compute);
  const a = { id: 'a' };
  const b = { id: 'b' };
  assert.equal(memo(a, 'x'), 'a:X');
  assert.equal(memo(a, 'x'), 'a:X');
  assert.equal(calls, 1);
  // Another owner has its own answers.
  assert.equal(memo(b, 'x'), 'b:X');
  assert.equal(calls, 2);
  // Three more keys fill a's cache of 3, which starts over: 'x' is computed again, with the same answer.
  for (const k of ['y', 'z', 'w']) assert.equal(memo(a, k), compute(a, k));
  calls = 0;
  assert.equal(memo(a, 'x'), 'a:X');
  assert.equal(calls, 1);
  for (let i = 0; i < 20; i++) assert.equal(memo(a, `k${i % 7}`), `a:K${i % 7}`);
});

test('name forms are memoised: the same forms on a second call, and the nominatives of an unknown name', async () => {
  const morph = await loadMorphology();
  const first = [...nameForms(morph, 'Сомчая')].sort();
  assert.ok(first.includes('сомчай') && first.includes('сомчая'), first.join(' '));
  assert.deepEqual([...nameForms(morph, 'Сомчая')].sort(), first);
  assert.ok(nameForms(morph, 'Петровой').has('петрова'));
});

const CASES: Array<Exclude<NameCase, 'nomn'>> = ['gent', 'datv', 'accs', 'ablt', 'loct'];
const DECLENSION = { gent: 'genitive', datv: 'dative', accs: 'accusative', ablt: 'instrumental', loct: 'prepositional' } as const;
// General first names and surnames of many declension types (exceptions of the rules included: Лев, Пётр, Павел).
const NAMES = [
  'Иван', 'Мария', 'Илья', 'Никита', 'Игорь', 'Лев', 'Пётр', 'Павел', 'Любовь', 'Наталья', 'Алексей', 'Юлия', 'Мухаммед', 'Сомчай',
  'Иванов', 'Петрова', 'Толстой', 'Достоевский', 'Горький', 'Шевченко', 'Кравец', 'Заяц', 'Гусь', 'Белых', 'Дурново', 'Чайковская',
  'Лазарев-Смирнов', 'Головин', 'Кох', 'Руденко', 'Сорока', 'Ким', 'Паскаль', 'Шмидт', 'Дюма', 'Бойко',
];
const RESTORE = ['', 'а', 'я', 'ь', 'й', 'ий', 'ый', 'ая', 'ой'];

function decline(name: string, c: Exclude<NameCase, 'nomn'>, part: NamePart, gender: 'male' | 'female'): string {
  return part === 'first' ? inclineFirstname(name, DECLENSION[c], gender) : inclineLastname(name, DECLENSION[c], gender);
}

test('no candidate lvovich declines to the observed word is ruled out by the cheap test', () => {
  let checked = 0;
  for (const name of NAMES) {
    for (const part of ['first', 'last'] as const) {
      for (const gender of ['male', 'female'] as const) {
        for (const c of CASES) {
          const word = decline(name, c, part, gender);
          for (let cut = 0; cut <= 3 && cut < word.length; cut++) {
            for (const add of RESTORE) {
              const candidate = word.slice(0, word.length - cut) + add;
              if (decline(candidate, c, part, gender) !== word) continue;
              checked++;
              assert.ok(canDecline(candidate, word, c, part), `${candidate} -> ${word} (${c}, ${part}, ${gender})`);
            }
          }
        }
      }
    }
  }
  assert.ok(checked > 500, `only ${checked} pairs checked`);
});

test('the cheap test does rule out candidates no rule can decline to the word', () => {
  assert.equal(canDecline('Иванов', 'Иванову', 'gent', 'last'), false);
  assert.equal(canDecline('Иванов', 'Иванову', 'datv', 'last'), true);
});

test('synthesis is the same on a second call (memo) and finds the nominative', () => {
  assert.equal(synthesizeNominative('Сомчая', 'gent', 'first', 'm'), 'Сомчай');
  assert.equal(synthesizeNominative('Сомчая', 'gent', 'first', 'm'), 'Сомчай');
  assert.equal(synthesizeNominative('Петровой', 'ablt', 'last', 'f'), 'Петрова');
  assert.equal(synthesizeNominative('Петровой', 'ablt', 'last', 'f'), 'Петрова');
  assert.equal(synthesizeNominative('Петровой', 'nomn', 'last', 'f'), 'Петровой');
});

test('the gazetteer remembers which entries fit a word form apart for a sentence start and inside a sentence', async () => {
  const gazetteer = buildGazetteer(await loadMorphology());
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    return gazetteer.match(tokens, tokens.findIndex((t) => t.text === word), text);
  };
  // A lower-case entry ('сектор Газа') written with a capital fits only at a sentence start, whichever is asked first.
  assert.equal(at('Они видели Сектор Газа.', 'Сектор'), null);
  assert.equal(at('Сектор Газа закрыт.', 'Сектор')?.entry.form, 'сектор Газа');
  assert.equal(at('Они видели Сектор Газа.', 'Сектор'), null);
  assert.equal(at('Они видели сектор Газа.', 'сектор')?.end, 4);
});

test('the nominative of a phrase is memoised per reading asked for, the same as computed afresh', async () => {
  const morph = await loadMorphology();
  const first = phraseNominative(morph, ['Саудовской', 'Аравии'], 'Geox');
  assert.deepEqual(first, { name: 'Саудовская Аравия', lemmas: ['Саудовская', 'Аравия'] });
  assert.equal(phraseNominative(morph, ['Саудовской', 'Аравии'], 'Geox'), first);
  assert.deepEqual(phraseNominative(morph, [], 'Geox'), { name: '', lemmas: [] });
  // The reading asked for is part of the key: the word alone is a name of a person or of a place.
  assert.notEqual(phraseNominative(morph, ['Саудовской', 'Аравии']), first);
  assert.ok(Object.isFrozen(first) && Object.isFrozen(first.lemmas));
});

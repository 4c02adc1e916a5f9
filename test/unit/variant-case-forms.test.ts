/**
 * Case forms are never spelling variants, whatever lemma the engine gave them (found on a generated
 * corpus of 3,000 articles, where unknown adjective surnames and -ия given names got wrong lemmas):
 * adjective endings under one stem, a written word that is a case form of the usual spelling, a stray
 * word in an oblique case of an adjective surname, and two given names the dictionary knows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pairFindings } from '../../server/src/core/consistency/pairFindings';
import { findVariantPairs, type MatchEntity, type VariantPair } from '../../server/src/core/variants/candidates';
import { caseFormOf, inflectionOf } from '../../server/src/core/variants/evidence';
import { strayPairs } from '../../server/src/core/variants/stray';

const person = (id: string, name: string, count: number, doc: string): MatchEntity => {
  const words = name.split(' ');
  return {
    id, type: 'PER', name, mentions: count, documents: [doc], first: words.length > 1 ? words[0] : undefined,
    words: words.map((w, i) => ({ spelling: w, count, part: words.length === 1 ? 'first' : i === 0 ? 'first' : 'last' })),
  };
};

describe('case forms are not variants', () => {
  it('reads adjective endings under one stem as inflection or gender', () => {
    assert.equal(inflectionOf('Вакатским', 'Вакатский'), 'inflection');
    assert.equal(inflectionOf('Вакатскому', 'Вакатского'), 'inflection');
    assert.equal(inflectionOf('Вакатской', 'Вакатская'), 'gender');
    assert.equal(inflectionOf('Вакатским', 'Вакаттский'), null);
  });

  it("reads a neuter body's name in -ство under its case endings as inflection ('Росрыболовство' / 'Росрыболовства'), not a vowel respelled elsewhere", () => {
    assert.equal(inflectionOf('Росрыболовство', 'Росрыболовства'), 'inflection');
    assert.equal(inflectionOf('Казначейству', 'Казначейство'), 'inflection');
    assert.equal(inflectionOf('Мунго', 'Мунга'), null);
  });

  it("reads a place in -ово/-ино declined as a neuter noun as inflection ('Царицыно' / 'в Царицыне', 'из Царицына'), not a vowel respelled in another name", () => {
    assert.equal(inflectionOf('Царицыне', 'Царицыно'), 'inflection');
    assert.equal(inflectionOf('Царицына', 'Царицыно'), 'inflection');
    assert.equal(inflectionOf('Строгино', 'Строгину'), 'inflection');
    assert.equal(inflectionOf('Кемерово', 'Кемерява'), null);
  });

  it('knows a written case form from a respelling (ё and a soft ending are respellings)', () => {
    assert.equal(caseFormOf('Ханны', 'Ханна'), true);
    assert.equal(caseFormOf('Ксении', 'Ксения'), true);
    assert.equal(caseFormOf('Дегтярева', 'Дегтярёв'), false);
    assert.equal(caseFormOf('Дегтярёва', 'Дегтярёв'), true);
    assert.equal(caseFormOf('Пиментеля', 'Пиментел'), false);
    assert.equal(caseFormOf('Пиментела', 'Пиментел'), true);
  });

  it('drops the occurrences of a pair that are written as case forms of the usual spelling', () => {
    const pair = {
      level: 'sure', score: 0.9, scope: 'word', sameEntity: true, explanation: '', reasons: ['и/–'],
      variant: { entity: 'PER:Ксения Ли', name: 'Ксения Ли', spelling: 'Ксеня', count: 2 },
      preferred: { entity: 'PER:Ксения Ли', name: 'Ксения Ли', spelling: 'Ксения', count: 9 },
    } satisfies VariantPair;
    const at = [
      { uri: 'a', start: 0, end: 6, text: 'Ксении', lemma: 'Ксеня' },
      { uri: 'b', start: 0, end: 5, text: 'Ксеня', lemma: 'Ксеня' },
    ];
    assert.deepEqual(pairFindings(pair, at, []).map((f) => f.text), ['Ксеня']);
  });

  it('compares a stray oblique adjective surname with the right case form, and never its own', () => {
    const target = person('PER:Анна Бельская', 'Анна Бельская', 4, 'd1');
    const stray = (text: string) => [{ uri: 'd1', start: 100, end: 100 + text.length, text }];
    assert.deepEqual(strayPairs(stray('Бельской'), [target], () => ['PER:Анна Бельская']), []);
    const found = strayPairs(stray('Бельсской'), [target], () => ['PER:Анна Бельская']);
    assert.equal(found.length, 1);
    assert.equal(found[0].preferred.spelling, 'Бельская');
  });

  it('leaves a stray word alone when it is a case form of a name of the corpus (not a variant of a rarer one)', () => {
    const usual = person('PER:Анна Протская', 'Анна Протская', 20, 'd1');
    const rare = person('PER:Анна Проттская', 'Анна Проттская', 2, 'd2');
    const stray = [{ uri: 'd2', start: 10, end: 18, text: 'Протской' }];
    assert.equal(strayPairs(stray, [rare], () => []).length, 1, 'against the rare spelling alone it pairs');
    assert.deepEqual(strayPairs(stray, [usual, rare], () => []), []);
  });

  it('a plain letter edit between two entities needs something in common: an article, a role, the rest of the name', () => {
    const apart = [person('a', 'Кузнецов', 5, 'd1'), person('b', 'Кузнецев', 1, 'd2')];
    assert.deepEqual(findVariantPairs(apart, {}), []);
    const together = [person('a', 'Кузнецов', 5, 'd1'), person('b', 'Кузнецев', 1, 'd1')];
    assert.equal(findVariantPairs(together, {}).length, 1);
    const sameGiven = [person('a', 'Герман Гудих', 12, 'd1'), person('b', 'Герман Гладих', 2, 'd2')];
    assert.deepEqual(findVariantPairs(sameGiven, {}), [], 'two edits, one plain, in different articles: another person');
    const sameGivenOneEdit = [person('a', 'Герман Кузнецов', 12, 'd1'), person('b', 'Герман Кузнецев', 1, 'd2')];
    assert.equal(findVariantPairs(sameGivenOneEdit, {}).length, 1, 'one plain edit under the same given name');
    const yo = [person('a', 'Дегтярёв', 5, 'd1'), person('b', 'Дегтярев', 1, 'd2')];
    assert.equal(findVariantPairs(yo, {}).length, 1, 'a known kind of edit (ё/е) is judged on the model');
  });

  it('never pairs two given names the dictionary knows unless the surname agrees', () => {
    const entities = [person('PER:Галина', 'Галина', 12, 'd1'), person('PER:Алина', 'Алина', 1, 'd1')];
    const known = new Set(['Галина', 'Алина']);
    assert.ok(findVariantPairs(entities, {}).length > 0, 'without the dictionary the pair is flagged');
    assert.deepEqual(findVariantPairs(entities, { givenName: (w) => known.has(w) }), []);
    const sameSurname = [person('a', 'Галина Орлова', 9, 'd1'), person('b', 'Галлина Орлова', 1, 'd1')];
    assert.equal(findVariantPairs(sameSurname, { givenName: (w) => known.has(w) }).length, 1);
  });
});

/** Given names the dictionary lacks: their case forms, and the morphology reading them as first names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseForms } from '../../server/src/core/morphology/givenNames';
import { loadMorphology } from '../../server/src/core/morphology/morph';

test('case forms follow the ending: a hard or soft consonant declines, a woman on -а, -ия declines, other vowels do not', () => {
  assert.deepEqual(caseForms('Мигель', 'masc').map(([, f]) => f), ['мигель', 'мигеля', 'мигелю', 'мигеля', 'мигелем', 'мигеле']);
  assert.deepEqual(caseForms('Матеус', 'masc').map(([, f]) => f), ['матеус', 'матеуса', 'матеусу', 'матеуса', 'матеусом', 'матеусе']);
  assert.deepEqual(caseForms('Химена', 'femn').map(([, f]) => f), ['химена', 'химены', 'химене', 'химену', 'хименой', 'химене']);
  assert.deepEqual(caseForms('Лусия', 'femn').map(([, f]) => f), ['лусия', 'лусии', 'лусии', 'лусию', 'лусией', 'лусии']);
  assert.deepEqual(new Set(caseForms('Гонсало', 'masc').map(([, f]) => f)), new Set(['гонсало']));
});

test('the morphology reads a listed name and its case forms as a known first name, with its nominative for lemma', async () => {
  const morph = await loadMorphology();
  const name = morph.parse('Хоакина').find((p) => p.proper === 'Name' && p.known && p.case === 'gent');
  assert.equal(name?.lemma, 'хоакин');
  assert.equal(name?.gender, 'masc');
  assert.ok(!morph.parse('Хоакинами').some((p) => p.proper === 'Name' && p.known));
});

/**
 * costExceeds answers align's cost against a limit without building the alignment, and
 * surelyTooDifferent only rules out pairs the word rules would rule out for their cost.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { align, costExceeds } from '../../server/src/core/variants/align';
import { surelyTooDifferent, wordRules } from '../../server/src/core/variants/evidence';

const LETTERS = [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'];
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 10 }).map((l) => l.join(''));
const near = word.chain((w) => fc.tuple(fc.constant(w), fc.nat(w.length), fc.constantFrom(...LETTERS, '')).map(([x, at, ch]) => [x, x.slice(0, at) + ch + x.slice(at + 1)] as const))
  .filter(([, y]) => y.length > 0);

test('costExceeds agrees with the cost of the full alignment, for any limit', () => {
  fc.assert(fc.property(fc.oneof(fc.tuple(word, word), near), fc.constantFrom(0, 0.3, 1, 2.01, 3.5), ([x, y], limit) => {
    assert.equal(costExceeds(x, y, limit), align(x, y).cost > limit, `${x} / ${y} at ${limit}`);
  }), { numRuns: 3000 });
});

test('costExceeds on words longer than its kept rows, and after them on short ones again', () => {
  const long = 'тхонглунович'.repeat(8);
  for (const [x, y] of [[long, `${long}а`], [long, long.replace(/о/g, 'а')], ['Тхонглун', 'Тонглун'], [long, 'Тонглун']]) {
    for (const limit of [0.3, 2.01, 5]) assert.equal(costExceeds(x, y, limit), align(x, y).cost > limit, `${x.length} / ${y.length} at ${limit}`);
  }
});

test('surelyTooDifferent rules out only pairs the word rules forbid', () => {
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  fc.assert(fc.property(fc.oneof(fc.tuple(word, word), near), ([x, y]) => {
    if (!surelyTooDifferent(cap(x), cap(y))) return;
    assert.ok(align(cap(x), cap(y)).cost > 2.01, `${x} / ${y}: the whole words are over the limit`);
    assert.notEqual(wordRules(cap(x), cap(y), align(cap(x), cap(y)), {}), null, `${x} / ${y}`);
  }), { numRuns: 3000 });
  assert.equal(surelyTooDifferent('Кузнецов', 'Кузнецев'), false);
  assert.equal(surelyTooDifferent('Кузнецов', 'Абрамович'), true);
  assert.equal(surelyTooDifferent('Шахназорова', 'Шахназоров'), false, 'an oblique stem is close');
  assert.ok(align('Тевасяном', 'Тевосян').cost > 2.01, 'the premise: the whole words are too far apart');
  assert.equal(surelyTooDifferent('Тевасяном', 'Тевосян'), false, 'the stem without its case ending is close');
});

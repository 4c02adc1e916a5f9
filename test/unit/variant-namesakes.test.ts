/**
 * Namesakes and look-alike places, never variants (evidence.ts): a bare surname whose article names it
 * in full with another given name than the other side's; short place names two edits apart.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findVariantPairs, type MatchEntity } from '../../server/src/core/variants/candidates';

const entity = (id: string, type: MatchEntity['type'], name: string, count: number, neighbours: string[], first?: string): MatchEntity => ({
  id, type, name, mentions: count, documents: ['d1'], neighbours, first,
  words: name.split(' ').map((w) => ({ spelling: w, count, part: w === first ? 'first' : 'last' })),
});

const flagged = (full: string) => findVariantPairs([
  entity('full', 'ORG', full, 1, ['bare', 'other']),
  entity('bare', 'PER', 'Рожков', 1, ['full', 'other']),
  entity('other', 'PER', 'Денис Рожнов', 2, ['full', 'bare'], 'Денис'),
]).filter((p) => p.variant.spelling === 'Рожков' || p.preferred.spelling === 'Рожков').length;

describe('bare surname of a named neighbour', () => {
  it('is not a variant of a surname with another given name', () => {
    assert.equal(flagged('Максим Рожков'), 0);
  });

  it('still pairs when the full mention has the same given name', () => {
    assert.equal(flagged('Денис Рожков'), 1);
  });
});

describe('short place names', () => {
  const place = (id: string, name: string, count: number): MatchEntity => ({
    id, type: 'LOC', name, mentions: count, documents: ['d1'], words: [{ spelling: name, count, part: 'other' }],
  });
  it('two edits apart are two places', () => {
    assert.equal(findVariantPairs([place('a', 'Бирск', 2), place('b', 'Бийск', 1)]).length, 0);
  });
  it('one edit apart may still be one place', () => {
    assert.equal(findVariantPairs([place('a', 'Тхонгл', 3), place('b', 'Тонгл', 1)]).length, 1);
  });
});

describe('a tie between a named person and a lone surname', () => {
  it('takes the lone surname for the variant, whichever entity comes first', () => {
    for (const order of [0, 1]) {
      const named = entity('named', 'PER', 'Шохрух Холмирзоев', 1, ['lone'], 'Шохрух');
      const lone = entity('lone', 'PER', 'Холмирзаев', 1, ['named']);
      const pairs = findVariantPairs(order ? [lone, named] : [named, lone]);
      assert.equal(pairs.length, 1);
      assert.equal(pairs[0].variant.spelling, 'Холмирзаев');
      assert.equal(pairs[0].preferred.spelling, 'Холмирзоев');
    }
  });
});

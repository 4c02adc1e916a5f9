/**
 * The workspace-symbol search structure (features/symbolSearch.ts) answers exactly what scoring every
 * entity of the list and taking the n best answers, also after the list changed under it (entities
 * gone, new ones, another order).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Entity } from '../../server/src/core/types';
import { bestScore } from '../../server/src/features/nameMatch';
import { best, SymbolSearch, type Scored } from '../../server/src/features/symbolSearch';

const LETTERS = 'аабвгеёийклмнорстуя-';
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const nameOf = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const entity = fc.record({
  name: nameOf,
  spellings: fc.array(nameOf, { maxLength: 2 }),
  mentions: fc.integer({ min: 1, max: 4 }),
  cap: fc.boolean(),
}).map(({ name, spellings, mentions, cap }) => ({
  id: name, type: 'PER', roles: [],
  name: cap ? name[0].toUpperCase() + name.slice(1) : name,
  spellings,
  mentions: Array.from({ length: mentions }, (_, i) => ({ uri: 'file:///a.txt', index: i })),
}) as unknown as Entity);
const entities = fc.array(entity, { maxLength: 40 });
/** Queries: pieces of names (so that many match, at every score), single letters, words, or empty. */
const query = (list: Entity[]) => fc.oneof(
  fc.constantFrom('', ' ', 'а', 'Ка', ...list.map((e) => e.name)).chain((n) =>
    fc.tuple(fc.integer({ min: 0, max: n.length }), fc.integer({ min: 0, max: 3 })).map(([i, k]) => n.slice(Math.max(0, i - k), i + 1))),
  nameOf,
  word,
);

/** What the search replaces: every entity scored, in list order, then the n best. */
function naive(list: readonly Entity[], q: string, n: number): Scored[] {
  const scored: Scored[] = [];
  for (const e of list) {
    const score = bestScore(q, [e.name, ...e.spellings]);
    if (score !== null) scored.push({ entity: e, score });
  }
  return best(scored, n);
}

const same = (a: Scored[], b: Scored[]) => assert.deepEqual(a.map((s) => [s.entity, s.score]), b.map((s) => [s.entity, s.score]));

describe('workspace symbol search', () => {
  it('gives what scoring every entity gives', async () => {
    await fc.assert(fc.asyncProperty(
      entities.chain((list) => fc.tuple(fc.constant(list), query(list), fc.integer({ min: 1, max: 6 }))),
      async ([list, q, n]) => {
        const search = new SymbolSearch();
        search.update(list);
        same(await search.search(q, n), naive(list, q, n));
      },
    ), { numRuns: 600 });
  });

  it('gives the same after the entity list changes (some gone, some new, reordered)', async () => {
    await fc.assert(fc.asyncProperty(
      entities, entities, fc.array(fc.boolean(), { maxLength: 40 }),
      async (first, added, keep) => {
        const second = fc.sample(fc.shuffledSubarray([...first.filter((_, i) => keep[i] ?? true), ...added]), { numRuns: 1, seed: first.length })[0];
        const search = new SymbolSearch();
        search.update(first);
        search.update(second);
        for (const q of ['', 'а', ...second.slice(0, 3).map((e) => e.name.slice(0, 2))]) same(await search.search(q, 3), naive(second, q, 3));
      },
    ), { numRuns: 300 });
  });

  it('finds a long list of prefix matches without missing the better-mentioned ones', async () => {
    const list = Array.from({ length: 50 }, (_, i) => ({
      id: `e${i}`, type: 'PER', roles: [], name: `Иван${'а'.repeat(i % 5)} Петров${i}`, spellings: [],
      mentions: Array.from({ length: 1 + (i % 7) }, (_, k) => ({ uri: 'file:///a.txt', index: k })),
    }) as unknown as Entity);
    const search = new SymbolSearch();
    search.update(list);
    const found = await search.search('петров', 10);
    assert.equal(found.length, 10);
    assert.deepEqual(found.map((s) => s.entity.mentions.length), [7, 7, 7, 7, 7, 7, 7, 6, 6, 6]);
    same(found, naive(list, 'петров', 10));
  });
});

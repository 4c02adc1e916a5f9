/**
 * The matcher's full pass puts a large entity in its index over several steps (VariantMatcher.indexSome,
 * issue 11: a step of the background pass must not hold the thread): the input built in steps is the
 * one built in one call, and a document changed between two steps starts the entity over.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, Mention, MentionRef } from '../../server/src/core/types';
import { VariantMatcher, type MatcherSource } from '../../server/src/index/variantMatcher';

/** Two documents: 'Москва' (and 'Москве') `n` times each, and a person once. */
function source(n: number): MatcherSource & { docs: Map<string, Mention[]> } {
  const docs = new Map<string, Mention[]>();
  const ids = new Map<string, string[]>();
  const refs: MentionRef[] = [];
  for (const uri of ['file:///a.txt', 'file:///b.txt']) {
    const list: Mention[] = [];
    for (let i = 0; i < n; i++) {
      const text = i % 3 ? 'Москве' : 'Москва';
      list.push({ start: 10 * i, end: 10 * i + 6, text, type: 'LOC', name: 'Москва', words: [{ start: 10 * i, end: 10 * i + 6, lemma: 'Москва' }] });
      refs.push({ uri, index: i });
    }
    list.push({ start: 10 * n, end: 10 * n + 11, text: 'Иван Седых', type: 'PER', name: 'Иван Седых', person: { first: 'Иван', last: 'Седых', gender: 'm' } });
    docs.set(uri, list);
    ids.set(uri, [...Array(n).fill('LOC:Москва'), 'PER:Иван Седых']);
  }
  const entities = new Map<string, Entity>([
    ['LOC:Москва', { id: 'LOC:Москва', type: 'LOC', name: 'Москва', spellings: ['Москва'], variants: [], mentions: refs, documents: 2, roles: [] }],
    ['PER:Иван Седых', {
      id: 'PER:Иван Седых', type: 'PER', name: 'Иван Седых', spellings: ['Иван Седых'], variants: [], documents: 2, roles: [],
      mentions: [...docs.keys()].map((uri) => ({ uri, index: n })),
    }],
  ]);
  return {
    docs,
    entity: (id) => entities.get(id),
    mentionsOf: () => [],
    entityIdsIn: (uri) => ids.get(uri) ?? [],
    mentionAt: (uri, index) => docs.get(uri)?.[index],
  };
}

describe('the matcher indexing a large entity in steps', () => {
  it('builds in steps the input it builds at once', () => {
    const whole = new VariantMatcher(source(3000));
    whole.index(['LOC:Москва', 'PER:Иван Седых']);
    const steps = new VariantMatcher(source(3000));
    let calls = 1;
    while (!steps.indexSome('LOC:Москва', 0)) calls++;
    assert.equal(calls, 3); // 6,000 mentions, 2,048 between looks at the clock
    assert.equal(steps.indexSome('PER:Иван Седых', 0), true);
    const input = (m: VariantMatcher) => (m as unknown as { vi: { get(id: string): unknown } }).vi.get('LOC:Москва');
    assert.deepEqual(input(steps), input(whole));
    assert.equal((input(steps) as { mentions: number }).mentions, 6000);
  });

  it('starts an entity over when a document changed between two steps', () => {
    const src = source(3000);
    const m = new VariantMatcher(src);
    assert.equal(m.indexSome('LOC:Москва', 0), false);
    // The second document now writes the first 2,000 mentions as another word.
    const b = src.docs.get('file:///b.txt')!;
    for (let i = 0; i < 2000; i++) b[i] = { ...b[i], text: 'Москвы', words: [{ start: b[i].start, end: b[i].end, lemma: 'Москва' }] };
    m.documentChanged('file:///b.txt');
    let calls = 1;
    while (!m.indexSome('LOC:Москва', 0)) calls++;
    assert.equal(calls, 3, 'read again from the first mention');
    const input = (m as unknown as { vi: { get(id: string): { names: Array<{ text: string; count: number }> } } }).vi.get('LOC:Москва');
    assert.deepEqual(input.names, [{ text: 'Москва', count: 6000 }]);
  });
});

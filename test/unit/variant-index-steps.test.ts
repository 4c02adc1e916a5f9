/**
 * The matcher's full pass puts a large entity in its index over several steps (VariantMatcher.indexSome,
 * issue 11: a step of the background pass must not hold the thread): the input built in steps is the
 * one built in one call, and a document changed between two steps starts the entity over.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, Mention, MentionRef } from '../../server/src/core/types';
import { VariantMatcher, type MatcherSource } from '../../server/src/index/variantMatcher';

/** Two documents: each place (and its locative) `n` times each, and a person once. */
function source(n: number, places = ['Москва']): MatcherSource & { docs: Map<string, Mention[]> } {
  const docs = new Map<string, Mention[]>();
  const ids = new Map<string, string[]>();
  const refs = new Map<string, MentionRef[]>(places.map((p) => [p, []]));
  const count = n * places.length;
  for (const uri of ['file:///a.txt', 'file:///b.txt']) {
    const list: Mention[] = [];
    for (let i = 0; i < count; i++) {
      const place = places[i % places.length];
      const text = i % 3 ? `${place.slice(0, -1)}е` : place;
      list.push({ start: 10 * i, end: 10 * i + 6, text, type: 'LOC', name: place, words: [{ start: 10 * i, end: 10 * i + 6, lemma: place }] });
      refs.get(place)!.push({ uri, index: i });
    }
    list.push({ start: 10 * count, end: 10 * count + 11, text: 'Иван Седых', type: 'PER', name: 'Иван Седых', person: { first: 'Иван', last: 'Седых', gender: 'm' } });
    docs.set(uri, list);
    ids.set(uri, [...Array.from({ length: count }, (_, i) => `LOC:${places[i % places.length]}`), 'PER:Иван Седых']);
  }
  const entities = new Map<string, Entity>(places.map((p) => [`LOC:${p}`, { id: `LOC:${p}`, type: 'LOC', name: p, spellings: [p], variants: [], mentions: refs.get(p)!, documents: 2, roles: [] }]));
  entities.set('PER:Иван Седых', {
    id: 'PER:Иван Седых', type: 'PER', name: 'Иван Седых', spellings: ['Иван Седых'], variants: [], documents: 2, roles: [],
    mentions: [...docs.keys()].map((uri) => ({ uri, index: count })),
  });
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

  it('prepares in steps what an edit\'s update would build at once, and the update then gives the same input', () => {
    const input = (m: VariantMatcher) => (m as unknown as { vi: { get(id: string): unknown } }).vi.get('LOC:Москва');
    const delta = { added: [], removed: [], moved: ['LOC:Москва'], uris: new Set<string>() };
    const direct = new VariantMatcher(source(3000));
    direct.update(delta, ['PER:Иван Седых']);
    const prepared = new VariantMatcher(source(3000));
    const ids = ['LOC:Москва', 'PER:Иван Седых'];
    let calls = 1;
    while (!prepared.prepare(ids, 0)) calls++;
    assert.equal(calls, 3, 'the large entity over three steps; the person (one mention) needs none');
    assert.equal(prepared.prepare(ids, 0), true, 'nothing left to build');
    prepared.update(delta, ['PER:Иван Седых']);
    assert.deepEqual(input(prepared), input(direct));
  });

  it('builds an edit\'s entity and the full pass\'s side by side, neither starting the other over', () => {
    const m = new VariantMatcher(source(3000, ['Москва', 'Казань']));
    let steps = 0;
    let pass = false;
    let edit = false;
    while (!(pass && edit) && steps < 20) {
      pass ||= m.indexSome('LOC:Казань', 0);
      edit ||= m.prepare(['LOC:Москва'], 0);
      steps++;
    }
    assert.equal(steps, 3, 'each of 6,000 mentions in three steps, as alone');
  });

  it('reads the clock between entities while preparing: one entity per step when time is up', () => {
    const m = new VariantMatcher(source(30, ['Москва', 'Казань', 'Самара']));
    let calls = 1;
    while (!m.prepare(['LOC:Москва', 'LOC:Казань', 'LOC:Самара'], 0)) calls++;
    assert.equal(calls, 3, 'three entities of 60 mentions, one per call');
  });
});


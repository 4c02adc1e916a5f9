/** SetMap: a map of sets holding a key's only value as itself, with a Set's order and results. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SetMap } from '../../server/src/core/util/multiMap';

describe('SetMap', () => {
  it('gives the values of a key in insertion order, once each', () => {
    const m = new SetMap<string, string>();
    assert.deepEqual([...m.get('k')], []);
    m.add('k', 'a');
    m.add('k', 'a');
    assert.deepEqual([...m.get('k')], ['a']);
    m.add('k', 'b');
    m.add('k', 'c');
    m.add('k', 'b');
    assert.deepEqual([...m.get('k')], ['a', 'b', 'c']);
    assert.equal(m.has('k'), true);
    assert.equal(m.has('other'), false);
  });

  it('says when a key has no value left, and keeps the order of the rest', () => {
    const m = new SetMap<string, number>();
    for (const v of [1, 2, 3]) m.add('k', v);
    assert.equal(m.delete('k', 2), false);
    assert.deepEqual([...m.get('k')], [1, 3]);
    assert.equal(m.delete('k', 1), false);
    assert.deepEqual([...m.get('k')], [3]);
    assert.equal(m.delete('k', 4), false, 'a value not there');
    assert.deepEqual([...m.get('k')], [3]);
    m.add('k', 5);
    assert.deepEqual([...m.get('k')], [3, 5]);
    assert.equal(m.delete('k', 3), false);
    assert.equal(m.delete('k', 5), true);
    assert.equal(m.has('k'), false);
    assert.equal(m.delete('k', 5), false, 'a key not there');
  });
});

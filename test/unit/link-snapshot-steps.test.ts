/**
 * The stored link's snapshot taken in steps (snapshot.ts, SnapshotTaker): steps with no time at all
 * give the snapshot one call gives, and a step stops inside an entity of many mentions (the server
 * takes it between requests: an entity of 60,000 mentions in one step held the thread for 100-200 ms).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { IncrementalLinker } from '../../server/src/core/linking/incremental';
import { SnapshotTaker, takeSnapshot } from '../../server/src/core/linking/snapshot';
import type { DocumentAnalysis, Mention } from '../../server/src/core/types';

/** A document mentioning 'Москва' `n` times (in two case forms) and one person. */
function doc(n: number): DocumentAnalysis {
  const mentions: Mention[] = [];
  for (let i = 0; i < n; i++) {
    const text = i % 2 ? 'Москве' : 'Москва';
    const start = 20 * i;
    mentions.push({ start, end: start + text.length, text, type: 'LOC', name: 'Москва', words: [{ start, end: start + text.length, lemma: 'Москва' }] });
  }
  const start = 20 * n;
  mentions.push({ start, end: start + 11, text: 'Ивана Седых', type: 'PER', name: 'Иван Седых', person: { first: 'Иван', last: 'Седых', gender: 'm' } });
  return { article: { paragraphs: [], subheadings: [] }, mentions } as unknown as DocumentAnalysis;
}

function linked(): IncrementalLinker {
  const linker = new IncrementalLinker(EMPTY_CONFIG);
  linker.load(new Map([['file:///a.txt', doc(3000)], ['file:///b.txt', doc(2500)], ['file:///c.txt', doc(5)]]));
  return linker;
}

describe('the link snapshot in steps', () => {
  it('gives what one call gives, its large entity taken over several steps', () => {
    const whole = takeSnapshot(linked().linked);
    assert.ok(whole);
    const taker = new SnapshotTaker(linked().linked);
    let steps = 1;
    while (!taker.step(0)) steps++;
    // 5,505 mentions of one place, 2,048 between looks at the clock (three steps, its spelling group with the last),
    // the person (two: a spelling group each), seven columns (one each) and the end: thirteen (one step per entity made ten).
    assert.equal(steps, 13);
    assert.deepEqual(taker.result(), whole);
  });

  it('hands over the linked spelling tables, built from its columns, without another pass over the corpus', () => {
    const linker = linked();
    const taker = new SnapshotTaker(linker.linked);
    assert.equal(taker.tables(), undefined, 'no tables before the last step');
    while (!taker.step(0));
    const mine = taker.tables();
    assert.ok(mine);
    const ids = [...linker.linked.entities.keys()];
    assert.equal(ids.length, 2);
    for (const id of ids) {
      assert.ok(mine.get(id)!.length > 0);
      assert.deepEqual(mine.get(id), linker.linked.spellings.get(id));
    }
  });
});

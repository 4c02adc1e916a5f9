/**
 * The index's background work after a full link (the relation index for edits, the variant matcher's
 * pass) waits while it is held (the server holds it until the messages ending indexing are written),
 * then runs; an edit made meanwhile still links as it would have.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, describe, it } from 'node:test';
import { createEngine, type Engine } from '../../server/src/core/analyze';
import { CorpusIndex } from '../../server/src/index/corpusIndex';

const SEEDS = path.resolve(__dirname, '../../seeds');
const texts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => [`file:///seeds/${f}`, readFileSync(path.join(SEEDS, f), 'utf8')] as const);

let engine: Engine;
before(async () => {
  engine = await createEngine();
});

async function loaded(): Promise<CorpusIndex> {
  const index = new CorpusIndex(engine, { background: true });
  await index.loading(async () => texts.forEach(([uri, text]) => index.set(uri, text)));
  return index;
}

async function settled(index: CorpusIndex): Promise<void> {
  for (let i = 0; i < 2000 && index.matching; i++) await sleep(10);
}

describe('background work held', () => {
  it('waits while held, then runs', async () => {
    const index = await loaded();
    let release!: () => void;
    index.holdBackground(new Promise<void>((resolve) => (release = resolve)));
    await sleep(300);
    assert.equal(index.matching, true, 'the matcher pass has not run');
    assert.equal(index.matcherMs.link, 0);
    release();
    await settled(index);
    assert.equal(index.matching, false, 'the pass ran once released');
    assert.ok(index.matcherMs.link > 0);
  });

  it('a failed hold releases too, and an edit made while held links as without a hold', async () => {
    const held = await loaded();
    let release!: () => void;
    held.holdBackground(new Promise<void>((resolve) => (release = resolve)));
    const free = await loaded();
    const [uri, text] = texts[0];
    const edited = text.replace(/(\p{Lu}\p{Ll}{3})(\p{Ll}{2,})/u, '$1$1$2');
    held.set(uri, edited);
    free.set(uri, edited);
    // Linked entities (not merged: the matcher's pass of one index may have run, not the other's).
    const view = (index: CorpusIndex) => [...index.link().entities.values()].map((e) => [e.id, e.mentions.map((m) => `${m.uri}:${m.index}`)]);
    assert.deepEqual(view(held), view(free));
    release();
    const failing = await loaded();
    failing.holdBackground(Promise.reject(new Error('connection closed')));
    await settled(failing);
    assert.equal(failing.matching, false, 'a rejected hold releases');
  });
});

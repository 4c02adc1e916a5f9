/** The engine on the seed articles and on bad input: sorted, non-overlapping mentions; no crash. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEngine } from '../../server/src/core/analyze';
import { find, getEngine, mentionsOf } from './engine-helpers';

const SEEDS = resolve(__dirname, '..', '..', 'seeds');

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(file, `seed ${prefix} exists`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

test('every seed: mentions sorted, non-overlapping, text matches the span, nothing in furniture', async () => {
  const engine = await getEngine();
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(SEEDS, f), 'utf8');
    const { article, mentions } = engine.analyze(text);
    assert.ok(mentions.length > 5, `${f} has mentions`);
    mentions.forEach((m, i) => {
      assert.equal(m.text, text.slice(m.start, m.end), `${f} mention text`);
      if (i > 0) assert.ok(m.start >= mentions[i - 1].end, `${f} mentions do not overlap`);
      assert.ok(!article.furniture.some((s) => m.start < s.end && m.end > s.start), `${f} no mention in furniture`);
      for (const w of m.words ?? []) assert.ok(w.start >= m.start && w.end <= m.end, `${f} words inside the mention`);
    });
  }
});

test('seed 000: the full official name of Laos and the commission', async () => {
  const ms = (await getEngine()).analyze(seed('000')).mentions;
  assert.equal(find(ms, 'Лаосской Народно-Демократической Республике')?.name, 'Лаос');
  assert.equal(find(ms, 'МИД РФ')?.name, 'МИД России');
  assert.ok(ms.some((m) => m.type === 'ORG' && m.text.startsWith('Межправительственной комиссии по')));
});

test('seed 001: both spellings of the Lao leader are people with two roles', async () => {
  const ms = (await getEngine()).analyze(seed('001')).mentions;
  for (const spelling of ['Тонглун Сисулит', 'Тхонглун Сисулит']) {
    const m = find(ms, spelling);
    assert.equal(m?.type, 'PER');
    assert.deepEqual(m?.roles, ['генеральный секретарь', 'президент Лаоса']);
  }
  assert.equal(find(ms, 'Оба'), undefined);
  assert.equal(find(ms, 'Обе'), undefined);
});

test('seed 002: site furniture gives nothing, the byline author is a person', async () => {
  const ms = (await getEngine()).analyze(seed('002')).mentions;
  assert.equal(ms.filter((m) => m.text === 'Владимир' && m.type === 'PER').length, 2);
  assert.equal(ms.find((m) => m.text === 'Главная'), undefined);
});

test('seed 004: sentence-initial surname forms link to the person', async () => {
  const ms = (await getEngine()).analyze(seed('004')).mentions;
  const tokaev = ms.filter((m) => m.type === 'PER' && m.person?.last === 'Токаев');
  assert.equal(tokaev.length, 7);
});

test('bad input: empty, whitespace, binary junk and a huge line give results, not crashes', async (t) => {
  const errors = t.mock.method(console, 'error', () => {});
  assert.deepEqual(await mentionsOf(''), []);
  assert.deepEqual(await mentionsOf('   \n\n  '), []);
  const junk = await mentionsOf('\u0000\u0001\uFFFD\uD800 ««« """ ——— ... Ё-ё-Ё');
  assert.ok(Array.isArray(junk));
  const long = await mentionsOf('Россия '.repeat(20000));
  assert.equal(long.length, 20000);
  const caps = await mentionsOf(`${'США '.repeat(5000)}\n${'Иван Петров Сидоров '.repeat(3000)}`);
  assert.equal(caps.filter((m) => m.type === 'LOC').length, 5000);
  assert.ok(caps.some((m) => m.type === 'PER'));
  const engine = await getEngine();
  assert.deepEqual(engine.analyze(undefined as unknown as string).mentions, []);
  assert.equal(errors.mock.callCount(), 0, 'no recognizer failed on bad input');
});

test('a missing dictionary folder is a clear error', async () => {
  await assert.rejects(createEngine({ dictPath: '/nonexistent/dicts' }), /dictionary folder not found/);
});

/**
 * The persistent analysis cache: what is saved loads back equal (deep), and a file that is truncated,
 * corrupt, of another format or of another engine version is reported and ignored, never trusted.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { createEngine } from '../../server/src/core/analyze';
import { mentionCount } from '../../server/src/core/linking/snapshot';
import { CACHE_FILE, loadCache, saveCache } from '../../server/src/index/analysis/cache';
import { analyseBytes, type FileAnalysis } from '../../server/src/index/analysis/fileAnalysis';

const SEEDS = path.resolve(__dirname, '../../seeds');
const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-lens-cache-'));
  dirs.push(dir);
  return dir;
};
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function seedAnalyses(): Promise<FileAnalysis[]> {
  const engine = await createEngine();
  return readdirSync(SEEDS).sort().map((f, i) => {
    const r = analyseBytes(engine, readFileSync(path.join(SEEDS, f)), `hash${i}`, f);
    assert.ok(r.ok);
    return r;
  });
}

describe('analysis cache', () => {
  it('loads back what was saved, entry for entry', async () => {
    const dir = scratch();
    const entries = await seedAnalyses();
    await saveCache(dir, entries, 'v1');
    const load = await loadCache(dir, 'v1');
    assert.equal(load.problem, undefined);
    assert.equal(load.entries.size, entries.length);
    for (const e of entries) assert.deepEqual(load.entries.get(e.hash), e);
    // Saving again (msgpackr's shared buffers handed back in between) gives the same bytes.
    const first = readFileSync(path.join(dir, CACHE_FILE));
    await saveCache(dir, entries, 'v1');
    assert.deepEqual(readFileSync(path.join(dir, CACHE_FILE)), first);
  });

  it('decodes an article when it is first read, and saves it again undecoded, byte for byte', async () => {
    const dir = scratch();
    const entries = await seedAnalyses();
    await saveCache(dir, entries, 'v1');
    const first = readFileSync(path.join(dir, CACHE_FILE));
    const load = await loadCache(dir, 'v1');
    const lazy = () => [...load.entries.values()].filter((e) => Object.getOwnPropertyDescriptor(e.analysis, 'article')?.get).length;
    assert.equal(lazy(), entries.length);
    await saveCache(dir, load.entries.values(), 'v1');
    assert.equal(lazy(), entries.length);
    assert.deepEqual(readFileSync(path.join(dir, CACHE_FILE)), first);
    const [entry] = load.entries.values();
    assert.deepEqual(entry.analysis.article, entries.find((e) => e.hash === entry.hash)!.analysis.article);
    assert.equal(lazy(), entries.length - 1);
  });

  it("decodes a document's mentions when first read, their number known before", async () => {
    const dir = scratch();
    const entries = await seedAnalyses();
    await saveCache(dir, entries, 'v1');
    const load = await loadCache(dir, 'v1');
    const lazy = () => [...load.entries.values()].filter((e) => Object.getOwnPropertyDescriptor(e.analysis, 'mentions')?.get).length;
    assert.equal(lazy(), entries.length);
    for (const e of load.entries.values()) {
      const original = entries.find((x) => x.hash === e.hash)!.analysis;
      assert.ok(original.mentions.length > 0);
      assert.equal(mentionCount(e.analysis), original.mentions.length);
    }
    assert.equal(lazy(), entries.length, 'counting decodes nothing');
    const [entry] = load.entries.values();
    const original = entries.find((e) => e.hash === entry.hash)!.analysis;
    assert.deepEqual(entry.analysis.mentions, original.mentions);
    assert.equal(entry.analysis.mentions, entry.analysis.mentions, 'decoded once, then kept');
    assert.equal(lazy(), entries.length - 1);
    assert.deepEqual(Object.keys(entry.analysis), Object.keys(original), 'the fields in the same order');
  });

  it('a missing cache is empty without a problem', async () => {
    const load = await loadCache(scratch(), 'v1');
    assert.deepEqual([load.entries.size, load.problem], [0, undefined]);
  });

  const broken: Array<[string, (bytes: Buffer) => Buffer, RegExp, string?]> = [
    ['truncated', (b) => b.subarray(0, b.length - 100), /checksum|truncated/],
    ['cut inside its header', (b) => b.subarray(0, 20), /truncated|not a cache/],
    ['with one byte changed', (b) => Buffer.concat([b.subarray(0, b.length - 10), Buffer.from([b[b.length - 10] ^ 0xff]), b.subarray(b.length - 9)]), /checksum/],
    ['of another format', () => Buffer.from('{"hello": "world"}'), /not a cache file/],
    ['of another engine version', (b) => b, /another engine version/, 'v2'],
  ];
  for (const [what, damage, reason, version] of broken) {
    it(`a cache file ${what} is reported and not used`, async () => {
      const dir = scratch();
      await saveCache(dir, (await seedAnalyses()).slice(0, 2), 'v1');
      const file = path.join(dir, CACHE_FILE);
      writeFileSync(file, damage(readFileSync(file)));
      const load = await loadCache(dir, version ?? 'v1');
      assert.equal(load.entries.size, 0);
      assert.match(load.problem ?? '', reason);
    });
  }
});

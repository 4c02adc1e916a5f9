/**
 * The analysis cache's file stamps: a file whose size and modification time are unchanged is taken from
 * the cache unread; a file with a new modification time is read again (its new content analysed, or its
 * unchanged content found in the cache by its hash); a file modified just before it was read gets no
 * stamp; a corrupt cache is reported and rebuilt.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { CACHE_FILE } from '../../server/src/index/analysis/cache';
import { AnalysisPool } from '../../server/src/index/analysis/pool';
import { CorpusIndex } from '../../server/src/index/corpusIndex';
import { loadFiles, trustedStamp } from '../../server/src/index/corpusLoader';
import { pathToUri } from '../../server/src/lsp/convert';

const SEEDS = path.resolve(__dirname, '../../seeds');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A corpus of three seed articles last modified an hour ago, and an empty cache folder. */
function corpus(): { files: string[]; cacheDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'corpus-lens-stamps-'));
  dirs.push(root);
  mkdirSync(path.join(root, 'articles'));
  const files = readdirSync(SEEDS).sort().slice(0, 3).map((f) => {
    const file = path.join(root, 'articles', f);
    copyFileSync(path.join(SEEDS, f), file);
    age(file, 3600);
    return file;
  });
  return { files, cacheDir: path.join(root, 'cache') };
}

function age(file: string, seconds: number): void {
  const t = new Date(Date.now() - seconds * 1000);
  utimesSync(file, t, t);
}

async function load(files: string[], cacheDir: string) {
  const pool = new AnalysisPool();
  const index = new CorpusIndex(null, {});
  try {
    const summary = await loadFiles(index, files, { pool, maxSize: 1e6, cacheDir, uriOf: pathToUri });
    return { summary, index };
  } finally {
    await pool.close();
  }
}

const counts = (s: { cached: number; unread: number; analysed: number }) => [s.analysed, s.cached, s.unread];

describe('analysis cache stamps', () => {
  it('takes unchanged files unread, with the analyses they had', async () => {
    const { files, cacheDir } = corpus();
    const first = await load(files, cacheDir);
    assert.deepEqual(counts(first.summary), [3, 0, 0]);
    const second = await load(files, cacheDir);
    assert.deepEqual(counts(second.summary), [0, 3, 3]);
    for (const f of files) assert.deepEqual(second.index.get(pathToUri(f))?.analysis, first.index.get(pathToUri(f))?.analysis);
  });

  it('reads again a file of the same size with a new modification time, and analyses its new content', async () => {
    const { files, cacheDir } = corpus();
    const first = await load(files, cacheDir);
    const uri = pathToUri(files[0]);
    const mention = first.index.get(uri)!.analysis.mentions.find((m) => m.type === 'PER' && /^[А-Я][а-я]{3,}/.test(m.text))!;
    const text = readFileSync(files[0], 'utf8');
    // One Cyrillic letter for another: the same number of bytes.
    const respelled = `${mention.text.slice(0, 2)}${mention.text[2] === 'о' ? 'а' : 'о'}${mention.text.slice(3)}`;
    writeFileSync(files[0], text.slice(0, mention.start) + respelled + text.slice(mention.end));
    age(files[0], 1800);
    const second = await load(files, cacheDir);
    assert.deepEqual(counts(second.summary), [1, 2, 2]);
    const doc = second.index.get(uri)!;
    assert.notEqual(second.index.diskSource(uri)?.hash, first.index.diskSource(uri)?.hash);
    assert.ok(!doc.analysis.mentions.some((m) => m.start === mention.start && m.text === mention.text));
    // Its new stamp was saved: the next start reads nothing.
    assert.deepEqual(counts((await load(files, cacheDir)).summary), [0, 3, 3]);
  });

  it('reads again a file only touched, and finds its analysis by its hash', async () => {
    const { files, cacheDir } = corpus();
    await load(files, cacheDir);
    age(files[1], 1200);
    assert.deepEqual(counts((await load(files, cacheDir)).summary), [0, 3, 2]);
    assert.deepEqual(counts((await load(files, cacheDir)).summary), [0, 3, 3]);
  });

  it('keeps no stamp for a file modified just before it was read', async () => {
    const { files, cacheDir } = corpus();
    const now = new Date();
    utimesSync(files[2], now, now);
    await load(files, cacheDir);
    assert.deepEqual(counts((await load(files, cacheDir)).summary), [0, 3, 2]);
    assert.equal(trustedStamp({ size: 10, mtimeMs: 1000 }, 2500), undefined);
    assert.deepEqual(trustedStamp({ size: 10, mtimeMs: 1000 }, 3500), { size: 10, mtimeMs: 1000 });
  });

  it('reports a corrupt cache, analyses every file and rebuilds it', async () => {
    const { files, cacheDir } = corpus();
    await load(files, cacheDir);
    const file = path.join(cacheDir, CACHE_FILE);
    const bytes = readFileSync(file);
    bytes[bytes.length - 5] ^= 0xff;
    writeFileSync(file, bytes);
    const broken = await load(files, cacheDir);
    assert.match(broken.summary.cacheProblem ?? '', /checksum/);
    assert.deepEqual(counts(broken.summary), [3, 0, 0]);
    assert.deepEqual(counts((await load(files, cacheDir)).summary), [0, 3, 3]);
  });
});

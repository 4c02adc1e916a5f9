/**
 * The analysis pool with real worker threads (the built dist/analysisWorker.js): an edit's analysis
 * still waiting in the queue is dropped when a newer version of the same document arrives, so typing
 * in a long article queues one analysis, not one per keystroke; other documents' jobs are kept.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createEngine } from '../../server/src/core/analyze';
import { AnalysisPool } from '../../server/src/index/analysis/pool';
import { warmUp } from '../../server/src/index/analysis/warmUp';

const ROOT = path.resolve(__dirname, '../..');
const WORKER = path.join(ROOT, 'dist', 'analysisWorker.js');
const SEEDS = path.join(ROOT, 'seeds');
const text = readFileSync(path.join(SEEDS, readdirSync(SEEDS).sort()[0]), 'utf8');

describe('analysis pool', { skip: !existsSync(WORKER) && 'build first (npm run build)' }, () => {
  it('drops a queued analysis of a document once a newer one is submitted, and keeps the others', async () => {
    const pool = new AnalysisPool({ workerFile: WORKER, size: 1 });
    try {
      assert.equal(pool.threaded, true);
      // Size 1 + one spare for urgent work: the first two start at once, the rest wait in the queue.
      const running = [pool.text(text, 'a'), pool.text(text, 'b')];
      const queuedA = pool.text(`${text} 1`, 'a');
      const queuedB = pool.text(`${text} 2`, 'b');
      const newestA = pool.text(`${text} 3`, 'a');
      const results = await Promise.all([...running, queuedA, queuedB, newestA]);
      assert.deepEqual(results.map((r) => r.ok), [true, true, false, true, true]);
      const dropped = results[2];
      assert.ok(!dropped.ok && /superseded/.test(dropped.reason));
      assert.ok(results[4].ok && results[4].analysis.mentions.length > 0, 'the newest version is analysed');
    } finally {
      await pool.close();
    }
  });

  it('renews its workers after the scan: fresh ones take the next jobs, a job in hand is still answered', async () => {
    const pool = new AnalysisPool({ workerFile: WORKER, size: 2 });
    try {
      await Promise.all([pool.text(text), pool.text(text)]);
      const before = pool.workerIds;
      assert.equal(before.length, 2);
      const inHand = pool.text(`${text} 1`);
      pool.renew(1);
      const after = pool.workerIds;
      assert.equal(after.length, 1, 'one worker kept for edits');
      assert.ok(!before.includes(after[0]), 'a fresh worker, not one of the scan\'s');
      assert.equal((await inHand).ok, true, 'the job in hand is answered');
      const next = await pool.text(`${text} 2`);
      assert.equal(next.ok, true);
      assert.deepEqual(pool.workerIds, after, 'the retiring worker is gone once its job is answered');
    } finally {
      await pool.close();
    }
  });

  it('a renewed worker (one that warms its engine up before its first job) analyses as the scan\'s workers do', async () => {
    const pool = new AnalysisPool({ workerFile: WORKER, size: 1 });
    try {
      const scan = await pool.text(text);
      pool.renew(1);
      const edit = await pool.text(text);
      assert.ok(scan.ok && edit.ok);
      assert.deepEqual(edit.analysis.mentions, scan.analysis.mentions);
      assert.deepEqual(edit.analysis.article, scan.analysis.article);
    } finally {
      await pool.close();
    }
  });
});

describe('engine warm-up', () => {
  it('changes no analysis: the same mentions before and after it', async () => {
    const cold = await createEngine();
    const warmed = await createEngine();
    warmUp(warmed);
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const t = readFileSync(path.join(SEEDS, file), 'utf8');
      assert.deepEqual(warmed.analyze(t).mentions, cold.analyze(t).mentions, file);
    }
  });
});

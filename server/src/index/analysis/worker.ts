/**
 * The analysis worker (dist/analysisWorker.js): loads the engine once, then reads and analyses files or
 * texts it is sent. Runs in a worker thread; answers every job, failures included.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../../core/analyze';
import type { FileResult } from './fileAnalysis';
import { runJob, type JobRequest, type JobResponse } from './job';
import { packArticle } from './lazyArticle';
import { warmUp } from './warmUp';

/** A worker started after the scan warms its engine up before the first edit comes (warmUp.ts). */
const engine = createEngine().then((e) => {
  if ((workerData as { warm?: boolean } | undefined)?.warm) warmUp(e);
  return e;
});

parentPort?.on('message', (job: JobRequest) => {
  void engine.then((e) => runJob(e, job)).then(
    (result) => {
      // A file's article goes packed (the main thread decodes it on first use: lazyArticle.ts), its buffer handed over.
      if (result.ok && 'hash' in result) {
        const { article, ...rest } = result.analysis;
        const articleBytes = packArticle(article);
        const packed = { ...result, analysis: rest, articleBytes };
        parentPort!.postMessage({ id: job.id, result: packed as unknown as FileResult } satisfies JobResponse, [articleBytes.buffer as ArrayBuffer]);
      } else {
        parentPort!.postMessage({ id: job.id, result } satisfies JobResponse);
      }
    },
    (e: Error) => parentPort!.postMessage({ id: job.id, result: { ok: false, reason: `analysis failed: ${e.message}` } } satisfies JobResponse),
  );
});

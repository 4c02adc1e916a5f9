/**
 * The analysis worker (dist/analysisWorker.js): loads the engine once, then reads and analyses files or
 * texts it is sent. Runs in a worker thread; answers every job, failures included.
 */
import { parentPort } from 'node:worker_threads';
import { createEngine } from '../../core/analyze';
import { runJob, type JobRequest, type JobResponse } from './job';

const engine = createEngine();

parentPort?.on('message', (job: JobRequest) => {
  void engine.then((e) => runJob(e, job)).then(
    (result) => parentPort!.postMessage({ id: job.id, result } satisfies JobResponse),
    (e: Error) => parentPort!.postMessage({ id: job.id, result: { ok: false, reason: `analysis failed: ${e.message}` } } satisfies JobResponse),
  );
});

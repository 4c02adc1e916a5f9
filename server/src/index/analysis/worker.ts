/**
 * The analysis worker (dist/analysisWorker.js): loads the engine once, then reads and analyses files or
 * texts it is sent. Runs in a worker thread; answers every job, failures included.
 */
import { parentPort } from 'node:worker_threads';
import { createEngine } from '../../core/analyze';
import { analyseBytes, describeText, readFileBytes } from './fileAnalysis';
import type { JobRequest, JobResponse } from './pool';

const engine = createEngine();

parentPort?.on('message', (job: JobRequest) => {
  void run(job).then(
    (result) => parentPort!.postMessage({ id: job.id, result } satisfies JobResponse),
    (e: Error) => parentPort!.postMessage({ id: job.id, result: { ok: false, reason: `analysis failed: ${e.message}` } } satisfies JobResponse),
  );
});

async function run(job: JobRequest): Promise<JobResponse['result']> {
  const e = await engine;
  if (job.kind === 'text') return { ok: true, ...describeText(e.analyze(job.text), job.text) };
  if (job.kind === 'bytes') return analyseBytes(e, job.bytes, job.prosePath);
  const read = await readFileBytes(job.file, job.maxSize);
  return read.ok ? analyseBytes(e, read.bytes, job.prosePath) : read;
}

/** The jobs the analysis pool runs, the same in a worker thread and in process. */
import type { Engine } from '../../core/analyze';
import type { DocumentAnalysis } from '../../core/types';
import { analyseBytes, contentHash, describeText, readFileBytes, type FileResult } from './fileAnalysis';

export type JobRequest =
  | { id: number; kind: 'file'; file: string; maxSize: number; prosePath?: string }
  | { id: number; kind: 'bytes'; bytes: Uint8Array; hash: string; prosePath?: string }
  | { id: number; kind: 'text'; text: string };

export interface TextResult {
  ok: true;
  analysis: DocumentAnalysis;
  lineStarts: number[];
  length: number;
}

export interface JobResponse {
  id: number;
  result: FileResult | TextResult | { ok: false; reason: string };
}

export async function runJob(engine: Engine, job: JobRequest): Promise<JobResponse['result']> {
  if (job.kind === 'text') return { ok: true, ...describeText(engine.analyze(job.text), job.text) };
  if (job.kind === 'bytes') return analyseBytes(engine, job.bytes, job.hash, job.prosePath);
  const read = await readFileBytes(job.file, job.maxSize);
  return read.ok ? analyseBytes(engine, read.bytes, contentHash(read.bytes), job.prosePath) : read;
}

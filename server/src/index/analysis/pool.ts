/**
 * A small pool of analysis workers (node:worker_threads). Jobs are whole articles, so the pool needs
 * only a queue with two priorities (edits of open documents before the background scan) and a way to
 * shrink when the scan is over; a general-purpose pool library would add its own worker entry that the
 * single-file bundle we ship cannot load. Without a worker file (tests run from sources) jobs run in
 * process with the same code.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createEngine, type Engine } from '../../core/analyze';
import type { DocumentAnalysis } from '../../core/types';
import type { FileResult } from './fileAnalysis';
import { withLazyArticle } from './lazyArticle';
import { runJob, type JobRequest, type JobResponse, type TextResult } from './job';

export type { JobRequest, JobResponse, TextResult };

/** `key`: the document a text job is for; a newer job with the same key replaces a queued one. */
/** A job not done: the pool was closed, the worker failed, or a newer version replaced it. */
export type JobFailure = { ok: false; reason: string };

type Job = { request: JobRequest; resolve: (r: JobResponse['result']) => void; key?: string };

interface Slot {
  worker: Worker;
  busy: Job | null;
  /** Stop once the job in hand is answered (see renew). */
  retiring?: boolean;
}

export interface PoolOptions {
  /** The bundled worker script; absent: jobs run in this thread. */
  workerFile?: string;
  /** Workers while scanning (default: the cores, at least 1, at most 4). */
  size?: number;
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly urgent: Job[] = [];
  private readonly background: Job[] = [];
  private nextId = 1;
  private closed = false;
  private local: Promise<Engine> | null = null;
  private readonly size: number;

  constructor(private readonly options: PoolOptions = {}) {
    this.size = options.size ?? Math.max(1, Math.min(4, availableParallelism()));
    this.threaded = !!options.workerFile && existsSync(options.workerFile);
  }

  /** Jobs go to worker threads (the bundled worker file exists) or run here. */
  readonly threaded: boolean;

  /** The thread ids of the workers that take jobs (not those stopping after their job). */
  get workerIds(): number[] {
    return this.slots.filter((s) => !s.retiring).map((s) => s.worker.threadId);
  }

  /** Reads and analyses a file (background priority). */
  file(file: string, maxSize: number, prosePath?: string): Promise<FileResult> {
    return this.submit({ id: this.nextId++, kind: 'file', file, maxSize, prosePath }, false) as Promise<FileResult>;
  }

  /** Decodes and analyses bytes already read (background priority; the buffer is handed over). */
  bytes(bytes: Uint8Array, hash: string, prosePath?: string): Promise<FileResult> {
    return this.submit({ id: this.nextId++, kind: 'bytes', bytes, hash, prosePath }, false) as Promise<FileResult>;
  }

  /**
   * Analyses the text of an open document (served before the background scan). With `key` (the
   * document), a job for the same key still waiting in the queue is dropped, answered 'superseded':
   * typing in a long article queues one analysis, not one per keystroke.
   */
  text(text: string, key?: string): Promise<TextResult | JobFailure> {
    return this.submit({ id: this.nextId++, kind: 'text', text }, true, key) as Promise<TextResult | JobFailure>;
  }

  /** Keeps at most `n` idle workers. */
  shrink(n = 1): void {
    for (let i = this.slots.length - 1; i >= 0 && this.slots.length > n; i--) {
      if (this.slots[i].busy) continue;
      void this.slots[i].worker.terminate();
      this.slots.splice(i, 1);
    }
  }

  /**
   * After the scan: the workers, whose caches (morphology, name synthesis) grew with the corpus to
   * hundreds of megabytes, are replaced by `n` fresh ones that load the engine at once and wait for
   * edits. A worker busy with a job stops when it has answered it.
   */
  renew(n = 1): void {
    if (!this.threaded || this.closed) return;
    for (const slot of [...this.slots]) {
      if (slot.busy) slot.retiring = true;
      else this.remove(slot);
    }
    while (this.slots.filter((s) => !s.retiring).length < n && this.spawn(true, true));
  }

  private remove(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
  }

  /** Stops the workers; jobs still queued or running are answered as failed, none starts after. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = { ok: false as const, reason: 'the analysis pool was closed' };
    for (const job of [...this.urgent, ...this.background, ...this.slots.map((s) => s.busy)]) job?.resolve(stopped);
    this.urgent.length = 0;
    this.background.length = 0;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private submit(request: JobRequest, urgent: boolean, key?: string): Promise<JobResponse['result']> {
    if (this.closed) return Promise.resolve({ ok: false, reason: 'the analysis pool was closed' });
    if (!this.threaded) return this.runHere(request);
    if (key !== undefined) this.dropQueued(key);
    return new Promise((resolve) => {
      (urgent ? this.urgent : this.background).push({ request, resolve, key });
      this.dispatch();
    });
  }

  /** Answers and removes the queued (not started) urgent jobs for `key`. */
  private dropQueued(key: string): void {
    for (let i = this.urgent.length - 1; i >= 0; i--) {
      if (this.urgent[i].key !== key) continue;
      this.urgent[i].resolve({ ok: false, reason: 'superseded by a newer version of the document' });
      this.urgent.splice(i, 1);
    }
  }

  private dispatch(): void {
    while (!this.closed) {
      const queue = this.urgent.length ? this.urgent : this.background;
      if (!queue.length) return;
      const slot = this.slots.find((s) => !s.busy) ?? this.spawn(queue === this.urgent);
      if (!slot) return;
      slot.busy = queue.shift()!;
      const request = slot.busy.request;
      slot.worker.postMessage(request, request.kind === 'bytes' ? [request.bytes.buffer as ArrayBuffer] : []);
    }
  }

  /**
   * A new worker while under the size (one more than the size for urgent work, so edits never wait);
   * `warm`: it warms its engine up before its first job (warmUp.ts), as one waiting for edits does.
   */
  private spawn(urgent: boolean, warm = false): Slot | undefined {
    if (this.slots.filter((s) => !s.retiring).length >= this.size + (urgent ? 1 : 0)) return undefined;
    const worker = new Worker(this.options.workerFile!, { workerData: { warm } });
    const slot: Slot = { worker, busy: null };
    worker.on('message', (response: JobResponse) => {
      unpackArticle(response.result);
      const job = slot.busy;
      slot.busy = null;
      if (slot.retiring) this.remove(slot);
      job?.resolve(response.result);
      this.dispatch();
    });
    worker.on('error', (e) => this.fail(slot, e));
    worker.on('exit', () => this.fail(slot, new Error('the analysis worker stopped')));
    this.slots.push(slot);
    return slot;
  }

  private fail(slot: Slot, e: Error): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.busy?.resolve({ ok: false, reason: `analysis failed: ${e.message}` });
    slot.busy = null;
    this.dispatch();
  }

  private async runHere(request: JobRequest): Promise<JobResponse['result']> {
    return runJob(await (this.local ??= createEngine()), request);
  }
}

/** A file's analysis from a worker, its article sent packed (worker.ts): the article decoded when first read. */
function unpackArticle(result: JobResponse['result']): void {
  const r = result as { analysis?: DocumentAnalysis; articleBytes?: Uint8Array };
  if (!(r.articleBytes instanceof Uint8Array) || !r.analysis) return;
  r.analysis = withLazyArticle(r.analysis, r.articleBytes, 0, r.articleBytes.length);
  delete r.articleBytes;
}

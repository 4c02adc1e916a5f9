/**
 * Which requests are being answered, so background work (the variant matcher's steps, relation
 * indexing, other files' diagnostics) waits while one is in flight instead of running between its
 * awaits; and, with the environment variable CORPUS_LENS_TIMINGS set to a file, one JSON line per
 * request appended there: `{"method","ms","cpu","at"}` (server-side wall time from the handler's call
 * to its result; the process's CPU time meanwhile, all threads, which a loaded machine does not inflate
 * as it does wall time; `at`: milliseconds since the server started). bench/scale.ts summarizes it.
 */
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

let inFlight = 0;
const timingsFile = process.env.CORPUS_LENS_TIMINGS || undefined;
/** Lines not written yet: written in batches, never in the request's own path. */
const pending: string[] = [];
let flushTimer: NodeJS.Timeout | undefined;

/** Timings are being written (CORPUS_LENS_TIMINGS is set). */
export function timingsOn(): boolean {
  return timingsFile !== undefined;
}

/** A request is being answered (its handler has been called and has not returned). */
export function requestInFlight(): boolean {
  return inFlight > 0;
}

/** Runs a request handler counted as in flight, and timed when CORPUS_LENS_TIMINGS is set. */
export async function trackRequest<T>(method: string, run: () => Promise<T>): Promise<T> {
  inFlight++;
  const t0 = performance.now();
  const cpu0 = timingsFile ? process.cpuUsage() : undefined;
  try {
    return await run();
  } finally {
    inFlight--;
    if (cpu0) record(method, performance.now() - t0, t0, cpuMs(cpu0));
  }
}

/** When each document's last edit arrived, for 'edit->diagnostics' timings. */
const edits = new Map<string, number>();

/** An edit of a document arrived (its uri as the index keys it). */
export function editReceived(uri: string): void {
  if (timingsFile) edits.set(uri, performance.now());
}

/** The edited document's diagnostics were sent: records the time since its last edit arrived. */
export function editAnswered(uri: string): void {
  const at = edits.get(uri);
  if (at === undefined) return;
  edits.delete(uri);
  record('edit->diagnostics', performance.now() - at, at);
}

/** Records a span of work that is not a request (e.g. 'publish:diagnostics'), when timings are on. */
export function recordTiming(name: string, ms: number): void {
  if (timingsFile) record(name, ms, performance.now() - ms);
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

function record(method: string, ms: number, at: number, cpu?: number): void {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  pending.push(JSON.stringify({ method, ms: round(ms), cpu: cpu === undefined ? undefined : round(cpu), at: Math.round(at) }));
  flushTimer ??= setTimeout(flush, 200);
  flushTimer.unref?.();
}

function flush(): void {
  flushTimer = undefined;
  if (!timingsFile || !pending.length) return;
  try {
    appendFileSync(timingsFile, `${pending.join('\n')}\n`);
  } catch {
    // Timings are a diagnostic aid: a file that cannot be written is not the server's problem.
  }
  pending.length = 0;
}

process.on('exit', flush);

/**
 * The built language server as a benchmark sees it: spawned over stdio, driven as an editor would, every
 * notification timestamped, every request bounded by a timeout, the process's memory read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');

export function fileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).toString();
}

export class TimeoutError extends Error {}

export interface Notice {
  method: string;
  params: any;
  /** performance.now() when it arrived. */
  at: number;
}

export interface StartOptions {
  /** The server bundle (default dist/server.js). */
  server?: string;
  folder: string;
  /** initializationOptions.storagePath: where the server keeps its cache. */
  storagePath: string;
  /** Returned for workspace/configuration 'corpusLens'. */
  settings: unknown;
  /** Node options before the bundle (e.g. --cpu-prof, --expose-gc). */
  nodeArgs?: string[];
}

/** Every live server, killed when the benchmark exits however it exits. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of live) p.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(130));

export class BenchServer {
  readonly notices: Notice[] = [];
  initializeResult: any;
  /** performance.now() just before initialize was sent. */
  startedAt = 0;
  private readonly waiters: Array<() => void> = [];
  private exited = false;

  private constructor(readonly proc: ChildProcess, readonly connection: MessageConnection) {
    proc.on('exit', () => {
      this.exited = true;
      live.delete(proc);
      this.wake();
    });
  }

  get pid(): number {
    return this.proc.pid!;
  }

  static async start(o: StartOptions, timeoutMs: number): Promise<BenchServer> {
    const proc = spawn(process.execPath, [...(o.nodeArgs ?? []), o.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    live.add(proc);
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const s = new BenchServer(proc, connection);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => o.settings));
    connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onNotification('$/progress', (p: unknown) => s.record('$/progress', p));
    connection.onNotification((method: string, params: unknown) => s.record(method, params));
    connection.onError(() => undefined);
    connection.listen();
    s.startedAt = performance.now();
    s.initializeResult = await s.request('initialize', {
      processId: process.pid,
      rootUri: fileUri(o.folder),
      workspaceFolders: [{ uri: fileUri(o.folder), name: path.basename(o.folder) }],
      initializationOptions: { storagePath: o.storagePath },
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true, symbol: {} },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    }, timeoutMs);
    connection.sendNotification('initialized', {});
    return s;
  }

  private record(method: string, params: any): void {
    this.notices.push({ method, params, at: performance.now() });
    this.wake();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** The first notification from index `from` on matching the predicate; throws TimeoutError after timeoutMs. */
  async waitFor(predicate: (n: Notice) => boolean, timeoutMs: number, from = 0): Promise<Notice> {
    const deadline = performance.now() + timeoutMs;
    let i = from;
    for (;;) {
      for (; i < this.notices.length; i++) if (predicate(this.notices[i])) return this.notices[i];
      if (this.exited) throw new Error('the server exited');
      const left = deadline - performance.now();
      if (left <= 0) throw new TimeoutError(`timed out after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** Waits until no notification matching the predicate has arrived for quietMs (at most timeoutMs in all). */
  async quiet(predicate: (n: Notice) => boolean, quietMs: number, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      let last = 0;
      for (let i = this.notices.length - 1; i >= 0; i--) {
        if (predicate(this.notices[i])) {
          last = this.notices[i].at;
          break;
        }
      }
      const since = performance.now() - last;
      if (since >= quietMs || performance.now() >= deadline) return;
      await sleep(Math.min(quietMs - since, deadline - performance.now()) + 1);
    }
  }

  /**
   * The end of the indexing work-done progress, or the 'ready' status after an 'indexing' one, whichever
   * comes first (a 'ready' before the scan began, e.g. for the open documents alone, does not count).
   */
  async indexed(timeoutMs: number): Promise<Notice> {
    const tokens = new Set<unknown>();
    let began = false;
    return this.waitFor((n) => {
      if (n.method === 'corpusLens/status') {
        if (n.params?.state === 'indexing') began = true;
        return began && n.params?.state === 'ready';
      }
      if (n.method !== '$/progress') return false;
      const v = n.params?.value;
      if (v?.kind === 'begin' && /index/i.test(String(v.title))) {
        tokens.add(n.params.token);
        began = true;
      }
      return v?.kind === 'end' && tokens.has(n.params.token);
    }, timeoutMs);
  }

  request<T = any>(method: string, params: unknown, timeoutMs: number): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`${method} timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([this.connection.sendRequest(method, params) as Promise<T>, timeout]).finally(() => clearTimeout(timer));
  }

  /** Round-trip time of one request in ms. */
  async time(method: string, params: unknown, timeoutMs: number): Promise<{ ms: number; result: any }> {
    const t0 = performance.now();
    const result = await this.request(method, params, timeoutMs);
    return { ms: performance.now() - t0, result };
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** Resident memory in MB (VmRSS; the worker threads are in the same process). */
  rssMB(): number {
    return procStatusMB(this.pid, 'VmRSS');
  }

  /** CPU time so far in ms: the whole process, and its main thread alone (/proc; NaN elsewhere). */
  cpuMs(): { process: number; main: number } {
    return { process: procCpuMs(`/proc/${this.pid}/stat`), main: procCpuMs(`/proc/${this.pid}/task/${this.pid}/stat`) };
  }

  /** Shutdown and exit, then SIGKILL if it is still there after a few seconds. */
  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await this.request('shutdown', null, 5000);
        this.notify('exit', null);
      } catch {
        // killed below
      }
      const deadline = performance.now() + 3000;
      while (!this.exited && performance.now() < deadline) await sleep(50);
      if (!this.exited) this.proc.kill('SIGKILL');
    }
    this.connection.dispose();
    live.delete(this.proc);
  }
}

/** utime + stime of a /proc stat file in ms (clock ticks of 10 ms), NaN when it cannot be read. */
function procCpuMs(file: string): number {
  try {
    const fields = readFileSync(file, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** A field of /proc/<pid>/status in MB (NaN when it cannot be read, e.g. not Linux or the process is gone). */
export function procStatusMB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

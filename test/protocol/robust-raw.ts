/**
 * A byte-level LSP client for the robustness tests: starts the BUILT dist/server.js over stdio and
 * lets a test write exact bytes (two messages in one write, a header without Content-Length) that
 * the vscode-jsonrpc client would never produce. Answers the server's own requests as an editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before } from 'node:test';
import { seedWorkspace, type Workspace } from './consistencyHelpers';
import { fileUri, SERVER } from './lspClient';

export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string; data?: unknown };
}

/** One framed message, as bytes. */
export function frame(message: object): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

export class RawServer {
  readonly received: Message[] = [];
  readonly exited: Promise<number | null>;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiters: Array<() => void> = [];

  private constructor(private readonly proc: ChildProcess, private readonly settings: unknown, private readonly folder: string) {
    proc.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  }

  /**
   * Starts the server and initializes it on the folder (settings answer workspace/configuration); the
   * files in `open` are opened in the editor before `initialized`, as an editor restoring its tabs does.
   */
  static async start(folder: string, settings: unknown = {}, open: readonly string[] = []): Promise<RawServer> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const server = new RawServer(proc, settings, folder);
    const init = server.request('initialize', {
      processId: process.pid, rootUri: fileUri(folder),
      workspaceFolders: [{ uri: fileUri(folder), name: path.basename(folder) }],
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
    });
    await server.response(init);
    for (const file of open) server.open(fileUri(file), readFileSync(file, 'utf8'));
    server.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    return server;
  }

  write(bytes: Buffer | string): void {
    this.proc.stdin!.write(bytes);
  }

  send(message: object): void {
    this.write(frame(message));
  }

  /** Opens a document in the editor (didOpen, version 1). */
  open(uri: string, text: string): void {
    this.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'corpus', version: 1, text } } });
  }

  /** Types text at a position of an open document (an incremental didChange to `version`). */
  insert(uri: string, version: number, position: { line: number; character: number }, text: string): void {
    this.send({
      jsonrpc: '2.0', method: 'textDocument/didChange',
      params: { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text }] },
    });
  }

  /** A request message with a fresh id (not sent). */
  requestMessage(method: string, params: unknown): Message & { id: number } {
    return { jsonrpc: '2.0', id: this.nextId++, method, params };
  }

  /** Sends a request; returns its id. */
  request(method: string, params: unknown): number {
    const message = this.requestMessage(method, params);
    this.send(message);
    return message.id;
  }

  /** The response to a request id. */
  response(id: number | string, timeoutMs = 60_000): Promise<Message> {
    return this.waitFor((m) => m.id === id && m.method === undefined, timeoutMs);
  }

  /** Waits for a message from the server that satisfies the predicate (already received or coming). */
  async waitFor(accept: (m: Message) => boolean, timeoutMs = 60_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(accept);
      if (found) return found;
      if (Date.now() > deadline) throw new Error('timed out waiting for a message from the server');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** The output-channel lines (window/logMessage) received so far. */
  logLines(): string[] {
    return this.received.filter((m) => m.method === 'window/logMessage').map((m) => String(m.params.message));
  }

  /** Waits for the status notification saying the whole corpus is indexed (a 'ready' after 'indexing'). */
  ready(timeoutMs = 60_000): Promise<Message> {
    const isStatus = (m: Message, state: string) => m.method === 'corpusLens/status' && m.params.state === state;
    return this.waitFor((m) => {
      const indexing = this.received.findIndex((n) => isStatus(n, 'indexing'));
      return isStatus(m, 'ready') && indexing >= 0 && this.received.indexOf(m) > indexing;
    }, timeoutMs);
  }

  kill(): void {
    this.proc.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) break;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) break;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.received.push(message);
      this.answer(message);
    }
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Answers the server's requests: configuration, workspace folders, progress and registrations. */
  private answer(message: Message): void {
    if (message.method === undefined || message.id === undefined) return;
    let result: unknown = null;
    if (message.method === 'workspace/configuration') result = (message.params.items as unknown[]).map(() => this.settings);
    if (message.method === 'workspace/workspaceFolders') result = [{ uri: fileUri(this.folder), name: path.basename(this.folder) }];
    this.send({ jsonrpc: '2.0', id: message.id, result });
  }
}

/**
 * A scratch copy of the seeds served by a fresh server for the enclosing describe block: started
 * (and indexed) before its tests, stopped and removed after them.
 */
export function seedServer(settings: unknown = {}): { ws: Workspace; server: RawServer } {
  const fixture = {} as { ws: Workspace; server: RawServer };
  before(async () => {
    fixture.ws = seedWorkspace();
    fixture.server = await RawServer.start(fixture.ws.dir, settings);
    await fixture.server.ready();
  });
  after(() => {
    fixture.server?.kill();
    fixture.ws?.remove();
  });
  return fixture;
}

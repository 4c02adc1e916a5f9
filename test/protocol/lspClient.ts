/**
 * A minimal LSP client for protocol tests: starts the BUILT dist/server.js over stdio, answers the
 * server's requests as an editor would, and records notifications and progress.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');
export const SEEDS = path.join(ROOT, 'seeds');

export function fileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).toString();
}

export interface StartOptions {
  /** Workspace folder to open. */
  folder: string;
  /** Returned for workspace/configuration 'corpusLens'. */
  settings?: unknown;
  /** initializationOptions (the client's storage folder: { storagePath }). */
  initializationOptions?: unknown;
}

export class LspClient {
  readonly notifications: Array<{ method: string; params: any }> = [];
  readonly progress: Array<{ token: unknown; value: any }> = [];
  readonly appliedEdits: any[] = [];
  /** The server's answer to initialize. */
  initializeResult: any;
  private readonly waiters: Array<() => void> = [];

  private constructor(readonly connection: MessageConnection, private readonly proc: ChildProcess) {}

  static async start(options: StartOptions): Promise<LspClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(connection, proc);
    client.answerServerRequests(options.settings ?? {});
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(options.folder),
      workspaceFolders: [{ uri: fileUri(options.folder), name: path.basename(options.folder) }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true,
          workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } } },
        textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
      },
    });
    connection.sendNotification('initialized', {});
    return client;
  }

  private answerServerRequests(settings: unknown): void {
    const c = this.connection;
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    c.onRequest('workspace/applyEdit', (p: { edit: unknown }) => {
      this.appliedEdits.push(p.edit);
      return { applied: true };
    });
    c.onRequest('window/showMessageRequest', () => null);
    c.onNotification('$/progress', (p: { token: unknown; value: unknown }) => this.record('$/progress', p));
    c.onNotification((method: string, params: unknown) => this.record(method, params));
  }

  private record(method: string, params: any): void {
    if (method === '$/progress') this.progress.push(params);
    this.notifications.push({ method, params });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Waits until a notification matching the predicate has arrived (or fails after timeoutMs). */
  async waitFor(method: string, predicate: (params: any) => boolean = () => true, timeoutMs = 20000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.notifications.find((n) => n.method === method && predicate(n.params));
      if (found) return found.params;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${method}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** Waits for the server's ready status (indexing finished). */
  ready(): Promise<any> {
    return this.waitFor('corpusLens/status', (p) => p.state === 'ready');
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** Opens a file as the editor would (didOpen with its text from disk). */
  open(file: string, languageId = 'corpus'): string {
    const uri = fileUri(file);
    const text = readFileSync(file, 'utf8');
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.proc.kill(), 500).unref();
      this.connection.dispose();
    }
  }
}

/** The UTF-16 offset -> LSP position of the n-th occurrence of `needle` in a file. */
export function positionOf(file: string, needle: string, occurrence = 1): { line: number; character: number } {
  const text = readFileSync(file, 'utf8');
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' #${occurrence} not found in ${file}`);
  }
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

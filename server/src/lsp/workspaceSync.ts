/**
 * Keeps the corpus index in step with the workspace: the initial scan of every corpus file (reported as
 * work-done progress), open documents (incremental sync), file create/change/delete events, the
 * configuration file and settings changes.
 */
import {
  DidChangeWatchedFilesNotification, FileChangeType, type Connection, type Disposable, type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusNotification, WORKSPACE_CONFIG_FILE, type CorpusLensSettings, type StatusParams } from '../../../common/protocol';
import { configFileIn, loadConfigFile, mergeConfigs } from '../index/configFile';
import { findCorpusFiles, inCorpusFolder, readArticleFile } from '../index/corpusFiles';
import type { CorpusIndex } from '../index/corpusIndex';
import { normalizeUri, pathToUri, uriToPath } from './convert';

export interface SyncOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  index: CorpusIndex;
  folders: string[];
  settings: () => CorpusLensSettings;
  canRegisterWatchers: boolean;
}

export class WorkspaceSync {
  private skipped: StatusParams['skipped'] = [];
  private statusTimer: NodeJS.Timeout | undefined;
  private watchers: Disposable | undefined;

  constructor(private readonly o: SyncOptions) {}

  /** Indexes every corpus file of every folder, with progress; open documents win over the disk. */
  async indexAll(): Promise<void> {
    const { connection, index } = this.o;
    const progress = await connection.window.createWorkDoneProgress().catch(() => null);
    progress?.begin('Corpus Lens: indexing articles', 0, 'scanning folders', false);
    this.sendStatus('indexing');
    await this.loadConfig();
    const files = await this.corpusFiles();
    const open = this.openUris();
    const wanted = new Set(files.map(pathToUri));
    for (const doc of index.documents()) if (!wanted.has(doc.uri) && !open.has(doc.uri)) index.delete(doc.uri);
    let done = 0;
    for (const file of files) {
      const uri = pathToUri(file);
      if (!open.has(uri)) await this.readFromDisk(uri);
      done++;
      if (done % 25 === 0 || done === files.length) {
        progress?.report(Math.round((100 * done) / files.length), `${done}/${files.length} articles`);
      }
    }
    for (const doc of this.o.documents.all()) this.setOpenDocument(doc);
    const entities = index.entities().length;
    progress?.done();
    connection.console.info(`Indexed ${index.size} articles, ${entities} entities; ${this.skipped.length} files skipped.`);
    this.sendStatus();
  }

  /** Wires document and file events to the index. */
  listen(): void {
    const { documents, index, connection } = this.o;
    documents.onDidChangeContent((e) => this.setOpenDocument(e.document));
    documents.onDidClose((e) => void this.readFromDisk(normalizeUri(e.document.uri), true));
    connection.onDidChangeWatchedFiles(async ({ changes }) => {
      for (const change of changes) await this.fileChanged(normalizeUri(change.uri), change.type);
    });
    index.onDidChange(() => this.scheduleStatus());
    void this.watchCorpusFiles();
  }

  /** Asks the client to report file events for the include globs (again after they change). */
  async watchCorpusFiles(): Promise<void> {
    if (!this.o.canRegisterWatchers) return;
    this.watchers?.dispose();
    const globs = [...this.o.settings().files.include, `**/${WORKSPACE_CONFIG_FILE}`];
    this.watchers = await this.o.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: globs.map((globPattern) => ({ globPattern })),
    });
  }

  /** Open editors win over the disk; only files are articles (not git diffs, untitled or output views). */
  private setOpenDocument(doc: TextDocument): void {
    const uri = normalizeUri(doc.uri);
    if (uriToPath(uri)) this.o.index.set(uri, doc.getText());
  }

  private async fileChanged(uri: string, type: FileChangeType): Promise<void> {
    const file = uriToPath(uri);
    if (!file) return;
    if (this.isConfigFile(file)) {
      await this.loadConfig();
      return;
    }
    if (type === FileChangeType.Deleted) {
      this.o.index.delete(uri);
      this.deleteUnder(uri);
    } else if (!this.openUris().has(uri) && this.inCorpus(file)) {
      await this.readFromDisk(uri);
    }
  }

  /** A deleted folder takes its articles with it. */
  private deleteUnder(uri: string): void {
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    for (const doc of this.o.index.documents()) if (doc.uri.startsWith(prefix)) this.o.index.delete(doc.uri);
  }

  private async readFromDisk(uri: string, onlyIfInCorpus = false): Promise<void> {
    const file = uriToPath(uri);
    if (!file) return;
    if (onlyIfInCorpus && !this.inCorpus(file)) {
      this.o.index.delete(uri);
      return;
    }
    const read = await readArticleFile(file, this.o.settings().maxFileSize);
    this.skipped = this.skipped.filter((s) => s.uri !== uri);
    if (read.ok) this.o.index.set(uri, read.text);
    else {
      this.o.index.delete(uri);
      this.skipped.push({ uri, reason: read.reason });
      this.o.connection.console.warn(`Skipped ${file}: ${read.reason}`);
    }
  }

  private async corpusFiles(): Promise<string[]> {
    const { include, exclude } = this.o.settings().files;
    const files: string[] = [];
    for (const folder of this.o.folders) {
      const found = await findCorpusFiles(folder, include, exclude);
      files.push(...found.files);
      for (const p of found.problems) this.o.connection.console.warn(`Cannot read ${p.path}: ${p.reason}`);
    }
    return files;
  }

  private inCorpus(file: string): boolean {
    const { include, exclude } = this.o.settings().files;
    return this.o.folders.some((folder) => inCorpusFolder(folder, file, include, exclude));
  }

  private isConfigFile(file: string): boolean {
    return this.o.folders.some((folder) => configFileIn(folder) === file);
  }

  private openUris(): Set<string> {
    return new Set(this.o.documents.all().map((d) => normalizeUri(d.uri)));
  }

  async loadConfig(): Promise<void> {
    const loaded = await Promise.all(this.o.folders.map((f) => loadConfigFile(configFileIn(f))));
    for (const problem of loaded.flatMap((l) => l.problems)) {
      this.o.connection.window.showWarningMessage(`Corpus Lens: ${problem}`);
    }
    this.o.index.setConfig(mergeConfigs(loaded.map((l) => l.config)));
  }

  private scheduleStatus(): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => this.sendStatus(), 300);
  }

  private sendStatus(state: StatusParams['state'] = 'ready'): void {
    const { index, connection } = this.o;
    const params: StatusParams = { state, articles: index.size, entities: index.entities().length, skipped: this.skipped };
    void connection.sendNotification(StatusNotification, params);
  }
}

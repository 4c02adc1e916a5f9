/**
 * Keeps the corpus index in step with the workspace: the initial scan of every corpus file (reported as
 * work-done progress; open documents first, then the disk through the cache and the worker pool), open
 * documents (analysed off the main thread, stale versions dropped), file create/change/delete events,
 * the configuration file and settings changes.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  DidChangeWatchedFilesNotification, FileChangeType, type Connection, type Disposable, type TextDocuments,
  DiagnosticSeverity, type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DIAGNOSTIC_SOURCE, EncodingMismatchNotification, StatusNotification, WORKSPACE_CONFIG_FILE,
  type CorpusEncoding, type CorpusLensSettings, type EncodingMismatchParams, type StatusParams,
} from '../../../common/protocol';
import type { AnalysisPool } from '../index/analysis/pool';
import { contentHash } from '../index/analysis/fileAnalysis';
import { configFileIn, loadConfigFile, mergeConfigs } from '../index/configFile';
import { findCorpusFiles, inCorpusFolder } from '../index/corpusFiles';
import { readDocumentText } from '../index/readText';
import { isRussianProse } from '../index/prose';
import { contains, insideWorkspace } from './insideWorkspace';
import { requestCancelled, requestDocument } from './requestScope';
import * as l10n from '@vscode/l10n';
import { count } from '../l10n';
import { PHRASES, PROGRESS_ARTICLES } from '../l10n/phrases';
import { cacheProblem, configProblem, readingNote, readingReason } from '../l10n/reading';
import type { CorpusIndex } from '../index/corpusIndex';
import { addToIndex, loadFiles, saveIndexCache, saveIndexLink, type LoadSummary } from '../index/corpusLoader';
import { LineMap } from '../index/lineMap';
import { normalizeUri, pathToUri, uriToPath } from './convert';
import { timedStep } from './mainThreadStalls';

export interface SyncOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  index: CorpusIndex;
  pool: AnalysisPool;
  /** Folder of the analysis cache (the extension's storage); absent: no cache. */
  cacheDir?: string;
  folders: string[];
  settings: () => CorpusLensSettings;
  canRegisterWatchers: boolean;
}

/** Saving the cache (about a second of packing at 10,000 articles) waits this long after the scan or the last change read from disk. */
const CACHE_SAVE_DELAY_MS = 10_000;

/** A save (a second or two of packing on the main thread at 10,000 articles) waits for this long without requests or edits... */
const SAVE_QUIET_MS = 3000;
/** ...but not longer than this after it was due. */
const SAVE_DEFER_MAX_MS = 60_000;

/** How long a request about an edited document waits for that document's new analysis. */
const OWN_EDIT_LIMIT_MS = 1000;
/** How long a request about a document just opened waits for its first analysis (then: what is indexed). */
const OWN_FIRST_LIMIT_MS = 30_000;

/** Resolves when `work` settles or after `ms`, whichever is first. */
function withLimit(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work.then(() => undefined, () => undefined), limit]).finally(() => clearTimeout(timer));
}

export class WorkspaceSync {
  private skipped: StatusParams['skipped'] = [];
  private statusTimer: NodeJS.Timeout | undefined;
  private readonly saveTimers: { analyses?: NodeJS.Timeout; link?: NodeJS.Timeout } = {};
  /** Saves waiting for a quiet moment, run at once on shutdown (flushSaves). */
  private readonly pendingSaves = new Map<keyof WorkspaceSync['saveTimers'], () => Promise<unknown>>();
  private watchers: Disposable | undefined;
  /** Per open uri: the version being analysed (an older result is dropped). */
  private readonly pending = new Map<string, number>();
  private indexing = false;
  private readonly inFlight = new Set<Promise<void>>();
  /**
   * The latest analysis in flight per open document: requests about a document just opened wait for
   * it in full; requests about an edited one wait for it up to OWN_EDIT_LIMIT_MS (their positions are
   * in the new text); requests about other documents never wait for it beyond `settled`'s limit.
   */
  private readonly latestAnalyses = new Map<string, { job: Promise<void>; first: boolean }>();
  /** Per open document read from disk in a single-byte encoding: does the editor show other text? */
  private readonly encodingVerdicts = new Map<string, boolean>();

  constructor(private readonly o: SyncOptions) {}

  /**
   * Resolves when the latest analysis of the document the request is about is in (a document just
   * opened: up to OWN_FIRST_LIMIT_MS; an edited one: up to OWN_EDIT_LIMIT_MS, so its positions are in
   * the editor's text; either ends when the request is cancelled), and then when the other analyses in
   * flight are in too or `limitMs` has passed, whichever is first. A request about another document
   * never waits for a long analysis.
   */
  settled(limitMs = 100): Promise<void> {
    const uri = requestDocument();
    const own = uri === undefined ? undefined : this.latestAnalyses.get(uri);
    const others = () => (this.inFlight.size === 0 ? Promise.resolve() : withLimit(Promise.all(this.inFlight), limitMs));
    if (!own) return others();
    const wait = withLimit(own.job, own.first ? OWN_FIRST_LIMIT_MS : OWN_EDIT_LIMIT_MS);
    return Promise.race([wait, requestCancelled()]).then(others);
  }

  /** An open document's analysis is in flight (background work waits: its result lands and is published first). */
  analysing(): boolean {
    return this.inFlight.size > 0;
  }

  /** The open documents, analysed and linked first, so their features answer while the scan runs. */
  async indexOpenDocuments(): Promise<void> {
    await Promise.all(this.o.documents.all().map((doc) => this.setOpenDocument(doc)));
  }

  /** Indexes every corpus file of every folder, with progress; open documents win over the disk. */
  async indexAll(): Promise<void> {
    const { connection, index } = this.o;
    const progress = await connection.window.createWorkDoneProgress().catch(() => null);
    progress?.begin(l10n.t('Corpus Lens: indexing articles'), 0, l10n.t('scanning folders'), false);
    this.indexing = true;
    void this.sendStatus();
    const summary = await index.loading(() => this.scan(progress));
    this.indexing = false;
    this.o.pool.renew(1);
    progress?.done();
    if (summary.cacheProblem) connection.console.warn(l10n.t('Corpus Lens: {0}', cacheProblem(summary.cacheProblem)));
    connection.console.info(l10n.t('Indexed {0} ({1} from the cache, {2} analysed), {3}; {4}.',
      count(PHRASES.articles, index.size), summary.cached, summary.analysed, count(PHRASES.entities, index.entityCount),
      count(PHRASES.filesLeftOut, this.skipped.length)));
    // Once the diagnostics of every file and this status are written, the background work goes on.
    index.holdBackground(this.sendStatus());
  }

  /** The configuration file, then every corpus file not open in an editor. */
  private async scan(progress: WorkDoneProgressServerReporter | null): Promise<LoadSummary> {
    const { connection, index } = this.o;
    await this.loadConfig();
    const files = await this.corpusFiles();
    const open = this.openUris();
    const wanted = new Set(files.map(pathToUri));
    for (const doc of index.documents()) if (!wanted.has(doc.uri) && !open.has(doc.uri)) index.delete(doc.uri);
    this.skipped = [];
    return loadFiles(index, files, {
      pool: this.o.pool, maxSize: this.o.settings().maxFileSize, cacheDir: this.o.cacheDir, uriOf: pathToUri,
      skip: (uri) => open.has(uri), scheduleSave: () => this.scheduleCacheSave(),
      prosePath: (file) => this.relativePath(file),
      onProgress: (done, total) => {
        if (done % 100 === 0 || done === total) progress?.report(Math.round((100 * done) / total), count(PROGRESS_ARTICLES, total, done));
      },
      onSkipped: (file, reason) => this.skip(pathToUri(file), reason),
      onNote: (file, note) => connection.console.info(`${file}: ${readingNote(note)}`),
    });
  }

  /** Wires document and file events to the index. */
  listen(): void {
    const { documents, index, connection } = this.o;
    documents.onDidChangeContent((e) => {
      const uri = normalizeUri(e.document.uri);
      this.o.index.noteRequest(); // an edit, like a request: the background waits for a quiet moment
      const first = !this.o.index.get(uri);
      const job = this.setOpenDocument(e.document).finally(() => {
        this.inFlight.delete(job);
        if (this.latestAnalyses.get(uri)?.job === job) this.latestAnalyses.delete(uri);
      });
      this.inFlight.add(job);
      this.latestAnalyses.set(uri, { job, first });
    });
    documents.onDidClose((e) => void this.closed(normalizeUri(e.document.uri)));
    connection.onDidChangeWatchedFiles(async ({ changes }) => {
      for (const change of changes) await this.fileChanged(normalizeUri(change.uri), change.type);
    });
    index.onDidChange((change) => {
      this.scheduleStatus();
      if (change.all) this.scheduleLinkSave();
    });
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

  /**
   * An open editor wins over the disk; only files are articles (not git diffs, untitled or output views).
   * A buffer that shows a file in another encoding than the one it was read in is not indexed.
   */
  private async setOpenDocument(doc: TextDocument): Promise<void> {
    const uri = normalizeUri(doc.uri);
    const file = uriToPath(uri);
    if (!file || !this.inCorpus(file)) return;
    this.pending.set(uri, doc.version); // before any return: an older analysis in flight must not land
    const text = doc.getText();
    if (!this.o.index.get(uri) && !isRussianProse(this.relativePath(file), text).ok) return;
    if (this.unchangedFromDisk(uri, text) || this.mojibake(uri, text)) return;
    const result = await this.o.pool.text(text, uri);
    if (this.pending.get(uri) !== doc.version) return;
    this.pending.delete(uri);
    if (!result.ok) return;
    this.o.index.setAnalysis(uri, result.analysis, { text, lines: new LineMap(result.lineStarts, result.length), keep: true });
  }

  /** Opening a file whose text is the disk's: the analysis stands; the text is kept while it is open. */
  private unchangedFromDisk(uri: string, text: string): boolean {
    const disk = this.o.index.diskSource(uri);
    const current = this.o.index.get(uri);
    if (!disk || !current || disk.encoding !== 'utf-8' || current.lines.length !== text.length) return false;
    if (contentHash(Buffer.from(text, 'utf8')) !== disk.hash) return false;
    this.o.index.keepText(uri, text);
    return true;
  }

  /** Decided once per opened document (the disk is read once), until it is closed or changes on disk. */
  private mojibake(uri: string, text: string): boolean {
    const disk = this.o.index.diskSource(uri);
    if (!disk || disk.encoding === 'utf-8') return false;
    let verdict = this.encodingVerdicts.get(uri);
    if (verdict === undefined) this.encodingVerdicts.set(uri, (verdict = this.disagreesWithDisk(uri, text, disk.encoding)));
    return verdict;
  }

  private disagreesWithDisk(uri: string, text: string, encoding: string): boolean {
    const decoded = readDocumentText(uri);
    if (decoded === undefined || decoded === text) return false;
    const params: EncodingMismatchParams = {
      uri, encoding: encoding as CorpusEncoding,
      message: l10n.t('{0} is {1}, but the editor shows it in another encoding; it is analysed as read from disk.', uriToPath(uri) ?? uri, encoding),
    };
    void this.o.connection.sendNotification(EncodingMismatchNotification, params);
    return true;
  }

  private async closed(uri: string): Promise<void> {
    this.pending.delete(uri);
    this.encodingVerdicts.delete(uri);
    this.o.index.keepText(uri, undefined);
    await this.readFromDisk(uri, true);
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
      if (!(await insideWorkspace(this.o.folders, file))) return this.skip(uri, l10n.t('outside the workspace (a symbolic link)'));
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
    const read = await this.o.pool.file(file, this.o.settings().maxFileSize, this.relativePath(file));
    if (this.openUris().has(uri)) return;
    this.skipped = this.skipped.filter((s) => s.uri !== uri);
    if (read.ok) {
      if (this.o.index.diskSource(uri)?.hash !== read.hash) addToIndex(this.o.index, uri, read);
      this.encodingVerdicts.delete(uri);
      this.scheduleCacheSave();
    } else {
      this.o.index.delete(uri);
      this.skip(uri, read.reason);
    }
  }

  /** `reason` in English from the reading layer, or already in the server's language. */
  private skip(uri: string, reason: string): void {
    const shown = readingReason(reason);
    this.skipped.push({ uri, reason: shown });
    this.o.connection.console.warn(l10n.t('Skipped {0}: {1}', uriToPath(uri) ?? uri, shown));
  }

  private scheduleCacheSave(): void {
    this.saveLater('analyses', (dir) => saveIndexCache(this.o.index, dir));
  }

  /** After a full link (not restored), its link is stored (the index takes its snapshot when idle or before an edit). */
  private scheduleLinkSave(): void {
    this.saveLater('link', (dir) => saveIndexLink(this.o.index, dir));
  }

  /** Runs `save` on the cache folder CACHE_SAVE_DELAY_MS after the last call for the same file. */
  private saveLater(file: keyof WorkspaceSync['saveTimers'], save: (dir: string) => Promise<unknown>): void {
    const dir = this.o.cacheDir;
    if (!dir) return;
    clearTimeout(this.saveTimers[file]);
    const due = performance.now() + CACHE_SAVE_DELAY_MS;
    const run = () => {
      this.pendingSaves.delete(file);
      return timedStep(`save.${file}`, () => save(dir)).catch(() => undefined);
    };
    this.pendingSaves.set(file, run);
    const attempt = (wait: number) => {
      const timer = setTimeout(() => {
        const quiet = this.o.index.quietMs;
        if (quiet >= SAVE_QUIET_MS || performance.now() - due >= SAVE_DEFER_MAX_MS) void run();
        else attempt(SAVE_QUIET_MS - quiet);
      }, wait);
      timer.unref();
      this.saveTimers[file] = timer;
    };
    attempt(CACHE_SAVE_DELAY_MS);
  }

  /** Runs the saves still waiting for a quiet moment (the editor is closing: the next start needs them). */
  async flushSaves(): Promise<void> {
    const saves = [...this.pendingSaves.entries()];
    for (const [file] of saves) clearTimeout(this.saveTimers[file]);
    for (const [, run] of saves) await run();
  }

  private async corpusFiles(): Promise<string[]> {
    const { include, exclude } = this.o.settings().files;
    const files: string[] = [];
    for (const folder of this.o.folders) {
      const found = await findCorpusFiles(folder, include, exclude);
      for (const f of found.files) files.push(f);
      for (const p of found.problems) this.o.connection.console.warn(l10n.t('Cannot read {0}: {1}', p.path, readingReason(p.reason)));
    }
    return files;
  }

  /** The path relative to its workspace folder (what the prose check judges by its folders and name). */
  private relativePath(file: string): string {
    const folder = this.o.folders.find((f) => contains(f, file));
    return folder ? path.relative(folder, file) : path.basename(file);
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
    const files = this.o.folders.map(configFileIn);
    const loaded = await Promise.all(files.map((f) => loadConfigFile(f)));
    const problems = loaded.map((l, i) => l.problems.map((p) => configProblem(p, files[i])));
    for (const problem of problems.flat()) {
      this.o.connection.window.showWarningMessage(l10n.t('Corpus Lens: {0}', problem));
    }
    // The problems also stay in the Problems panel, on the configuration file itself.
    problems.forEach((list, i) => {
      const diagnostics = list.map((message) => ({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Warning, source: DIAGNOSTIC_SOURCE, code: 'config', message,
      }));
      void this.o.connection.sendDiagnostics({ uri: pathToUri(files[i]), diagnostics });
    });
    this.o.index.setConfig(mergeConfigs(loaded.map((l) => l.config)));
  }

  private scheduleStatus(): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => void this.sendStatus(), 300);
  }

  /** Sends the status; the promise settles once it is written (after every message sent before it). */
  private sendStatus(): Promise<void> {
    const { index, connection } = this.o;
    const params: StatusParams = { state: this.indexing ? 'indexing' : 'ready', articles: index.size, entities: index.entityCount, skipped: this.skipped };
    return connection.sendNotification(StatusNotification, params);
  }
}

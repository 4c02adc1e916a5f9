/**
 * The language server entry: creates the connection, the engine and the index, and wires the
 * feature modules to them. Runs over stdio (`node dist/server.js --stdio`) or IPC from the client.
 * Features, documents and the workspace sync register their handlers on a guarded connection
 * (lsp/guardedConnection.ts): shutdown, cancellation, parameter checks and quiet errors in one place.
 */
import * as path from 'node:path';
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, type CorpusLensSettings } from '../../common/protocol';
import { AnalysisPool } from './index/analysis/pool';
import { CorpusIndex } from './index/corpusIndex';
import { configureL10n, defaultBundleDir } from './l10n';
import { readDocumentText } from './index/readText';
import { codeActions } from './features/codeActions';
import { diagnostics } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { rename } from './features/rename';
import { spellingCommands, type SpellingContext } from './features/spellingCommands';
import { possibleDuplicates } from './features/possibleDuplicates';
import type { Feature } from './features/feature';
import { foldingRanges } from './features/foldingRanges';
import { codeLens } from './features/codeLens';
import { definition } from './features/definition';
import { documentHighlight } from './features/documentHighlight';
import { entities } from './features/entities';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { references } from './features/references';
import { semanticTokens } from './features/semanticTokens';
import { workspaceSymbols } from './features/workspaceSymbols';
import { uriToPath } from './lsp/convert';
import { guardConnection } from './lsp/guardedConnection';
import { watchMainThread, timedStep } from './lsp/mainThreadStalls';
import { requestInFlight } from './lsp/requestActivity';
import type { Lifecycle } from './lsp/requestGuard';
import { fetchSettings } from './lsp/settings';
import { createStdioConnection } from './lsp/stdio';
import { WorkspaceSync } from './lsp/workspaceSync';

const FEATURES: Feature[] = [
  documentSymbols,
  foldingRanges,
  diagnostics,
  codeActions,
  spellingCommands,
  rename,
  hover,
  definition,
  references,
  documentHighlight,
  workspaceSymbols,
  semanticTokens,
  inlayHints,
  codeLens,
  entities,
  possibleDuplicates,
];

const raw: Connection = process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const lifecycle: Lifecycle = { shutDown: false };
/** What everything but the lifecycle handlers below registers on. */
const connection = guardConnection(raw, {
  lifecycle, console: () => raw.console, versionOf: (uri) => documents.get(uri)?.version,
});
let settings: CorpusLensSettings = DEFAULT_SETTINGS;
let folders: string[] = [];
let client = { configuration: false, watchers: false, refresh: { codeLens: false, semanticTokens: false, inlayHint: false } };
let cacheDir: string | undefined;
let resolveReady!: (index: CorpusIndex) => void;
const indexed = new Promise<CorpusIndex>((resolve) => (resolveReady = resolve));
let sync: WorkspaceSync | undefined;
/** Awaited afresh by every request: the index, once the edits being analysed are in (see FeatureContext). */
const ready: PromiseLike<CorpusIndex> = {
  then: (onDone, onFail) => indexed.then(async (index) => (index.noteRequest(), await sync?.settled(), index)).then(onDone, onFail),
};
const settingsListeners: Array<() => void> = [];
/** Articles are analysed in worker threads (dist/analysisWorker.js next to this bundle). */
const pool = new AnalysisPool({ workerFile: path.join(__dirname, 'analysisWorker.js') });

const context: SpellingContext = {
  connection, documents, ready, settings: () => settings, settingsChanged: (listener) => settingsListeners.push(listener),
  folders: () => folders,
};

raw.onInitialize((params: InitializeParams) => {
  folders = workspaceFolders(params);
  cacheDir = cacheFolder(params.initializationOptions);
  const language = configureL10n(params.initializationOptions, defaultBundleDir());
  if (language.problem) connection.console.warn(`Corpus Lens: ${language.problem}`);
  client = {
    configuration: !!params.capabilities.workspace?.configuration,
    watchers: !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    refresh: {
      codeLens: !!params.capabilities.workspace?.codeLens?.refreshSupport,
      semanticTokens: !!params.capabilities.workspace?.semanticTokens?.refreshSupport,
      inlayHint: !!params.capabilities.workspace?.inlayHint?.refreshSupport,
    },
  };
  const capabilities: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
  for (const feature of FEATURES) Object.assign(capabilities, feature.capabilities);
  for (const feature of FEATURES) feature.register(context);
  return { capabilities, serverInfo: { name: 'Corpus Lens', version: '0.1.0' } };
});

raw.onInitialized(async () => {
  settings = await fetchSettings(connection, client.configuration);
  const index = new CorpusIndex(null, { readText: readDocumentText, background: true, busy: () => requestInFlight() || !!sync?.analysing(), step: timedStep });
  const workspace = new WorkspaceSync({
    connection, documents, index, pool, cacheDir, folders, settings: () => settings, canRegisterWatchers: client.watchers,
  });
  sync = workspace;
  workspace.listen();
  await workspace.indexOpenDocuments();
  resolveReady(index); // open documents answer at once; the rest of the corpus joins as the scan ends
  await workspace.indexAll();
  refreshViews();
  connection.onDidChangeConfiguration(async () => {
    const before = settings;
    settings = await fetchSettings(connection, client.configuration);
    if (corpusDefinitionChanged(before, settings)) {
      await workspace.watchCorpusFiles();
      await workspace.indexAll();
      refreshViews();
    } else {
      for (const listener of settingsListeners) listener();
    }
  });
});

raw.onShutdown(async () => {
  lifecycle.shutDown = true; // from now on requests are refused and notifications dropped
  // Saves still waiting for a quiet moment are written now, within a bound: the next start reads them.
  await Promise.race([sync?.flushSaves(), new Promise((done) => setTimeout(done, SHUTDOWN_SAVE_MS).unref())]);
  return pool.close();
});

/** The longest the shutdown waits for pending cache and link saves. */
const SHUTDOWN_SAVE_MS = 10_000;

/** Views that asked while the corpus was still being scanned (counts, colours, hints) ask again. */
function refreshViews(): void {
  if (client.refresh.codeLens) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  if (client.refresh.semanticTokens) void connection.sendRequest('workspace/semanticTokens/refresh').catch(() => undefined);
  if (client.refresh.inlayHint) void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
}

/** The cache folder the client gives (its storage folder); `{ cache: false }` turns the cache off. */
function cacheFolder(options: unknown): string | undefined {
  const o = (options ?? {}) as { storagePath?: unknown; cache?: unknown };
  if (o.cache === false || typeof o.storagePath !== 'string' || !o.storagePath) return undefined;
  return path.join(o.storagePath, 'cache');
}

/** Which files form the corpus, or how they are read, changed: the index must be rebuilt. */
function corpusDefinitionChanged(a: CorpusLensSettings, b: CorpusLensSettings): boolean {
  return JSON.stringify([a.files, a.maxFileSize]) !== JSON.stringify([b.files, b.maxFileSize]);
}

function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(uriToPath).filter((p): p is string => !!p).map((p) => path.resolve(p));
}

watchMainThread();
documents.listen(connection);
raw.listen();

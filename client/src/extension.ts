/**
 * The VS Code client: starts the language server, shows the corpus size in the status bar and
 * exposes a small API (used by the end-to-end tests) to wait for indexing.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DEFAULT_SETTINGS, LANGUAGE_ID, StatusNotification, type EntitySummary, type StatusParams } from '../../common/protocol';
import { registerCommands } from './commands';
import { EntitiesView } from './entitiesView';
import { CorpusStatusBar } from './statusBar';

export interface CorpusLensApi {
  /** Resolves once the server has indexed the workspace. */
  whenReady(): Promise<void>;
  /** The Entities view's top-level data: every entity of the corpus. */
  entities(): Promise<EntitySummary[]>;
  client: LanguageClient;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CorpusLensApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const include = vscode.workspace.getConfiguration('corpusLens').get<string[]>('files.include') ?? DEFAULT_SETTINGS.files.include;
  const outputChannel = vscode.window.createOutputChannel('Corpus Lens', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: LANGUAGE_ID }, ...include.map((pattern) => ({ scheme: 'file', pattern }))],
    synchronize: { configurationSection: 'corpusLens' },
    outputChannel,
  };
  client = new LanguageClient('corpusLens', 'Corpus Lens', serverOptions, clientOptions);
  const statusBar = new CorpusStatusBar();
  context.subscriptions.push(statusBar, outputChannel);

  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const entitiesView = new EntitiesView(client);
  context.subscriptions.push(entitiesView, ...registerCommands(client, entitiesView));
  client.onNotification(StatusNotification, (status: StatusParams) => {
    statusBar.update(status);
    if (status.state === 'ready') {
      markReady();
      entitiesView.refresh();
    }
  });
  await client.start();
  context.subscriptions.push(client);

  const lc = client;
  return {
    whenReady: () => ready,
    entities: (): Promise<EntitySummary[]> => entitiesView.entities(),
    client: lc,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

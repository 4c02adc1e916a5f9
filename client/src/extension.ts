/**
 * The VS Code client. It activates only in workspaces that may hold a corpus (see package.json
 * activationEvents), then looks cheaply whether one does (corpusScope.workspaceHasCorpus) before it
 * starts the language server; otherwise it waits, dormant, for a corpus document, a settings change or
 * a command. It gives corpus files their language, shows the corpus size and the findings in the
 * status bar, reopens files the editor decoded with the wrong encoding, refuses workspace writes in
 * Restricted Mode, and returns a small API (used by the end-to-end tests).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  Commands, DIAGNOSTIC_SOURCE, DuplicateCommands, EncodingMismatchNotification, FolderCommands, LANGUAGE_ID, StatusNotification,
  type EncodingMismatchParams, type EntitySummary, type StatusParams,
} from '../../common/protocol';
import { registerCommands } from './commands';
import { excludeFolder, useFolderAsCorpus } from './corpusFolders';
import { registerDuplicateCommands } from './duplicates';
import { CorpusLanguage } from './corpusLanguage';
import { selectorPatterns, workspaceHasCorpus } from './corpusScope';
import { EncodingFixer } from './encoding';
import { EntitiesView } from './entitiesView';
import { configureSharedL10n, serverL10nEnvironment, serverL10nOptions } from './l10n';
import { CorpusStatusBar, FindingsStatusBar } from './statusBar';

export type CorpusLensState = 'dormant' | 'indexing' | 'ready';

export interface CorpusLensApi {
  /** Resolves once the server has indexed the workspace (it may first wait for a corpus to appear). */
  whenReady(): Promise<void>;
  /** The Entities view's top-level data: every entity of the corpus. */
  entities(): Promise<EntitySummary[]>;
  /** The number of findings the status bar shows. */
  findings(): number;
  state(): CorpusLensState;
  /** What the client does on the server's corpusLens/encodingMismatch notification (the tests call it directly). */
  encodingMismatch(params: EncodingMismatchParams): Promise<string>;
  /** Undefined while dormant. */
  readonly client: LanguageClient | undefined;
}

/** Server commands that write the workspace file: refused in Restricted Mode. */
const WRITING_COMMANDS = new Set<string>([
  Commands.acceptSpelling, Commands.preferSpelling, DuplicateCommands.sameEntity, DuplicateCommands.differentEntities,
]);
const WALKTHROUGH = 'corpus-lens.corpus-lens#gettingStarted';

let client: LanguageClient | undefined;

/** Why a writing command is refused in Restricted Mode. */
function untrustedMessage(command: string): string {
  switch (command) {
    case Commands.preferSpelling:
      return vscode.l10n.t('Corpus Lens: preferring a spelling writes .vscode/corpus-lens.json, which needs a trusted workspace. Reading and checking the corpus work in Restricted Mode.');
    case Commands.acceptSpelling:
      return vscode.l10n.t('Corpus Lens: accepting a spelling writes .vscode/corpus-lens.json, which needs a trusted workspace. Reading and checking the corpus work in Restricted Mode.');
    default:
      return vscode.l10n.t('Corpus Lens: recording whether two names are one entity writes .vscode/corpus-lens.json, which needs a trusted workspace. Reading and checking the corpus work in Restricted Mode.');
  }
}

function refuseUntrusted(command: string): { ok: false; message: string } {
  const message = untrustedMessage(command);
  void vscode.window.showWarningMessage(message, vscode.l10n.t('Manage Workspace Trust')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return { ok: false, message };
}

export async function activate(context: vscode.ExtensionContext): Promise<CorpusLensApi> {
  configureSharedL10n();
  const outputChannel = vscode.window.createOutputChannel('Corpus Lens', { log: true });
  const statusBar = new CorpusStatusBar();
  const findings = new FindingsStatusBar(DIAGNOSTIC_SOURCE);
  const language = new CorpusLanguage();
  const encodings = new EncodingFixer(outputChannel);
  const entitiesView = new EntitiesView(() => client);
  context.subscriptions.push(outputChannel, statusBar, findings, language, encodings, entitiesView);

  let state: CorpusLensState = 'dormant';
  const setState = (next: CorpusLensState) => {
    state = next;
    void vscode.commands.executeCommand('setContext', 'corpusLens.state', next);
  };
  void vscode.commands.executeCommand('setContext', 'corpusLens.activated', true);
  setState('dormant');

  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let starting: Promise<LanguageClient> | undefined;

  const start = async (): Promise<LanguageClient> => {
    const serverModule = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc, options: { env: serverL10nEnvironment() } },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { env: serverL10nEnvironment(), execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      // Corpus documents, and the files the include globs may hold (the server decides, and compares
      // open editors with the disk to spot a wrong encoding).
      documentSelector: [{ scheme: 'file', language: LANGUAGE_ID }, ...selectorPatterns().map((pattern) => ({ scheme: 'file', pattern }))],
      synchronize: { configurationSection: 'corpusLens' },
      // The server speaks the display language: the bundle VS Code loaded for it (see client/src/l10n.ts).
      initializationOptions: { ...serverL10nOptions(), storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
      outputChannel,
      middleware: {
        executeCommand: (command, args, next) =>
          WRITING_COMMANDS.has(command) && !vscode.workspace.isTrusted ? refuseUntrusted(command) : next(command, args),
      },
    };
    const lc = new LanguageClient('corpusLens', 'Corpus Lens', serverOptions, clientOptions);
    lc.onNotification(StatusNotification, (status: StatusParams) => {
      statusBar.update(status);
      setState(status.state);
      if (status.state === 'ready') {
        markReady();
        entitiesView.refresh();
        findings.update();
      }
    });
    lc.onNotification(EncodingMismatchNotification, (params: EncodingMismatchParams) => void encodings.onMismatch(params));
    client = lc;
    setState('indexing');
    statusBar.show();
    findings.show();
    await lc.start();
    context.subscriptions.push(lc);
    return lc;
  };
  const ensureStarted = (): Promise<LanguageClient> => (starting ??= start());
  const startIfCorpus = async () => {
    if (!starting && await workspaceHasCorpus(LANGUAGE_ID)) await ensureStarted();
  };

  context.subscriptions.push(
    ...registerCommands(ensureStarted, entitiesView),
    registerDuplicateCommands(ensureStarted),
    vscode.commands.registerCommand(FolderCommands.useFolderAsCorpus, async (folder?: unknown) => {
      const include = await useFolderAsCorpus(folder);
      if (include) await ensureStarted();
      return include;
    }),
    vscode.commands.registerCommand(FolderCommands.excludeFolder, (folder?: unknown) => excludeFolder(folder)),
    vscode.commands.registerCommand(FolderCommands.getStarted, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false)),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (doc.languageId === LANGUAGE_ID) void ensureStarted();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('corpusLens.files')) void startIfCorpus();
    }),
  );
  language.updateAll();
  await startIfCorpus();
  if (!starting) outputChannel.info(vscode.l10n.t('No corpus found in this workspace: the language server waits (run «Use This Folder as a Corpus»).'));

  return {
    whenReady: () => ready,
    entities: (): Promise<EntitySummary[]> => entitiesView.entities(),
    findings: () => findings.findings(),
    state: () => state,
    encodingMismatch: (params) => encodings.onMismatch(params),
    get client() {
      return client;
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * The accept / prefer spelling commands (workspace/executeCommand), run from the quick fixes.
 *
 * They write the workspace file with plain file-system writes and then update the loaded config at
 * once, rather than returning a WorkspaceEdit (CreateFile + TextEdit): an edit would leave the file
 * unsaved in the editor, and the server only reloads the file from disk, so the diagnostics would not
 * change until the user saved it. The file watcher's later reload reads the same content.
 */
import * as l10n from '@vscode/l10n';
import * as path from 'node:path';
import { Commands, DuplicateCommands, type DuplicateDecisionArgs } from '../../../common/protocol';
import type { CorpusConfig } from '../core/config';
import { configFileIn } from '../index/configFile';
import { uriToPath } from '../lsp/convert';
import { folderHolding, insideWorkspace } from '../lsp/insideWorkspace';
import type { Feature, FeatureContext } from './feature';
import {
  applyDecision, applySpellingChange, SpellingFileError, writeDecision, writeSpellingChange, type DecisionChange, type SpellingChange,
} from './spellingFile';

/** The argument the code actions pass to both commands. */
export interface SpellingCommandArgs {
  /** The document the quick fix was asked on (finds the workspace folder). */
  uri: string;
  /** The spelling to accept or prefer (nominative). */
  spelling: string;
  /** The spelling preferred so far. */
  instead?: string;
}

export interface SpellingCommandResult {
  ok: boolean;
  /** The workspace file written, when ok. */
  file?: string;
  message: string;
}

/** server.ts also gives the workspace folders of initialize (for clients that cannot list them). */
export type SpellingContext = FeatureContext & { folders?(): string[] };

const ACTIONS: Record<string, SpellingChange['action']> = {
  [Commands.acceptSpelling]: 'accept',
  [Commands.preferSpelling]: 'prefer',
};

const DECISIONS: Record<string, DecisionChange['action']> = {
  [DuplicateCommands.sameEntity]: 'same',
  [DuplicateCommands.differentEntities]: 'different',
};

export const spellingCommands: Feature = {
  capabilities: { executeCommandProvider: { commands: [...Object.keys(ACTIONS), ...Object.keys(DECISIONS)] } },
  register(ctx) {
    ctx.connection.onExecuteCommand(async ({ command, arguments: args }) => {
      const action = ACTIONS[command];
      const decision = DECISIONS[command];
      if (!action && !decision) return { ok: false, message: l10n.t('Corpus Lens: unknown command {0}', command) };
      const result = action ? await runSpellingCommand(ctx, action, args?.[0]) : await runDecisionCommand(ctx, decision, args?.[0]);
      const show = result.ok ? ctx.connection.window.showInformationMessage : ctx.connection.window.showErrorMessage;
      void show.call(ctx.connection.window, result.message);
      return result;
    });
  },
};

async function runSpellingCommand(ctx: FeatureContext, action: SpellingChange['action'], arg: unknown): Promise<SpellingCommandResult> {
  const args = parseArgs(arg);
  if (!args) return { ok: false, message: l10n.t('Corpus Lens: run this command from a spelling quick fix (it needs a document and a spelling).') };
  const change: SpellingChange = { action, spelling: args.spelling, instead: args.instead };
  return saveAndApply(ctx, args.uri, (file) => writeSpellingChange(file, change), (config) => applySpellingChange(config, change), (where) => (action === 'accept'
    ? l10n.t('Corpus Lens: Accepted the spelling «{0}» (saved in {1}).', args.spelling, where)
    : l10n.t('Corpus Lens: Preferred the spelling «{0}» (saved in {1}).', args.spelling, where)));
}

/** "These are the same entity" / "These are different entities": the decision saved and applied at once. */
async function runDecisionCommand(ctx: FeatureContext, action: DecisionChange['action'], arg: unknown): Promise<SpellingCommandResult> {
  const args = parseDecision(arg);
  if (!args) return { ok: false, message: l10n.t('Corpus Lens: run this command from a possible-duplicate quick fix or the review list (it needs a document and two names).') };
  const change: DecisionChange = { action, a: args.a, b: args.b };
  return saveAndApply(ctx, args.uri, (file) => writeDecision(file, change), (config) => applyDecision(config, change), (where) => (action === 'same'
    ? l10n.t('Corpus Lens: «{0}» and «{1}» are one entity now (saved in {2}).', args.a, args.b, where)
    : l10n.t('Corpus Lens: «{0}» and «{1}» are different entities (saved in {2}).', args.a, args.b, where)));
}

/** Writes the change to the workspace file, applies it to the loaded config at once, and says where it went. */
async function saveAndApply(
  ctx: FeatureContext, uri: string, write: (file: string) => Promise<void>,
  apply: (config: CorpusConfig) => CorpusConfig, done: (where: string) => string,
): Promise<SpellingCommandResult> {
  const written = await writeWorkspaceFile(ctx, uri, write);
  if ('message' in written) return written;
  const index = await ctx.ready;
  index.setConfig(apply(index.getConfig()));
  return { ok: true, file: written.file, message: done(path.relative(written.folder, written.file)) };
}

/** Writes the workspace file of the folder holding `uri`; the folder and file, or a failed result. */
async function writeWorkspaceFile(ctx: FeatureContext, uri: string, write: (file: string) => Promise<void>): Promise<{ folder: string; file: string } | SpellingCommandResult> {
  const folder = await workspaceFolderOf(ctx, uri);
  if (!folder) return { ok: false, message: l10n.t('Corpus Lens: {0} is not inside a workspace folder; nothing was written.', uri) };
  const file = configFileIn(folder);
  if (!(await insideWorkspace([folder], file))) {
    return { ok: false, message: l10n.t('Corpus Lens: {0} leads outside the workspace folder (a symbolic link); nothing was written.', file) };
  }
  try {
    await write(file);
  } catch (e) {
    const reason = e instanceof SpellingFileError ? e.message : l10n.t('cannot write {0}: {1}', file, (e as Error).message);
    return { ok: false, message: l10n.t('Corpus Lens: {0}', reason) };
  }
  return { folder, file };
}

function parseDecision(arg: unknown): DuplicateDecisionArgs | null {
  if (!arg || typeof arg !== 'object') return null;
  const { uri, a, b } = arg as Record<string, unknown>;
  if (typeof uri !== 'string' || typeof a !== 'string' || typeof b !== 'string') return null;
  if (!a.trim() || !b.trim() || a.trim() === b.trim() || a.length > 200 || b.length > 200) return null;
  return { uri, a: a.trim(), b: b.trim() };
}

function parseArgs(arg: unknown): SpellingCommandArgs | null {
  if (!arg || typeof arg !== 'object') return null;
  const { uri, spelling, instead } = arg as Record<string, unknown>;
  if (typeof uri !== 'string' || typeof spelling !== 'string' || spelling.trim() === '') return null;
  return { uri, spelling: spelling.trim(), instead: typeof instead === 'string' ? instead : undefined };
}

/**
 * The innermost workspace folder holding the document once symbolic links are resolved: the
 * client's folders, else the ones the server was initialized with. A document outside all of them
 * (or a link inside pointing outside) has none, so nothing is written for it.
 */
async function workspaceFolderOf(ctx: SpellingContext, uri: string): Promise<string | null> {
  const file = uriToPath(uri);
  if (!file) return null;
  const answered = (await ctx.connection.workspace.getWorkspaceFolders().catch(() => null)) ?? [];
  const fromClient = answered.map((f) => uriToPath(f.uri)).filter((dir): dir is string => !!dir);
  const folders = fromClient.length ? fromClient : (ctx.folders?.() ?? []);
  return folderHolding(folders, file);
}

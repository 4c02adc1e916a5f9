/**
 * The accept / prefer spelling commands (workspace/executeCommand), run from the quick fixes.
 *
 * They write the workspace file with plain file-system writes and then update the loaded config at
 * once, rather than returning a WorkspaceEdit (CreateFile + TextEdit): an edit would leave the file
 * unsaved in the editor, and the server only reloads the file from disk, so the diagnostics would not
 * change until the user saved it. The file watcher's later reload reads the same content.
 */
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { Commands } from '../../../common/protocol';
import { configFileIn, findConfigUpwards } from '../index/configFile';
import { uriToPath } from '../lsp/convert';
import type { Feature, FeatureContext } from './feature';
import { applySpellingChange, SpellingFileError, writeSpellingChange, type SpellingChange } from './spellingFile';

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

const ACTIONS: Record<string, SpellingChange['action']> = {
  [Commands.acceptSpelling]: 'accept',
  [Commands.preferSpelling]: 'prefer',
};

export const spellingCommands: Feature = {
  capabilities: { executeCommandProvider: { commands: Object.keys(ACTIONS) } },
  register(ctx) {
    ctx.connection.onExecuteCommand(async ({ command, arguments: args }) => {
      const action = ACTIONS[command];
      if (!action) return { ok: false, message: `Corpus Lens: unknown command ${command}` };
      const result = await runSpellingCommand(ctx, action, args?.[0]);
      const show = result.ok ? ctx.connection.window.showInformationMessage : ctx.connection.window.showErrorMessage;
      void show.call(ctx.connection.window, result.message);
      return result;
    });
  },
};

async function runSpellingCommand(ctx: FeatureContext, action: SpellingChange['action'], arg: unknown): Promise<SpellingCommandResult> {
  const args = parseArgs(arg);
  if (!args) return { ok: false, message: 'Corpus Lens: run this command from a spelling quick fix (it needs a document and a spelling).' };
  const folder = await workspaceFolderOf(ctx.connection, args.uri);
  if (!folder) return { ok: false, message: `Corpus Lens: ${args.uri} is not in a workspace folder; nothing was written.` };
  const file = configFileIn(folder);
  const change: SpellingChange = { action, spelling: args.spelling, instead: args.instead };
  try {
    await writeSpellingChange(file, change);
  } catch (e) {
    const reason = e instanceof SpellingFileError ? e.message : `cannot write ${file}: ${(e as Error).message}`;
    return { ok: false, message: `Corpus Lens: ${reason}` };
  }
  const index = await ctx.ready;
  index.setConfig(applySpellingChange(index.getConfig(), change));
  const verb = action === 'accept' ? 'Accepted' : 'Preferred';
  return { ok: true, file, message: `Corpus Lens: ${verb} the spelling «${args.spelling}» (saved in ${path.relative(folder, file)}).` };
}

function parseArgs(arg: unknown): SpellingCommandArgs | null {
  if (!arg || typeof arg !== 'object') return null;
  const { uri, spelling, instead } = arg as Record<string, unknown>;
  if (typeof uri !== 'string' || typeof spelling !== 'string' || spelling.trim() === '') return null;
  return { uri, spelling: spelling.trim(), instead: typeof instead === 'string' ? instead : undefined };
}

/** The innermost workspace folder holding the document; else the folder of an existing workspace file above it. */
async function workspaceFolderOf(connection: Connection, uri: string): Promise<string | null> {
  const file = uriToPath(uri);
  if (!file) return null;
  const folders = (await connection.workspace.getWorkspaceFolders().catch(() => null)) ?? [];
  const containing = folders
    .map((f) => uriToPath(f.uri))
    .filter((dir): dir is string => !!dir && !path.relative(dir, file).startsWith('..'))
    .sort((a, b) => b.length - a.length);
  if (containing.length) return containing[0];
  const existing = await findConfigUpwards(path.dirname(file));
  return existing ? path.dirname(path.dirname(existing)) : null;
}

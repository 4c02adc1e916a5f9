/** Commands: show an entity's mentions (quick pick over entities), an article's entities, filter and refresh the view. */
import * as vscode from 'vscode';
import type { LanguageClient, Location } from 'vscode-languageclient/node';
import { Commands, EntitiesRequest, MentionsRequest, type EntitySummary } from '../../common/protocol';
import { PHRASES } from '../../server/src/l10n/phrases';
import { count, typeName } from './l10n';
import type { EntitiesView } from './entitiesView';

/** Opens the references peek (or a message) with every mention of an entity. */
async function showMentions(client: LanguageClient, id: string): Promise<void> {
  const locations = (await client.sendRequest<Location[]>(MentionsRequest, { id }))
    .map((l) => client.protocol2CodeConverter.asLocation(l));
  if (!locations.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: no mentions of this entity in the corpus.'));
    return;
  }
  await peekLocations(locations);
}

/** The references peek over `locations`, opened at the first. */
export async function peekLocations(locations: vscode.Location[]): Promise<void> {
  const first = locations[0];
  if (first) await vscode.commands.executeCommand('editor.action.showReferences', first.uri, first.range.start, locations);
}

/** Runs a command's action; a failure is a message, not an unhandled rejection. */
export function runCommand(action: () => Promise<void>): Promise<void> {
  return action().catch((e: Error) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Lens: {0}', e.message));
  });
}

/** A quick pick over entities; resolves with the chosen id. */
async function pickEntity(client: LanguageClient, params: { uri?: string }, title: string): Promise<string | undefined> {
  const list = await client.sendRequest<EntitySummary[]>(EntitiesRequest, params);
  if (!list.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Lens: no entities found.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    list.map((e) => ({
      label: e.name,
      description: `${typeName(e.type).toLocaleLowerCase(vscode.env.language)} · ${count(PHRASES.mentions, e.mentions)} ${count(PHRASES.inArticles, e.documents)}`,
      detail: e.spellings.length > 1 ? vscode.l10n.t('Spellings: {0}', e.spellings.join(', ')) : undefined,
      id: e.id,
    })),
    { title, matchOnDescription: true, matchOnDetail: true, placeHolder: vscode.l10n.t('Type to filter entities') },
  );
  return picked?.id;
}

/** An id given directly (code, tree item click) or the view's node (inline action). */
function entityIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as { entity?: { id?: unknown } } | undefined;
  return typeof node?.entity?.id === 'string' ? node.entity.id : undefined;
}

function articleUri(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg instanceof vscode.Uri) return arg.toString();
  return vscode.window.activeTextEditor?.document.uri.toString();
}

/** `started` starts the language server if it is not running yet (a command is a reason to). */
export function registerCommands(started: () => Promise<LanguageClient>, view: EntitiesView): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.showMentions, (id?: unknown) => runCommand(async () => {
      const client = await started();
      const chosen = entityIdOf(id) ?? await pickEntity(client, {}, vscode.l10n.t('Corpus Lens: Show mentions of entity'));
      if (chosen) await showMentions(client, chosen);
    })),
    vscode.commands.registerCommand(Commands.showArticleEntities, (uri?: unknown) => runCommand(async () => {
      const target = articleUri(uri);
      if (!target) return;
      const client = await started();
      const chosen = await pickEntity(client, { uri: target }, vscode.l10n.t('Corpus Lens: Entities of this article'));
      if (chosen) await showMentions(client, chosen);
    })),
    vscode.commands.registerCommand(Commands.filterEntities, () => runCommand(async () => {
      const filter = await vscode.window.showInputBox({
        title: vscode.l10n.t('Corpus Lens: Filter entities'), value: view.getFilter(), prompt: vscode.l10n.t('Part of a name (empty clears the filter)'),
      });
      if (filter !== undefined) view.setFilter(filter);
    })),
    vscode.commands.registerCommand(Commands.refreshEntities, () => view.refresh()),
  ];
}

/**
 * "Corpus Lens: Review Possible Duplicates": the server's candidate pairs (names that may be one name
 * spelled two ways) in a quick pick; on a pair, "These are the same entity" / "These are different
 * entities" (server commands that write .vscode/corpus-lens.json, refused in Restricted Mode by the
 * client's middleware) or "Show the occurrences" (the references peek). The items are built in
 * duplicateItems.ts.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  DuplicateCommands, PossibleDuplicatesRequest, type DuplicateContext, type PossibleDuplicate, type PossibleDuplicatesResult,
} from '../../common/protocol';
import { peekLocations, runCommand } from './commands';
import { actionItems, decisionArgs, duplicateItems, occurrences, pairNames, reviewTitle, type DuplicateAction } from './duplicateItems';

/** The server's answer, or undefined (and a message) when there is nothing to review. */
async function fetchPairs(client: LanguageClient): Promise<PossibleDuplicatesResult | undefined> {
  const result = await client.sendRequest<PossibleDuplicatesResult>(PossibleDuplicatesRequest, {});
  if (result.pairs.length) return result;
  void vscode.window.showInformationMessage(result.indexing
    ? vscode.l10n.t('Corpus Lens: the corpus is still being indexed; review the possible duplicates once it is done.')
    : vscode.l10n.t('Corpus Lens: no possible duplicates found in the corpus.'));
  return undefined;
}

function location(client: LanguageClient, c: DuplicateContext): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(c.uri), client.protocol2CodeConverter.asRange(c.range));
}

async function showOccurrences(client: LanguageClient, pair: PossibleDuplicate): Promise<void> {
  await peekLocations(occurrences(pair).map((c) => location(client, c)));
}

async function decide(pair: PossibleDuplicate, action: Exclude<DuplicateAction, 'show'>): Promise<void> {
  const args = decisionArgs(pair, vscode.window.activeTextEditor?.document.uri.toString());
  if (!args) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Lens: no corpus document to record the decision for; open an article and try again.'));
    return;
  }
  const command = action === 'same' ? DuplicateCommands.sameEntity : DuplicateCommands.differentEntities;
  await vscode.commands.executeCommand(command, args);
}

async function pickAction(client: LanguageClient, pair: PossibleDuplicate): Promise<void> {
  const [a, b] = pairNames(pair);
  const chosen = await vscode.window.showQuickPick(actionItems(pair), {
    title: vscode.l10n.t('«{0}» ↔ «{1}»', a, b), placeHolder: pair.explanation, matchOnDetail: true,
  });
  if (!chosen) return;
  if (chosen.action === 'show') await showOccurrences(client, pair);
  else await decide(pair, chosen.action);
}

/** The list of pairs, then the actions on the chosen one. */
async function reviewDuplicates(client: LanguageClient): Promise<void> {
  const result = await fetchPairs(client);
  if (!result) return;
  const items = duplicateItems(result.pairs);
  const picked = await vscode.window.showQuickPick(items, {
    title: reviewTitle(items.length, result.indexing),
    placeHolder: vscode.l10n.t('Choose a pair to decide on or to see its occurrences'),
    matchOnDescription: true, matchOnDetail: true,
  });
  if (picked) await pickAction(client, picked.pair);
}

/** `started` starts the language server if it is not running yet. */
export function registerDuplicateCommands(started: () => Promise<LanguageClient>): vscode.Disposable {
  return vscode.commands.registerCommand(DuplicateCommands.review, () => runCommand(async () => reviewDuplicates(await started())));
}

/** Workspace symbols (Ctrl+T): entities by name or spelling, case- and ё-insensitive, prefix and fuzzy matches. */
import { CancellationToken, type SymbolInformation } from 'vscode-languageserver/node';
import type { CorpusIndex } from '../index/corpusIndex';
import { mapCancellable } from '../lsp/cancellation';
import { toLocation } from '../lsp/convert';
import { typeName } from '../l10n/messages';
import { definingMention, TYPE_SYMBOL_KINDS } from './entityLookup';
import type { Feature } from './feature';
import type { Entity } from '../core/types';
import { bestScore, foldForMatch, type FoldedName } from './nameMatch';

/** Each entity's names folded once (an entity rebuilt by an edit is a new object, so this never goes stale). */
const folded = new WeakMap<Entity, FoldedName[]>();

function foldedNames(entity: Entity): FoldedName[] {
  let names = folded.get(entity);
  if (!names) folded.set(entity, (names = [entity.name, ...entity.spellings].map(foldForMatch)));
  return names;
}

const MAX_SYMBOLS = 200;

export const workspaceSymbols: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register({ connection, ready }) {
    connection.onWorkspaceSymbol(async ({ query }, token) => symbolsMatching(await ready, query, token));
  },
};

/** Scores every entity in slices that stop with RequestCancelled once the request is cancelled. */
export async function symbolsMatching(index: CorpusIndex, query: string, token = CancellationToken.None): Promise<SymbolInformation[]> {
  const q = foldForMatch(query.trim());
  const scored = (await mapCancellable(index.entities(), token, (entity) => {
    const score = bestScore(q, foldedNames(entity));
    return score === null ? undefined : { entity, score };
  })).sort((a, b) => a.score - b.score || b.entity.mentions.length - a.entity.mentions.length);
  const out: SymbolInformation[] = [];
  for (const { entity } of scored) {
    if (out.length >= MAX_SYMBOLS) break;
    const at = definingMention(index, entity.id);
    if (!at) continue;
    out.push({
      name: entity.name,
      kind: TYPE_SYMBOL_KINDS[entity.type],
      location: toLocation(at.doc, at.mention.start, at.mention.end),
      containerName: [typeName(entity.type), ...entity.roles.slice(0, 1)].join(' · '),
    });
  }
  return out;
}

/** Workspace symbols (Ctrl+T): entities by name or spelling, case- and ё-insensitive, prefix and fuzzy matches. */
import { CancellationToken, type SymbolInformation } from 'vscode-languageserver/node';
import type { CorpusIndex, MentionHit } from '../index/corpusIndex';
import { toLocation } from '../lsp/convert';
import { typeName } from '../l10n/messages';
import { isFullMention, TYPE_SYMBOL_KINDS } from './entityLookup';
import type { Feature } from './feature';
import { SymbolSearch } from './symbolSearch';

/** Per index: the search over its entity list, updated when the list changes. */
const searches = new WeakMap<CorpusIndex, { version: string; search: SymbolSearch }>();

function searchOf(index: CorpusIndex): SymbolSearch {
  let s = searches.get(index);
  if (!s) searches.set(index, (s = { version: '', search: new SymbolSearch() }));
  if (s.version !== index.entitiesVersion) {
    s.search.update(index.entities());
    s.version = index.entitiesVersion;
  }
  return s.search;
}

const MAX_SYMBOLS = 200;

export const workspaceSymbols: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register({ connection, ready }) {
    connection.onWorkspaceSymbol(async ({ query }, token) => symbolsMatching(await ready, query, token));
  },
};

/** The best matches (see SymbolSearch), at most MAX_SYMBOLS; RequestCancelled once the request is cancelled. */
export async function symbolsMatching(index: CorpusIndex, query: string, token = CancellationToken.None): Promise<SymbolInformation[]> {
  const found = await searchOf(index).search(query, MAX_SYMBOLS * 2, token);
  const out: SymbolInformation[] = [];
  // Twice the symbols returned: an entity without a defining mention (rare) is skipped below.
  for (const { entity } of found) {
    if (out.length >= MAX_SYMBOLS) break;
    const at = firstFullMention(index, entity.id);
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

/**
 * What entityLookup's `definingMention` gives without an article to prefer (the first full-name
 * mention, else the first mention), without listing every mention: the entities listed first are the
 * most mentioned ones, and the list of their mentions is rebuilt after every change.
 */
function firstFullMention(index: CorpusIndex, entityId: string): MentionHit | undefined {
  let first: MentionHit | undefined;
  for (const hit of index.eachMentionOf(entityId)) {
    if (isFullMention(hit)) return hit;
    first ??= hit;
  }
  return first;
}

/** Workspace symbols (Ctrl+T): entities by name or spelling, case- and ё-insensitive, prefix and fuzzy matches. */
import type { SymbolInformation } from 'vscode-languageserver/node';
import type { CorpusIndex } from '../index/corpusIndex';
import { toLocation } from '../lsp/convert';
import { TYPE_LABELS } from '../../../common/protocol';
import { definingMention, TYPE_SYMBOL_KINDS } from './entityLookup';
import type { Feature } from './feature';
import { bestScore } from './nameMatch';

const MAX_SYMBOLS = 200;

export const workspaceSymbols: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register({ connection, ready }) {
    connection.onWorkspaceSymbol(async ({ query }) => symbolsMatching(await ready, query));
  },
};

export function symbolsMatching(index: CorpusIndex, query: string): SymbolInformation[] {
  const scored = index.entities()
    .map((entity) => ({ entity, score: bestScore(query, [entity.name, ...entity.spellings]) }))
    .filter((s): s is { entity: typeof s.entity; score: number } => s.score !== null)
    .sort((a, b) => a.score - b.score || b.entity.mentions.length - a.entity.mentions.length);
  const out: SymbolInformation[] = [];
  for (const { entity } of scored) {
    if (out.length >= MAX_SYMBOLS) break;
    const at = definingMention(index, entity.id);
    if (!at) continue;
    out.push({
      name: entity.name,
      kind: TYPE_SYMBOL_KINDS[entity.type],
      location: toLocation(at.doc, at.mention.start, at.mention.end),
      containerName: [TYPE_LABELS[entity.type].one, ...entity.roles.slice(0, 1)].join(' · '),
    });
  }
  return out;
}

/** Workspace symbols (Ctrl+T): entities by name or spelling, case- and ё-insensitive, prefix and fuzzy matches. */
import { CancellationToken, type SymbolInformation } from 'vscode-languageserver/node';
import type { CorpusIndex, MentionHit } from '../index/corpusIndex';
import { mapCancellable } from '../lsp/cancellation';
import { toLocation } from '../lsp/convert';
import { typeName } from '../l10n/messages';
import { isFullMention, TYPE_SYMBOL_KINDS } from './entityLookup';
import type { Feature } from './feature';
import type { Entity } from '../core/types';
import { bestScore, foldForMatch, mayMatch, type FoldedName } from './nameMatch';

interface FoldedEntity {
  names: FoldedName[];
  /** The letters of all its names. */
  mask: number;
}

/** Each entity's names folded once (an entity rebuilt by an edit is a new object, so this never goes stale). */
const folded = new WeakMap<Entity, FoldedEntity>();

function foldedNames(entity: Entity): FoldedEntity {
  let f = folded.get(entity);
  if (!f) {
    const names = [entity.name, ...entity.spellings].map(foldForMatch);
    folded.set(entity, (f = { names, mask: names.reduce((m, n) => m | n.mask, 0) }));
  }
  return f;
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
  const scored = await mapCancellable(index.entities(), token, (entity) => {
    const f = foldedNames(entity);
    const score = mayMatch(q, f.mask) ? bestScore(q, f.names) : null;
    return score === null ? undefined : { entity, score };
  });
  const out: SymbolInformation[] = [];
  // Twice the symbols returned: an entity without a defining mention (rare) is skipped below.
  for (const { entity } of best(scored, MAX_SYMBOLS * 2)) {
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

type Scored = { entity: Entity; score: number };

/**
 * The `n` best matches in order (score, then most mentioned), without sorting them all: an empty
 * query matches every entity, a short one thousands. The rank key (score, then mentions descending) is cut at the
 * n-th best value by one counting pass, so only about n items are sorted.
 */
export function best(scored: Scored[], n: number): Scored[] {
  const byRank = (a: Scored, b: Scored) => a.score - b.score || b.entity.mentions.length - a.entity.mentions.length;
  if (scored.length <= n) return scored.sort(byRank);
  const rank = (s: Scored) => s.score * 1e9 - Math.min(s.entity.mentions.length, 1e9 - 1);
  const counts = new Map<number, number>();
  for (const s of scored) counts.set(rank(s), (counts.get(rank(s)) ?? 0) + 1);
  let cut = -Infinity;
  let taken = 0;
  for (const r of [...counts.keys()].sort((a, b) => a - b)) {
    cut = r;
    taken += counts.get(r)!;
    if (taken >= n) break;
  }
  return scored.filter((s) => rank(s) <= cut).sort(byRank).slice(0, n);
}

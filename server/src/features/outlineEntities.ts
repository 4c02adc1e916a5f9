/** Outline groups People / Organizations / Places / Dates listing the entities an article mentions. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex';
import { toRange } from '../lsp/convert';
import { countEntities, TYPE_LABELS, TYPE_ORDER, TYPE_SYMBOL_KINDS } from './entityLookup';

/** One group per entity type the article mentions; each entity with its mention count in the article. */
export function entityGroupSymbols(index: CorpusIndex, doc: IndexedDocument): DocumentSymbol[] {
  const rows = countEntities(index.mentionsIn(doc.uri));
  const groups: DocumentSymbol[] = [];
  for (const type of TYPE_ORDER) {
    const ofType = rows.filter((r) => r.entity.type === type);
    if (!ofType.length) continue;
    const children = ofType.map(({ entity, count, first }): DocumentSymbol => {
      const range = toRange(doc, first.mention.start, first.mention.end);
      const times = count === 1 ? '1 mention' : `${count} mentions`;
      return { name: entity.name, detail: times, kind: TYPE_SYMBOL_KINDS[type], range, selectionRange: range };
    });
    const start = Math.min(...ofType.map((r) => r.first.mention.start));
    const end = Math.max(...ofType.map((r) => r.first.mention.end));
    const range = toRange(doc, start, end);
    groups.push({ name: TYPE_LABELS[type].many, detail: `${ofType.length}`, kind: SymbolKind.Namespace, range, selectionRange: range, children });
  }
  return groups;
}

/** Outline groups People / Organizations / Places / Dates listing the entities an article mentions. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex';
import { toRange } from '../lsp/convert';
import { TYPE_ORDER } from '../../../common/protocol';
import { count } from '../l10n';
import { typeGroupName } from '../l10n/messages';
import { PHRASES } from '../l10n/phrases';
import { countEntities, TYPE_SYMBOL_KINDS } from './entityLookup';

/**
 * One group per entity type the article mentions; each entity with its mention count in the article.
 * The groups sit at the end of the article, one character apart, so that an outline sorted by position
 * shows them after the body and in the order People, Organizations, Places, Dates.
 */
export function entityGroupSymbols(index: CorpusIndex, doc: IndexedDocument): DocumentSymbol[] {
  const rows = countEntities(index.mentionsIn(doc.uri));
  const present = TYPE_ORDER.filter((type) => rows.some((r) => r.entity.type === type));
  return present.map((type, k): DocumentSymbol => {
    const ofType = rows.filter((r) => r.entity.type === type);
    const children = ofType.map(({ entity, count: times, first }): DocumentSymbol => {
      const range = toRange(doc, first.mention.start, first.mention.end);
      return { name: entity.name, detail: count(PHRASES.mentions, times), kind: TYPE_SYMBOL_KINDS[type], range, selectionRange: range };
    });
    const length = doc.lines.length; // the text's length without reading it again (an unopened article's text comes from disk)
    const range = toRange(doc, Math.max(0, length - (present.length - k)), length);
    return { name: typeGroupName(type), detail: `${ofType.length}`, kind: SymbolKind.Namespace, range, selectionRange: range, children };
  });
}

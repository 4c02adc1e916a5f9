/** Outline groups People / Organizations / Places / Dates listing the entities an article mentions. */
import type { DocumentSymbol } from 'vscode-languageserver/node';
import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex';

/** Filled in by the editor-features work; empty until then. */
export function entityGroupSymbols(_index: CorpusIndex, _doc: IndexedDocument): DocumentSymbol[] {
  return [];
}

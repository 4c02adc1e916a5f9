/** Document highlight: the mentions of the same entity in the current article. */
import { DocumentHighlightKind, type DocumentHighlight, type TextDocumentPositionParams } from 'vscode-languageserver/node';
import type { CorpusIndex } from '../index/corpusIndex';
import { toRange } from '../lsp/convert';
import { definingMention, hitAt } from './entityLookup';
import type { Feature } from './feature';

export const documentHighlight: Feature = {
  capabilities: { documentHighlightProvider: true },
  register({ connection, ready }) {
    connection.onDocumentHighlight(async (params) => highlightsAt(await ready, params));
  },
};

/** The defining mention is marked Write (as a declaration), the others Read. */
export function highlightsAt(index: CorpusIndex, { textDocument, position }: TextDocumentPositionParams): DocumentHighlight[] {
  const hit = hitAt(index, textDocument.uri, position);
  if (!hit) return [];
  const defining = definingMention(index, hit.entity.id, hit.doc.uri);
  return index.mentionsIn(hit.doc.uri)
    .filter((h) => h.entity.id === hit.entity.id)
    .map((h) => ({
      range: toRange(h.doc, h.mention.start, h.mention.end),
      kind: defining?.doc === h.doc && defining.index === h.index ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
}

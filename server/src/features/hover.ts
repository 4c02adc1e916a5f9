/** Hover: an entity card on any mention, a date card on a date. */
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { CorpusIndex, MentionHit } from '../index/corpusIndex';
import { toRange } from '../lsp/convert';
import { dateCard } from './dateCard';
import { entityCard, entityFacts } from './entityCard';
import { hitAt } from './entityLookup';
import type { Feature } from './feature';

export const hover: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, ready }) {
    connection.onHover(async ({ textDocument, position }) => {
      const index = await ready;
      const hit = hitAt(index, textDocument.uri, position);
      return hit ? hoverFor(index, hit) : null;
    });
  },
};

export function hoverFor(index: CorpusIndex, hit: MentionHit): Hover {
  const { mention, doc } = hit;
  const card = mention.type === 'DATE' && mention.date
    ? [dateCard(mention.text, mention.date, doc.analysis.article), ...entityFacts(index, hit)].join('\n')
    : entityCard(index, hit);
  return { contents: { kind: MarkupKind.Markdown, value: card }, range: toRange(doc, mention.start, mention.end) };
}

/** Code lens on each article's title: counts of people, organizations, places and dates; opens the article's entity list. */
import type { CodeLens } from 'vscode-languageserver/node';
import { Commands } from '../../../common/protocol';
import type { EntityType } from '../core/types';
import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex';
import { count } from '../l10n';
import type { PluralForms } from '../l10n/plural';
import { PHRASES } from '../l10n/phrases';
import { normalizeUri, toRange } from '../lsp/convert';
import type { Feature } from './feature';

export const codeLens: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, ready }) {
    connection.onCodeLens(async ({ textDocument }) => {
      const index = await ready;
      const doc = index.get(normalizeUri(textDocument.uri));
      return doc ? [titleLens(index, doc)] : [];
    });
  },
};

const WORDS: Array<[EntityType, PluralForms]> = [
  ['PER', PHRASES.people],
  ['ORG', PHRASES.organizations],
  ['LOC', PHRASES.places],
  ['DATE', PHRASES.dates],
];

/** '3 people · 5 organizations · 4 places · 2 dates' (distinct entities of the article). */
export function entityCountsTitle(index: CorpusIndex, uri: string): string {
  const seen = new Map<EntityType, Set<string>>();
  for (const hit of index.mentionsIn(uri)) {
    const ids = seen.get(hit.entity.type) ?? new Set<string>();
    ids.add(hit.entity.id);
    seen.set(hit.entity.type, ids);
  }
  return WORDS.map(([type, forms]) => count(forms, seen.get(type)?.size ?? 0)).join(' · ');
}

export function titleLens(index: CorpusIndex, doc: IndexedDocument): CodeLens {
  const span = doc.analysis.article.titleSpan ?? { start: 0, end: 0 };
  return {
    range: toRange(doc, span.start, span.end),
    command: { title: entityCountsTitle(index, doc.uri), command: Commands.showArticleEntities, arguments: [doc.uri] },
  };
}

/** Outline: the article as the root symbol named by its title; metadata, subheadings and paragraphs inside. */
import * as l10n from '@vscode/l10n';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { Article } from '../core/types';
import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex';
import { toRange } from '../lsp/convert';
import { normalizeUri } from '../lsp/convert';
import { dateValueText } from '../l10n/messages';
import { dateSourceText } from './dateCard';
import type { Feature } from './feature';
import { entityGroupSymbols } from './outlineEntities';

export const documentSymbols: Feature = {
  capabilities: { documentSymbolProvider: { label: 'Corpus Lens' } },
  register({ connection, ready }) {
    connection.onDocumentSymbol(async ({ textDocument }) => {
      const index = await ready;
      const doc = index.get(normalizeUri(textDocument.uri));
      return doc ? [outline(index, doc)] : [];
    });
  },
};

/**
 * The outline of each indexed document, computed once: its body for as long as the document's analysis
 * lasts (an edit gives the index a new document), its entity groups while the index does not change.
 */
const outlines = new WeakMap<IndexedDocument, { body: DocumentSymbol; generation: number; whole: DocumentSymbol }>();

/** The article's outline with its entity groups (see articleSymbol), from the cache when still valid. */
export function outline(index: CorpusIndex, doc: IndexedDocument): DocumentSymbol {
  const cached = outlines.get(doc);
  if (cached?.generation === index.generation) return cached.whole;
  const body = cached?.body ?? articleSymbol(doc);
  const whole = { ...body, children: [...body.children!, ...entityGroupSymbols(index, doc)] };
  outlines.set(doc, { body, generation: index.generation, whole });
  return whole;
}

export function articleSymbol(doc: IndexedDocument, extra: DocumentSymbol[] = []): DocumentSymbol {
  const a = doc.analysis.article;
  // Read once: the text of an article not open in an editor comes from disk at each `doc.text`.
  const text = doc.text;
  const whole = toRange(doc, 0, text.length);
  const titleRange = a.titleSpan ? toRange(doc, a.titleSpan.start, a.titleSpan.end) : toRange(doc, 0, 0);
  return {
    name: a.title ?? l10n.t('(untitled article)'),
    detail: a.date ? dateValueText(a.date.value) : '',
    kind: SymbolKind.File,
    range: whole,
    selectionRange: titleRange,
    children: [...metadataSymbols(doc, a), ...bodySymbols(doc, text, a), ...extra],
  };
}

function metadataSymbols(doc: IndexedDocument, a: Article): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const leaf = (name: string, detail: string, start: number, end: number, kind: SymbolKind) => {
    const range = toRange(doc, start, end);
    out.push({ name, detail, kind, range, selectionRange: range });
  };
  if (a.date) leaf(l10n.t('Date: {0}', dateValueText(a.date.value)), dateSourceText(a.date.source), a.date.span.start, a.date.span.end, SymbolKind.Event);
  if (a.author) leaf(l10n.t('Author: {0}', a.author.name), '', a.author.span.start, a.author.span.end, SymbolKind.Property);
  if (a.source) leaf(l10n.t('Source: {0}', a.source.name), '', a.source.span.start, a.source.span.end, SymbolKind.Property);
  if (a.dateline) leaf(l10n.t('Dateline: {0}', a.dateline.place), '', a.dateline.span.start, a.dateline.span.end, SymbolKind.Property);
  return out;
}

/** Paragraphs before the first subheading at the top; each subheading holds its own paragraphs. */
function bodySymbols(doc: IndexedDocument, text: string, a: Article): DocumentSymbol[] {
  const paragraph = (p: Article['paragraphs'][number], n: number): DocumentSymbol => {
    const range = toRange(doc, p.start, p.end);
    return { name: `¶ ${n + 1}`, detail: excerpt(text.slice(p.start, p.end)), kind: SymbolKind.String, range, selectionRange: range };
  };
  const symbols = a.paragraphs.map(paragraph);
  const top = symbols.filter((_, i) => a.paragraphs[i].section < 0);
  const sections = a.subheadings.map((h, s) => {
    const children = symbols.filter((_, i) => a.paragraphs[i].section === s);
    const end = children.length ? a.paragraphs[a.paragraphs.findLastIndex((p) => p.section === s)].end : h.end;
    return {
      name: h.text, kind: SymbolKind.Namespace, range: toRange(doc, h.start, end),
      selectionRange: toRange(doc, h.start, h.end), children,
    } satisfies DocumentSymbol;
  });
  return [...top, ...sections];
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

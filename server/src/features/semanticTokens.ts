/** Semantic tokens: person, organization, location and date spans (full and range requests, multi-line safe). */
import { SemanticTokensBuilder, type Range, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver/node';
import type { DocumentAnalysis, EntityType } from '../core/types';
import type { IndexedDocument } from '../index/corpusIndex';
import { normalizeUri, toOffset } from '../lsp/convert';
import type { Feature } from './feature';

/** Declared in package.json `semanticTokenTypes` with superTypes so every theme colours them. */
export const TOKEN_TYPES = ['person', 'organization', 'location', 'date'] as const;
const TYPE_INDEX: Record<EntityType, number> = { PER: 0, ORG: 1, LOC: 2, DATE: 3 };
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

export const semanticTokens: Feature = {
  capabilities: { semanticTokensProvider: { legend: LEGEND, full: true, range: true } },
  register({ connection, ready }) {
    const tokensOf = async (uri: string, range?: Range) => {
      const doc = (await ready).get(normalizeUri(uri));
      return !doc ? { data: [] } : range ? documentTokens(doc, range) : fullTokens(doc);
    };
    connection.languages.semanticTokens.on(({ textDocument }) => tokensOf(textDocument.uri));
    connection.languages.semanticTokens.onRange(({ textDocument, range }) => tokensOf(textDocument.uri, range));
  },
};

/** Each analysis's tokens, computed once: an edit gives the document a new analysis (and new lines). */
const full = new WeakMap<DocumentAnalysis, SemanticTokens>();

/** The tokens of the whole document, from the cache while its analysis lasts. */
export function fullTokens(doc: IndexedDocument): SemanticTokens {
  let tokens = full.get(doc.analysis);
  if (!tokens) full.set(doc.analysis, (tokens = documentTokens(doc)));
  return tokens;
}

/** Tokens of the mentions overlapping the range (all when none); a span crossing lines gives one token per line. */
export function documentTokens(doc: IndexedDocument, range?: Range): SemanticTokens {
  // Read once: the text of an article not open in an editor comes from disk at each `doc.text`.
  const text = doc.text;
  const from = range ? toOffset(doc, range.start) : 0;
  const to = range ? toOffset(doc, range.end) : text.length;
  const builder = new SemanticTokensBuilder();
  const mentions = [...doc.analysis.mentions].sort((a, b) => a.start - b.start);
  let done = 0;
  for (const m of mentions) {
    const start = Math.max(m.start, done);
    if (m.end <= from || start >= to || start >= m.end) continue;
    for (const piece of lineSegments(doc, text, start, m.end)) {
      builder.push(piece.line, piece.character, piece.length, TYPE_INDEX[m.type], 0);
    }
    done = m.end;
  }
  return builder.build();
}

/** A span cut at line breaks into per-line pieces (line breaks themselves left out). */
function lineSegments(doc: IndexedDocument, text: string, start: number, end: number): Array<{ line: number; character: number; length: number }> {
  const out: Array<{ line: number; character: number; length: number }> = [];
  let pieceStart = start;
  for (let i = start; i <= end; i++) {
    const atBreak = i < end && (text[i] === '\n' || text[i] === '\r');
    if (i === end || atBreak) {
      if (i > pieceStart) {
        const pos = doc.lines.positionAt(pieceStart);
        out.push({ line: pos.line, character: pos.character, length: i - pieceStart });
      }
      pieceStart = i + 1;
    }
  }
  return out;
}

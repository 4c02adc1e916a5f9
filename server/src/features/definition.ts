/** Go to definition / declaration: the entity's defining mention (its first full-name mention). */
import type { Location, TextDocumentPositionParams } from 'vscode-languageserver/node';
import type { CorpusIndex } from '../index/corpusIndex';
import { toLocation } from '../lsp/convert';
import { definingMention, hitAt } from './entityLookup';
import type { Feature } from './feature';

export const definition: Feature = {
  capabilities: { definitionProvider: true, declarationProvider: true },
  register({ connection, ready }) {
    const handler = async (params: TextDocumentPositionParams) => definitionAt(await ready, params);
    connection.onDefinition(handler);
    connection.onDeclaration(handler);
  },
};

export function definitionAt(index: CorpusIndex, { textDocument, position }: TextDocumentPositionParams): Location | null {
  const hit = hitAt(index, textDocument.uri, position);
  const target = hit && definingMention(index, hit.entity.id, hit.doc.uri);
  return target ? toLocation(target.doc, target.mention.start, target.mention.end) : null;
}

/** Find all references: every mention of the entity in every file (inflected, partial and variant spellings). */
import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import type { CorpusIndex } from '../index/corpusIndex';
import { toLocation } from '../lsp/convert';
import { definingMention, hitAt, mentionsOfEntity } from './entityLookup';
import type { Feature } from './feature';

export const references: Feature = {
  capabilities: { referencesProvider: true },
  register({ connection, ready }) {
    connection.onReferences(async (params) => referencesAt(await ready, params));
  },
};

export function referencesAt(index: CorpusIndex, { textDocument, position, context }: ReferenceParams): Location[] {
  const hit = hitAt(index, textDocument.uri, position);
  if (!hit) return [];
  const declaration = context.includeDeclaration ? undefined : definingMention(index, hit.entity.id, hit.doc.uri);
  return mentionsOfEntity(index, hit.entity.id)
    .filter((h) => !declaration || h.doc !== declaration.doc || h.index !== declaration.index)
    .map((h) => toLocation(h.doc, h.mention.start, h.mention.end));
}

/** Every mention of an entity as locations (the custom mentions request and the Entities view). */
export function entityLocations(index: CorpusIndex, entityId: string): Location[] {
  return mentionsOfEntity(index, entityId).map((h) => toLocation(h.doc, h.mention.start, h.mention.end));
}

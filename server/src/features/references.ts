/** Find all references: every mention of the entity in every file (inflected, partial and variant spellings). */
import { CancellationToken, type Location, type ReferenceParams } from 'vscode-languageserver/node';
import type { CorpusIndex, MentionHit } from '../index/corpusIndex';
import { mapCancellable } from '../lsp/cancellation';
import { toLocation } from '../lsp/convert';
import { definingMention, hitAt, mentionsOfEntity } from './entityLookup';
import type { Feature } from './feature';

export const references: Feature = {
  capabilities: { referencesProvider: true },
  register({ connection, ready }) {
    connection.onReferences(async (params, token) => referencesAt(await ready, params, token));
  },
};

/** The locations, built in slices that stop with RequestCancelled once the request is cancelled. */
export async function referencesAt(
  index: CorpusIndex, { textDocument, position, context }: ReferenceParams, token = CancellationToken.None,
): Promise<Location[]> {
  const hit = hitAt(index, textDocument.uri, position);
  if (!hit) return [];
  const declaration = context?.includeDeclaration ? undefined : definingMention(index, hit.entity.id, hit.doc.uri);
  const isDeclaration = (h: MentionHit) => !!declaration && h.doc === declaration.doc && h.index === declaration.index;
  return mapCancellable(mentionsOfEntity(index, hit.entity.id), token, (h) =>
    isDeclaration(h) ? undefined : toLocation(h.doc, h.mention.start, h.mention.end));
}

/** Every mention of an entity as locations (the custom mentions request and the Entities view). */
export function entityLocations(index: CorpusIndex, entityId: string): Location[] {
  return mentionsOfEntity(index, entityId).map((h) => toLocation(h.doc, h.mention.start, h.mention.end));
}

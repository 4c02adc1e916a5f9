/** The custom requests behind the Entities view: corpusLens/entities and corpusLens/mentions. */
import {
  EntitiesRequest, MentionsRequest, type EntitiesParams, type EntitySummary, type MentionsParams,
} from '../../../common/protocol';
import type { Entity } from '../core/types';
import type { CorpusIndex } from '../index/corpusIndex';
import { normalizeUri } from '../lsp/convert';
import { TYPE_ORDER } from '../../../common/protocol';
import { foldName } from './entityLookup';
import type { Feature } from './feature';
import { entityLocations } from './references';

export const entities: Feature = {
  capabilities: {},
  register({ connection, ready }) {
    connection.onRequest(EntitiesRequest, async (params: EntitiesParams | undefined) => entitySummaries(await ready, params ?? {}));
    connection.onRequest(MentionsRequest, async (params: MentionsParams | undefined) =>
      typeof params?.id === 'string' ? entityLocations(await ready, params.id) : []);
  },
};

export function summarize(entity: Entity): EntitySummary {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    mentions: entity.mentions.length,
    documents: entity.documents,
    spellings: entity.spellings,
    variants: entity.variants.map((v) => v.spelling),
  };
}

/** Entities of the corpus (or of one article), filtered by name or spelling, by type then most mentioned. */
export function entitySummaries(index: CorpusIndex, { uri, filter }: EntitiesParams): EntitySummary[] {
  let list = index.entities();
  if (typeof uri === 'string') {
    const ids = new Set(index.mentionsIn(normalizeUri(uri)).map((h) => h.entity.id));
    list = list.filter((e) => ids.has(e.id));
  }
  const wanted = typeof filter === 'string' ? foldName(filter.trim()) : '';
  if (wanted) list = list.filter((e) => [e.name, ...e.spellings].some((s) => foldName(s).includes(wanted)));
  return list
    .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || b.mentions.length - a.mentions.length
      || a.name.localeCompare(b.name, 'ru'))
    .map(summarize);
}

/**
 * Corpus-wide linking: every mention of every document gets an entity. Keys join inflected forms
 * (shared `name`), aliases, spelling variants and surname-only mentions; entities get a stable id
 * TYPE:canonical name. Roughly linear in the number of mentions.
 */
import type { CorpusConfig } from '../config';
import type { DocumentAnalysis, Entity } from '../types';
import { BUILTIN_GROUPS, buildKnownNames, builtinKnownNames, type KnownNames } from '../variants/known';
import type { SpellingGroup } from '../variants/spellingTable';
import { joinIntroducedAbbreviations } from './abbreviations';
import { AliasIndex } from './aliasIndex';
import { buildEntity, type LinkItem } from './buildEntity';
import { KeyGroups } from './keyGroups';
import { createKeyer } from './mentionKey';
import { joinVariantKeys } from './neighbours';
import { resolveSurnames } from './surnames';
import { pushTo } from '../util/multiMap';

export interface LinkedCorpus {
  entities: Map<string, Entity>;
  /** Per document uri: the entity id of each mention, in mention order. */
  mentionEntity: Map<string, string[]>;
  /** Per entity id: the spellings of its words (what the consistency findings report). */
  spellings: Map<string, SpellingGroup[]>;
}

/** Corpus order = document index * stride + offset; an article longer than this would overlap the next. */
const ORDER_STRIDE = 1e8;

let builtinAliases: AliasIndex | null = null;
/** Per user alias list (a config object keeps its list until the config file changes): relinking reuses them. */
const userAliases = new WeakMap<CorpusConfig['aliases'], { aliases: AliasIndex; known: KnownNames }>();

function aliasTables(config: CorpusConfig): { aliases: AliasIndex; known: KnownNames } {
  if (!config.aliases.length) {
    builtinAliases ??= new AliasIndex(BUILTIN_GROUPS);
    return { aliases: builtinAliases, known: builtinKnownNames() };
  }
  let hit = userAliases.get(config.aliases);
  if (!hit) {
    const groups = [...BUILTIN_GROUPS, ...config.aliases];
    userAliases.set(config.aliases, (hit = { aliases: new AliasIndex(groups), known: buildKnownNames(groups) }));
  }
  return hit;
}

export function linkCorpus(docs: ReadonlyMap<string, DocumentAnalysis>, config: CorpusConfig): LinkedCorpus {
  const { aliases, known } = aliasTables(config);
  const uris = [...docs.keys()].sort();
  const mentionKey = createKeyer(aliases);
  const items: LinkItem[] = uris.flatMap((uri, d) =>
    docs.get(uri)!.mentions.map((m, index) => ({ uri, index, m, mk: mentionKey(m), order: d * ORDER_STRIDE + m.start })),
  );
  const groups = new KeyGroups();
  for (const it of items) if (it.mk.kind !== 'last') groups.add(it.mk.key);
  joinVariantKeys(items.filter((it) => it.mk.kind !== 'last').map((it) => it.mk), aliases, groups);
  joinIntroducedAbbreviations(items, groups);
  const surnameKeys = resolveSurnames(items, groups);
  const buckets = new Map<string, LinkItem[]>();
  for (const it of items) {
    pushTo(buckets, groups.find(surnameKeys.get(it) ?? it.mk.key), it);
  }
  const linked: LinkedCorpus = { entities: new Map(), mentionEntity: new Map(uris.map((u) => [u, []])), spellings: new Map() };
  for (const bucket of buckets.values()) {
    const { entity, table } = buildEntity(bucket, { config, known });
    const id = uniqueId(`${entity.type}:${entity.name}`, linked.entities);
    linked.entities.set(id, { id, ...entity });
    linked.spellings.set(id, table);
    for (const it of bucket) linked.mentionEntity.get(it.uri)![it.index] = id;
  }
  return linked;
}

function uniqueId(base: string, taken: ReadonlyMap<string, unknown>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} (${n})`)) n++;
  return `${base} (${n})`;
}

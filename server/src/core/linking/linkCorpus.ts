/**
 * Corpus-wide linking: every mention of every document gets an entity. Keys join inflected forms
 * (shared `name`), aliases, spelling variants and surname-only mentions; entities get a stable id
 * TYPE:canonical name. Roughly linear in the number of mentions.
 *
 * `linkItems` links any set of mentions that is closed under the relations it uses (the whole corpus
 * here; one connected component of them in the incremental linker, see incremental.ts).
 */
import type { CorpusConfig } from '../config';
import type { DocumentAnalysis, Entity } from '../types';
import { BUILTIN_GROUPS, buildKnownNames, builtinKnownNames, type KnownNames } from '../variants/known';
import type { SpellingGroup } from '../variants/spellingTable';
import { joinIntroducedAbbreviations, resolveShortForms, type ArticleNames } from './abbreviations';
import { AliasIndex } from './aliasIndex';
import { buildEntity, type LinkItem } from './buildEntity';
import { KeyGroups } from './keyGroups';
import { createKeyer, type Keyer } from './mentionKey';
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

/** What linking needs besides the mentions: the configuration and the alias tables built from it. */
export interface LinkContext {
  config: CorpusConfig;
  aliases: AliasIndex;
  known: KnownNames;
  keyOf: Keyer;
}

/** One linked entity (its id left to the caller), its spelling table and its items. */
export interface LinkedGroup {
  entity: Omit<Entity, 'id'>;
  table: SpellingGroup[];
  items: LinkItem[];
}

/** Corpus order = document rank * stride + offset; an article longer than this would overlap the next. */
export const ORDER_STRIDE = 1e8;

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

/** The linking context of a configuration; its keyer memoises keys across calls. */
export function linkContext(config: CorpusConfig): LinkContext {
  const { aliases, known } = aliasTables(config);
  return { config, aliases, known, keyOf: createKeyer(aliases) };
}

/** The link items of one document, in mention order (order: rank * stride + offset). */
export function documentItems(uri: string, analysis: DocumentAnalysis, rank: number, ctx: LinkContext): LinkItem[] {
  return analysis.mentions.map((m, index) => ({ uri, index, m, mk: ctx.keyOf(m), order: rank * ORDER_STRIDE + m.start }));
}

export function linkCorpus(docs: ReadonlyMap<string, DocumentAnalysis>, config: CorpusConfig): LinkedCorpus {
  const ctx = linkContext(config);
  const uris = [...docs.keys()].sort();
  const items = uris.flatMap((uri, rank) => documentItems(uri, docs.get(uri)!, rank, ctx));
  const linked: LinkedCorpus = { entities: new Map(), mentionEntity: new Map(uris.map((u) => [u, []])), spellings: new Map() };
  for (const group of linkItems(items, ctx)) {
    const id = uniqueId(`${group.entity.type}:${group.entity.name}`, linked.entities);
    linked.entities.set(id, { id, ...group.entity });
    linked.spellings.set(id, group.table);
    for (const it of group.items) linked.mentionEntity.get(it.uri)![it.index] = id;
  }
  return linked;
}

/**
 * Links a closed set of items (sorted by corpus order) into entities. `names` receives the name index
 * of each article built on the way (for the relation index of a whole corpus, see articlePairs).
 */
export function linkItems(items: LinkItem[], ctx: LinkContext, names?: Map<string, ArticleNames>): LinkedGroup[] {
  const groups = new KeyGroups();
  for (const it of items) if (it.mk.kind !== 'last') groups.add(it.mk.key);
  joinVariantKeys(items.filter((it) => it.mk.kind !== 'last').map((it) => it.mk), ctx.aliases, groups);
  joinIntroducedAbbreviations(items, groups);
  const surnameKeys = resolveSurnames(items, groups);
  resolveShortForms(items, groups, surnameKeys, names);
  const buckets = new Map<string, LinkItem[]>();
  for (const it of items) pushTo(buckets, groups.find(surnameKeys.get(it) ?? it.mk.key), it);
  const out: LinkedGroup[] = [];
  for (const bucket of buckets.values()) {
    const { entity, table } = buildEntity(bucket, ctx);
    out.push({ entity, table, items: bucket });
  }
  return out;
}

export function uniqueId(base: string, taken: { has(id: string): boolean }): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} (${n})`)) n++;
  return `${base} (${n})`;
}

/**
 * One linked entity from its mentions: the spelling table of its words, the canonical name (the
 * fullest form, canonical alias members first, then the most used spelling, ties: the earliest),
 * respelled with each word's preferred spelling, and the variants seen.
 */
import type { CorpusConfig } from '../config';
import type { Entity, EntityType, Mention, MentionRef, VariantKind } from '../types';
import type { KnownNames } from '../variants/known';
import { foldCaps, spellingKey } from '../variants/normalize';
import { buildSpellingTable, type SpellingGroup } from '../variants/spellingTable';
import { mentionUnits } from '../variants/units';
import type { MentionKey } from './mentionKey';

export interface LinkItem {
  uri: string;
  index: number;
  m: Mention;
  mk: MentionKey;
  /** Corpus order: document (by uri) then offset. */
  order: number;
}

export interface EntityContext {
  config: CorpusConfig;
  known: KnownNames;
}

/** Builds the entity (its id left to the caller) and its spelling table. */
export function buildEntity(items: readonly LinkItem[], ctx: EntityContext): { entity: Omit<Entity, 'id'>; table: SpellingGroup[] } {
  const type = items[0].m.type;
  const table = type === 'DATE' ? [] : buildSpellingTable(
    items.map((it) => mentionUnits(it.m, it.uri, it.index, it.order)),
    { type, config: ctx.config, known: ctx.known },
  );
  const name = respellName(canonicalCandidate(items), table, type);
  const entity = {
    type, name,
    spellings: rankByUse(items.map((it) => ({ value: type === 'DATE' ? it.m.name : foldCaps(it.m.name), order: it.order }))),
    variants: variantSpellings(name, table),
    // The items themselves: an edit that only moves a mention updates its index in place.
    mentions: items.slice() as MentionRef[],
    documents: new Set(items.map((it) => it.uri)).size,
    roles: [...new Set(items.flatMap((it) => it.m.roles ?? []))],
  };
  return { entity, table };
}

/** Distinct values, most used first, ties: the earliest. */
function rankByUse(values: ReadonlyArray<{ value: string; order: number }>): string[] {
  const seen = new Map<string, { count: number; order: number }>();
  for (const { value, order } of values) {
    const s = seen.get(value);
    if (s) s.count++;
    else seen.set(value, { count: 1, order });
  }
  return [...seen].sort((a, b) => b[1].count - a[1].count || a[1].order - b[1].order).map(([v]) => v);
}

function canonicalCandidate(items: readonly LinkItem[]): string {
  const fullness = items.reduce((max, it) => Math.max(max, it.mk.fullness), -Infinity);
  const full = items.filter((it) => it.mk.fullness === fullness);
  const rank = full.reduce((min, it) => Math.min(min, it.mk.aliasRank), Infinity);
  const best = full.filter((it) => it.mk.aliasRank === rank);
  const written = items[0].m.type === 'LOC' ? writtenNominatives(best) : [];
  return rankByUse((written.length ? written : best).map((it) => ({ value: it.mk.spelling, order: it.order })))[0];
}

/**
 * A place of one word that a mention writes as its name ('Голуэй') and of which every other mention is a form
 * ('Голуэя', 'Голуэе'): its name beats names guessed from oblique cases ('Голуэя' from 'Голуэе').
 */
function writtenNominatives(items: readonly LinkItem[]): LinkItem[] {
  const texts = [...new Set(items.map((it) => foldCaps(it.m.text)))];
  if (texts.length < 2) return [];
  const names = new Set(items.map((it) => it.mk.spelling));
  // A name that is another's form ('Гилгит-Балтистана' of 'Гилгит-Балтистан') is a case no one read, no nominative.
  const formOfAnother = (name: string) => [...names].some((n) => n !== name && name.startsWith(n) && name.length - n.length <= 2);
  return items.filter((it) => {
    const name = it.mk.spelling;
    if (name.includes(' ') || foldCaps(it.m.text) !== name || formOfAnother(name)) return false;
    const stem = /[аяоеёьйиыу]$/u.test(name) ? name.slice(0, -1) : name;
    return stem.length >= 3 && texts.every((t) => t === name || (t.startsWith(stem) && t.length - stem.length <= 3));
  });
}

/** Each word (or hyphen/space pair) of a name replaced by its preferred spelling in the table. */
export function respellName(name: string, table: readonly SpellingGroup[], type: EntityType): string {
  if (table.length === 0) return name;
  const byKey = new Map(table.map((g) => [g.key, g.preferred]));
  const words = name.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? byKey.get(spellingKey(type, words[i] + words[i + 1])) : undefined;
    if (pair && /[-‐‑ ]/.test(pair)) {
      out.push(pair);
      i++;
    } else out.push(keepDot(words[i], byKey.get(spellingKey(type, words[i]))));
  }
  return out.join(' ');
}

/** The preferred spelling of a word, with the dot of an initial or an abbreviation ('Б.', 'им.') it was written with. */
function keepDot(word: string, preferred: string | undefined): string {
  if (preferred === undefined) return word;
  return word.endsWith('.') && !preferred.endsWith('.') ? `${preferred}.` : preferred;
}

/** The variant spellings as whole names: the canonical name with the variant word in place. */
function variantSpellings(name: string, table: readonly SpellingGroup[]): Array<{ spelling: string; kind: VariantKind }> {
  const out: Array<{ spelling: string; kind: VariantKind }> = [];
  for (const group of table) {
    for (const v of group.variants) {
      const spelling = name.includes(group.preferred) ? name.replace(group.preferred, v.spelling) : v.spelling;
      if (!out.some((o) => o.spelling === spelling)) out.push({ spelling, kind: v.kind });
    }
  }
  return out;
}

/**
 * The matcher's input (candidates.ts MatchEntity) from linked entities and their mentions: per-word
 * nominative spellings with counts and name parts, full-name spellings, documents, roles, gender,
 * given name and the entities around. Pure: the caller gives the mentions (the index, or linking).
 */
import type { Entity, Mention } from '../types';
import type { MatchEntity, NamePart } from './candidates';
import { inflectionOf } from './evidence';
import { cleanSpelling, isAllCaps } from './normalize';
import { mentionUnits } from './units';

/** Neighbours kept per entity (a country is around everything; a few hundred are plenty). */
export const MAX_NEIGHBOURS = 300;

const low = (s: string) => s.toLowerCase();

function partOf(m: Mention, lemma: string): NamePart {
  const p = m.person;
  if (!p) return 'other';
  const l = low(lemma);
  if (p.last && low(p.last) === l) return 'last';
  if (p.first && low(p.first) === l) return 'first';
  if (p.middle && low(p.middle) === l) return 'middle';
  return 'other';
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function top<K>(map: Map<K, number>): K | undefined {
  let best: K | undefined;
  let n = -1;
  for (const [k, c] of map) if (c > n) { best = k; n = c; }
  return best;
}

/** What one mention gives its entity's matcher input: a function of the mention and the entity's type and name. */
export interface MentionFacts {
  /** The full name as written (organizations: in its letter case), clean. */
  name: string;
  gender?: 'm' | 'f';
  first?: string;
  /** The sure words: spelling and name part, in order. */
  words: Array<[string, NamePart]>;
  /** Adjacent sure words written with one space between, joined by it ('Абу Хайдар'). */
  spaced: string[];
  /**
   * Inflected words written without the ё of their lemma ('Гребенкиной' of 'Гребёнкина'), spelled as
   * written: unsure alone (the dictionary restores ё), a variant where the same article writes the ё.
   */
  yoless?: Array<[string, NamePart]>;
}

/** The facts of one mention for an entity of this type; `spellingOf` from unitSpelling(entity name). */
export function mentionFacts(type: string, mention: Mention, spellingOf: (u: { text: string; lemma: string }) => string): MentionFacts {
  // Organizations: the name as written when it differs only in letter case (МодаЛюкс / Модалюкс).
  const written = type === 'ORG' && low(mention.text) === low(mention.name) ? mention.text : mention.name;
  const words: MentionFacts['words'] = [];
  const spaced: string[] = [];
  const yoless: NonNullable<MentionFacts['yoless']> = [];
  let prev: { end: number; spelling: string } | undefined;
  for (const u of mentionUnits(mention, '', 0, 0)) {
    if (u.unsure) {
      yoless.push([spellingOf(u), partOf(mention, u.lemma)]);
      prev = undefined;
      continue;
    }
    const spelling = spellingOf(u);
    words.push([spelling, partOf(mention, u.lemma)]);
    if (prev && mention.text.slice(prev.end - mention.start, u.start - mention.start) === ' ') spaced.push(`${prev.spelling} ${spelling}`);
    prev = { end: u.end, spelling };
  }
  return { name: cleanSpelling(written), gender: mention.person?.gender, first: mention.person?.first, words, spaced, ...(yoless.length ? { yoless } : {}) };
}

/** Two mentions give an entity's matcher input the same. */
export function sameFacts(a: MentionFacts, b: MentionFacts): boolean {
  if (a === b) return true;
  if (a.name !== b.name || a.gender !== b.gender || a.first !== b.first) return false;
  if (a.words.length !== b.words.length || a.spaced.length !== b.spaced.length) return false;
  const ya = a.yoless ?? [];
  const yb = b.yoless ?? [];
  if (ya.length !== yb.length || !ya.every(([s, p], i) => s === yb[i][0] && p === yb[i][1])) return false;
  return a.words.every(([s, p], i) => s === b.words[i][0] && p === b.words[i][1]) && a.spaced.every((s, i) => s === b.spaced[i]);
}

/**
 * The facts of an entity's mentions, computed afresh: each distinct written word's spelling once, and
 * the facts once per distinct mention as factsKey tells them (a name is written the same way in many
 * articles). The facts given are shared: not to be changed.
 */
export function freshFacts(entity: Pick<Entity, 'type' | 'name'>): (mention: Mention) => MentionFacts {
  const spellingOf = memoSpelling(unitSpelling(entity.name));
  const seen = new Map<string, MentionFacts>();
  return (m) => {
    const key = factsKey(m);
    let facts = seen.get(key);
    if (!facts) seen.set(key, (facts = mentionFacts(entity.type, m, spellingOf)));
    return facts;
  };
}

/**
 * Everything mentionFacts reads of a mention, with offsets from its start: two mentions with one key
 * give the same facts (the text, the name, the name parts, the words with their lemmas).
 */
export function factsKey(m: Mention): string {
  const p = m.person;
  const part = (s: string | undefined) => (s === undefined ? '\u0003' : s);
  const person = p ? `${part(p.gender)}\u0002${part(p.first)}\u0002${part(p.middle)}\u0002${part(p.last)}` : '\u0004';
  let key = `${m.end - m.start}\u0001${m.text}\u0001${m.name}\u0001${person}`;
  for (const w of m.words ?? []) key += `\u0001${w.start - m.start}\u0002${w.end - m.start}\u0002${w.lemma}`;
  return key;
}

/** A spelling function answering each distinct written word and lemma once (the same words recur in an entity's mentions). */
export function memoSpelling(fn: (u: { text: string; lemma: string }) => string): (u: { text: string; lemma: string }) => string {
  const cache = new Map<string, string>();
  return (u) => {
    const key = `${u.text}\u0000${u.lemma}`;
    let out = cache.get(key);
    if (out === undefined) cache.set(key, (out = fn(u)));
    return out;
  };
}

/**
 * One entity as the matcher sees it (candidates.ts MatchEntity), built mention by mention (the matcher's
 * full pass builds a large entity's over several steps): `add` each mention's facts in order, then `result`.
 */
export class MatchInputBuilder {
  private readonly words = new Map<string, { count: number; parts: Map<NamePart, number> }>();
  private readonly names = new Map<string, number>();
  private readonly spaced = new Map<string, number>();
  private readonly genders = new Map<'m' | 'f', number>();
  private readonly firsts = new Map<string, number>();
  private readonly docs = new Set<string>();
  private readonly yoless: Array<{ uri: string; spelling: string; part: NamePart }> = [];
  private readonly withYo = new Map<string, Set<string>>();
  private count = 0;
  private firstAt: { uri: string; index: number } | undefined;

  constructor(private readonly entity: Pick<Entity, 'id' | 'type' | 'name' | 'roles'>) {}

  add(uri: string, index: number, f: MentionFacts): void {
    if (this.count++ === 0) this.firstAt = { uri, index };
    this.docs.add(uri);
    for (const [spelling, part] of f.yoless ?? []) this.yoless.push({ uri, spelling, part });
    for (const [spelling] of f.words) if (/[ёЁ]/.test(spelling)) addTo(this.withYo, uri, spelling);
    bump(this.names, f.name);
    if (f.gender) bump(this.genders, f.gender);
    if (f.first) bump(this.firsts, f.first);
    for (const s of f.spaced) bump(this.spaced, s);
    for (const [spelling, part] of f.words) this.countWord(spelling, part);
  }

  /** The input; `neighboursIn` gives the entities around from its documents. */
  result(neighboursIn: (documents: ReadonlySet<string>) => string[]): MatchEntity {
    const { entity, words, names, spaced, genders, firsts, docs } = this;
    // An inflected word without the ё its article writes elsewhere ('Гребенкиной' beside 'Гребёнкина'): a spelling of its own.
    for (const { uri, spelling, part } of this.yoless) {
      if (![...(this.withYo.get(uri) ?? [])].some((w) => w !== spelling && w.replace(/ё/g, 'е').replace(/Ё/g, 'Е') === spelling)) continue;
      this.countWord(spelling, part);
    }
    return {
      id: entity.id,
      type: entity.type as MatchEntity['type'],
      name: entity.name,
      mentions: this.count,
      words: [...words].map(([spelling, w]) => ({ spelling, count: w.count, part: top(w.parts) ?? 'other' })),
      names: [...names].map(([text, count]) => ({ text, count })),
      ...(spaced.size ? { spaced: [...spaced].map(([spelling, count]) => ({ spelling, count })) } : {}),
      documents: [...docs],
      firstAt: this.firstAt,
      roles: entity.roles,
      neighbours: neighboursIn(docs),
      gender: entity.type === 'PER' ? top(genders) : undefined,
      first: entity.type === 'PER' ? top(firsts) : undefined,
    };
  }

  private countWord(spelling: string, part: NamePart): void {
    let w = this.words.get(spelling);
    if (!w) this.words.set(spelling, (w = { count: 0, parts: new Map() }));
    w.count++;
    bump(w.parts, part);
  }
}

/**
 * The entities mentioned in these documents, other than `id` and those `skip` names, at most MAX_NEIGHBOURS, in
 * document order; `around` gives a document's entity ids (read in place: no list copied per document).
 */
export function neighbours(id: string, documents: Iterable<string>, around: (uri: string) => Iterable<string>, skip: (id: string) => boolean = () => false): string[] {
  const out = new Set<string>();
  for (const d of documents) {
    if (out.size >= MAX_NEIGHBOURS) break; // a country is in thousands of articles: stop reading them
    for (const x of around(d)) {
      if (out.size >= MAX_NEIGHBOURS) break;
      if (x !== id && !skip(x)) out.add(x);
    }
  }
  return [...out];
}

/**
 * The spelling a word of an entity's mention counts under (the matcher's word): as written when it is
 * the nominative, else its lemma, and a lemma that is only an inflected form of a word of the canonical
 * name is that word ('Эрдэнэта').
 */
export function unitSpelling(entityName: string): (u: { text: string; lemma: string }) => string {
  const canonical = entityName.split(/\s+/);
  const repair = (lemma: string) => canonical.find((w) => w !== lemma && inflectionOf(w, lemma) === 'inflection' && lemma.length > w.length) ?? lemma;
  return (u) => cleanSpelling(low(u.text) === low(u.lemma) && !isAllCaps(u.text) ? u.text : repair(u.lemma));
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/**
 * The linking key of one mention, before corpus-wide resolution: inflected forms already share
 * `name`; spellings that differ by a variant kind share a skeleton; aliases share their group.
 */
import type { Mention, PersonName } from '../types';
import { foldCaps, orgKey, skeleton } from '../variants/normalize';
import type { AliasHit, AliasIndex } from './aliasIndex';
import { PLACE_GROUPS } from '../entities/data/places';

/** Canonical names of the gazetteer's places: their alias groups name places, not the clubs named after them. */
const PLACE_CANONICALS: ReadonlySet<string> = new Set(PLACE_GROUPS.map((g) => g[0]));

/** name: place/org/other; full: first + last name; first: a lone first name; last: surname (or initial + surname). */
export type KeyKind = 'date' | 'name' | 'full' | 'first' | 'last';

export interface MentionKey {
  kind: KeyKind;
  /** TYPE + ':' + body; for 'last' the key it gets when it joins no full name. */
  key: string;
  /** Skeleton words of the body, for one-letter-dropped neighbours (empty when aliased). */
  words: string[];
  /** What the key has before its words (key = prefix + words.join('|')). */
  prefix?: string;
  /**
   * Candidate canonical spelling and how it ranks: fuller first (persons: first + last name; places and
   * organizations: more words, so a full name beats its abbreviation), then canonical alias members.
   */
  spelling: string;
  fullness: number;
  aliasRank: number;
  /** Persons: surname skeleton (without particles: 'фон'), first-name initial, gender. */
  last?: string;
  initial?: string;
  gender?: 'm' | 'f';
  /** Persons: the skeleton of the first given name ('Хуан' of 'Хуан Пабло'), and of the patronymic. */
  head?: string;
  patronymic?: string;
  /** Full names: the skeletons of the given words after the first ('Пабло', 'Кастаньеда'): a first surname. */
  inner?: string[];
  /** A federal body named with its country ('МВД России', 'Минздрав РФ'): the key of the name without it. */
  bare?: string;
}

const PATRONYMIC = /(вич|вна|ична|ич|кызы|улы|оглы|угли)$/i;

/** mentionKey memoised per (type, name, person parts) for one linking run: names repeat a lot. */
export interface Keyer {
  (m: Mention): MentionKey;
  /** Gives `mk` for mentions like `m` from now on (a restored link's keys, whose identity items compare). */
  remember(m: Mention, mk: MentionKey): void;
}

export function createKeyer(aliases: AliasIndex): Keyer {
  const cache = new Map<string, MentionKey>();
  const idOf = (m: Mention) => {
    const p = m.person;
    return [m.type, m.name, p?.first, p?.middle, p?.last, p?.gender].join('\u0000');
  };
  const keyOf = (m: Mention) => {
    const id = idOf(m);
    let mk = cache.get(id);
    if (!mk) cache.set(id, (mk = mentionKey(m, aliases)));
    return mk;
  };
  return Object.assign(keyOf, { remember: (m: Mention, mk: MentionKey) => void cache.set(idOf(m), mk) });
}

export function mentionKey(m: Mention, aliases: AliasIndex): MentionKey {
  if (m.type === 'DATE') return { kind: 'date', key: `DATE:${m.name}`, words: [], spelling: m.name, fullness: 1, aliasRank: 0 };
  // The club «Кузбасс» is no other name of the region Кемеровская область.
  const hit = aliases.whole(m.name);
  const alias = hit && (m.type === 'LOC' || !PLACE_CANONICALS.has(hit.canonical)) ? hit : undefined;
  const mk = alias ? aliased(m, alias) : m.type === 'PER' ? personKey(m) : nameKey(m, aliases);
  const bare = m.type === 'ORG' ? BODY_OF_RUSSIA.exec(m.name)?.[1] : undefined;
  return bare ? { ...mk, bare: mentionKey({ ...m, name: bare }, aliases).key } : mk;
}

/**
 * An acronym or a 'Мин…'/'Рос…' compound followed by the country: the body is the same without it
 * ('МВД' is 'МВД России'); 'Банк России', 'Почта России' are names of their own.
 */
const BODY_OF_RUSSIA = /^(\p{Lu}{2,}|(?:Мин|Рос)[а-яё]{3,})\s+(?:России|РФ|Российской\s+Федерации)$/u;

function aliased(m: Mention, alias: AliasHit): MentionKey {
  return {
    kind: 'name', key: `${m.type}:#${alias.group}`, words: [], spelling: alias.canonical,
    fullness: m.type === 'PER' ? 2 : 1, aliasRank: alias.isCanonical ? 0 : 1,
  };
}

function nameKey(m: Mention, aliases: AliasIndex): MentionKey {
  const spelling = foldCaps(m.name);
  const { tokens, hits } = aliases.embedded(spelling.split(/\s+/));
  const wordKey = m.type === 'ORG' ? orgKey : skeleton;
  const body = tokens.map((t) => (t.startsWith('#') ? `${t}.` : wordKey(t))).join('');
  return {
    // A place the dictionary knows gives no shorter signatures: Светлогорск is not Светогорск misspelt.
    kind: 'name', key: `${m.type}:${body}`, words: hits.length || m.dictionaryPlace ? [] : [body], prefix: `${m.type}:`, spelling,
    // Parts joined by a dot or a hyphen count like words: «Капитолий.Групп» is as full as «Капитолий Групп».
    fullness: spelling.split(/[\s.\-‐‑]+/).length,
    aliasRank: hits.some((h) => !h.isCanonical) ? 1 : 0,
  };
}

export function personParts(m: Mention): PersonName {
  if (m.person && (m.person.first || m.person.last)) return withParticles(m.person, m.text);
  const words = foldCaps(m.name).split(/\s+/);
  if (words.length === 1) return { last: words[0] };
  return withParticles({ first: words[0], middle: words.length > 2 ? words.slice(1, -1).join(' ') : undefined, last: words[words.length - 1] }, m.text);
}

/** Nobiliary particles: part of the surname ('фон Эберсберг', 'да Силва'), never a given name. */
const PARTICLE = /^(фон|де|ди|дю|да|дос|дас|дер|дель|делла|дело|ибн|цу)$/;
/** Particles that are also given names or surnames elsewhere ('Ван', 'Ле'): only when written in lower case. */
const LOWER_PARTICLE = /^(ван|ла|ле|аль|эль|бен|бин|van|von|de|da|di|du|der|del|la|le|al|el|bin|ibn|zu)$/;

/** The particles ending the given part moved to the surname ('Лаура фон' + 'Эберсберг', 'Фон' + 'Эберсберг'). */
function withParticles(p: PersonName, text: string): PersonName {
  if (!p.first || !p.last) return p;
  const words = p.first.split(' ');
  let n = words.length;
  const written = new Set(text.split(/\s+/));
  while (n > 0 && isParticle(words[n - 1], written)) n--;
  if (n === words.length) return p;
  const first = words.slice(0, n).join(' ') || undefined;
  return { ...p, first, last: `${words.slice(n).map((w) => w.toLowerCase()).join(' ')} ${p.last}` };
}

function isParticle(word: string, written: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return PARTICLE.test(lower) || (LOWER_PARTICLE.test(lower) && written.has(lower));
}

/** The surname without its particles, for surname look-ups ('фон Эберсберг' -> 'Эберсберг'). */
function coreSurname(last: string): string {
  const words = last.split(' ');
  return words.slice(words.findIndex((w) => !PARTICLE.test(w) && !LOWER_PARTICLE.test(w))).join(' ') || last;
}

function personKey(m: Mention): MentionKey {
  const p = personParts(m);
  const first = p.first ? foldCaps(p.first) : undefined;
  const last = p.last ? foldCaps(p.last) : undefined;
  const base = { aliasRank: 0, gender: p.gender };
  const isInitial = first !== undefined && first.replace(/\.$/, '').length === 1;
  if (last && (!first || isInitial)) {
    const s = skeleton(coreSurname(last));
    return { ...base, kind: 'last', key: `PER:~${s}`, words: [s], prefix: 'PER:~', spelling: foldCaps(m.name), fullness: 1, last: s, initial: isInitial ? first.charAt(0).toLowerCase() : undefined };
  }
  const patronymic = p.middle && PATRONYMIC.test(p.middle) ? skeleton(p.middle) : undefined;
  const given = [first, p.middle && !patronymic ? p.middle : undefined].filter(Boolean).join(' ');
  const names = given.split(' ');
  const person = { ...base, head: skeleton(names[0]), patronymic };
  if (!last) return { ...person, kind: 'first', key: `PER:§${skeleton(given)}`, words: [skeleton(given)], prefix: 'PER:§', spelling: foldCaps(m.name), fullness: 0 };
  const words = [skeleton(given), skeleton(last)];
  return {
    ...person, kind: 'full', key: `PER:${words.join('|')}`, words, prefix: 'PER:', spelling: `${given} ${last}`, fullness: 2,
    last: skeleton(coreSurname(last)), inner: names.length > 1 ? names.slice(1).map(skeleton) : undefined,
  };
}

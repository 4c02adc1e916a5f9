/**
 * Surname-only mentions ('Токаев', 'Дмитриев', 'В. Путин') join the one full name with that surname:
 * in the same article first (several: the nearest one before), else corpus-wide when only one
 * person has it. Gender must agree (Захарова is not Захаров's), an initial must fit the first name,
 * and a different first name is a different person, so two full names make the surname ambiguous.
 * A first surname written alone ('Кастаньеда' of 'Хуан Пабло Кастаньеда Рестрепо') joins within the
 * article. A bare given name ('Анна', 'Иван Петрович') joins the one person of its article named so
 * before it (one sense per article); two such persons, or none before it, leave it alone.
 */
import { skeleton } from '../variants/normalize';
import { interiorDeletions } from '../variants/variantKind';
import type { KeyGroups } from './keyGroups';
import type { MentionKey } from './mentionKey';
import { addTo, pushTo } from '../util/multiMap';

export interface KeyedMention {
  uri: string;
  m: { start: number; text: string };
  mk: MentionKey;
}

interface Person {
  root: string;
  initial: string;
  gender?: 'm' | 'f';
  patronymic?: string;
  /** Per document: offsets of its full-name mentions. */
  byDoc: Map<string, number[]>;
}

type PersonIndex = ReturnType<typeof indexPersons>;

/**
 * Returns the key each surname-only mention links under (a full name's key, or its own surname key),
 * and for a lone word the recognizer took for a first name, the person whose surname it is in the
 * same article ('Абенов' after 'Нур-Ислам Абенов'); a first name used in the article stays alone.
 */
export function resolveSurnames(items: readonly KeyedMention[], groups: KeyGroups): Map<KeyedMention, string> {
  const index = indexPersons(items, groups);
  const out = new Map<KeyedMention, string>();
  for (const it of items) {
    const kind = it.mk.kind;
    if (kind !== 'last' && kind !== 'first') continue;
    const key = (kind === 'last' ? surnameRoot(it, index) : loneWordRoot(it, index)) ?? it.mk.key;
    groups.add(key);
    out.set(it, key);
  }
  return out;
}

function surnameRoot(it: KeyedMention, { bySurname, byDeletion, byInner }: PersonIndex): string | undefined {
  const last = it.mk.last!;
  const fits = (p: Person) => compatible(it.mk, p);
  let cands = [...(bySurname.get(last) ?? [])].filter(fits);
  if (cands.length === 0 && it.mk.gender === 'f') cands = [...(bySurname.get(feminine(last)) ?? [])].filter(fits);
  // 'Соколову' is the man's dative and the woman's accusative: read as a man's, it may still be hers.
  if (cands.length === 0 && it.mk.gender === 'm' && /у$/u.test(it.m.text)) cands = [...(bySurname.get(feminine(last)) ?? [])].filter((p) => p.gender === 'f');
  if (cands.length === 0) cands = writtenHere(it, bySurname);
  if (cands.length === 0) cands = [...(byInner.get(last) ?? [])].filter((p) => p.byDoc.has(it.uri) && fits(p));
  if (cands.length === 0) cands = nearSurnames(last, bySurname, byDeletion).filter(fits);
  return choose(it, cands);
}

/** The surname as written is one person's in this article ('Никипелова' read as the man's genitive). */
function writtenHere(it: KeyedMention, bySurname: Map<string, Set<Person>>): Person[] {
  const here = [...(bySurname.get(skeleton(it.m.text)) ?? [])].filter((p) => p.byDoc.has(it.uri));
  return here.length === 1 ? here : [];
}

function loneWordRoot(it: KeyedMention, { bySurname, firstNames }: PersonIndex): string | undefined {
  const named = firstNames.get(it.uri)?.get(it.mk.head!);
  if (named) return givenNameRoot(it, [...named]);
  return choose(it, [...(bySurname.get(it.mk.words[0]) ?? [])].filter((p) => p.byDoc.has(it.uri)));
}

/** The one person of the article with this given name (and patronymic, when both have one), named before. */
function givenNameRoot(it: KeyedMention, named: Person[]): string | undefined {
  const patronymic = it.mk.patronymic;
  const fits = named.filter((p) => !patronymic || !p.patronymic || p.patronymic === patronymic);
  if (fits.length !== 1) return undefined;
  return fits[0].byDoc.get(it.uri)![0] < it.m.start ? fits[0].root : undefined;
}

/** The feminine form of a masculine surname skeleton (a woman's surname read as the man's lemma). */
export function feminine(last: string): string {
  return /(ов|ев|ин|ын)$/.test(last) ? `${last}а` : last.replace(/ски$/, 'ская').replace(/цки$/, 'цкая');
}

/** Persons with a full name, by surname skeleton and by that skeleton with one inner letter dropped. */
function indexPersons(items: readonly KeyedMention[], groups: KeyGroups) {
  const persons = new Map<string, Person>();
  const bySurname = new Map<string, Set<Person>>();
  const byDeletion = new Map<string, Set<Person>>();
  const byInner = new Map<string, Set<Person>>();
  /** Per document: persons by their first given name. */
  const firstNames = new Map<string, Map<string, Set<Person>>>();
  for (const it of items) {
    if (it.mk.kind !== 'full') continue;
    const root = groups.find(it.mk.key);
    let p = persons.get(root);
    if (!p) persons.set(root, (p = { root, initial: it.mk.words[0].charAt(0), byDoc: new Map() }));
    p.gender ??= it.mk.gender;
    p.patronymic ??= it.mk.patronymic;
    pushTo(p.byDoc, it.uri, it.m.start);
    let heads = firstNames.get(it.uri);
    if (!heads) firstNames.set(it.uri, (heads = new Map()));
    addTo(heads, it.mk.head!, p);
    addTo(bySurname, it.mk.last!, p);
    for (const d of interiorDeletions(it.mk.last!)) addTo(byDeletion, d, p);
    for (const w of it.mk.inner ?? []) addTo(byInner, w, p);
  }
  return { bySurname, byDeletion, byInner, firstNames };
}

/** Surnames whose form shows the gender (Захаров/Захарова, Жуковский/Жуковская); others do not. */
const GENDERED = /(ов|ев|ин|ын|ова|ева|ина|ына|ски|ская|цки|цкая)$/;

function compatible(mk: MentionKey, p: Person): boolean {
  if (mk.gender && p.gender && mk.gender !== p.gender && GENDERED.test(mk.last!)) return false;
  return !mk.initial || mk.initial === p.initial;
}

/** Persons whose surname is this one with one letter dropped inside, or the other way round. */
function nearSurnames(last: string, bySurname: Map<string, Set<Person>>, byDeletion: Map<string, Set<Person>>): Person[] {
  const out = new Set(byDeletion.get(last) ?? []);
  for (const d of interiorDeletions(last)) for (const p of bySurname.get(d) ?? []) out.add(p);
  return [...out];
}

/** Same article first (several: the nearest full mention before, else the first after); else the only one. */
function choose(it: KeyedMention, cands: Person[]): string | undefined {
  const here = cands.filter((p) => p.byDoc.has(it.uri));
  if (here.length === 1) return here[0].root;
  if (here.length > 1) {
    const before = (p: Person) => Math.max(-1, ...p.byDoc.get(it.uri)!.filter((s) => s < it.m.start));
    const first = (p: Person) => p.byDoc.get(it.uri)![0];
    const best = here.reduce((a, b) => (before(b) > before(a) || (before(b) === before(a) && first(b) < first(a)) ? b : a));
    return best.root;
  }
  return cands.length === 1 ? cands[0].root : undefined;
}

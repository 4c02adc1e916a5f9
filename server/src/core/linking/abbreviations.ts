/**
 * Names an article shortens. An abbreviation introduced for a full name ('Японское агентство
 * международного сотрудничества (JICA)', marked by the recognizer with `aliasOf`) and two case forms
 * of one name ('Трактора' kept as written beside 'Трактор') join keys: every later 'JICA' in the
 * corpus names that organization. A short form of a longer name of its article (an acronym 'СУМК',
 * some of the words: 'Кировский суд', a compound: 'Минздрав', see shortForms.ts) names the longer one in that article only,
 * when it shortens one entity there (or names that each shorter candidate shortens too).
 */
import type { KeyGroups } from './keyGroups';
import type { LinkItem } from './buildEntity';
import { isAcronymName, isAcronymOf, isCompoundOf, isSubsetOf, nameWords, sameStems } from './shortForms';
import { pushTo } from '../util/multiMap';

/** The item an abbreviation was introduced for, among items of the same document. */
export function abbreviationTarget(it: LinkItem, sameDoc: (index: number) => LinkItem | undefined): LinkItem | undefined {
  if (it.m.aliasOf === undefined) return undefined;
  const target = sameDoc(it.m.aliasOf);
  if (!target || target === it || target.m.type !== it.m.type) return undefined;
  return it.m.type === 'ORG' || it.m.type === 'LOC' ? target : undefined;
}

const named = (it: LinkItem) => (it.m.type === 'ORG' || it.m.type === 'LOC') && it.mk.kind === 'name';

/** The country after a federal body's name ('Минобрнауки России' shortens 'Министерство науки ... России'). */
const COUNTRY = /^(россии|рф|российской федерации)$/;

/** The longer names of its article a name may shorten (same type, another key). */
export function shortenedBy(it: LinkItem, doc: readonly LinkItem[]): LinkItem[] {
  if (!named(it)) return [];
  const name = it.m.name;
  return doc.filter((o) => o.m.type === it.m.type && named(o) && o.mk.key !== it.mk.key && shortens(name, o.m.name));
}

function shortens(name: string, long: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 1 && COUNTRY.test(words.slice(1).join(' ').toLowerCase())) return shortens(words[0], long);
  if (isAcronymName(name)) return isAcronymOf(name, long);
  return words.length < 2 ? isCompoundOf(name, long) : isSubsetOf(name, long);
}

/** Other case forms of the name in its article, when one of the two is the form as written. */
export function caseForms(it: LinkItem, doc: readonly LinkItem[]): LinkItem[] {
  if (!named(it) || it.mk.words.length === 0) return [];
  return doc.filter((o) => o.m.type === it.m.type && named(o) && o.mk.words.length > 0 && o.mk.key !== it.mk.key &&
    (it.m.name === it.m.text || o.m.name === o.m.text) && sameStems(it.m.name, o.m.name));
}

/** Items of one article whose linking reads each other (both ways): abbreviations, short forms, case forms. */
export function articlePairs(doc: readonly LinkItem[]): Map<LinkItem, LinkItem[]> {
  const pairs = new Map<LinkItem, LinkItem[]>();
  const link = (a: LinkItem, b: LinkItem) => {
    pushTo(pairs, a, b);
    pushTo(pairs, b, a);
  };
  for (const it of doc) {
    const target = abbreviationTarget(it, (i) => doc[i]);
    if (target) link(it, target);
    for (const o of shortenedBy(it, doc)) link(it, o);
    for (const o of caseForms(it, doc)) if (o.order > it.order) link(it, o);
  }
  return pairs;
}

function byDocument(items: readonly LinkItem[]): Map<string, LinkItem[]> {
  const docs = new Map<string, LinkItem[]>();
  for (const it of items) pushTo(docs, it.uri, it);
  return docs;
}

/** Key joins: introduced abbreviations and case forms. */
export function joinIntroducedAbbreviations(items: readonly LinkItem[], groups: KeyGroups): void {
  const byPlace = new Map(items.map((it) => [`${it.uri}\u0000${it.index}`, it]));
  for (const it of items) {
    const target = abbreviationTarget(it, (index) => byPlace.get(`${it.uri}\u0000${index}`));
    if (target) groups.union(target.mk.key, it.mk.key);
  }
  for (const doc of byDocument(items.filter(named)).values()) {
    for (const it of doc) for (const o of caseForms(it, doc)) groups.union(o.mk.key, it.mk.key);
  }
}

/**
 * Item joins: each short form to the longer name it shortens in its article (out: item -> key). Several
 * candidates: the longest, when it holds every other (a chain of shorter forms), else none.
 */
export function resolveShortForms(items: readonly LinkItem[], groups: KeyGroups, out: { set(it: LinkItem, key: string): unknown }): void {
  for (const doc of byDocument(items.filter(named)).values()) {
    for (const it of doc) {
      const cands = shortenedBy(it, doc);
      if (!cands.length) continue;
      const longest = cands.reduce((a, b) => (nameWords(b.m.name).length > nameWords(a.m.name).length ? b : a));
      const root = groups.find(longest.mk.key);
      if (cands.every((c) => groups.find(c.mk.key) === root || isSubsetOf(c.m.name, longest.m.name))) out.set(it, root);
    }
  }
}

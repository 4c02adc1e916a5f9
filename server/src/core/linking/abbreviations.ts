/**
 * Names an article shortens. An abbreviation introduced for a full name ('Японское агентство
 * международного сотрудничества (JICA)', marked by the recognizer with `aliasOf`) and two case forms
 * of one name ('Трактора' kept as written beside 'Трактор') join keys: every later 'JICA' in the
 * corpus names that organization. A short form of a longer name of its article (an acronym 'СУМК',
 * some of the words: 'Кировский суд', a compound: 'Минздрав', see shortForms.ts) names the longer one
 * in that article only, when it shortens one entity there (or names that each shorter candidate
 * shortens too). Names are compared once per article, looked up by their words: linear in mentions.
 */
import type { KeyGroups } from './keyGroups';
import type { LinkItem } from './buildEntity';
import { nameLookups, nameWords, shortens } from './shortForms';
import { addTo, pushTo } from '../util/multiMap';

/** The item an abbreviation was introduced for, among items of the same document. */
export function abbreviationTarget(it: LinkItem, sameDoc: (index: number) => LinkItem | undefined): LinkItem | undefined {
  if (it.m.aliasOf === undefined) return undefined;
  const target = sameDoc(it.m.aliasOf);
  if (!target || target === it || target.m.type !== it.m.type) return undefined;
  return it.m.type === 'ORG' || it.m.type === 'LOC' ? target : undefined;
}

const named = (it: LinkItem) => (it.m.type === 'ORG' || it.m.type === 'LOC') && it.mk.kind === 'name';

/** One name of an article (type and name; one key) and its items there. */
interface ArticleName {
  name: string;
  key: string;
  items: LinkItem[];
  /** Some item of it is written as its name (the recognizer kept the form as written). */
  asWritten: boolean;
  lookups: ReturnType<typeof nameLookups>;
}

/** The organization and place names of one article, indexed for short forms and case forms. */
export class ArticleNames {
  /** By key object: the keyer gives one per (type, name). */
  readonly names = new Map<LinkItem['mk'], ArticleName>();
  private readonly longer = new Map<string, Set<ArticleName>>();
  private readonly forms = new Map<string, ArticleName[]>();

  constructor(doc: readonly LinkItem[]) {
    const wanted = new Set<string>();
    for (const it of doc) {
      if (!named(it)) continue;
      let n = this.names.get(it.mk);
      if (!n) {
        const lookups = nameLookups(it.m.type, it.m.name);
        this.names.set(it.mk, (n = { name: it.m.name, key: it.mk.key, items: [], asWritten: false, lookups }));
        for (const k of 'any' in lookups.short ? lookups.short.any : lookups.short.all) wanted.add(k);
        if (lookups.signature !== undefined && it.mk.words.length) pushTo(this.forms, lookups.signature, n);
      }
      n.items.push(it);
      n.asWritten ||= it.m.name === it.m.text;
    }
    // Longer names only under the keys some name of the article looks up.
    for (const n of this.names.values()) for (const k of n.lookups.long) if (wanted.has(k)) addTo(this.longer, k, n);
  }

  /** The longer names of the article this one may shorten (another key). */
  shortened(n: ArticleName): ArticleName[] {
    const out = new Set<ArticleName>();
    for (const o of this.candidates(n.lookups.short)) if (o.key !== n.key && shortens(n.name, o.name)) out.add(o);
    return [...out];
  }

  /** The names under any of the keys, or under the rarest of keys all required. */
  private *candidates(keys: ArticleName['lookups']['short']): Iterable<ArticleName> {
    if ('any' in keys) {
      for (const k of keys.any) yield* this.longer.get(k) ?? [];
      return;
    }
    let rarest: Set<ArticleName> | undefined;
    for (const k of keys.all) {
      const set = this.longer.get(k);
      if (!set) return;
      if (!rarest || set.size < rarest.size) rarest = set;
    }
    yield* rarest ?? [];
  }

  /** Pairs of names with the same stems, one of them as written, other keys (known names aside). */
  caseForms(): Array<[ArticleName, ArticleName]> {
    const out: Array<[ArticleName, ArticleName]> = [];
    for (const group of this.forms.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const [a, b] = [group[i], group[j]];
          if (a.key !== b.key && (a.asWritten || b.asWritten)) out.push([a, b]);
        }
      }
    }
    return out;
  }
}

/**
 * Items of one article whose linking reads each other (both ways): abbreviations, short forms, case
 * forms. `names`: the article's name index when already built from these items (see resolveShortForms).
 */
export function articlePairs(doc: readonly LinkItem[], names = new ArticleNames(doc)): Map<LinkItem, LinkItem[]> {
  const pairs = new Map<LinkItem, LinkItem[]>();
  const link = (a: LinkItem, b: LinkItem) => {
    pushTo(pairs, a, b);
    pushTo(pairs, b, a);
  };
  for (const it of doc) {
    const target = abbreviationTarget(it, (i) => doc[i]);
    if (target) link(it, target);
  }
  // The other items of a name share its key: the relations reach them from the first.
  for (const n of names.names.values()) for (const o of names.shortened(n)) link(n.items[0], o.items[0]);
  for (const [a, b] of names.caseForms()) link(a.items[0], b.items[0]);
  return pairs;
}

function byDocument(items: readonly LinkItem[]): Map<string, LinkItem[]> {
  const docs = new Map<string, LinkItem[]>();
  for (const it of items) if (named(it)) pushTo(docs, it.uri, it);
  return docs;
}

/** Key joins: introduced abbreviations. */
export function joinIntroducedAbbreviations(items: readonly LinkItem[], groups: KeyGroups): void {
  const marked = items.filter((it) => it.m.aliasOf !== undefined);
  if (!marked.length) return;
  const byPlace = new Map(items.map((it) => [`${it.uri}\u0000${it.index}`, it]));
  for (const it of marked) {
    const target = abbreviationTarget(it, (index) => byPlace.get(`${it.uri}\u0000${index}`));
    if (target) groups.union(target.mk.key, it.mk.key);
  }
}

/**
 * Case forms join keys (organizations and places only: persons' keys are not read, before or after).
 * Then item joins: each short form to the longer name it shortens in its article (out: item -> key).
 * Several candidates: the longest, when it holds every other (a chain of shorter forms), else none.
 * `built` receives each article's name index (per uri; whole articles only when `items` holds them).
 */
export function resolveShortForms(
  items: readonly LinkItem[], groups: KeyGroups, out: { set(it: LinkItem, key: string): unknown }, built?: Map<string, ArticleNames>,
): void {
  const articles = [...byDocument(items)].map(([uri, doc]) => {
    const names = new ArticleNames(doc);
    built?.set(uri, names);
    return names;
  });
  for (const names of articles) for (const [a, b] of names.caseForms()) groups.union(a.key, b.key);
  for (const names of articles) {
    for (const n of names.names.values()) {
      const cands = names.shortened(n);
      if (!cands.length) continue;
      const longest = cands.reduce((a, b) => (nameWords(b.name).length > nameWords(a.name).length ? b : a));
      const root = groups.find(longest.key);
      if (!cands.every((c) => groups.find(c.key) === root || shortens(c.name, longest.name))) continue;
      for (const it of n.items) out.set(it, root);
    }
  }
}

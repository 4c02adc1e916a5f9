/**
 * The relations linking follows, indexed so that an edit finds every item whose entity it may change:
 * items sharing a key; keys one dropped letter apart or matching one known name; a federal body named
 * with its country and the key of its name without it ('МВД России', 'МВД'); an abbreviation and
 * the name it was introduced for; a surname-only mention and the full names with that surname (or its
 * feminine form, or one letter apart; or a given word after the first: a first surname); a lone first
 * name and the full names of its article with that first name. The component of an item under these
 * relations is closed: linking it alone gives what linking the whole corpus gives it. Keys are nodes
 * (a key seen by 10,000 mentions is visited once).
 */
import { skeleton } from '../variants/normalize';
import { interiorDeletions } from '../variants/variantKind';
import { SetMap } from '../util/multiMap';
import { articlePairs, type ArticleNames } from './abbreviations';
import type { LinkItem } from './buildEntity';
import type { KnownSignatures } from './neighbours';
import { feminine } from './surnames';

export class LinkRelations {
  private readonly byKey = new SetMap<string, LinkItem>();
  /** Shorter signature (one letter dropped in one word) -> keys that give it. */
  private readonly byDeletion = new SetMap<string, string>();
  /** Alias key -> keys whose signature matches that known name. */
  private readonly byAlias = new SetMap<string, string>();
  /** Surname skeleton -> full-name keys with it; and with one letter dropped. */
  private readonly fullBySurname = new SetMap<string, string>();
  private readonly fullByDeletion = new SetMap<string, string>();
  /** Surname-only and lone-word items by every surname they resolve to as written (L, its feminine, the text). */
  private readonly partial = new SetMap<string, LinkItem>();
  /** Surname-only items by their surname with one letter dropped; and by the surname itself. */
  private readonly partialByDeletion = new SetMap<string, LinkItem>();
  private readonly partialBySurname = new SetMap<string, LinkItem>();
  /** Items of a federal body named with its country, by the key of the name without it. */
  private readonly byBare = new SetMap<string, LinkItem>();
  private readonly docs = new Map<string, LinkItem[]>();
  /** Per document with abbreviations or short forms (abbreviations.ts): the items each one reads, both ways. */
  private readonly abbreviations = new Map<string, Map<LinkItem, LinkItem[]>>();

  constructor(private readonly known: KnownSignatures) {}

  items(uri: string): LinkItem[] {
    return this.docs.get(uri) ?? [];
  }

  /**
   * Sets a document's items; items in `kept` were there before (moved, not re-added). `names`: the
   * document's name index when the link built it from these items.
   */
  setDocument(uri: string, items: LinkItem[], kept: ReadonlySet<LinkItem> = NO_ITEMS, names?: ArticleNames): void {
    for (const it of this.docs.get(uri) ?? []) if (!kept.has(it)) this.remove(it);
    if (items.length) this.docs.set(uri, items);
    else this.docs.delete(uri);
    this.abbreviations.delete(uri);
    for (const it of items) if (!kept.has(it)) this.add(it);
    const pairs = articlePairs(items, names);
    if (pairs.size) this.abbreviations.set(uri, pairs);
  }

  /** Every item reachable from the seeds. */
  component(seeds: Iterable<LinkItem>): LinkItem[] {
    const walk = new Walk(this);
    for (const it of seeds) walk.item(it);
    return walk.run();
  }

  // --- what the walk asks

  keyItems(key: string): Iterable<LinkItem> {
    return this.byKey.get(key);
  }

  /** Items whose name without the country has this key ('МВД России' for the key of 'МВД'). */
  bareItems(key: string): Iterable<LinkItem> {
    return this.byBare.get(key);
  }

  /** Keys joined to this one by signature: dropped letters both ways and known names. */
  keyNeighbours(key: string, sample: LinkItem | undefined): string[] {
    const out = [...this.byAlias.get(key)];
    if (!sample || !signed(sample)) return out;
    const mk = sample.mk;
    for (const s of shorterSignatures(mk.prefix!, mk.words)) {
      if (this.byKey.has(s)) out.push(s);
      append(out, this.known.exact.get(s));
    }
    append(out, this.byDeletion.get(key));
    append(out, this.known.exact.get(key));
    append(out, this.known.dropped.get(key));
    return out;
  }

  /** Full-name keys a surname-only or lone-word item may resolve to; full names of its article. */
  surnameKeys(it: LinkItem): string[] {
    const mk = it.mk;
    if (mk.kind !== 'first' && mk.kind !== 'last') return NONE;
    if (mk.kind === 'first') return [...this.fullBySurname.get(mk.words[0])];
    const last = mk.last!;
    const out = new Set<string>();
    for (const s of [last, feminine(last), skeleton(it.m.text), ...interiorDeletions(last)]) {
      for (const k of this.fullBySurname.get(s)) out.add(k);
    }
    for (const k of this.fullByDeletion.get(last)) out.add(k);
    return [...out];
  }

  /**
   * Surname-only and lone-word items that may resolve to a full name with this surname: as written, one
   * letter dropped from theirs (the full name's surname is shorter), or one dropped from this one.
   */
  partialItems(surname: string): LinkItem[] {
    const out: LinkItem[] = [];
    append(out, this.partial.get(surname));
    append(out, this.partialByDeletion.get(surname));
    for (const d of interiorDeletions(surname)) append(out, this.partialBySurname.get(d));
    return out;
  }

  /**
   * Items of the same article whose linking reads this one: a lone word and the full names whose first
   * name it is (it then stays a first name); an abbreviation and its full name.
   */
  articleItems(it: LinkItem): LinkItem[] {
    const kind = it.mk.kind;
    const abbreviations = this.abbreviations.get(it.uri);
    if (kind !== 'first' && kind !== 'full' && !abbreviations) return [];
    const doc = this.docs.get(it.uri) ?? [];
    const out: LinkItem[] = [];
    if (kind === 'first') append(out, doc.filter((o) => o.mk.kind === 'full' && o.mk.head === it.mk.head));
    if (kind === 'full') append(out, doc.filter((o) => o.mk.kind === 'first' && o.mk.head === it.mk.head));
    append(out, abbreviations?.get(it));
    return out;
  }

  // --- upkeep

  private add(it: LinkItem): void {
    const key = it.mk.key;
    const fresh = !this.byKey.has(key);
    this.byKey.add(key, it);
    if (fresh) this.keyAppeared(it);
    this.partialRelations(it, addTo);
  }

  private remove(it: LinkItem): void {
    const key = it.mk.key;
    if (this.byKey.delete(key, it)) this.keyGone(it);
    this.partialRelations(it, drop);
  }

  private partialRelations(it: LinkItem, apply: <T>(map: SetMap<string, T>, k: string, v: T) => void): void {
    if (it.mk.bare) apply(this.byBare, it.mk.bare, it);
    for (const s of partialSurnames(it)) apply(this.partial, s, it);
    if (it.mk.kind !== 'last' || !it.mk.last) return;
    apply(this.partialBySurname, it.mk.last, it);
    for (const d of interiorDeletions(it.mk.last)) apply(this.partialByDeletion, d, it);
  }

  private keyAppeared(it: LinkItem): void {
    this.keyRelations(it, addTo);
  }

  private keyGone(it: LinkItem): void {
    this.keyRelations(it, drop);
  }

  private keyRelations(it: LinkItem, apply: <T>(map: SetMap<string, T>, k: string, v: T) => void): void {
    const mk = it.mk;
    if (signed(it)) {
      for (const s of shorterSignatures(mk.prefix!, mk.words)) {
        apply(this.byDeletion, s, mk.key);
        for (const alias of this.known.exact.get(s) ?? []) apply(this.byAlias, alias, mk.key);
      }
      for (const alias of [...(this.known.exact.get(mk.key) ?? []), ...(this.known.dropped.get(mk.key) ?? [])]) {
        apply(this.byAlias, alias, mk.key);
      }
    }
    if (mk.kind === 'full' && mk.last) {
      for (const w of mk.inner ?? []) apply(this.fullBySurname, w, mk.key);
      apply(this.fullBySurname, mk.last, mk.key);
      for (const d of interiorDeletions(mk.last)) apply(this.fullByDeletion, d, mk.key);
    }
  }
}

const NONE: string[] = [];
const NO_ITEMS: ReadonlySet<LinkItem> = new Set();

/** Keys that take part in signature joins (surname-only keys do not: they resolve by surname). */
function signed(it: LinkItem): boolean {
  return it.mk.kind !== 'last' && it.mk.kind !== 'date' && !!it.mk.prefix && it.mk.words.length > 0;
}

function shorterSignatures(prefix: string, words: string[]): string[] {
  const out: string[] = [];
  words.forEach((word, i) => {
    for (const d of interiorDeletions(word)) out.push(prefix + words.map((w, j) => (j === i ? d : w)).join('|'));
  });
  return out;
}

/** The surnames a partial item resolves to as written (what a full name's surname is looked up under). */
function partialSurnames(it: LinkItem): string[] {
  const mk = it.mk;
  if (mk.kind === 'first') return [mk.words[0]];
  if (mk.kind !== 'last' || !mk.last) return [];
  return [...new Set([mk.last, feminine(mk.last), skeleton(it.m.text)])];
}

/** Appends without spreading (lists may be long). */
function append<T>(out: T[], items: Iterable<T> | undefined): void {
  if (items) for (const x of items) out.push(x);
}

function addTo<T>(map: SetMap<string, T>, key: string, value: T): void {
  map.add(key, value);
}

function drop<T>(map: SetMap<string, T>, key: string, value: T): void {
  map.delete(key, value);
}

/** One breadth-first walk over items and keys. */
class Walk {
  private readonly seenItems = new Set<LinkItem>();
  private readonly seenKeys = new Set<string>();
  private readonly queue: LinkItem[] = [];

  constructor(private readonly rel: LinkRelations) {}

  item(it: LinkItem): void {
    if (this.seenItems.has(it)) return;
    this.seenItems.add(it);
    this.queue.push(it);
  }

  run(): LinkItem[] {
    for (let i = 0; i < this.queue.length; i++) {
      const it = this.queue[i];
      this.key(it.mk.key, it);
      if (it.mk.bare) this.key(it.mk.bare);
      for (const k of this.rel.surnameKeys(it)) this.key(k);
      for (const o of this.rel.articleItems(it)) this.item(o);
    }
    return this.queue;
  }

  private key(key: string, sample?: LinkItem): void {
    if (this.seenKeys.has(key)) return;
    this.seenKeys.add(key);
    let first = sample;
    for (const o of this.rel.keyItems(key)) {
      first ??= o;
      this.item(o);
    }
    for (const o of this.rel.bareItems(key)) this.item(o);
    for (const k of this.rel.keyNeighbours(key, first)) this.key(k);
    if (first?.mk.kind !== 'full' || !first.mk.last) return;
    for (const surname of [first.mk.last, ...(first.mk.inner ?? [])]) for (const o of this.rel.partialItems(surname)) this.item(o);
  }
}

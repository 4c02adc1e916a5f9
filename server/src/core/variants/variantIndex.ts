/**
 * The matcher kept up to date entity by entity, for incremental linking: `set` and `delete` change
 * the word index in time proportional to the entity's words; `pairsOf` decides only the pairs that
 * involve the given entities (an edit re-decides its own entities, not the corpus). The same pairs as
 * findVariantPairs: words sharing a blocking key, and organization names written two ways (whole-name
 * key, 'им.' / 'имени' before one eponym).
 */
import { align, type Alignment } from './align';
import {
  abbreviationPairs, blockKey, blockKeys, dense, denseIndex, densePartners, low, nameFormPairs, nameKey, sameTypeOrSlip, toPair, WORD_MIN,
  type DenseIndex, type MatchEntity, type MatchOptions, type VariantPair, type WordHolder,
} from './candidates';
import { decide, givenNames, inflectionOf, surelyTooDifferent, wordRules } from './evidence';
import { hyphenSpacePairs, joinKeysOf } from './joins';
import { strayCandidates, strayNames, strayTarget, type StrayCandidate, type StrayName, type StrayTarget } from './stray';

interface Rule { al: Alignment; blocked: boolean }

const BLOCKED: Rule = { al: { edits: [], cost: Infinity, first: false, ending: false } as unknown as Alignment, blocked: true };

export class VariantIndex {
  private readonly entities = new Map<string, MatchEntity>();
  /** type + spelling -> holders. */
  private readonly holders = new Map<string, WordHolder[]>();
  /** blocking key -> holder keys. */
  private readonly buckets = new Map<string, Set<string>>();
  /** Whole-name keys and eponym keys of organizations -> entity ids (name-form pairs). */
  private readonly names = new Map<string, Set<string>>();
  /** Hyphenated words and spaced word pairs by their letters -> entity ids (joins.ts). */
  private readonly joins = new Map<string, Set<string>>();
  /** First word -> second word -> the word rules' verdict with its alignment (pairs let through). */
  private readonly rules = new Map<string, Map<string, Rule>>();
  private rulesKept = 0;
  /** Word pairs the word rules forbid, by the lesser word then the greater (either order). */
  private readonly blocked = new Map<string, Set<string>>();
  private blockedKept = 0;
  /**
   * Per word held by several entities: the other words sharing a blocking key with it (wordPairs), while
   * no entity comes or goes. A full pass decides ten entities at a time, and a given name held by hundreds
   * of entities is asked for in most steps.
   */
  private readonly othersKept = new Map<string, readonly string[]>();
  /** Per holder key: its holders indexed for densePartners (dropped when the holders change). */
  private readonly denseIndexes = new Map<string, DenseIndex>();
  /** Holder key -> its spelling (wordPairs), for the keys held. */
  private readonly spellings = new Map<string, string>();
  /** Per stray word: its candidates (stray.ts), while no entity with a word under a blocking key it looked up changed. */
  private readonly strays = new Map<string, readonly StrayCandidate[]>();
  /** Per blocking key: the stray words kept in `strays` that looked it up (dropped when an entity's word under it changes). */
  private readonly strayReaders = new Map<string, string[]>();
  /** The first three letters of the whole-name keys ('n' keys of `names`) of entities other than people (strayNames: none for a person), with how many keys of entities open with them. */
  private readonly namePrefixes = new Map<string, number>();
  /** Per whole-name key: the stray name under it (strayName; null: none), while no entity with that key changed. */
  private readonly strayNameCache = new Map<string, StrayName | null>();

  constructor(private readonly options: MatchOptions = {}) {}

  get size(): number {
    return this.entities.size;
  }

  get(id: string): MatchEntity | undefined {
    return this.entities.get(id);
  }

  set(e: MatchEntity): void {
    if (this.entities.has(e.id)) this.delete(e.id);
    this.forgetStrays(e);
    this.othersKept.clear();
    this.entities.set(e.id, e);
    for (const k of nameKeysOf(e)) {
      addKey(this.names, k, e.id);
      if (e.type !== 'PER') this.countPrefix(k, 1);
    }
    for (const k of joinKeysOf(e)) addKey(this.joins, k, e.id);
    for (const w of e.words) {
      if ([...w.spelling].length < WORD_MIN || !/\p{L}/u.test(w.spelling)) continue;
      const key = `${e.type}\u0000${w.spelling}`;
      let list = this.holders.get(key);
      if (!list) {
        this.holders.set(key, (list = []));
        for (const b of blockKeys(w.spelling)) addKey(this.buckets, b, key);
      }
      list.push({ entity: e, count: w.count, part: w.part ?? 'other' });
      this.denseIndexes.delete(key);
    }
  }

  delete(id: string): void {
    const e = this.entities.get(id);
    if (!e) return;
    this.entities.delete(id);
    this.forgetStrays(e);
    this.othersKept.clear();
    for (const k of nameKeysOf(e)) {
      dropKey(this.names, k, id);
      if (e.type !== 'PER') this.countPrefix(k, -1);
    }
    for (const k of joinKeysOf(e)) dropKey(this.joins, k, id);
    for (const w of e.words) {
      const key = `${e.type}\u0000${w.spelling}`;
      const list = this.holders.get(key);
      if (!list) continue;
      this.denseIndexes.delete(key);
      const rest = list.filter((h) => h.entity.id !== id);
      if (rest.length) {
        this.holders.set(key, rest);
        continue;
      }
      this.holders.delete(key);
      this.spellings.delete(key);
      for (const b of blockKeys(w.spelling)) dropKey(this.buckets, b, key);
    }
  }

  /**
   * The flagged pairs that involve any of these entities, best first; `done` (a full pass) names
   * entities whose pairs were taken already: a pair with one of them is not decided again.
   */
  pairsOf(ids: Iterable<string>, done?: ReadonlySet<string>): VariantPair[] {
    const wanted = new Set(ids);
    const out: VariantPair[] = [];
    const seen = new Set<string>();
    // Per word (held by one or many of the wanted entities): its candidate words are found and ruled once.
    const byWord = new Map<string, WordHolder[]>();
    for (const id of wanted) {
      const e = this.entities.get(id);
      for (const w of e?.words ?? []) {
        const xk = `${e!.type}\u0000${w.spelling}`;
        const mine = this.holders.get(xk)?.find((h) => h.entity === e);
        if (!mine) continue;
        const list = byWord.get(xk);
        if (list) list.push(mine);
        else byWord.set(xk, [mine]);
      }
    }
    for (const [xk, mine] of byWord) this.wordPairs(xk, mine, seen, out, done);
    out.push(...this.namePairs(wanted), ...this.joinPairs(wanted));
    return out.sort((p, q) => q.score - p.score || p.variant.spelling.localeCompare(q.variant.spelling));
  }

  /** The decided pairs of one word, for some of its holders, with the words sharing a blocking key. */
  private wordPairs(xk: string, holders: WordHolder[], seen: Set<string>, out: VariantPair[], done?: ReadonlySet<string>): void {
    const x = xk.slice(xk.indexOf('\u0000') + 1);
    const others = this.othersOf(xk, x);
    const lx = low(x);
    for (const yk of others) {
      const hy = this.holders.get(yk) ?? [];
      // A word whose holders a full pass has all decided already: every pair with it is taken (asked first: most are, late in a pass).
      if (done && allDone(hy, done)) continue;
      const y = this.spellingOf(yk);
      if (x.length === y.length && lx === low(y)) continue;
      if (this.rule(x, y).blocked) continue;
      // As findVariantPairs pairs the holders of two words: a common word only where the evidence could agree.
      const isDense = dense(this.holders.get(xk)!.length, hy.length);
      for (const a of holders) {
        const partners = isDense ? densePartners(a, x, this.denseIndex(yk, hy, y)) : hy;
        for (const b of partners) if (!done?.has(b.entity.id)) this.decidePair(a, b, x, y, seen, out);
      }
    }
  }

  /** The words sharing a blocking key with a word (buckets over maxBucket left out), in the order found; kept for a word of several holders. */
  private othersOf(xk: string, x: string): readonly string[] {
    const kept = this.othersKept.get(xk);
    if (kept) return kept;
    const others = new Set<string>();
    for (const b of blockKeys(x)) {
      const set = this.buckets.get(b);
      if (set && set.size <= (this.options.maxBucket ?? 64)) for (const k of set) if (k !== xk) others.add(k);
    }
    const list = [...others];
    if ((this.holders.get(xk)?.length ?? 0) > 1) {
      if (this.othersKept.size >= 50_000) this.othersKept.clear();
      this.othersKept.set(xk, list);
    }
    return list;
  }

  /**
   * One holder of a word decided against a holder of the other word, once per pair of entities and
   * words, the sides in one order whichever entity asked (the earlier first mention first, then the
   * other; in one entity, the earlier word first): an edit decides a pair as a full pass does.
   */
  private decidePair(a: WordHolder, b: WordHolder, x: string, y: string, seen: Set<string>, out: VariantPair[]): void {
    if (!sameTypeOrSlip(a.entity, b.entity)) return;
    // Each entity with its own word: two entities that both hold both words make two pairs, not one.
    const ka = `${a.entity.id}\u0001${x}`;
    const kb = `${b.entity.id}\u0001${y}`;
    const key = ka < kb ? `${ka}\u0000${kb}` : `${kb}\u0000${ka}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (!precedes(a, x, b, y)) [a, b, x, y] = [b, a, y, x];
    // Some evidence reads the words in order (an edit in the last letters of the first): either side may flag.
    const d = this.decideFrom(a, b, x, y) ?? this.decideFrom(b, a, y, x);
    if (d) out.push(d);
  }

  private decideFrom(a: WordHolder, b: WordHolder, x: string, y: string): VariantPair | null {
    const r = this.rule(x, y);
    if (r.blocked) return null;
    const d = decide({ a: a.entity, b: b.entity, x, y, countX: a.count, countY: b.count, partX: a.part, partY: b.part, byId: this.entities }, r.al, this.options);
    if (!d) return null;
    const pair = toPair(d, a, b, x, y, 'word');
    return givenNames(x, y, this.options) ? { ...pair, givenNames: true } : pair;
  }

  private denseIndex(yk: string, hy: WordHolder[], y: string): DenseIndex {
    let index = this.denseIndexes.get(yk);
    if (!index) this.denseIndexes.set(yk, (index = denseIndex(hy, y)));
    return index;
  }

  /** The spelling of a holder key (type + spelling), kept while the key is held. */
  private spellingOf(key: string): string {
    let s = this.spellings.get(key);
    if (s === undefined) this.spellings.set(key, (s = key.slice(key.indexOf('\u0000') + 1)));
    return s;
  }

  /** Whether the word rules let a word pair through, and its alignment (cached; most pairs are blocked). */
  private rule(x: string, y: string): Rule {
    const [p, q] = x < y ? [x, y] : [y, x];
    if (this.blocked.get(p)?.has(q)) return BLOCKED;
    const ok = this.rules.get(x)?.get(y);
    if (ok) return ok;
    // Words too far apart (most pairs), or an inflected form, are ruled out before building the alignment (cheaper tests).
    const al = surelyTooDifferent(x, y) || (inflectionOf(x, y) && !givenNames(x, y, this.options)) ? undefined : align(x, y);
    if (!al || wordRules(x, y, al, this.options)) {
      if (this.blockedKept++ > 2_000_000) this.clearCache(this.blocked, 'blockedKept');
      addKey(this.blocked, p, q);
      return BLOCKED;
    }
    const r = { al, blocked: false };
    if (this.rulesKept++ > 200_000) this.clearCache(this.rules, 'rulesKept');
    let row = this.rules.get(x);
    if (!row) this.rules.set(x, (row = new Map()));
    row.set(y, r);
    return r;
  }

  private clearCache(cache: Map<string, unknown>, count: 'blockedKept' | 'rulesKept'): void {
    cache.clear();
    this[count] = 1;
  }

  /** Entity words under a blocking key that a stray word may be a variant of (stray.ts); `keep`: only these entities'. */
  *strayTargets(key: string, keep?: ReadonlySet<string>): Iterable<StrayTarget> {
    for (const hk of this.buckets.get(key) ?? []) {
      const spelling = hk.slice(hk.indexOf('\u0000') + 1);
      if (!strayTarget(spelling)) continue;
      for (const h of this.holders.get(hk) ?? []) {
        if (!keep || keep.has(h.entity.id)) yield { entity: h.entity, spelling, count: h.count, part: h.part };
      }
    }
  }

  /**
   * The entity words a stray word may be a variant of (strayCandidates over every entity), kept per word
   * until an entity with a word under one of the blocking keys it looked up changes: they are a function
   * of the word and of what strayTargets gives under those keys.
   */
  strayCandidates(text: string): readonly StrayCandidate[] {
    let list = this.strays.get(text);
    if (!list) {
      if (this.strays.size >= 100_000) {
        this.strays.clear();
        this.strayReaders.clear();
      }
      const lookup = (k: string) => {
        // A list, not a set: few stray words share a key, and a list of one holds far less.
        const readers = this.strayReaders.get(k);
        if (!readers) this.strayReaders.set(k, [text]);
        else if (!readers.includes(text)) readers.push(text);
        return this.strayTargets(k);
      };
      this.strays.set(text, (list = strayCandidates(text, lookup, this.options)));
    }
    return list;
  }

  /**
   * Drops what the stray caches kept that an entity's coming or going changes: the stray words that
   * looked up a blocking key of its words (strayTargets yields only words strayTarget accepts), the
   * stray names under its whole-name keys.
   */
  private forgetStrays(e: MatchEntity): void {
    for (const w of e.words) {
      if (!strayTarget(w.spelling)) continue;
      for (const b of blockKeys(w.spelling)) {
        for (const text of this.strayReaders.get(b) ?? []) this.strays.delete(text);
        this.strayReaders.delete(b);
      }
    }
    for (const k of nameKeysOf(e)) if (k.startsWith('n\u0000')) this.strayNameCache.delete(k.slice(2));
  }

  /** The most written organization name of several parts under a whole-name key (stray.ts). */
  strayName(key: string): StrayName | undefined {
    let kept = this.strayNameCache.get(key);
    if (kept === undefined) {
      if (this.strayNameCache.size >= 100_000) this.strayNameCache.clear();
      this.strayNameCache.set(key, (kept = this.strayNameUncached(key) ?? null));
    }
    return kept ?? undefined;
  }

  /**
   * Whether a run of words opening with this word may have a stray name (strayNamePairsIn asks before
   * building any key): its key opens with the first three letters of the run's first word in lower case,
   * ё as е, when they are Cyrillic (lower-cased alike in any context) and the word is not 'имени' (which
   * the key shortens), and a stray name is an organization's or a place's; any other word may.
   */
  strayNameMayOpen(word: string): boolean {
    if (!CYRILLIC_OPENING.test(word) || low(word) === 'имени') return true;
    return this.namePrefixes.has(low(word.slice(0, 3)).replace(/ё/g, 'е'));
  }

  /** Counts an entity's whole-name key coming (1) or going (-1) under its first three letters. */
  private countPrefix(k: string, by: 1 | -1): void {
    if (!k.startsWith('n\u0000')) return;
    const prefix = k.slice(2, 5);
    const n = (this.namePrefixes.get(prefix) ?? 0) + by;
    if (n > 0) this.namePrefixes.set(prefix, n);
    else this.namePrefixes.delete(prefix);
  }

  private strayNameUncached(key: string): StrayName | undefined {
    let best: StrayName | undefined;
    for (const id of this.names.get(`n\u0000${key}`) ?? []) {
      for (const n of strayNamesOf(this.entities.get(id)!)) if (n.key === key && (!best || best.count < n.count)) best = n;
    }
    return best;
  }

  /** Hyphen/space pairs involving the wanted entities: decided among the entities sharing a join key. */
  private joinPairs(wanted: ReadonlySet<string>): VariantPair[] {
    const group = new Set<string>();
    for (const id of wanted) {
      const e = this.entities.get(id);
      for (const k of e ? joinKeysOf(e) : []) for (const other of this.joins.get(k) ?? []) group.add(other);
    }
    if (!group.size) return [];
    const entities = [...group].map((id) => this.entities.get(id)!);
    return hyphenSpacePairs(entities, this.options).filter((p) => wanted.has(p.variant.entity) || wanted.has(p.preferred.entity));
  }

  /** Organization-name pairs involving the wanted entities: decided among the entities sharing a key. */
  private namePairs(wanted: ReadonlySet<string>): VariantPair[] {
    const group = new Set<string>();
    for (const id of wanted) {
      const e = this.entities.get(id);
      if (!e) continue;
      for (const k of nameKeysOf(e)) for (const other of this.names.get(k) ?? []) group.add(other);
    }
    if (!group.size) return [];
    const entities = [...group].map((id) => this.entities.get(id)!).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const involves = (p: VariantPair) => wanted.has(p.variant.entity) || wanted.has(p.preferred.entity);
    return [...nameFormPairs(entities, this.options), ...abbreviationPairs(entities)].filter(involves);
  }
}

/** A word opening with three Cyrillic letters. */
const CYRILLIC_OPENING = /^[А-ЯЁа-яё]{3}/;

/** strayNames per entity, kept with it (an entity's input is not changed once made: a change makes a new one). */
const STRAY_NAMES = new WeakMap<MatchEntity, StrayName[]>();

function strayNamesOf(e: MatchEntity): StrayName[] {
  let names = STRAY_NAMES.get(e);
  if (!names) STRAY_NAMES.set(e, (names = strayNames(e)));
  return names;
}

/**
 * Every holder is decided already. Read from the last: holders are listed in the order entities were
 * indexed, which is the order a pass decides them, so one still waiting is near the end.
 */
function allDone(holders: readonly WordHolder[], done: ReadonlySet<string>): boolean {
  for (let i = holders.length - 1; i >= 0; i--) if (!done.has(holders[i].entity.id)) return false;
  return true;
}

/** The side a pair is decided from: the entity mentioned first in the corpus; in one entity, its earlier word. */
function precedes(a: WordHolder, x: string, b: WordHolder, y: string): boolean {
  if (a.entity === b.entity) {
    const words = a.entity.words;
    return words.findIndex((w) => w.spelling === x) <= words.findIndex((w) => w.spelling === y);
  }
  const p = a.entity.firstAt;
  const q = b.entity.firstAt;
  if (!p || !q || p.uri === q.uri && p.index === q.index) return a.entity.id <= b.entity.id;
  return p.uri !== q.uri ? p.uri < q.uri : p.index < q.index;
}

/** The keys under which an entity can form an organization-name pair (see nameFormPairs, abbreviationPairs). */
function nameKeysOf(e: MatchEntity): string[] {
  const out: string[] = [];
  if (e.type === 'ORG' || /[\s.\-‐‑]/.test(e.name)) {
    for (const n of e.names ?? [{ text: e.name }]) {
      const k = nameKey(n.text);
      if (k.length >= 3) out.push(`n\u0000${k}`);
    }
  }
  if (e.type === 'ORG') {
    const words = e.name.split(/\s+/);
    const i = words.findIndex((w) => /^(им\.?|имени)$/i.test(w));
    if (i >= 0 && i + 1 < words.length) out.push(`e\u0000${blockKey(words[i + 1])}`);
  }
  return [...new Set(out)];
}

function addKey(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function dropKey(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  set?.delete(value);
  if (set && set.size === 0) map.delete(key);
}

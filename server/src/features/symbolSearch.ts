/**
 * The search behind workspace symbols (Ctrl+T), built once and updated when the entity list changes:
 * each entity's names folded once, their letter masks in a typed array (the scan rejects most names
 * with two integer operations), and every word of every name in one sorted array, so that the entities
 * a query's words begin can be found by binary search; the fuzzy kinds of match are tried only when the
 * others are fewer than asked for. It answers exactly what scoring every entity
 * and taking the `n` best (`best`) answers: the property test test/unit/symbol-search.test.ts checks it.
 */
import { CancellationToken } from 'vscode-languageserver/node';
import type { Entity } from '../core/types';
import { throwIfCancelled, yieldToEventLoop } from '../lsp/cancellation';
import { bestScore, foldForMatch, letterMask, mayMatch, type FoldedName } from './nameMatch';

export type Scored = { entity: Entity; score: number };

interface Folded {
  names: FoldedName[];
  /** The letters of all its names. */
  mask: number;
  /** The first two letters of every word of its names (see fuzzyPossible). */
  starts: number;
  /** The distinct words of its names. */
  words: string[];
}

/** Each entity's names folded once (an entity rebuilt by an edit is a new object, so this never goes stale). */
const foldedOf = new WeakMap<Entity, Folded>();

function folded(entity: Entity): Folded {
  let f = foldedOf.get(entity);
  if (!f) {
    const names = [entity.name, ...entity.spellings].map(foldForMatch);
    const words = [...new Set(names.flatMap((n) => n.words))];
    const starts = letterMask(words.map((w) => w.slice(0, 2)));
    foldedOf.set(entity, (f = { names, mask: names.reduce((m, n) => m | n.mask, 0), starts, words }));
  }
  return f;
}

/** What one scan found: list positions matched exactly (with their scores), and those a fuzzy kind might match. */
interface Scan {
  exact: number[];
  fuzzyCandidates: number[];
  scored: Map<number, Scored>;
  /** The list scanned and its folded names (an update during the scan's yields replaces the search's, not these). */
  list: readonly Entity[];
  folds: readonly Folded[];
}

/** Scores a prefix match at most this (exact 0, name prefix 1, every query word a word's prefix 2). */
const PREFIX_SCORE = 2;
/** Entities scored between two yields to the event loop (a cancel notification is read there). */
const SCAN_SLICE = 20000;

export class SymbolSearch {
  private list: readonly Entity[] = [];
  /** Each entity's place in the list: ties keep the list's order, as a stable sort of a full scan does. */
  private position = new Map<Entity, number>();
  private masks = new Int32Array(0);
  /** Each entity's folded names, by list position (a WeakMap look-up per entity per scan costs more than the match). */
  private folds: Folded[] = [];
  /** Every word of every entity's names, sorted, and the entity each belongs to. */
  private words: string[] = [];
  private owners: Entity[] = [];

  /** Takes a new entity list: entities gone leave the word index, new ones are merged into it. */
  update(list: readonly Entity[]): void {
    const position = new Map<Entity, number>();
    const masks = new Int32Array(list.length);
    const folds = list.map(folded);
    const added: Entity[] = [];
    list.forEach((entity, i) => {
      position.set(entity, i);
      masks[i] = folds[i].mask;
      if (!this.position.has(entity)) added.push(entity);
    });
    const kept = list.length - added.length;
    if (kept < this.position.size) this.dropWords((e) => position.has(e));
    this.mergeWords(added);
    Object.assign(this, { list, position, masks, folds });
  }

  /** The `n` best matches of the query, best first (see `best`). */
  async search(query: string, n: number, token = CancellationToken.None): Promise<Scored[]> {
    const q = foldForMatch(query.trim());
    if (q.words.length) {
      const prefixed = this.prefixMatches(q);
      if (prefixed.length >= n) return best(prefixed, n);
    }
    // Fuzzy matches (a typo, a subsequence) rank below every other kind: needed only when those are too few.
    const found = await this.scan(q, token);
    if (found.exact.length >= n) return best(found.exact.map((i) => found.scored.get(i)!), n);
    return best(this.withFuzzy(q, found), n);
  }

  /**
   * The entities scoring PREFIX_SCORE or better, in list order. Each such name has a word starting with
   * every query word (a name the query begins too: the query's words are its first words, the last one
   * cut short), so only the entities owning a word that starts with the longest query word are scored.
   */
  private prefixMatches(q: FoldedName): Scored[] {
    const key = q.words.reduce((a, b) => (b.length > a.length ? b : a));
    const candidates = new Set<Entity>();
    for (let i = lowerBound(this.words, key); i < this.words.length && this.words[i].startsWith(key); i++) candidates.add(this.owners[i]);
    const out: Scored[] = [];
    for (const entity of candidates) {
      const score = bestScore(q, folded(entity).names);
      if (score !== null && score <= PREFIX_SCORE) out.push({ entity, score });
    }
    return out.sort((a, b) => this.position.get(a.entity)! - this.position.get(b.entity)!);
  }

  /**
   * The entities the query matches by an exact kind (list positions, in order, and their scores by
   * position), and those only a fuzzy kind could match; stops with RequestCancelled once the request is
   * cancelled.
   */
  private async scan(q: FoldedName, token: CancellationToken): Promise<Scan> {
    const exact: number[] = [];
    const fuzzyCandidates: number[] = [];
    const { list, masks, folds } = this;
    const qStart = fuzzyStarts(q);
    const scored = new Map<number, Scored>();
    for (let start = 0; start < list.length; start += SCAN_SLICE) {
      if (start > 0) await yieldToEventLoop();
      throwIfCancelled(token);
      const end = Math.min(list.length, start + SCAN_SLICE);
      for (let i = start; i < end; i++) {
        if (!mayMatch(q, masks[i])) continue;
        const f = folds[i];
        // The exact kinds need every letter of the query; a name lacking one may still match with a typo.
        const score = (q.mask & ~masks[i]) === 0 ? bestScore(q, f.names, true) : null;
        if (score !== null) (scored.set(i, { entity: list[i], score }), exact.push(i));
        else if (f.starts & qStart) fuzzyCandidates.push(i);
      }
    }
    return { exact, fuzzyCandidates, scored, list, folds };
  }

  /** The exact matches and the fuzzy ones among the candidates, in list order. */
  private withFuzzy(q: FoldedName, { exact, fuzzyCandidates, scored, list, folds }: Scan): Scored[] {
    const out: Scored[] = [];
    let k = 0;
    for (const i of fuzzyCandidates) {
      while (k < exact.length && exact[k] < i) out.push(scored.get(exact[k++])!);
      const score = bestScore(q, folds[i].names);
      if (score !== null) out.push({ entity: list[i], score });
    }
    while (k < exact.length) out.push(scored.get(exact[k++])!);
    return out;
  }

  private dropWords(keep: (entity: Entity) => boolean): void {
    const words: string[] = [];
    const owners: Entity[] = [];
    this.owners.forEach((owner, i) => {
      if (keep(owner)) (words.push(this.words[i]), owners.push(owner));
    });
    this.words = words;
    this.owners = owners;
  }

  /** The new entities' words sorted, then merged with the sorted index in one pass. */
  private mergeWords(added: readonly Entity[]): void {
    if (!added.length) return;
    const fresh = added.flatMap((entity) => folded(entity).words.map((word) => ({ word, entity })));
    fresh.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    const words: string[] = [];
    const owners: Entity[] = [];
    let i = 0;
    for (const f of fresh) {
      while (i < this.words.length && this.words[i] <= f.word) (words.push(this.words[i]), owners.push(this.owners[i++]));
      words.push(f.word);
      owners.push(f.entity);
    }
    for (; i < this.words.length; i++) (words.push(this.words[i]), owners.push(this.owners[i]));
    this.words = words;
    this.owners = owners;
  }
}

/** The first index whose word is not below `key`. */
function lowerBound(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The `n` best matches in order (score, then most mentioned), without sorting them all: an empty
 * query matches every entity, a short one thousands. The rank key (score, then mentions descending) is cut at the
 * n-th best value by one counting pass, so only about n items are sorted.
 */
export function best(scored: Scored[], n: number): Scored[] {
  const byRank = (a: Scored, b: Scored) => a.score - b.score || b.entity.mentions.length - a.entity.mentions.length;
  if (scored.length <= n) return scored.sort(byRank);
  const rank = (s: Scored) => s.score * 1e9 - Math.min(s.entity.mentions.length, 1e9 - 1);
  const counts = new Map<number, number>();
  for (const s of scored) counts.set(rank(s), (counts.get(rank(s)) ?? 0) + 1);
  let cut = -Infinity;
  let taken = 0;
  for (const r of [...counts.keys()].sort((a, b) => a - b)) {
    cut = r;
    taken += counts.get(r)!;
    if (taken >= n) break;
  }
  return scored.filter((s) => rank(s) <= cut).sort(byRank).slice(0, n);
}

/**
 * The letters a word must start with for a fuzzy match of the query (nameMatch: one typo needs the
 * word's first or second letter to be the query's first or second; a subsequence, its first): their
 * bits, to test against an entity's `starts` with one AND.
 */
function fuzzyStarts(q: FoldedName): number {
  return letterMask([q.n.slice(0, 2)]);
}

/**
 * Scoring a query against entity names: exact, prefix (of the name, of any word, of each word for a
 * multi-word query), substring, then fuzzy: one typo in a word's start, or a compact subsequence.
 */
import { foldName } from './entityLookup';

const WORD_SPLIT = /[\s\-«»"()]+/;

/** A name folded for matching, its words, and the letters it contains (see letterMask). */
export interface FoldedName {
  n: string;
  words: string[];
  mask: number;
}

export function foldForMatch(name: string): FoldedName {
  const n = foldName(name);
  const words = n.split(WORD_SPLIT).filter(Boolean);
  return { n, words, mask: letterMask(words) };
}

/**
 * One bit per letter (the code unit's low five bits: а–я each get their own; other scripts share
 * bits). Every kind of match needs the query's letters in the name, but for one (a one-letter typo),
 * so a name whose mask lacks two of the query's bits cannot match: `mayMatch` rejects it with two
 * integer operations before any string work.
 */
export function letterMask(words: readonly string[]): number {
  let mask = 0;
  for (const w of words) for (let i = 0; i < w.length; i++) mask |= 1 << (w.charCodeAt(i) & 31);
  return mask;
}

/** False when the name (mask: of all its spellings) lacks more than one of the query's letters. */
export function mayMatch(query: FoldedName, nameMask: number): boolean {
  const missing = query.mask & ~nameMask;
  return (missing & (missing - 1)) === 0;
}

/** Lower is better; null when the query does not match at all. */
export function matchScore(query: string, name: string): number | null {
  return matchFolded(foldForMatch(query.trim()), foldForMatch(name));
}

/**
 * matchScore on names folded once (workspace symbols fold each entity's names once, not per query).
 * With `exactOnly`, the fuzzy kinds (a typo, a subsequence: scores 5 and 6) are not tried: null then
 * means 'no match, or only a fuzzy one'.
 */
export function matchFolded(query: FoldedName, name: FoldedName, exactOnly = false): number | null {
  const q = query.n;
  const { n, words } = name;
  if (!q) return 4;
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  const parts = query.words;
  if (parts.every((p) => words.some((w) => w.startsWith(p)))) return 2;
  if (n.includes(q)) return 3;
  if (exactOnly) return null;
  if (q.length >= 4 && words.some((w) => withinOneEdit(q, w.slice(0, q.length)) || withinOneEdit(q, w))) return 5;
  return compactSubsequence(q.replace(/\s+/g, ''), words) ? 6 : null;
}

/** Levenshtein distance at most 1 (one letter added, dropped or changed: Тхонглун / Тонглун). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The query's letters in order inside one word, starting at its first letter, without wide gaps. */
function compactSubsequence(q: string, words: string[]): boolean {
  return words.some((w) => {
    if (w[0] !== q[0]) return false;
    let i = 0;
    let last = 0;
    for (let j = 0; j < w.length && i < q.length; j++) {
      if (w[j] === q[i]) {
        i++;
        last = j;
      }
    }
    return i === q.length && last + 1 <= q.length * 2;
  });
}

/** The best score over several spellings (with `exactOnly`, see matchFolded). */
export function bestScore(query: string | FoldedName, names: ReadonlyArray<string | FoldedName>, exactOnly = false): number | null {
  const q = typeof query === 'string' ? foldForMatch(query.trim()) : query;
  let best: number | null = null;
  for (const name of names) {
    const s = matchFolded(q, typeof name === 'string' ? foldForMatch(name) : name, exactOnly);
    if (s !== null && (best === null || s < best)) best = s;
  }
  return best;
}

/**
 * Joins linking keys whose spellings are variants: equal skeletons (already equal keys), a known
 * name's skeleton ('Пеньян' -> the group of 'Пхеньян'), and one letter dropped inside a word; and a
 * federal body's key with the country and without it ('МВД России', 'МВД').
 * Linear in the number of distinct keys times word length; the known names' side is built once.
 */
import { spellingKey } from '../variants/normalize';
import { interiorDeletions } from '../variants/variantKind';
import type { AliasIndex } from './aliasIndex';
import type { KeyGroups } from './keyGroups';
import type { MentionKey } from './mentionKey';

interface Signature {
  prefix: string;
  words: string[];
  keys: Set<string>;
}

/** Known names by signature, and by signature with one inner letter dropped: sig -> alias keys. */
export interface KnownSignatures {
  exact: Map<string, string[]>;
  dropped: Map<string, string[]>;
}

const KNOWN_TYPES = ['LOC', 'ORG'];
const knownCache = new WeakMap<AliasIndex, KnownSignatures>();

export function knownSignatures(aliases: AliasIndex): KnownSignatures {
  let known = knownCache.get(aliases);
  if (known) return known;
  known = { exact: new Map(), dropped: new Map() };
  const add = (map: Map<string, string[]>, sig: string, key: string) => {
    const list = map.get(sig);
    if (!list) map.set(sig, [key]);
    else if (!list.includes(key)) list.push(key);
  };
  aliases.members.forEach((names, g) => {
    for (const type of KNOWN_TYPES) {
      for (const name of names) {
        const word = spellingKey(type, name);
        add(known!.exact, `${type}:${word}`, `${type}:#${g}`);
        for (const d of interiorDeletions(word)) add(known!.dropped, `${type}:${d}`, `${type}:#${g}`);
      }
    }
  });
  knownCache.set(aliases, known);
  return known;
}

export function joinVariantKeys(keys: Iterable<MentionKey>, aliases: AliasIndex, groups: KeyGroups): void {
  const sigs = new Map<string, Signature>();
  for (const mk of keys) {
    if (mk.bare) groups.union(mk.bare, mk.key);
    if (!mk.words.length || !mk.prefix) continue;
    const sig = mk.prefix + mk.words.join('|');
    const entry = sigs.get(sig);
    if (entry) entry.keys.add(mk.key);
    else sigs.set(sig, { prefix: mk.prefix, words: mk.words, keys: new Set([mk.key]) });
  }
  const known = knownSignatures(aliases);
  for (const [sig, entry] of sigs) {
    unionAll(groups, entry.keys, entry.keys);
    unionAll(groups, entry.keys, known.exact.get(sig));
    unionAll(groups, entry.keys, known.dropped.get(sig));
    entry.words.forEach((word, i) => {
      for (const d of interiorDeletions(word)) {
        const shorter = entry.prefix + entry.words.map((w, j) => (j === i ? d : w)).join('|');
        unionAll(groups, entry.keys, sigs.get(shorter)?.keys);
        unionAll(groups, entry.keys, known.exact.get(shorter));
      }
    });
  }
}

function unionAll(groups: KeyGroups, a: Set<string>, b: Iterable<string> | undefined): void {
  if (!b) return;
  const first = a.values().next().value as string;
  for (const key of b) groups.union(first, key);
}

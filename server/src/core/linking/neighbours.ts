/**
 * Joins linking keys whose spellings are variants: equal skeletons (already equal keys), a known
 * name's skeleton ('Пеньян' -> the group of 'Пхеньян'), and one letter dropped inside a word.
 * Linear in the number of distinct keys times word length.
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

const KNOWN_TYPES = ['LOC', 'ORG'];

export function joinVariantKeys(keys: Iterable<MentionKey>, aliases: AliasIndex, groups: KeyGroups): void {
  const sigs = new Map<string, Signature>();
  const put = (prefix: string, words: string[], key: string) => {
    const sig = prefix + words.join('|');
    const entry = sigs.get(sig) ?? { prefix, words, keys: new Set<string>() };
    entry.keys.add(key);
    sigs.set(sig, entry);
  };
  for (const mk of keys) if (mk.words.length && mk.prefix) put(mk.prefix, mk.words, mk.key);
  aliases.members.forEach((names, g) => {
    for (const type of KNOWN_TYPES) for (const name of names) put(`${type}:`, [spellingKey(type, name)], `${type}:#${g}`);
  });
  for (const entry of sigs.values()) unionAll(groups, entry.keys, entry.keys);
  for (const entry of sigs.values()) {
    entry.words.forEach((word, i) => {
      for (const d of interiorDeletions(word)) {
        const other = sigs.get(entry.prefix + entry.words.map((w, j) => (j === i ? d : w)).join('|'));
        if (other) unionAll(groups, entry.keys, other.keys);
      }
    });
  }
}

function unionAll(groups: KeyGroups, a: Set<string>, b: Set<string>): void {
  const first = [...a][0];
  for (const key of b) groups.union(first, key);
  for (const key of a) groups.union(first, key);
}

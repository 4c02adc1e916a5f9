/** Maps of lists and of sets: add a value under a key, creating its collection on first use. */

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * A map of sets that keeps a key's only value as itself, not in a set of one (most keys of an index
 * have one value: a one-element Set costs ~100 bytes more). Values are never Sets; iteration follows
 * insertion order, as a Set's does.
 */
export class SetMap<K, V> {
  private readonly map = new Map<K, V | Set<V>>();

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** The values under a key (none: empty). */
  get(key: K): Iterable<V> {
    const v = this.map.get(key);
    return v === undefined ? NOTHING : v instanceof Set ? v : [v];
  }

  add(key: K, value: V): void {
    const v = this.map.get(key);
    if (v === undefined) this.map.set(key, value);
    else if (v instanceof Set) v.add(value);
    else if (v !== value) this.map.set(key, new Set([v, value]));
  }

  /** Removes one value; true when the key has none left. */
  delete(key: K, value: V): boolean {
    const v = this.map.get(key);
    if (v === undefined) return false;
    if (v instanceof Set) {
      v.delete(value);
      if (v.size === 1) this.map.set(key, v.values().next().value as V);
      return false;
    }
    if (v !== value) return false;
    this.map.delete(key);
    return true;
  }
}

const NOTHING: readonly never[] = [];

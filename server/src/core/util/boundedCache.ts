/**
 * Memo caches of pure functions of word forms and names are bounded: a full cache starts over.
 * Cheaper than least-recently-used bookkeeping on every hit (measured on the generated corpus), and a
 * corpus of ever new names never grows a cache without limit, nor stops caching once it is full.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, limit: number): V {
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * compute(owner, key) memoised per owner object (a morphology: its answers are its own) and key,
 * each owner's cache bounded as remember() bounds it.
 */
export function memoPerOwner<O extends object, V>(limit: number, compute: (owner: O, key: string) => V): (owner: O, key: string) => V {
  const caches = new WeakMap<O, Map<string, V>>();
  return (owner, key) => {
    let cache = caches.get(owner);
    if (!cache) caches.set(owner, (cache = new Map()));
    const hit = cache.get(key);
    return hit !== undefined ? hit : remember(cache, key, compute(owner, key), limit);
  };
}

export interface LayeredMemo<V> {
  get(key: string): V;
  /** Entries of the small and of the large map (for tests). */
  sizes(): [number, number];
}

/**
 * compute(key) memoised in a large bounded map with a small bounded map of recent keys in front: one
 * article looks its words up again and again, and the small map's entries stay in the processor's
 * caches where the large map's are scattered over megabytes.
 */
export function layeredMemo<V>(limit: number, recentLimit: number, compute: (key: string) => V): LayeredMemo<V> {
  const recent = new Map<string, V>();
  const all = new Map<string, V>();
  return {
    get(key) {
      const hit = recent.get(key);
      if (hit !== undefined) return hit;
      let value = all.get(key);
      if (value === undefined) value = remember(all, key, compute(key), limit);
      return remember(recent, key, value, recentLimit);
    },
    sizes: () => [recent.size, all.size],
  };
}

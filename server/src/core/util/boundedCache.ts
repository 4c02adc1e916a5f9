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

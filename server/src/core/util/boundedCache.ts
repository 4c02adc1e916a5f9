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

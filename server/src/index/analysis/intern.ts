/**
 * One copy of each repeated string in analyses read from the cache or received from a worker: names,
 * lemmas and types repeat across a corpus, and each decoded copy would otherwise stay in memory
 * (about a third of the analyses' heap at 10,000 articles). The pool lives for one load.
 */
import type { DocumentAnalysis, Mention } from '../../core/types';

export type StringPool = Map<string, string>;

function one<T>(pool: StringPool, s: T): T {
  if (typeof s !== 'string') return s;
  const kept = pool.get(s);
  if (kept !== undefined) return kept as T;
  pool.set(s, s);
  return s;
}

export function internAnalysis(analysis: DocumentAnalysis, pool: StringPool): DocumentAnalysis {
  for (const m of analysis.mentions) internMention(m, pool);
  return analysis;
}

function internMention(m: Mention, pool: StringPool): void {
  m.text = one(pool, m.text);
  m.name = one(pool, m.name);
  m.type = one(pool, m.type);
  if (m.words) for (const w of m.words) w.lemma = one(pool, w.lemma);
  if (m.roles) m.roles = m.roles.map((r) => one(pool, r));
  if (m.person) {
    const p = m.person;
    p.first = one(pool, p.first);
    p.middle = one(pool, p.middle);
    p.last = one(pool, p.last);
  }
  if (m.date) m.date.value = one(pool, m.date.value);
}

/**
 * Evaluation metrics over gold and predicted mentions (pure functions, no I/O).
 * A mention carries its document key so corpus-wide entities can be compared across files.
 */

export const TYPES = ['PER', 'ORG', 'LOC', 'DATE'] as const;
export type EvalType = (typeof TYPES)[number];

export interface EvalMention {
  doc: string;
  start: number;
  end: number;
  text: string;
  type: string;
  entity: string;
  name: string;
  value?: string;
}

export interface Prf {
  tp: number;
  gold: number;
  pred: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Pair {
  gold: EvalMention;
  pred: EvalMention;
}

export function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function prf(tp: number, gold: number, pred: number): Prf {
  const precision = ratio(tp, pred);
  const recall = ratio(tp, gold);
  return { tp, gold, pred, precision, recall, f1: f1(precision, recall) };
}

const spanKey = (m: EvalMention) => `${m.doc}\u0000${m.start}\u0000${m.end}\u0000${m.type}`;

export function overlaps(a: EvalMention, b: EvalMention): boolean {
  return a.doc === b.doc && a.start < b.end && b.start < a.end;
}

/** One-to-one matches by exact span and type. */
export function matchExact(gold: EvalMention[], pred: EvalMention[]): Pair[] {
  const byKey = new Map<string, EvalMention>();
  for (const p of pred) if (!byKey.has(spanKey(p))) byKey.set(spanKey(p), p);
  const pairs: Pair[] = [];
  for (const g of gold) {
    const p = byKey.get(spanKey(g));
    if (p) {
      pairs.push({ gold: g, pred: p });
      byKey.delete(spanKey(g));
    }
  }
  return pairs;
}

const ofType = (ms: EvalMention[], type?: string) => (type ? ms.filter((m) => m.type === type) : ms);

/** Exact span+type P/R/F1, for one type or all. */
export function exactPrf(gold: EvalMention[], pred: EvalMention[], type?: string): Prf {
  const g = ofType(gold, type);
  const p = ofType(pred, type);
  return prf(matchExact(g, p).length, g.length, p.length);
}

/** Relaxed P/R/F1: a mention counts when some mention of the same type overlaps it. */
export function relaxedPrf(gold: EvalMention[], pred: EvalMention[], type?: string): Prf {
  const g = ofType(gold, type);
  const p = ofType(pred, type);
  const hit = (m: EvalMention, others: EvalMention[]) => others.some((o) => o.type === m.type && overlaps(m, o));
  const recall = ratio(g.filter((m) => hit(m, p)).length, g.length);
  const precision = ratio(p.filter((m) => hit(m, g)).length, p.length);
  return { tp: g.filter((m) => hit(m, p)).length, gold: g.length, pred: p.length, precision, recall, f1: f1(precision, recall) };
}

/** Case- and ё-insensitive comparison of canonical names and values. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string | undefined) => (s ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').replace(/ё/gi, 'е').toLowerCase();
  return norm(a) === norm(b);
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
  wrong: Pair[];
}

function accuracy(pairs: Pair[], ok: (p: Pair) => boolean): Accuracy {
  const wrong = pairs.filter((p) => !ok(p));
  const correct = pairs.length - wrong.length;
  return { correct, total: pairs.length, accuracy: ratio(correct, pairs.length), wrong };
}

/** Canonical-name accuracy of matched PER/ORG/LOC pairs. */
export function nameAccuracy(pairs: Pair[]): Accuracy {
  return accuracy(pairs.filter((p) => p.gold.type !== 'DATE'), (p) => sameName(p.gold.name, p.pred.name));
}

export const dateValue = (m: EvalMention) => m.value ?? m.name;

/** ISO value accuracy of matched DATE pairs. */
export function dateAccuracy(pairs: Pair[]): Accuracy {
  return accuracy(pairs.filter((p) => p.gold.type === 'DATE'), (p) => dateValue(p.gold) === dateValue(p.pred));
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
}

/** B-cubed precision/recall over items, each with a gold and a predicted cluster id. */
export function bcubed(items: Array<{ gold: string; pred: string }>): BCubed {
  const count = (key: (i: { gold: string; pred: string }) => string) => {
    const m = new Map<string, number>();
    for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
    return m;
  };
  const goldSize = count((i) => i.gold);
  const predSize = count((i) => i.pred);
  const both = count((i) => `${i.gold}\u0000${i.pred}`);
  let p = 0;
  let r = 0;
  for (const i of items) {
    const shared = both.get(`${i.gold}\u0000${i.pred}`)!;
    p += shared / predSize.get(i.pred)!;
    r += shared / goldSize.get(i.gold)!;
  }
  const precision = ratio(p, items.length);
  const recall = ratio(r, items.length);
  return { precision, recall, f1: f1(precision, recall), items: items.length };
}

/** B-cubed linking quality over matched PER/ORG/LOC pairs (gold entity vs predicted entity id). */
export function linking(pairs: Pair[]): BCubed {
  return bcubed(pairs.filter((p) => p.gold.type !== 'DATE').map((p) => ({ gold: p.gold.entity, pred: p.pred.entity })));
}

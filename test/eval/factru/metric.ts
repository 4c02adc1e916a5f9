/**
 * naeval's token-level NER metric on factRuEval-2016, reimplemented from a reading of natasha/naeval
 * (facts, not code). Where each rule comes from:
 *
 * Gold spans (naeval/ner/adapt.py, `select_spans` and `adapt_factru`):
 * - PER is one span per Person object running from its first span's start to its last span's end
 *   (the object's extent: `start`/`stop` of FactruObject in naeval/ner/sources/factru.py are the
 *   min and max over its spans), whatever the parts (name, surname, patronymic, nickname).
 * - ORG is each org_name span of an Org object; LOC is each loc_name span of a Location or LocOrg
 *   object. Within one object the org_name (loc_name) spans that overlap an earlier kept one are
 *   dropped first. Other object types (Project, Facility) and other span kinds (org_descr,
 *   loc_descr, geo_adj, job ...) give nothing.
 * - Then all of the document's spans together go through the overlap filter (adapt_factru's
 *   "мид Грузии" comment: an ORG covering a LOC keeps the ORG), and only after that through
 *   `adapt_spans`: spans whose start is not a token start or whose end is not a token end are
 *   dropped (filter_misaligned_spans in naeval/span.py), tokens being razdel's
 *   (naeval/tokenizer.py wraps razdel.tokenize). The result is sorted by start.
 * - The overlap filter (filter_overlapping_spans in naeval/span.py): sort by start, longer first at
 *   equal starts (a stable sort, so file order breaks ties), walk the list and keep a span only if
 *   it starts at or after the end of the last kept span.
 * - Files are read the way corus does (corus/sources/factru.py, corus/io.py): book_N.txt with
 *   Python's default text mode (universal newlines), .spans lines "id type start length ...",
 *   .objects lines "id type spanid spanid ... # comment" (ids up to the first non-number).
 *
 * Predictions (naeval/ner/adapt.py, `adapt` / `adapt_spans`, as for the deeppavlov and slovnet
 * markups): keep the PER/ORG/LOC spans, drop the ones not on token borders, sort by start. Our
 * DATE mentions play no part.
 *
 * Score (naeval/ner/score.py `tag_f1`, `score_markup`, `score_markups`; naeval/ner/bio.py
 * `spans_io`): per type, every razdel token of the text is tagged inside or outside a span of
 * that type (walking tokens and the sorted spans together: a token is inside when it starts at or
 * after the current span's start, and the walk moves to the next span once a token reaches the
 * span's end). Precision counts tokens inside a predicted span, correct when inside a gold span
 * too; recall the other way round. The counts are summed over documents (micro average), and
 * F1 = 2PR/(P+R), 0 when P+R is 0; a share with nothing to count is 0.
 */
import { tokenize, type Token } from './tokenize';

export type NerType = 'PER' | 'ORG' | 'LOC';
export const NER_TYPES: NerType[] = ['PER', 'ORG', 'LOC'];

export interface Span {
  start: number;
  stop: number;
  type: string;
}

/** One span line of a .spans file. */
export interface FactruSpan {
  id: string;
  type: string;
  start: number;
  stop: number;
}

/** One line of an .objects file, its span ids resolved (unknown ids are left out). */
export interface FactruObject {
  id: string;
  type: string;
  spans: FactruSpan[];
}

/** Sort by start, longer first; keep a span only if it starts at or after the last kept one's end. */
export function filterOverlapping<T extends { start: number; stop: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.stop - a.stop);
  const kept: T[] = [];
  let last: T | undefined;
  for (const s of sorted) {
    if (last && last.stop > s.start) continue;
    kept.push(s);
    last = s;
  }
  return kept;
}

/** Keep the spans that start at a token start and end at a token end. */
export function filterMisaligned<T extends { start: number; stop: number }>(spans: readonly T[], tokens: readonly Token[]): T[] {
  const starts = new Set(tokens.map((t) => t.start));
  const stops = new Set(tokens.map((t) => t.stop));
  return spans.filter((s) => starts.has(s.start) && stops.has(s.stop));
}

export function sortByStart<T extends { start: number }>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start);
}

const OBJECT_TYPE: Record<string, NerType> = { Person: 'PER', Org: 'ORG', Location: 'LOC', LocOrg: 'LOC' };

/** The spans each object contributes, before the document-wide filters. */
export function selectSpans(objects: readonly FactruObject[]): Span[] {
  const out: Span[] = [];
  for (const o of objects) {
    const type = OBJECT_TYPE[o.type];
    if (!type) continue;
    if (type === 'PER') {
      if (o.spans.length === 0) continue;
      const start = Math.min(...o.spans.map((s) => s.start));
      const stop = Math.max(...o.spans.map((s) => s.stop));
      out.push({ start, stop, type });
    } else {
      const kind = type === 'ORG' ? 'org_name' : 'loc_name';
      for (const s of filterOverlapping(o.spans.filter((x) => x.type === kind))) out.push({ start: s.start, stop: s.stop, type });
    }
  }
  return out;
}

export interface GoldAdaptation {
  spans: Span[];
  /** Spans dropped for overlapping a kept one. */
  overlapping: Span[];
  /** Spans dropped for not lying on token borders. */
  misaligned: Span[];
}

/** adapt_factru: the gold PER/ORG/LOC spans of one document. */
export function adaptGold(objects: readonly FactruObject[], tokens: readonly Token[]): GoldAdaptation {
  const selected = selectSpans(objects);
  const kept = filterOverlapping(selected);
  const keptSet = new Set(kept);
  const aligned = filterMisaligned(kept, tokens);
  const alignedSet = new Set(aligned);
  return {
    spans: sortByStart(aligned),
    overlapping: selected.filter((s) => !keptSet.has(s)),
    misaligned: kept.filter((s) => !alignedSet.has(s)),
  };
}

export interface PredAdaptation {
  spans: Span[];
  misaligned: Span[];
}

/** adapt_spans for a model's output: PER/ORG/LOC only, on token borders, sorted. */
export function adaptPred(mentions: readonly { start: number; end: number; type: string }[], tokens: readonly Token[]): PredAdaptation {
  const typed = mentions.filter((m) => (NER_TYPES as string[]).includes(m.type)).map((m) => ({ start: m.start, stop: m.end, type: m.type }));
  const aligned = filterMisaligned(typed, tokens);
  const set = new Set(aligned);
  return { spans: sortByStart(aligned), misaligned: typed.filter((s) => !set.has(s)) };
}

/** spans_io: for each token, whether it is inside one of `spans` (sorted, same type). */
export function insideTags(tokens: readonly Token[], spans: readonly { start: number; stop: number }[]): boolean[] {
  const tags: boolean[] = [];
  let i = 0;
  for (const t of tokens) {
    const span = spans[i];
    let inside = false;
    if (span) {
      if (t.start >= span.start) inside = true;
      if (t.stop >= span.stop) i++;
    }
    tags.push(inside);
  }
  return tags;
}

/** Token counts for one type: tp = inside both, fp = predicted only, fn = gold only. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type TypeCounts = Record<NerType, Counts>;

export function emptyCounts(): TypeCounts {
  return { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
}

export function addCounts(into: TypeCounts, other: TypeCounts): TypeCounts {
  for (const t of NER_TYPES) {
    into[t].tp += other[t].tp;
    into[t].fp += other[t].fp;
    into[t].fn += other[t].fn;
  }
  return into;
}

/** Per-token tags of one type, for error listings. */
export interface TypeTags {
  pred: boolean[];
  gold: boolean[];
}

/** tag_f1 for every type of one document. */
export function scoreDocument(tokens: readonly Token[], pred: readonly Span[], gold: readonly Span[]): { counts: TypeCounts; tags: Record<NerType, TypeTags> } {
  const counts = emptyCounts();
  const tags = {} as Record<NerType, TypeTags>;
  for (const type of NER_TYPES) {
    const p = insideTags(tokens, pred.filter((s) => s.type === type));
    const g = insideTags(tokens, gold.filter((s) => s.type === type));
    tags[type] = { pred: p, gold: g };
    const c = counts[type];
    for (let i = 0; i < tokens.length; i++) {
      if (p[i] && g[i]) c.tp++;
      else if (p[i]) c.fp++;
      else if (g[i]) c.fn++;
    }
  }
  return { counts, tags };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export { tokenize };

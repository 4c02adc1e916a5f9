/**
 * Hand-built analyses for the linking, variants and consistency unit tests: a text and the mentions
 * a recognizer would give, found in order by their written form.
 */
import type { Article, DocumentAnalysis, EntityType, Mention, PersonName } from '../../server/src/core/types';

export interface Spec {
  written: string;
  type: EntityType;
  /** Nominative name; for persons 'First Last', 'Last' or (with first: true) a lone first name. */
  name: string;
  gender?: 'm' | 'f';
  first?: boolean;
  /** Per-word lemmas when they differ from the name's words. */
  lemmas?: string[];
}

function emptyArticle(length: number): Article {
  return {
    title: null, titleSpan: null, lead: null, date: null, author: null, source: null, dateline: null,
    subheadings: [], paragraphs: [], quotations: [], furniture: [], length,
  };
}

function person(spec: Spec): PersonName {
  const words = spec.name.split(' ');
  if (words.length === 1) return spec.first ? { first: words[0], gender: spec.gender } : { last: words[0], gender: spec.gender };
  return { first: words[0], last: words[words.length - 1], gender: spec.gender };
}

export function doc(text: string, specs: Array<Spec | [string, EntityType, string]>): DocumentAnalysis {
  let from = 0;
  const mentions: Mention[] = specs.map((s) => {
    const spec: Spec = Array.isArray(s) ? { written: s[0], type: s[1], name: s[2] } : s;
    const start = text.indexOf(spec.written, from);
    if (start < 0) throw new Error(`'${spec.written}' not found after ${from}`);
    from = start + spec.written.length;
    const m: Mention = { start, end: from, text: spec.written, type: spec.type, name: spec.name };
    const lemmas = spec.lemmas ?? spec.name.split(' ');
    const words = [...spec.written.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)];
    if (words.length === lemmas.length) {
      m.words = words.map((w, i) => ({ start: start + w.index, end: start + w.index + w[0].length, lemma: lemmas[i] }));
    }
    if (spec.type === 'PER') m.person = person(spec);
    if (spec.type === 'DATE') m.date = { value: spec.name, yearSource: 'explicit', partial: false };
    return m;
  });
  return { article: emptyArticle(text.length), mentions };
}

export function corpus(entries: Record<string, DocumentAnalysis>): Map<string, DocumentAnalysis> {
  return new Map(Object.entries(entries));
}

/**
 * Engine entry: article structure + people, organizations, places + dates, as one sorted list of
 * non-overlapping mentions. createEngine() loads the morphology dictionaries once.
 */
import type { Article, DocumentAnalysis, Mention } from './types';
import { parseArticle } from './article/parseArticle';
import { findDates } from './dates/findDates';
import type { VerbOracle } from './dates/tense';
import { verbOracle } from './dates/verbOracle';
import { foldYo, loadMorphology, type Morphology } from './morphology/morph';
import { buildGazetteer } from './entities/gazetteer';
import { containFailures, recognizeContained, sentenceSpans, type Failure } from './entities/recognize';
import type { Resources } from './entities/context';

export interface Engine {
  analyze(text: string): DocumentAnalysis;
}

export interface EngineOptions {
  /** Folder with the OpenCorpora dictionaries for az; default: dist/dicts next to the bundle, else az's own. */
  dictPath?: string;
}

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const morph = await loadMorphology(options.dictPath);
  const res: EngineResources = { morph, gazetteer: buildGazetteer(morph), verbs: verbOracle(morph) };
  return { analyze: (text) => analyzeText(res, text) };
}

interface EngineResources extends Resources {
  verbs: VerbOracle;
}

function analyzeText(res: EngineResources, input: string): DocumentAnalysis {
  const text = typeof input === 'string' ? input : '';
  const failures: Failure[] = [];
  let article: Article;
  try {
    article = parseArticle(text, res.verbs);
  } catch (err) {
    failures.push({ start: 0, end: text.length, message: `article parsing failed: ${messageOf(err)}` });
    article = emptyArticle(text);
  }
  const entities = recognizeContained(res, text, article, failures);
  const dates = containFailures(text, () => sentenceSpans(text, article), (visible) => findDates(visible, article, res.verbs), 'date recognition', failures);
  for (const f of failures) reportOnce(f.message);
  const mentions = merge([...entities, ...dates], article);
  markIntroducedAbbreviations(text, mentions);
  markDictionaryPlaces(res.morph, mentions);
  keepWrittenDots(mentions);
  return failures.length ? { article, mentions, failures } : { article, mentions };
}

/** 'Full Name (ABBR)': an acronym in brackets right after a name of the same type is its alias. */
function markIntroducedAbbreviations(text: string, mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    const prev = mentions[i - 1];
    if (m.type === 'DATE' || m.type !== prev.type || text[m.end] !== ')') continue;
    if (!/^\s*\($/.test(text.slice(prev.end, m.start)) || !ACRONYM.test(m.text)) continue;
    if (prev.text.split(/\s+/).length > 1) m.aliasOf = i - 1;
  }
}

/** A name written with a dot between its parts keeps it where the recognizer joined the words with a space ('Капитолий.Групп'). */
function keepWrittenDots(mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'DATE' && m.text.includes('.') && !m.name.includes('.') && m.text.replace(/\./g, ' ') === m.name) m.name = m.text;
  }
}

/** Places the dictionary knows by their very name (see Mention.dictionaryPlace). */
function markDictionaryPlaces(morph: Morphology, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'LOC' || /\s/.test(m.name)) continue;
    const name = foldYo(m.name.toLowerCase());
    if (morph.parse(m.name).some((p) => p.known && p.proper === 'Geox' && foldYo(p.lemma) === name)) m.dictionaryPlace = true;
  }
}

const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}][\p{L}\p{N}.+&-]{1,11}$/u;

function emptyArticle(text: string): Article {
  return {
    title: null, titleSpan: null, lead: null, date: null, author: null, source: null, dateline: null,
    subheadings: [], paragraphs: [], quotations: [], furniture: [], length: text.length,
  };
}

const reported = new Set<string>();
/** Each kind of failure ('entity recognition failed', …) is logged once, not once per article or sentence. */
function reportOnce(message: string): void {
  const kind = message.slice(0, message.indexOf(':') + 1 || undefined);
  if (reported.has(kind)) return;
  reported.add(kind);
  console.error(`corpus-lens: ${message}`);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Sorted by start; overlaps resolved in favour of the longer mention; nothing inside site furniture. */
export function merge(mentions: Mention[], article: Article): Mention[] {
  const inFurniture = (m: Mention): boolean => article.furniture.some((f) => m.start < f.end && m.end > f.start);
  const sorted = mentions
    .filter((m) => m.end > m.start && !inFurniture(m))
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

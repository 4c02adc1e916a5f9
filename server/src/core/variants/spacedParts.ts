/**
 * A hyphenated name of the article written with a space between its parts, which the recognizer
 * read apart or cut short ('Тер Аракелян' where the article writes 'Тер-Аракелян', 'Ришон ле-Ционе'
 * for 'Ришон-ле-Цион'): the words as the name writes its parts, the last one maybe in a case form.
 */
import { caseFormOf } from './evidence';
import { low, type MatchEntity } from './candidates';
import type { StrayPair } from './stray';

const HYPHEN = /[-‐‑]/;

interface Hyphenated { entity: MatchEntity; spelling: string; count: number; parts: string[] }

/** The spaced spellings of the article's hyphenated name words, each with its usual spelling. */
export function spacedHyphenated(uri: string, text: string, entities: readonly MatchEntity[]): StrayPair[] {
  const byFirst = hyphenatedByFirstPart(entities);
  if (byFirst.size === 0) return [];
  const words = [...text.matchAll(/\p{L}+/gu)];
  const found = new Map<Hyphenated, StrayPair[]>();
  for (let i = 0; i < words.length; i++) {
    for (const h of firstPartOf(byFirst, words[i][0])) {
      const run = words.slice(i, i + h.parts.length);
      const inflected = run.length < h.parts.length ? null : writtenAsParts(text, run, h.parts);
      if (!inflected) continue;
      const start = run[0].index!;
      const end = run[run.length - 1].index! + run[run.length - 1][0].length;
      const written = text.slice(start, end);
      // The nominative with the separators as written: the fix keeps the case ending of the inflected part.
      const lemma = inflected === 'first'
        ? h.parts[0] + written.slice(run[0][0].length)
        : written.slice(0, run[run.length - 1].index! - start) + h.parts[h.parts.length - 1];
      found.set(h, [...(found.get(h) ?? []), pairOf(h, { uri, start, end, text: written }, lemma)]);
      break;
    }
  }
  // The usual spelling is the one written more often ('Мин Су' three times against 'Мин-Су' once is no variant).
  return [...found].filter(([h, runs]) => h.count > runs.length + spacedCount(h)).flatMap(([, runs]) => runs);
}

/** How often the entity itself writes the hyphenated word with spaces. */
function spacedCount(h: Hyphenated): number {
  return (h.entity.spaced ?? []).filter((s) => low(s.spelling) === low(h.parts.join(' '))).reduce((n, s) => n + s.count, 0);
}

function hyphenatedByFirstPart(entities: readonly MatchEntity[]): Map<string, Hyphenated[]> {
  const out = new Map<string, Hyphenated[]>();
  for (const e of entities) {
    for (const w of e.words) {
      // Most words have no hyphen: tested before splitting (no list made per word per article).
      if (!HYPHEN.test(w.spelling)) continue;
      const parts = w.spelling.split(HYPHEN);
      if (parts.length < 2 || parts.some((p) => [...p].length < 2)) continue;
      const list = out.get(low(parts[0])) ?? [];
      list.push({ entity: e, spelling: w.spelling, count: w.count, parts });
      out.set(low(parts[0]), list);
    }
  }
  return out;
}

/** Case endings the first part of a place of three parts or more takes ('Ростове на Дону', 'Франкфурта на Майне'). */
const FIRST_ENDINGS = ['ом', 'ем', 'е', 'а', 'у', 'я', 'ю'];

/** The hyphenated words whose first part is this word or, in a name of three parts or more, its stem. */
function firstPartOf(byFirst: Map<string, Hyphenated[]>, word: string): readonly Hyphenated[] {
  const w = low(word);
  const own = byFirst.get(w);
  // Most words of an article start no hyphenated name: nothing is built for them (the stems are looked up all the same).
  let out: Hyphenated[] | undefined;
  for (const e of FIRST_ENDINGS) {
    if (!w.endsWith(e) || w.length - e.length < 3) continue;
    const stemmed = byFirst.get(w.slice(0, -e.length));
    if (!stemmed) continue;
    for (const h of stemmed) if (h.parts.length >= 3) (out ??= [...(own ?? [])]).push(h);
  }
  return out ?? own ?? NONE;
}

const NONE: readonly Hyphenated[] = [];

/**
 * The words are the parts, one space or hyphen apart, at least one space, with the last part maybe in a
 * case form ('Усть Кута') or, in a name of three parts or more, the first ('Ростове на Дону'): which
 * part is inflected ('last' also when none is), or null.
 */
function writtenAsParts(text: string, run: RegExpMatchArray[], parts: string[]): 'first' | 'last' | null {
  let spaced = false;
  for (let j = 1; j < run.length; j++) {
    const gap = text.slice(run[j - 1].index! + run[j - 1][0].length, run[j].index);
    if (gap === ' ') spaced = true;
    else if (!HYPHEN.test(gap) || gap.length !== 1) return null;
  }
  if (!spaced) return null;
  const last = run.length - 1;
  const same = (from: number, to: number) => run.slice(from, to).every((w, j) => w[0] === parts[from + j]);
  if (same(0, last) && (run[last][0] === parts[last] || caseFormOf(run[last][0], parts[last]))) return 'last';
  return parts.length >= 3 && same(1, run.length) && caseFormOf(run[0][0], parts[0]) ? 'first' : null;
}

function pairOf(h: Hyphenated, at: StrayPair['at'], lemma: string): StrayPair {
  const reasons = ['a hyphen or a space between the parts', 'same letters otherwise', '+ in the same article', '− not recognised as one name'];
  return {
    level: 'sure', score: 0.9, scope: 'word', sameEntity: false,
    variant: { entity: `stray:${at.uri}:${at.start}`, name: at.text, spelling: lemma, count: 1 },
    preferred: { entity: h.entity.id, name: h.entity.name, spelling: h.spelling, count: h.count },
    explanation: `«${at.text}» / «${h.spelling}»: ${reasons.join('; ')}`, reasons, at,
  };
}

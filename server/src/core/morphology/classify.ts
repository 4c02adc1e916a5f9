/** What the dictionary says about a capitalised word: a person-name part, a place, an organization or a common word. */
import type { Morphology, Parse, ProperKind } from './morph';
import { remember } from '../util/boundedCache';

export type WordClass = ProperKind | 'common' | 'unknown';

export interface WordEvidence {
  cls: WordClass;
  /** The dictionary knows the word (any parse). */
  known: boolean;
  /** The best proper-name parse, dictionary first, then suffix guesses. */
  proper: Parse | null;
}

const COMMON_POS_WEIGHT = 1;

const memo = new WeakMap<Morphology, Map<string, WordEvidence>>();

/** Memoised per word form and morphology. */
export function classifyWord(morph: Morphology, word: string): WordEvidence {
  let cache = memo.get(morph);
  if (!cache) memo.set(morph, (cache = new Map()));
  let hit = cache.get(word);
  if (!hit) {
    hit = classifyUncached(morph, word);
    remember(cache, word, hit, 200_000);
  }
  return hit;
}

function classifyUncached(morph: Morphology, word: string): WordEvidence {
  const parses = morph.parse(word);
  const known = parses.some((p) => p.known);
  const proper = bestProper(parses);
  if (!known) {
    const top = parses[0];
    return { cls: top && top.proper && top === proper ? top.proper : 'unknown', known, proper };
  }
  let properScore = 0;
  let commonScore = 0;
  for (const p of parses) {
    if (!p.known) continue;
    if (p.proper && p.pos === 'NOUN') properScore = Math.max(properScore, p.score);
    else commonScore += p.score * COMMON_POS_WEIGHT;
  }
  if (proper && proper.known && properScore >= commonScore * 0.5) return { cls: proper.proper as ProperKind, known, proper };
  return { cls: 'common', known, proper };
}

export function bestProper(parses: Parse[]): Parse | null {
  let best: Parse | null = null;
  for (const p of parses) {
    if (!p.proper || p.pos !== 'NOUN') continue;
    if (!best || (p.known && !best.known) || (p.known === best.known && p.score > best.score)) best = p;
  }
  return best;
}

/** The dictionary (not a guess from the ending) reads the word as one of these kinds of name. */
export function knownAs(morph: Morphology, word: string, ...kinds: ProperKind[]): boolean {
  return morph.parse(word).some((p) => p.known && p.proper !== null && kinds.includes(p.proper));
}

/** A first name the dictionary knows and prefers over other readings ('Владимир', not 'Пхонесай'). */
export function isDictionaryFirstName(morph: Morphology, word: string): boolean {
  const evidence = classifyWord(morph, word);
  return evidence.known && evidence.cls === 'Name';
}

/** Parts of speech that cannot be a name when the dictionary knows them. */
export function isFunctionWord(parses: Parse[]): boolean {
  return parses.some((p) => p.known && ['PREP', 'CONJ', 'PRCL', 'NPRO', 'NUMR', 'ADVB', 'PRED', 'INTJ'].includes(p.pos) && p.score > 0.3);
}

/**
 * How close a parse's lemma is to the word: the letters of the word it keeps from the start, then its length
 * ('Ксении' is of 'Ксения', not 'Ксеня'; 'Игоре' of 'Игорь', not 'Игор'; 'море' of 'море', not 'мор').
 */
export function lemmaCloseness(p: Parse, word: string): number {
  const w = word.toLowerCase();
  let i = 0;
  while (i < w.length && w[i] === p.lemma[i]) i++;
  return i * 100 + p.lemma.length;
}

/**
 * 'Бангладеш': a place the dictionary declines only in part (no genitive; its locative the same word as its nominative)
 * is used undeclined in news: it stands for every case.
 */
export function undeclinedPlace(parses: readonly Parse[], word: string): boolean {
  const lower = word.toLowerCase();
  return parses.some((p) => p.proper === 'Geox' && p.case === 'loct' && p.lemma === lower) && !parses.some((p) => p.case === 'gent');
}

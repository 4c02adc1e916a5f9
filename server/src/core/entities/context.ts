/** The state shared by the recognition passes over one article. */
import type { EntityType, PersonName } from '../types';
import type { Morphology } from '../morphology/morph';
import type { Token } from '../text/tokenize';
import type { Gazetteer } from './gazetteer';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  name: string;
  /** Per word: span and nominative as written. */
  words: Array<{ start: number; end: number; lemma: string }>;
  person?: PersonName;
  /** Index of the first token of the mention (for context rules). */
  first: number;
  /** The type is a guess (see Mention.confidence). */
  confidence?: 'low';
}

export interface Resources {
  morph: Morphology;
  gazetteer: Gazetteer;
}

export interface Context extends Resources {
  text: string;
  tokens: Token[];
  /** Latin names the article gives to products ('браузер Opera'): the same word alone is no organization. */
  products: Set<string>;
  /** Lemmas of words the article gives people after initials or first names ('Н. Кан'): see personWords.ts. */
  personWords: Set<string>;
  /** Tokens already part of a mention or of site furniture. */
  taken: boolean[];
  /** The candidate owning each token, if any. */
  owner: Array<Candidate | null>;
  candidates: Candidate[];
  /** Per token: its lemmas, once asked for (hasLemma): the passes ask about the same words again and again. */
  lemmasAt: Array<ReadonlySet<string> | undefined>;
}

/** Records a candidate over tokens [i, j) and marks them taken. */
export function claim(ctx: Context, i: number, j: number, c: Omit<Candidate, 'first'>): Candidate {
  // Every caller hands over a fresh object: it becomes the candidate (a copy of each cost ~1% of the analysis).
  const cand = c as Candidate;
  cand.first = i;
  for (let k = i; k < j; k++) {
    ctx.taken[k] = true;
    ctx.owner[k] = cand;
  }
  ctx.candidates.push(cand);
  return cand;
}

/** A one-word place or organization at token i; name: its nominative (the gazetteer's name wins); lemma: the word's nominative. */
export function claimWord(ctx: Context, i: number, type: 'LOC' | 'ORG', name: string, lemma = name): Candidate {
  const t = ctx.tokens[i];
  const known = ctx.gazetteer.canonical(name);
  return claim(ctx, i, i + 1, { start: t.start, end: t.end, type, name: known?.name ?? name, words: [{ start: t.start, end: t.end, lemma }] });
}

/** Marks a candidate whose type is a guess. */
export function guessed(c: Candidate): void {
  c.confidence = 'low';
}

/** Word spans with lemmas for tokens [i, j). */
export function wordsOf(ctx: Context, i: number, j: number, lemmas: string[]): Candidate['words'] {
  const out: Candidate['words'] = [];
  for (let k = i, w = 0; k < j; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word') continue;
    out.push({ start: t.start, end: t.end, lemma: lemmas[w++] ?? t.text });
  }
  return out;
}

/** Word texts of tokens [i, j). */
export function wordTexts(ctx: Context, i: number, j: number): string[] {
  return ctx.tokens.slice(i, j).filter((t) => t.kind === 'word').map((t) => t.text);
}

/** True when tokens i and i+1 are separated by spaces only. */
export function joined(ctx: Context, i: number): boolean {
  const a = ctx.tokens[i];
  const b = ctx.tokens[i + 1];
  return !!a && !!b && !b.newline && /^[ \t\u00a0]+$/.test(ctx.text.slice(a.end, b.start));
}

export function lower(ctx: Context, i: number): string {
  return ctx.tokens[i]?.text.toLowerCase() ?? '';
}

/** The word at k is a verb the dictionary knows ('отметил', 'подчеркнул'), in the given number if one is asked for. */
export function isVerb(ctx: Context, k: number, number?: 'sing'): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === 'word' && ctx.morph.parse(t.text).some((p) => p.known && p.pos === 'VERB' && p.score > 0.3 && (!number || p.grammemes.has(number)));
}

export function hasLemma(ctx: Context, i: number, set: ReadonlySet<string>): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return false;
  for (const l of (ctx.lemmasAt[i] ??= ctx.morph.lemmas(t.text))) if (set.has(l)) return true;
  return false;
}

/** Removes a candidate and frees its tokens (when a longer name absorbs it). */
export function release(ctx: Context, cand: Candidate): void {
  ctx.candidates = ctx.candidates.filter((c) => c !== cand);
  ctx.owner.forEach((o, k) => {
    if (o === cand) {
      ctx.owner[k] = null;
      ctx.taken[k] = false;
    }
  });
}

/** The candidate of this type whose name starts with token k, or null. */
export function ownerFrom(ctx: Context, k: number, type: Candidate['type']): Candidate | null {
  const owner = ctx.owner[k];
  return owner && owner.type === type && owner.start === ctx.tokens[k]?.start ? owner : null;
}

/** A longer name takes over the candidate owning token k: frees it and returns the end of what it owned. */
export function absorb(ctx: Context, k: number): number {
  const owner = ctx.owner[k];
  const end = ownedEnd(ctx, k);
  if (owner) release(ctx, owner);
  return end;
}

/** Index of the token after the last token a candidate owns, starting the search at k. */
export function ownedEnd(ctx: Context, k: number): number {
  const cand = ctx.owner[k];
  let j = k;
  while (j < ctx.tokens.length && cand && ctx.owner[j] === cand) j++;
  return j;
}

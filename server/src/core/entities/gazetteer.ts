/**
 * Gazetteer of places and organizations matched by lemma, so any case form matches
 * ('Саудовской Аравии' -> 'Саудовская Аравия', 'Республики Казахстан' -> 'Казахстан').
 */
import type { EntityType } from '../types';
import { dictionaryForm, foldLower, foldYo, type Morphology } from '../morphology/morph';
import type { Token } from '../text/tokenize';
import { PLACE_GROUPS } from './data/places';
import { ORGANIZATION_GROUPS } from './data/organizations';
import { pushTo } from '../util/multiMap';
import { remember } from '../util/boundedCache';

interface WordPattern {
  /** Exact form required (acronyms, Latin names). */
  exact: string | null;
  word: string;
  /** Computed on first use, so building the gazetteer parses nothing. */
  lemmas: ReadonlySet<string> | null;
  cap: boolean;
}

export interface GazetteerEntry {
  words: WordPattern[];
  type: EntityType;
  /** Canonical name of the group. */
  name: string;
  /** The alias as written in the gazetteer. */
  form: string;
}

export interface GazetteerMatch {
  readonly entry: GazetteerEntry;
  /** Token index after the last matched token. */
  readonly end: number;
}

export interface Gazetteer {
  /** The longest entry matching word tokens from index i on (words must be space-separated). */
  match(tokens: Token[], i: number, text: string): GazetteerMatch | null;
  /** Canonical name for an alias written in nominative ('РФ' -> 'Россия'), if known. */
  canonical(form: string): { name: string; type: EntityType } | null;
}

export function buildGazetteer(morph: Morphology): Gazetteer {
  const byFirst = new Map<string, GazetteerEntry[]>();
  const byForm = new Map<string, { name: string; type: EntityType }>();
  const add = (groups: string[][], type: EntityType): void => {
    for (const group of groups) {
      for (const form of group) {
        const entry: GazetteerEntry = { words: form.split(/\s+/).map(wordPattern), type, name: group[0], form };
        pushTo(byFirst, keyOf(entry.words[0].exact ?? entry.words[0].word), entry);
        byForm.set(foldLower(form), { name: group[0], type });
      }
    }
  };
  add(PLACE_GROUPS, 'LOC');
  add(ORGANIZATION_GROUPS, 'ORG');
  const cache = new Map<string, GazetteerEntry[]>();
  // The passes over an article ask about the same tokens again and again; an article's tokens never change.
  const matches = new WeakMap<Token[], Array<GazetteerMatch | null>>();
  return {
    match: (tokens, i, text) => {
      let row = matches.get(tokens);
      if (!row) matches.set(tokens, (row = []));
      const hit = row[i];
      return hit !== undefined ? hit : (row[i] = matchAt(byFirst, cache, morph, tokens, i, text));
    },
    canonical: (form) => byForm.get(foldLower(form)) ?? null,
  };
}

/** Index key: the first three letters, folded (inflection changes word ends, not starts). */
function keyOf(word: string): string {
  return foldLower(dictionaryForm(word)).slice(0, 3);
}

function wordPattern(w: string): WordPattern {
  const letters = w.replace(/[^\p{L}]/gu, '');
  const isAcronym = (letters.length <= 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) || /[A-Za-z0-9+.]/.test(w);
  return { exact: isAcronym ? w : null, word: w, lemmas: null, cap: /^\p{Lu}/u.test(w) };
}

function lemmasOf(morph: Morphology, w: WordPattern): ReadonlySet<string> {
  if (!w.lemmas) {
    // No person-name readings: 'Ханой' read as a form of the name Хана would match 'Имран Хан'.
    const nominal = morph.parse(w.word).filter((p) => (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF') && p.proper !== 'Name' && p.proper !== 'Surn' && p.proper !== 'Patr');
    w.lemmas = new Set([foldLower(w.word), ...nominal.map((p) => foldYo(p.lemma))]);
  }
  return w.lemmas;
}

function tokenFits(morph: Morphology, w: WordPattern, t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (w.exact !== null) return t.text === w.exact || dictionaryForm(t.text) === w.exact;
  if (w.cap && !t.cap) return false;
  if (!w.cap && t.cap && !t.sentStart) return false;
  const lemmas = lemmasOf(morph, w);
  for (const l of morph.lemmas(t.text)) if (lemmas.has(l)) return true;
  return partsFit(morph, w.word, t.text);
}

/** 'Гвинее-Бисау' of 'Гвинея-Бисау': a hyphenated name whose parts decline apart, each part a form of the entry's. */
function partsFit(morph: Morphology, entry: string, word: string): boolean {
  if (!entry.includes('-') || !word.includes('-')) return false;
  const want = entry.split('-');
  const have = word.split('-');
  if (want.length !== have.length) return false;
  return want.every((part, k) => foldLower(part) === foldLower(have[k]) || (/^\p{Lu}/u.test(have[k]) && morph.lemmas(have[k]).has(foldYo(foldLower(part)))));
}

/**
 * Entries whose first word fits this token (memoised per form and sentence start, all a first word's fit
 * depends on): a token is tried against each entry's first word once per form, not once per article.
 */
function entriesFor(byFirst: Map<string, GazetteerEntry[]>, cache: Map<string, GazetteerEntry[]>, morph: Morphology, t: Token): GazetteerEntry[] {
  const key = t.sentStart ? `${t.text}\u0000` : t.text;
  let hit = cache.get(key);
  if (!hit) {
    const word = t.text;
    hit = (byFirst.get(keyOf(word)) ?? []).filter((e) => (e.words[0].exact === null || e.words[0].exact === dictionaryForm(word)) && tokenFits(morph, e.words[0], t));
    remember(cache, key, hit, 100_000);
  }
  return hit;
}

function matchAt(byFirst: Map<string, GazetteerEntry[]>, cache: Map<string, GazetteerEntry[]>, morph: Morphology, tokens: Token[], i: number, text: string): GazetteerMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  let best: GazetteerMatch | null = null;
  for (const entry of entriesFor(byFirst, cache, morph, t)) {
    const end = restMatches(morph, entry, tokens, i, text);
    // Longest first; of equal length, the entry written exactly as the text ('Бразилиа', not 'Бразилия').
    if (end > 0 && (!best || end > best.end || (end === best.end && writtenAs(entry, tokens, i) && !writtenAs(best.entry, tokens, i)))) best = { entry, end };
  }
  return best;
}

function writtenAs(entry: GazetteerEntry, tokens: Token[], i: number): boolean {
  return entry.words.every((w, k) => foldLower(w.word) === foldLower(tokens[i + k]?.text ?? ''));
}

/** Where an entry whose first word fits token i ends (its other words fit the tokens after, spaces between), or 0. */
function restMatches(morph: Morphology, entry: GazetteerEntry, tokens: Token[], i: number, text: string): number {
  let k = i + 1;
  for (let w = 1; w < entry.words.length; w++, k++) {
    const t = tokens[k];
    if (!t || !tokenFits(morph, entry.words[w], t)) return 0;
    if (!/^[ \t\u00a0]+$/.test(text.slice(tokens[k - 1].end, t.start))) return 0;
  }
  return k;
}

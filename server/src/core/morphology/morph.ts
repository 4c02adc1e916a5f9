/**
 * Morphology on `az` (OpenCorpora dictionaries): memoised parses per word form, with the fixes
 * measured on news text (proper-name parses preferred, ALL-CAPS words parsed title-cased).
 */
import Az = require('az');
import { HOMOGLYPHS } from '../text/homoglyphs';
import { checkDictPath, resolveDictPath } from './dictPath';
import { remember } from '../util/boundedCache';
import { memoizeTagMethods } from './azTags';
import { givenNameParses } from './givenNames';

export type ProperKind = 'Name' | 'Surn' | 'Patr' | 'Geox' | 'Orgn';
const PROPER: ProperKind[] = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn'];

export interface Parse {
  /** Lower-case nominative lemma. */
  lemma: string;
  pos: string;
  grammemes: ReadonlySet<string>;
  case: string | null;
  gender: string | null;
  number: string | null;
  score: number;
  /** Found in the dictionary (not guessed from a suffix). */
  known: boolean;
  proper: ProperKind | null;
  raw: Az.AzParse;
}

export interface Morphology {
  parse(word: string): Parse[];
  /** All lower-case lemmas of a word (ё folded to е), plus the lower-cased word itself. */
  lemmas(word: string): ReadonlySet<string>;
  /** The word form of a parse with these grammemes, lower case, or null. */
  inflect(parse: Parse, grammemes: string[]): string | null;
}

let initialized: Promise<void> | null = null;
let initializedPath = '';

function initAz(dir: string): Promise<void> {
  if (initialized && initializedPath === dir) return initialized;
  const problem = checkDictPath(dir);
  if (problem) return Promise.reject(new Error(problem));
  initializedPath = dir;
  initialized = new Promise<void>((resolve, reject) => {
    let done = false;
    Az.Morph.init(dir, (err) => {
      if (done) return;
      done = true;
      if (err) reject(new Error(`cannot load morphology dictionaries from ${dir}: ${String(err)}`));
      else {
        memoizeTagMethods(Az.Morph('слово')[0]?.tag);
        resolve();
      }
    });
  });
  initialized.catch(() => { initialized = null; });
  return initialized;
}

export async function loadMorphology(dictPath?: string): Promise<Morphology> {
  await initAz(resolveDictPath(dictPath));
  return createMorphology();
}

export function foldYo(s: string): string {
  if (!YO.test(s)) return s;
  return s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

const YO = /[ёЁ]/;

/** Lower case with ё folded: the form names are compared in. */
export function foldLower(s: string): string {
  return foldYo(s.toLowerCase());
}

function createMorphology(): Morphology {
  const parseCache = new Map<string, Parse[]>();
  const lemmaCache = new Map<string, Set<string>>();
  const parse = (word: string): Parse[] => {
    let hit = parseCache.get(word);
    if (!hit) {
      hit = parseUncached(word);
      remember(parseCache, word, hit, CACHE_LIMIT);
    }
    return hit;
  };
  const lemmas = (word: string): Set<string> => {
    let hit = lemmaCache.get(word);
    if (!hit) {
      hit = new Set([foldYo(dictionaryForm(word).toLowerCase()), ...parse(word).map((p) => foldYo(p.lemma))]);
      remember(lemmaCache, word, hit, CACHE_LIMIT);
    }
    return hit;
  };
  const inflect = (p: Parse, grammemes: string[]): string | null => {
    const superlative = p.grammemes.has('Supr') && grammemes.includes('nomn') ? superlativeNominative(p, grammemes) : null;
    if (superlative) return superlative;
    try {
      const r = p.raw.inflect(grammemes);
      return r && typeof r.word === 'string' ? r.word.toLowerCase() : null;
    } catch {
      return null;
    }
  };
  return { parse, lemmas, inflect };
}

/**
 * The nominative of a superlative by its ending ('Высшей школы' -> 'высшая', 'старейшего' -> 'старейший'): the
 * dictionary inflects it from its positive ('высокая') or from the paradigm's first superlative ('высочайшая').
 */
function superlativeNominative(p: Parse, grammemes: string[]): string | null {
  const stem = /^(.*[шжчщ])(?:ий|ая|ее|ие|его|ему|им|ем|ей|ую|ею|их|ими)$/u.exec(p.raw.word.toLowerCase())?.[1];
  if (!stem) return null;
  const number = grammemes.includes('plur') ? 'plur' : grammemes.includes('sing') ? 'sing' : p.number;
  if (number === 'plur') return `${stem}ие`;
  const gender = ['masc', 'femn', 'neut'].find((g) => grammemes.includes(g)) ?? p.gender;
  return stem + (gender === 'femn' ? 'ая' : gender === 'neut' ? 'ее' : 'ий');
}

/** The form the dictionary should see: NFC (й, not и + breve) and Cyrillic letters for look-alikes in Cyrillic words. */
export function dictionaryForm(word: string): string {
  if (PLAIN_CYRILLIC.test(word)) return word;
  const nfc = word.normalize('NFC');
  if (!/\p{Script=Cyrillic}/u.test(nfc) || !/[A-Za-z]/.test(nfc)) return nfc;
  return nfc.replace(/[A-Za-z]/g, (ch) => HOMOGLYPHS[ch] ?? ch);
}

/** Precomposed Russian letters and hyphens: already NFC, no Latin look-alikes (the common case, tested first). */
const PLAIN_CYRILLIC = /^[а-яёА-ЯЁ-]*$/;

/** Word-form caches are bounded: a huge corpus restarts them rather than growing without limit. */
const CACHE_LIMIT = 30_000;

/** No Russian word form is longer; the dictionary lookup of a 500-letter 'word' takes seconds. */
const MAX_WORD = 40;

function parseUncached(written: string): Parse[] {
  if (written.length > MAX_WORD) return [];
  const word = dictionaryForm(written);
  const form = isAllCaps(word) ? titleCase(word) : word;
  let raw: Az.AzParse[];
  try {
    raw = Az.Morph(form);
  } catch {
    raw = [];
  }
  // Given names the dictionary lacks read first, as the dictionary's own would.
  const parses: Parse[] = givenNameParses(form);
  for (const p of raw) if (p && typeof p.word === 'string') parses.push(toParse(p));
  return parses;
}

/** At least four letters, all capitals. */
function isAllCaps(word: string): boolean {
  const letters = PLAIN_CYRILLIC.test(word) ? word.replace(/-/g, '') : word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-‑\s])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** What a parse's tag says, computed once per tag: az shares one tag object among all parses with that tag. */
interface TagFacts {
  pos: string;
  grammemes: ReadonlySet<string>;
  case: string | null;
  gender: string | null;
  number: string | null;
  proper: ProperKind | null;
}

const tagFacts = new WeakMap<object, TagFacts>();

function factsOf(tag: { stat?: string[]; flex?: string[] } & Az.AzTag): TagFacts {
  let hit = tagFacts.get(tag);
  if (!hit) {
    const grammemes = new Set<string>([...(tag.stat ?? []), ...(tag.flex ?? [])]);
    hit = {
      pos: String(tag.POS ?? ''),
      grammemes,
      case: (tag.CAse as string | undefined) ?? null,
      gender: (tag.GNdr as string | undefined) ?? null,
      number: (tag.NMbr as string | undefined) ?? null,
      proper: PROPER.find((g) => grammemes.has(g)) ?? null,
    };
    tagFacts.set(tag, hit);
  }
  return hit;
}

function toParse(p: Az.AzParse): Parse {
  const facts = factsOf(p.tag as unknown as { stat?: string[]; flex?: string[] } & Az.AzTag);
  let lemma = p.word.toLowerCase();
  try {
    const n = p.normalize();
    if (n && typeof n.word === 'string') lemma = n.word.toLowerCase();
  } catch {
    // keep the form itself
  }
  return {
    lemma,
    pos: facts.pos,
    grammemes: facts.grammemes,
    case: facts.case,
    gender: facts.gender,
    number: facts.number,
    score: p.score,
    known: p.parser === 'Dictionary' || p.parser === 'Abbr',
    proper: facts.proper,
    raw: p,
  };
}

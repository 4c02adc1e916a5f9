/**
 * Nominative of place and organization names: 'Саудовской Аравии' -> 'Саудовская Аравия',
 * 'Евразийского экономического союза' -> 'Евразийский экономический союз', 'Вьентьяне' -> 'Вьентьян'.
 * Leading adjectives agree with the head noun; words after the head (genitive complements) stay as written.
 */
import { foldLower, type Morphology, type Parse, type ProperKind } from '../morphology/morph';
import { bestProper, lemmaCloseness } from '../morphology/classify';
import { matchCase } from './casing';
import { memoPerOwner } from '../util/boundedCache';
import { AREA_HEADS } from '../entities/data/lexicon';

export interface NominalResult {
  name: string;
  /** Nominative of each word on its own, letter case as written. */
  lemmas: string[];
}

export function wordNominative(morph: Morphology, word: string, prefer?: ProperKind): string {
  if (isAcronym(word) || /^[A-Za-z][A-Za-z0-9&.'-]*$/.test(word)) return word;
  const parses = morph.parse(word);
  const preferred = prefer ? parses.find((x) => x.proper === prefer && x.known) : undefined;
  const p = preferred ?? bestProper(parses) ?? parses.find((x) => x.pos === 'NOUN') ?? parses[0];
  if (!p) return word;
  if (p.pos === 'ADJF') return matchCase(morph.inflect(p, ['nomn', 'sing', 'masc']) ?? p.lemma, word);
  return matchCase(p.lemma, word);
}

/**
 * The nominative of a one-word name in quotes or of a club ('«Спартаком»' -> 'Спартак', 'Трактору' ->
 * 'Трактор'), only where the word cannot itself be a nominative and the dictionary knows the noun; else the
 * word as written ('«Акрон»', '«Известия»').
 */
export function quotedNominative(morph: Morphology, word: string): string {
  const parses = morph.parse(word).filter((p) => p.known);
  if (parses.length === 0 || parses.some((p) => p.case === 'nomn' || p.pos !== 'NOUN')) return word;
  const noun = parses.find((p) => p.number === 'sing');
  return noun ? matchCase(noun.lemma, word) : word;
}

export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function phraseNominative(morph: Morphology, words: readonly string[], prefer?: ProperKind): Readonly<NominalResult> {
  return nominativeMemo(morph, `${prefer ?? ''}${KEY_SEPARATOR}${words.join(KEY_SEPARATOR)}`);
}

/** Joins the memo key's parts: the words are tokens' words, which hold no control character. */
const KEY_SEPARATOR = '\u0000';

/** The same places and bodies recur across a corpus: their nominatives are memoised (callers only read them). */
const nominativeMemo = memoPerOwner(20_000, (morph: Morphology, key: string): Readonly<NominalResult> => {
  const [prefer, ...parts] = key.split(KEY_SEPARATOR);
  const words = parts.length === 1 && parts[0] === '' ? [] : parts;
  const result = phraseNominativeUncached(morph, words, (prefer || undefined) as ProperKind | undefined);
  return Object.freeze({ name: result.name, lemmas: Object.freeze(result.lemmas) as string[] });
});

function phraseNominativeUncached(morph: Morphology, words: string[], prefer?: ProperKind): NominalResult {
  const h = headIndex(morph, words);
  if (h < 0) {
    const lemmas = words.map((w) => wordNominative(morph, w, prefer));
    return { name: words.length === 1 ? lemmas[0] : words.join(' '), lemmas };
  }
  const feminine = h > 0 ? feminineHead(morph, words[h - 1], words[h]) : null;
  if (feminine) {
    const out = words.map((w, i) => (i < h ? adjectiveNominative(morph, w, ['nomn', 'sing', 'femn']) : i === h ? feminine : w));
    return { name: out.join(' '), lemmas: words.map((w, i) => (i <= h ? out[i] : tailWord(morph, w))) };
  }
  const head = headParse(morph, words[h], prefer, h > 0 ? words[h - 1] : undefined);
  const number = head?.grammemes.has('Pltm') || pluralAdjective(morph, words[0], h) ? 'plur' : 'sing';
  const gender = head?.gender && ['masc', 'femn', 'neut'].includes(head.gender) ? head.gender : 'masc';
  const out = words.map((w, i) => {
    if (i < h) return adjectiveNominative(morph, w, number === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', gender]);
    // An acronym is its own nominative ('АБИИ' is not a form of 'аби').
    if (i === h) return hyphenatedNominative(morph, w) ?? (head && !isAcronym(w) ? matchCase(morph.inflect(head, ['nomn', number]) ?? head.lemma, w) : w);
    return w;
  });
  const lemmas = words.map((w, i) => (i <= h ? out[i] : tailWord(morph, w)));
  return { name: out.join(' '), lemmas };
}

/** 'музея-заповедника' -> 'музей-заповедник': two nouns joined by a hyphen, both in one oblique case, both decline. */
function hyphenatedNominative(morph: Morphology, word: string): string | null {
  const parts = word.split('-');
  if (parts.length !== 2) return null;
  const [a, b] = parts.map((x) => morph.parse(x).filter((p) => p.known && p.pos === 'NOUN' && p.number === 'sing' && p.case !== 'nomn'));
  const pair = a.flatMap((x) => b.filter((y) => y.case === x.case).map((y) => [x, y] as const))[0];
  if (!pair) return null;
  const forms = pair.map((p) => morph.inflect(p, ['nomn', 'sing']));
  return forms[0] && forms[1] ? matchCase(`${forms[0]}-${forms[1]}`, word) : null;
}

/** 'Российских железных дорог': a leading adjective that can only be plural makes the name plural. */
function pluralAdjective(morph: Morphology, word: string, head: number): boolean {
  if (head === 0) return false;
  const adj = morph.parse(word).filter((p) => p.pos === 'ADJF');
  return adj.length > 0 && adj.every((p) => p.number === 'plur');
}

function adjectiveNominative(morph: Morphology, word: string, grammemes: string[]): string {
  // 'Промышленный и коммерческий банк': the conjunction stays.
  if (isAcronym(word) || word === 'и') return word;
  const parses = morph.parse(word);
  const p = parses.find((x) => adjectival(x));
  // Already in the form asked for ('Первый', whose dictionary lemma is a cardinal's): as written.
  if (parses.some((x) => adjectival(x) && x.known && x.score > 0.05 && x.case === grammemes[0] && (grammemes[1] === 'plur' ? x.number === 'plur' : x.gender === grammemes[2]))) return word;
  const place = p ? null : adjectivalPlaceLemma(parses, word);
  if (place) return matchCase(grammemes.includes('plur') ? `${place.slice(0, -2)}ие` : `${place.slice(0, -2)}${GENDER_ENDING[grammemes[2] ?? 'masc'] ?? 'ий'}`, word);
  if (!p) return word;
  const form = p.pos === 'PRTF' ? morph.inflect(p, [...grammemes, 'pssv', 'past']) : morph.inflect(p, grammemes);
  // 'Первого': the dictionary declines the ordinal through its cardinal ('один'); the word's own stem keeps it.
  if (form && foldLower(form).slice(0, 3) !== foldLower(word).slice(0, 3)) {
    // 'Южно-Уральского': the dictionary read the part after the hyphen; it alone changes.
    const hyphen = word.lastIndexOf('-');
    const last = word.slice(hyphen + 1);
    if (hyphen > 0 && foldLower(form).slice(0, 3) === foldLower(last).slice(0, 3)) return `${word.slice(0, hyphen + 1)}${matchCase(form, last)}`;
    const stem = /^(.+?)(?:ого|ому|ыми|ым|ом|ой|ую|ая|ое|ые|ых|ый)$/u.exec(word)?.[1];
    if (stem) return `${stem}${grammemes[1] === 'plur' ? 'ые' : HARD_ENDING[grammemes[2] ?? 'masc'] ?? 'ый'}`;
  }
  return matchCase(form ?? p.lemma, word);
}

const HARD_ENDING: Record<string, string> = { masc: 'ый', femn: 'ая', neut: 'ое' };

const GENDER_ENDING: Record<string, string> = { masc: 'ий', femn: 'ая', neut: 'ое' };

/**
 * The lemma of a place name the dictionary has only as a noun though it is an adjective in form
 * ('Кроноцком' of 'Кроноцкий'), or null.
 */
export function adjectivalPlaceLemma(parses: readonly Parse[], word: string): string | null {
  if (parses.some((p) => p.pos === 'ADJF') || !/(?:ого|ому|ом|ая|ой|ую|ий|ое)$/u.test(word)) return null;
  return parses.find((p) => p.known && p.proper === 'Geox' && p.pos === 'NOUN' && /[сц]кий$/.test(p.lemma))?.lemma ?? null;
}

/** An adjective, or a passive participle naming like one ('Объединённого фронта', 'Выборгского объединённого музея'). */
function adjectival(p: Parse): boolean {
  return p.pos === 'ADJF' || (p.pos === 'PRTF' && p.grammemes.has('pssv'));
}

/** The first word that is not an adjective modifying a following noun (the head noun), or -1. */
function headIndex(morph: Morphology, words: string[]): number {
  for (let i = 0; i < words.length; i++) {
    // 'Промышленный и коммерческий банк': 'и' between adjectives.
    if (words[i] === 'и' && i > 0 && i < words.length - 1) continue;
    const parses = morph.parse(words[i]);
    const adj = parses.some((p) => adjectival(p)) || (i < words.length - 1 && adjectivalPlaceLemma(parses, words[i]) !== null);
    if (isAcronym(words[i]) || !adj || i === words.length - 1) return i;
    const next = morph.parse(words[i + 1]);
    if (!next.some((p) => p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF') && !isAcronym(words[i + 1])) return i;
  }
  return -1;
}

/**
 * The head noun's reading; after an adjective, one that agrees with it ('Карачаевский городской округ' is no
 * plural of 'округа'; 'Белой Горы' no form of 'гор').
 */
const areaHead = (p: Parse): number => (AREA_HEADS.has(p.lemma) ? 1 : 0);

function headParse(morph: Morphology, word: string, prefer?: ProperKind, before?: string): Parse | null {
  const all = morph.parse(word);
  const adjectives = before ? morph.parse(before).filter(adjectival) : [];
  const agreeing = all.filter((p) => p.pos === 'NOUN' && !p.grammemes.has('Abbr') && adjectives.some((a) => a.case === p.case && a.number === p.number && (p.number === 'plur' || !p.gender || a.gender === p.gender)));
  // 'Порховском округах': of readings as likely, an area's noun ('округ', not 'округа') heads a place's name.
  const parses = agreeing.length > 0 ? [...agreeing].sort((a, b) => b.score - a.score || areaHead(b) - areaHead(a) || lemmaCloseness(b, word) - lemmaCloseness(a, word)) : [...all].sort((a, b) => areaHead(b) - areaHead(a));
  const preferred = prefer ? parses.find((p) => p.proper === prefer && p.known) : undefined;
  return preferred ?? bestProper(parses) ?? parses.find((p) => p.pos === 'NOUN') ?? null;
}

/**
 * 'Старой Руссе' -> 'Старая Русса': a capitalised head no reading of which agrees with an adjective that can only be
 * feminine singular, on that case's feminine ending, is a feminine noun on -а (the dictionary's 'Русе' is masculine).
 */
function feminineHead(morph: Morphology, before: string, word: string): string | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  const adjectives = morph.parse(before).filter(adjectival);
  if (adjectives.length === 0 || adjectives.some((a) => a.gender !== 'femn' || a.number !== 'sing' || a.case === 'nomn')) return null;
  const parses = morph.parse(word);
  if (parses.some((p) => p.pos === 'NOUN' && adjectives.some((a) => a.case === p.case && p.number === 'sing' && (!p.gender || p.gender === 'femn')))) return null;
  for (const a of adjectives) {
    const ending = FEMININE_ENDING[a.case ?? ''];
    if (ending?.test(word)) return word.replace(ending, 'а');
  }
  return null;
}

/** A feminine noun's case endings on -а ('Руссы', 'Руссе', 'Руссу', 'Руссой'; 'Кужебы', 'Кужебе'). */
export const FEMININE_ENDING: Readonly<Record<string, RegExp>> = { gent: /(?<=[бвдзлмнпрстфц])ы$|(?<=[гкхжшчщ])и$/u, datv: /е$/u, loct: /е$/u, accs: /у$/u, ablt: /ой$/u };

/** Words after the head keep their form, except proper names ('Лаоса' -> 'Лаос'). */
function tailWord(morph: Morphology, word: string): string {
  return /^\p{Lu}/u.test(word) ? wordNominative(morph, word) : word;
}

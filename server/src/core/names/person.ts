/**
 * Person names: which word is the first name, patronymic and surname, which case and gender the
 * mention is in, and the nominative of each word ('Сергея Лаврова' -> 'Сергей Лавров').
 */
import type { PersonName } from '../types';
import { foldLower, type Morphology, type Parse } from '../morphology/morph';
import { matchCase } from './casing';
import { remember } from '../util/boundedCache';
import { possibleNominatives, synthesizeNominative, type NameCase, type NamePart } from './synthesis';

export interface NormalizedPerson {
  person: PersonName;
  /** Nominative of each word, letter case as written. */
  lemmas: string[];
  /** 'First Last' (or the single part). */
  name: string;
}

const CASES: NameCase[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
type Role = 'first' | 'middle' | 'last';

const memo = new WeakMap<Morphology, Map<string, NormalizedPerson>>();

/** Every nominative a lone name word could have, folded for comparison ('Пхонесая' -> пхонесая, пхонесай). */
export function nameForms(morph: Morphology, word: string): Set<string> {
  return new Set([normalizePerson(morph, [word]).lemmas[0], ...possibleNominatives(word, 'first')].map(foldLower));
}

/** Cases the context suggests for a name, and how much that counts against the words' own endings. */
export interface CaseHint {
  cases: ReadonlySet<string>;
  weight: number;
}

const NO_HINT: CaseHint = { cases: new Set(), weight: 0 };

/** hint: the case the context shows (a title written before the name, a verb after it). Memoised. */
export function normalizePerson(morph: Morphology, words: string[], hint: CaseHint = NO_HINT): NormalizedPerson {
  let cache = memo.get(morph);
  if (!cache) memo.set(morph, (cache = new Map()));
  const key = `${words.join(' ')}|${[...hint.cases].sort().join(',')}|${hint.weight}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = normalizeUncached(morph, words, hint);
    remember(cache, key, hit, 50_000);
  }
  return { person: { ...hit.person }, lemmas: [...hit.lemmas], name: hit.name };
}

function normalizeUncached(morph: Morphology, words: string[], hint: CaseHint): NormalizedPerson {
  const roles = assignRoles(morph, words);
  const gender = guessGender(morph, words, roles);
  const c = chooseCase(morph, words, roles, gender, hint);
  const lemmas = words.map((w, i) => lemmaOf(morph, w, roles[i], c, gender));
  // Foreign names decline only in the last word: 'Али Юсеф Шарифом' -> 'Шариф'.
  // Not when a first name that would show its case stands in the nominative ('Джеймс Дарем' is no form of 'Дарь').
  if (c === 'nomn' && !declinedFirstName(morph, words, roles, gender)) lemmas[lemmas.length - 1] = lastWordOnly(morph, words[words.length - 1], gender, hint.cases) ?? lemmas[lemmas.length - 1];
  const person: PersonName = { gender };
  const firstParts: string[] = [];
  lemmas.forEach((l, i) => {
    if (roles[i] === 'first') firstParts.push(l);
    else if (roles[i] === 'middle') person.middle = l;
    else person.last = person.last ? `${person.last} ${l}` : l;
  });
  if (firstParts.length) person.first = firstParts.join(' ');
  const name = [person.first, person.last].filter(Boolean).join(' ');
  return { person, lemmas, name };
}

/** The first word is a dictionary first name in the nominative that ends in a consonant, so it would decline. */
function declinedFirstName(morph: Morphology, words: string[], roles: Role[], gender: 'm' | 'f'): boolean {
  if (words.length < 2 || roles[0] !== 'first' || !/[бвгджзклмнпрстфхцчшщ]$/u.test(words[0])) return false;
  return dictParse(morph, words[0], 'first', 'nomn', gender, true) !== null;
}

function hasKind(morph: Morphology, w: string, kind: string): boolean {
  return morph.parse(w).some((p) => p.proper === kind && (p.known || p.score >= 0.1));
}

function assignRoles(morph: Morphology, words: string[]): Role[] {
  const n = words.length;
  if (n === 1) return [hasKind(morph, words[0], 'Name') && !hasKind(morph, words[0], 'Surn') ? 'first' : 'last'];
  const roles: Role[] = words.map(() => 'first');
  roles[n - 1] = 'last';
  if (n >= 3 && hasKind(morph, words[n - 2], 'Patr')) roles[n - 2] = 'middle';
  return roles;
}

/** Surname endings only one gender has, in every case: Токаев, Токаевым / Токаевой, Жуковской. */
const MASCULINE_ONLY = /(ов|ев|ёв|ин|ын|ский|цкий|овым|евым|иным|ским|цким)$/u;
const FEMININE_ONLY = /(овой|евой|ёвой|иной|ыной|ской|цкой)$/u;

function guessGender(morph: Morphology, words: string[], roles: Role[]): 'm' | 'f' {
  const last = words[words.length - 1];
  if (words.length > 1 && MASCULINE_ONLY.test(last)) return 'm';
  if (words.length > 1 && FEMININE_ONLY.test(last)) return 'f';
  const votes = { m: 0, f: 0 };
  words.forEach((w, i) => {
    const kind = roles[i] === 'first' ? 'Name' : roles[i] === 'middle' ? 'Patr' : 'Surn';
    const weight = roles[i] === 'last' ? 1 : 3;
    const p = morph.parse(w).find((x) => x.proper === kind && x.gender !== null && x.gender !== 'Ms-f');
    if (p?.gender === 'femn') votes.f += weight * (p.known ? 1 : 0.5);
    else if (p?.gender === 'masc') votes.m += weight * (p.known ? 1 : 0.5) * (roles[i] === 'last' ? 0.9 : 1);
  });
  return votes.f > votes.m ? 'f' : 'm';
}

function genderFits(p: Parse, gender: 'm' | 'f'): boolean {
  if (!p.gender || p.gender === 'Ms-f' || p.gender === 'GNdr') return true;
  return (gender === 'f') === (p.gender === 'femn');
}

function dictParse(morph: Morphology, w: string, role: Role, c: NameCase, gender: 'm' | 'f', knownOnly = false): Parse | null {
  const kind = role === 'first' ? 'Name' : role === 'middle' ? 'Patr' : 'Surn';
  const fits = (p: Parse, k: string): boolean => p.proper === k && p.case === c && p.number !== 'plur' && genderFits(p, gender) && (p.known || !knownOnly);
  const parses = morph.parse(w);
  // A surname that is also a first name (Arabic, Central Asian names): the first-name paradigm declines it.
  return parses.find((p) => fits(p, kind)) ?? (role === 'last' && !parses.some((p) => p.proper === 'Surn') ? parses.find((p) => fits(p, 'Name')) : undefined) ?? null;
}

function part(role: Role): NamePart {
  return role === 'first' ? 'first' : 'last';
}

function chooseCase(morph: Morphology, words: string[], roles: Role[], gender: 'm' | 'f', hint: CaseHint): NameCase {
  let best: NameCase = 'nomn';
  let bestScore = -1;
  for (const c of CASES) {
    let score = hint.cases.has(c) ? hint.weight : 0;
    words.forEach((w, i) => {
      // A second given name or the first of two surnames ('Лусию Фернандес Ортегу') and particles often
      // do not decline: the first and the last word show the case.
      if (PARTICLES.has(w) || (roles[i] === 'first' && i > 0 && i < words.length - 1)) return;
      // The surname shows the case most reliably (foreign first names often do not decline).
      score += wordScore(morph, w, roles[i], c, gender) * (roles[i] === 'last' && i > 0 ? 1.2 : 1);
    });
    if (score > bestScore + 1e-9) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Particles inside foreign names ('да Силва', 'фон Ауэ'): never declined. */
const PARTICLES = new Set(['да', 'де', 'ди', 'до', 'ду', 'дос', 'душ', 'дус', 'дас', 'даш', 'дель', 'делла', 'ван', 'фон', 'дер', 'ден', 'цу', 'ла', 'ле', 'бин', 'бен', 'ибн', 'аль', 'эль']);

/** A woman's surname ending in a consonant does not decline ('Виктории Ким', 'Ирины Коваль'). */
function indeclinableFeminine(w: string, role: Role, gender: 'm' | 'f'): boolean {
  return role === 'last' && gender === 'f' && /[бвгджзклмнпрстфхцчшщ]$/u.test(w);
}

function wordScore(morph: Morphology, w: string, role: Role, c: NameCase, gender: 'm' | 'f'): number {
  if (indeclinableFeminine(w, role, gender)) return 0.85;
  const p = dictParse(morph, w, role, c, gender);
  if (p) return p.known ? 2 : 0.9;
  if (c !== 'nomn' && !isInvariant(w) && synthesizeNominative(w, c, part(role), gender) !== null) return 0.9;
  if ((c === 'nomn' || isInvariant(w)) && !morph.parse(w).some((x) => x.proper && x.known)) return 0.85;
  return 0;
}

/** The nominative of an unknown last word declined alone ('Нгуен Фу Чонга' after 'секретаря'), or null. */
function lastWordOnly(morph: Morphology, w: string, gender: 'm' | 'f', hint: ReadonlySet<string>): string | null {
  const ending = obliqueEnding(morph, w);
  if (ending) return synthesizeNominative(w, ending, 'last', gender);
  if (isInvariant(w) || morph.parse(w).some((p) => p.known)) return null;
  for (const c of CASES) {
    if (c === 'nomn' || !hint.has(c)) continue;
    const nom = synthesizeNominative(w, c, 'last', gender);
    if (nom) return nom;
  }
  return null;
}

/** The case an unknown word's unmistakable ending shows (-ом, -ому, -ого), or null. */
function obliqueEnding(morph: Morphology, w: string): NameCase | null {
  if (morph.parse(w).some((p) => p.known)) return null;
  const m = /[бвгджзклмнпрстфхцчшщ](ом|ем|ым|ому|ему|ого|его)$/u.exec(w);
  if (!m) return null;
  return m[1].endsWith('м') ? 'ablt' : m[1].endsWith('у') ? 'datv' : 'gent';
}

/**
 * Foreign names ending in о, е, и, э do not decline (Моди, Хироси, Сипхандоне), nor very short ones
 * (Си, Ли); -ы is a genitive ending (Вармы), no name's nominative.
 */
function isInvariant(w: string): boolean {
  return /[оеиэё]$/u.test(w) || w.length <= 3;
}

function lemmaOf(morph: Morphology, w: string, role: Role, c: NameCase, gender: 'm' | 'f'): string {
  // In the nominative a name is its own lemma (the dictionary may respell it: Мэттью -> Мэтью).
  if (c === 'nomn' || PARTICLES.has(w) || indeclinableFeminine(w, role, gender)) return w;
  // 'Тильмана-Брандта' -> 'Тильман-Брандт', 'Дюбуа-Калининой' -> 'Дюбуа-Калинина': each part of a double surname.
  if (role === 'last' && /^\p{Lu}[^-]+-\p{Lu}[^-]+$/u.test(w)) {
    return w.split('-').map((part) => lemmaOf(morph, part, role, c, gender)).join('-');
  }
  const known = dictParse(morph, w, role, c, gender, true);
  const synthesized = known || isInvariant(w) ? null : synthesizeNominative(w, c, part(role), gender);
  if (synthesized) return synthesized;
  const p = known ?? dictParse(morph, w, role, c, gender);
  if (p) {
    let lemma = p.lemma;
    if (gender === 'f' && role !== 'first') lemma = morph.inflect(p, ['nomn', 'femn', 'sing']) ?? lemma;
    return matchCase(lemma, w);
  }
  const hyphen = w.lastIndexOf('-');
  if (hyphen > 0 && role === 'first') {
    return w.slice(0, hyphen + 1) + lemmaOf(morph, w.slice(hyphen + 1), role, c, gender);
  }
  return synthesized ?? w;
}

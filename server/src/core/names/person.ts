/**
 * Person names: which word is the first name, patronymic and surname, which case and gender the
 * mention is in, and the nominative of each word ('Сергея Лаврова' -> 'Сергей Лавров').
 */
import type { PersonName } from '../types';
import { foldLower, type Morphology, type Parse } from '../morphology/morph';
import { lemmaCloseness } from '../morphology/classify';
import { matchCase } from './casing';
import { memoPerOwner, remember } from '../util/boundedCache';
import { possibleNominatives, synthesizeNominative, type NameCase, type NamePart } from './synthesis';
import { CHINESE_FAMILY_NAMES } from './chineseFamilyNames';
import { isKorean } from './koreanNames';

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

/** Every nominative a lone name word could have, folded for comparison ('Пхонесая' -> пхонесая, пхонесай). Memoised. */
export const nameForms = memoPerOwner(50_000, nameFormsUncached);

function nameFormsUncached(morph: Morphology, word: string): ReadonlySet<string> {
  return new Set([normalizePerson(morph, [word]).lemmas[0], ...possibleNominatives(word, 'first')].map(foldLower));
}

/** Cases the context suggests for a name, and how much that counts against the words' own endings. */
export interface CaseHint {
  cases: ReadonlySet<string>;
  weight: number;
  /** 'f' when a feminine noun stands in apposition ('актрисе Марике ван Остен'); 'm' after a verb only a man is the subject of. */
  gender?: 'f' | 'm';
}

const NO_HINT: CaseHint = { cases: new Set(), weight: 0 };

/** hint: the case the context shows (a title written before the name, a verb after it). Memoised. */
export function normalizePerson(morph: Morphology, words: string[], hint: CaseHint = NO_HINT): NormalizedPerson {
  let cache = memo.get(morph);
  if (!cache) memo.set(morph, (cache = new Map()));
  const key = `${words.join(' ')}|${[...hint.cases].sort().join(',')}|${hint.weight}|${hint.gender ?? ''}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = normalizeUncached(morph, words, hint);
    remember(cache, key, hit, 50_000);
  }
  return { person: { ...hit.person }, lemmas: [...hit.lemmas], name: hit.name };
}

function normalizeUncached(morph: Morphology, words: string[], hint: CaseHint): NormalizedPerson {
  // 'Маркоса-младшего' -> 'Маркос-младший': the name declines as it would alone, the namesake's word after it agrees.
  // The adjective's ending shows the gender and the case ('Айялой-младшим': a man, in the instrumental).
  const generation = generationOf(words[words.length - 1]);
  if (generation) {
    const shown = GENERATION_ENDINGS[generation.ending];
    const base = normalizeUncached(morph, [...words.slice(0, -1), generation.surname], { cases: new Set(shown.cases), weight: Math.max(hint.weight, 2.5), gender: shown.gender });
    return withGeneration(base, generation.stem);
  }
  const roles = assignRoles(morph, words);
  const { gender, c } = genderAndCase(morph, words, roles, hint);
  const lemmas = isJapanese(words) ? japaneseLemmas(words) : words.map((w, i) => wordLemma(morph, words, i, roles[i], c, gender));
  // Foreign names decline only in the last word: 'Али Юсеф Шарифом' -> 'Шариф'.
  // Not when a first name that would show its case stands in the nominative ('Джеймс Дарем' is no form of 'Дарь').
  if (c === 'nomn' && !isJapanese(words) && !declinedFirstName(morph, words, roles, gender) && !firstNameOnA(words, roles)) lemmas[lemmas.length - 1] = lastWordOnly(morph, words[words.length - 1], gender, hint.cases) ?? lemmas[lemmas.length - 1];
  if (germanFeminine(words, roles, gender, c, hint)) lemmas[0] = words[0];
  // A Chinese family name never declines ('Цзоу Юэ' is no accusative of 'Цзоа').
  const korean = isKorean(morph, words);
  if (isChinese(words) || korean) lemmas[0] = words[0];
  // A Korean given name the dictionary lacks is no feminine name on -а in another case ('Нам Кёнсу' is no accusative
  // of 'Кёнса'; 'Пак Анну' is Анна's).
  if (korean && /[ая]$/u.test(lemmas[lemmas.length - 1]) && !/[ая]$/u.test(words[words.length - 1])) lemmas[lemmas.length - 1] = words[words.length - 1];
  if (hispanicSurnames(morph, words)) lemmas.splice(0, lemmas.length, ...words);
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

/**
 * A Japanese name in Russian transcription: open syllables of the consonants Japanese has (no л, в, ж, ш,
 * ч, щ, ы), at most a final н or й, in two words or more, one with a sign only Japanese names show
 * (э, дз, цу, a soft vowel after a consonant): 'Тору Такэмицу', 'Харуко Кагэяма'.
 */
export function isJapanese(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  // A surname on -а may be declined ('Кавабаты', 'Кагэямой').
  const lower = words.map((w) => w.toLowerCase().replace(/(?<=[кгсзтдцнхбпмрв])(?:ой|ою|ы)$/u, 'а'));
  return lower.every((w) => JAPANESE_WORD.test(w)) && lower.some((w) => JAPANESE_SIGN.test(w));
}

/**
 * A Chinese name in Russian (Palladius) transcription: a frequent family name, then one or two given-name
 * words made of Chinese syllables ('Тан Юнцзе', 'Ли Хунмэй', 'Гао Шулинь'); a man's name on a consonant
 * declines ('Сюй Лэйфэна'), like any foreign name.
 */
export function isChinese(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !CHINESE_FAMILY_NAMES.has(words[0])) return false;
  return words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && CHINESE_WORD.test(w.toLowerCase()));
}

/**
 * A Vietnamese name of three words with one of the commonest middle names ('Тонг Тхюи Ань', 'Мак Тхи Зиеу',
 * 'Нгуен Ван Хунг'): general knowledge of Vietnamese naming, the middle name marks it.
 */
export function isVietnamese(words: readonly string[]): boolean {
  return words.length === 3 && VIETNAMESE_MIDDLE.has(words[1]) && words.every((w) => /^\p{Lu}\p{Ll}{1,5}$/u.test(w));
}

const VIETNAMESE_MIDDLE: ReadonlySet<string> = new Set(['Тхи', 'Ван', 'Тхюи', 'Дык', 'Хыу', 'Динь', 'Куанг', 'Минь', 'Тхань', 'Нгок', 'Хоанг', 'Суан', 'Хонг', 'Тхук', 'Бить', 'Кхак', 'Тьен', 'Чонг', 'Тхе']);

const CHINESE_WORD = /^(?:(?:чж|цз|ч|ш|ж|ц|с|з|б|п|м|ф|д|т|н|л|г|к|х)?(?:уань|юань|уай|уан|янь|ань|ян|яо|ао|ай|ан|энь|эн|эй|эр|инь|ин|унь|ун|уй|уо|оу|уа|юнь|юн|юй|а|э|и|о|у|ю|я|е|ы|ь))+$/u;

const JAPANESE_WORD = /^(?:(?:кк|тт|пп|сс|[кгсзтдцнхбпмрфйв]|дз)?[аиуэоёюя](?:[йн](?![аиуэоёюя]))?)+$/u;
const JAPANESE_SIGN = /э|дз|цу|[кгсзтднхбпмр][ёюя]|^ё/u;

/**
 * Japanese given names do not decline ('с Харуко'), nor do surnames on -у, -о, -и, -э ('Такэмицу' is no
 * dative); a surname on -а declines like a feminine noun ('с Кагэямой' -> 'Кагэяма').
 */
function japaneseLemmas(words: string[]): string[] {
  const last = words.length - 1;
  // No Japanese name ends in -ы or -ой: 'Утагавы Хиросигэ' (family name first) -> 'Утагава'.
  return words.map((w, i) => w.replace(i === last ? /(?<=[кгсзтдцнхбпмр])(?:ой|ою|ы|е)$/u : /(?<=[кгсзтдцнхбпмрв])(?:ой|ою|ы)$/u, 'а'));
}

/**
 * 'Сандоваль Орельяна', 'Монтеро Альдана': two surnames (after at most a given name), the first undeclined (no first
 * name the dictionary knows), the last on -а: a Spanish or Portuguese name in the nominative, not the genitive of 'Орельян'.
 */
function hispanicSurnames(morph: Morphology, words: string[]): boolean {
  // 'Ксиомара Ранхель Тапиа': a given name, then the two surnames.
  const first = words.length - 2;
  if (words.length < 2 || words.length > 3 || !/^\p{Lu}/u.test(words[first]) || !/(?:[бвгджзклмнпрстфхцчшщ]|и)а$/u.test(words[first + 1])) return false;
  // Spanish surnames are long ('Монтеро', 'Ранхель'); 'Ле Зуан Тханга' is a Vietnamese name declined in its last word.
  if (words[first].length < 5 || eastAsianThree(words) || !/(?:[бвгджзклмнпрстфхцчшщьй]|[оеу])$/u.test(words[first])) return false;
  // 'Давида Альфаро Сикейроса': a given name the dictionary reads first in an oblique case declines the name.
  if (first === 1 && obliqueGivenName(morph, words[0])) return false;
  return !morph.parse(words[first]).some((p) => p.proper === 'Name' && p.known);
}

/** The dictionary's likeliest reading of a known given name is an oblique case ('Давида', 'Педро' no). */
function obliqueGivenName(morph: Morphology, w: string): boolean {
  const name = morph.parse(w).find((p) => p.proper === 'Name' && p.known);
  return !!name?.case && name.case !== 'nomn';
}

/**
 * 'Фридерике Хальбах', 'Ульрике Майнхоф': a woman's given name on -ке (not a short one: 'Нике') before a surname that does not decline
 * reads as a dative only by that ending; German and Scandinavian names end so in the nominative. Unless the
 * context asks for that case.
 */
function germanFeminine(words: string[], roles: Role[], gender: 'm' | 'f', c: NameCase, hint: CaseHint): boolean {
  if (words.length !== 2 || roles[0] !== 'first' || gender !== 'f' || (c !== 'datv' && c !== 'loct') || hint.cases.has(c)) return false;
  return /ке$/u.test(words[0]) && words[0].length >= 5 && indeclinableFeminine(words[1], 'last', gender);
}

/**
 * The first word is a first name in the nominative that ends in a consonant, so it would decline: a dictionary
 * first name, or, before a lone surname, a long one the dictionary does not know ('Тайрик Ньюсом': with
 * 'Тайриком' the surname would be an instrumental). Short syllables ('Хан Чжэном') are East Asian names that
 * decline in the last word only.
 */
function declinedFirstName(morph: Morphology, words: string[], roles: Role[], gender: 'm' | 'f'): boolean {
  if (words.length < 2 || roles[0] !== 'first' || !/[бвгджзклмнпрстфхцчшщ]$/u.test(words[0])) return false;
  if (dictParse(morph, words[0], 'first', 'nomn', gender, true) !== null) return true;
  return words.length === 2 && gender === 'm' && words[0].length >= 5 && !isChinese(words) && !morph.parse(words[0]).some((p) => p.known);
}

/** 'Хазза бин Тахнун аль-Ганем': a first name on -а in the nominative would decline too ('Хаззой'). */
function firstNameOnA(words: string[], roles: Role[]): boolean {
  return words.length >= 2 && roles[0] === 'first' && words[0].length >= 4 && /\p{Ll}а$/u.test(words[0]) && !isChinese(words);
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
export const FEMININE_ONLY = /(овой|евой|ёвой|иной|ыной|ской|цкой)$/u;
/** A woman's adjective surname in the nominative or accusative ('Дзюбинская', 'Жуковскую'): no man's form ends so. */
const FEMININE_ADJECTIVE = /\p{Ll}(?:ская|цкая|скую|цкую)$/u;

/** A last word only a woman's name ends in, in any case. */
function feminineOnly(last: string): boolean {
  return FEMININE_ONLY.test(last) || FEMININE_ADJECTIVE.test(last);
}

/** A last word only a man's name ends in: those surnames, or -ом after a consonant, a man's instrumental ('с Тань Юйханом'). */
function masculineOnly(last: string): boolean {
  return MASCULINE_ONLY.test(last) || (last.length >= 6 && /[бвгджзклмнпрстфхцчшщ]ом$/u.test(last));
}

function guessGender(morph: Morphology, words: string[], roles: Role[], hint: CaseHint): 'm' | 'f' {
  const cases = hint.cases;
  const last = words[words.length - 1];
  if (words.length > 1 && masculineOnly(last)) return 'm';
  // A lone 'Шеншиной' is a woman too: no man's surname ends so in any case; so is 'Шеншиной-Маас'.
  if (doubleSurnameParts(last).some(feminineOnly)) return 'f';
  // 'с Лусией Ордоньес': a given name on -ией, -ьей is a woman's in the instrumental (Лусия, Наталья).
  if (words.length > 1 && roles[0] === 'first' && /(?:ией|ьей)$/u.test(words[0])) return 'f';
  if (hint.gender) return hint.gender;
  // 'Хесса бинт Обайд': 'бинт' (daughter of) names a woman.
  if (words.includes('бинт') || words.includes('бинти')) return 'f';
  // 'Фам Тхи Хыонг': the Vietnamese middle name Тхи (Thị) is a woman's.
  if (words.length === 3 && words[1] === 'Тхи') return 'f';
  const votes = { m: 0, f: 0 };
  words.forEach((w, i) => {
    const kind = roles[i] === 'first' ? 'Name' : roles[i] === 'middle' ? 'Patr' : 'Surn';
    const weight = roles[i] === 'last' ? 1 : 3;
    const named = morph.parse(w).filter((x) => x.proper === kind && x.gender !== null && x.gender !== 'Ms-f');
    // 'защитника Артема' (gent): 'Артём', not the rare 'Артема' in the nominative.
    const p = named.find((x) => x.case !== null && cases.has(x.case)) ?? named[0];
    if (p?.gender === 'femn') votes.f += weight * (p.known ? 1 : 0.5);
    else if (p?.gender === 'masc') votes.m += weight * (p.known ? 1 : 0.5) * (roles[i] === 'last' ? 0.9 : 1);
  });
  return votes.f > votes.m ? 'f' : 'm';
}

function genderFits(p: Parse, gender: 'm' | 'f'): boolean {
  // Common gender ('Мирошниченко': GNdr, which the tag gives as a flag, not a value) fits both.
  if (p.gender !== 'masc' && p.gender !== 'femn') return true;
  return (gender === 'f') === (p.gender === 'femn');
}

function dictParse(morph: Morphology, w: string, role: Role, c: NameCase, gender: 'm' | 'f', knownOnly = false): Parse | null {
  const kind = role === 'first' ? 'Name' : role === 'middle' ? 'Patr' : 'Surn';
  const fits = (p: Parse, k: string): boolean => p.proper === k && p.case === c && p.number !== 'plur' && genderFits(p, gender) && (p.known || !knownOnly);
  const parses = morph.parse(w);
  // A surname that is also a first name (Arabic, Central Asian names): the first-name paradigm declines it.
  return closestLemma(w, parses.filter((p) => fits(p, kind)))
    ?? (role === 'last' && !parses.some((p) => p.proper === 'Surn') ? closestLemma(w, parses.filter((p) => fits(p, 'Name'))) : null);
}

/** Of parses that fit, the one whose lemma keeps most of the word (lemmaCloseness); the first on a tie. */
function closestLemma(w: string, parses: readonly Parse[]): Parse | null {
  if (parses.length < 2) return parses[0] ?? null;
  return parses.reduce((best, p) => (lemmaCloseness(p, w) > lemmaCloseness(best, w) ? p : best));
}

function part(role: Role): NamePart {
  return role === 'first' ? 'first' : 'last';
}

/**
 * The gender the words' own evidence suggests, unless the other gender explains the words clearly
 * better ('Виктории Ким': a woman in the genitive, not 'Викторий' in the locative).
 */
function genderAndCase(morph: Morphology, words: string[], roles: Role[], hint: CaseHint): { gender: 'm' | 'f'; c: NameCase } {
  const gender = guessGender(morph, words, roles, hint);
  if (portugueseNominative(morph, words, roles)) return { gender, c: 'nomn' };
  const mine = chooseCase(morph, words, roles, gender, hint);
  if (hint.gender || words.length < 2 || masculineOnly(words[words.length - 1]) || feminineOnly(words[words.length - 1])) return { gender, c: mine.c };
  const other = gender === 'm' ? 'f' : 'm';
  const theirs = chooseCase(morph, words, roles, other, hint);
  return theirs.score > mine.score + GENDER_MARGIN ? { gender: other, c: theirs.c } : { gender, c: mine.c };
}

const GENDER_MARGIN = 0.5;

/**
 * 'Рикарду Мануэл Тавейра Азеведу': three words or more, the first and the last on -у, no patronymic, and a first
 * word the dictionary does not know as the dative of another first name ('Павлу'): a Portuguese name in the nominative, no dative. So are
 * two surnames on -у after a particle (portugueseSurnames).
 */
function portugueseNominative(morph: Morphology, words: string[], roles: Role[]): boolean {
  if (words.length < 3 || roles.includes('middle') || !/у$/u.test(words[words.length - 1])) return false;
  if (portugueseSurnames(words)) return true;
  return /у$/u.test(words[0]) && !morph.parse(words[0]).some((p) => p.proper === 'Name' && p.known && p.lemma !== words[0].toLowerCase());
}

/**
 * 'Инеш де Бриту Кардозу', 'Уго ду Пасу Серрану': two words on -у after a particle, and a given name
 * that does not show an accusative ('Марию де ла Крус Ортегу' does): Portuguese surnames, as written.
 */
function portugueseSurnames(words: string[]): boolean {
  const n = words.length;
  return n >= 4 && ROMANCE_PARTICLES.has(words[n - 3]) && /у$/u.test(words[n - 2]) && !/[ую]$/u.test(words[0]);
}

function chooseCase(morph: Morphology, words: string[], roles: Role[], gender: 'm' | 'f', hint: CaseHint): { c: NameCase; score: number } {
  let best: NameCase = 'nomn';
  let bestScore = -1;
  for (const c of CASES) {
    let score = hint.cases.has(c) ? hint.weight : 0;
    const asian = eastAsianThree(words);
    words.forEach((w, i) => {
      // 'Данг Ван Тхыонгом': a Vietnamese or Korean name of three parts declines in its last word only.
      if (asian && i < words.length - 1) return;
      // A second given name or the first of two surnames ('Лусию Фернандес Ортегу') and particles often
      // do not decline: the first and the last word show the case.
      if (PARTICLES.has(w) || (roles[i] === 'first' && i > 0 && i < words.length - 1)) return;
      // 'Паулу Бенту да Роша': a Portuguese given name on -у looks like a dative but is none.
      if (roles[i] === 'first' && /у$/u.test(w) && words.some((x) => PORTUGUESE_PARTICLES.has(x))) return;
      // The surname shows the case most reliably (foreign first names often do not decline).
      score += wordScore(morph, w, roles[i], c, gender, afterParticle(words, i)) * (roles[i] === 'last' && i > 0 ? 1.2 : 1);
    });
    if (score > bestScore + 1e-9) {
      best = c;
      bestScore = score;
    }
  }
  return { c: best, score: bestScore };
}

/** Three words, the first two short syllables ('Данг Ван Тхыонг', 'Чан Тхи Нгок', 'Хван Тэ Ун'): an East Asian name. */
function eastAsianThree(words: string[]): boolean {
  return words.length === 3 && words[0].length <= 5 && words[1].length <= 4 && !words.some((w) => w.includes('-') || PARTICLES.has(w));
}

/** 'младший' / 'старший' in any case, written after a surname and a hyphen ('Маркос-младший'): the stem and the ending. */
export const GENERATION = /^(младш|старш)(ий|его|ему|им|ем|ая|ей|ую)$/u;

/** A capitalised surname with 'младший' / 'старший' after a hyphen ('Маркоса-младшего'): its parts; null for any other word. */
export function generationOf(word: string): { surname: string; stem: string; ending: string } | null {
  const dash = word.lastIndexOf('-');
  const m = dash > 1 && /^\p{Lu}/u.test(word) ? GENERATION.exec(word.slice(dash + 1)) : null;
  return m && { surname: word.slice(0, dash), stem: m[1], ending: m[2] };
}

/** The gender and the cases each ending of 'младший' shows. */
const GENERATION_ENDINGS: Record<string, { gender: 'm' | 'f'; cases: string[] }> = {
  ий: { gender: 'm', cases: ['nomn'] }, его: { gender: 'm', cases: ['gent', 'accs'] }, ему: { gender: 'm', cases: ['datv'] },
  им: { gender: 'm', cases: ['ablt'] }, ем: { gender: 'm', cases: ['loct'] },
  ая: { gender: 'f', cases: ['nomn'] }, ую: { gender: 'f', cases: ['accs'] }, ей: { gender: 'f', cases: ['gent', 'datv', 'ablt', 'loct'] },
};

function withGeneration(n: NormalizedPerson, stem: string): NormalizedPerson {
  const suffix = `-${stem}${n.person.gender === 'f' ? 'ая' : 'ий'}`;
  const person = { ...n.person };
  if (person.last) person.last += suffix;
  else if (person.first) person.first += suffix;
  const lemmas = [...n.lemmas];
  lemmas[lemmas.length - 1] += suffix;
  return { person, lemmas, name: [person.first, person.last].filter(Boolean).join(' ') };
}

/** Turkic words for 'son of' / 'daughter of' written after the father's name ('Ровшан Хасай оглы'), and the gender each shows. */
export const TURKIC_PATRONYMICS: ReadonlyMap<string, 'm' | 'f'> = new Map([['оглы', 'm'], ['улы', 'm'], ['уулу', 'm'], ['кызы', 'f'], ['гызы', 'f']]);

/**
 * 'Тынчтыка Урматбек уулу' -> 'Тынчтык Урматбек уулу': the given name declines, the father's name before the Turkic
 * patronymic word does not; the two are the name's last part (a lone 'Хасай оглы' is that part alone).
 */
export function normalizeWithPatronymic(morph: Morphology, words: string[], particle: string, hint: CaseHint = NO_HINT): NormalizedPerson {
  const gender = TURKIC_PATRONYMICS.get(particle) ?? 'm';
  const father = words[words.length - 1];
  const given = words.length > 1 ? normalizePerson(morph, words.slice(0, -1), { ...hint, gender }) : null;
  const first = given ? given.lemmas.join(' ') : undefined;
  const person: PersonName = { gender, ...(first ? { first } : {}), last: `${father} ${particle}` };
  return { person, lemmas: [...(given?.lemmas ?? []), father, particle], name: [first, person.last].filter(Boolean).join(' ') };
}

/** Particles inside foreign names ('да Силва', 'фон Ауэ'): never declined. */
export const PARTICLES: ReadonlySet<string> = new Set(['да', 'де', 'ди', 'до', 'ду', 'дос', 'душ', 'дус', 'дас', 'даш', 'дель', 'делла', 'делос', 'ван', 'фон', 'дер', 'ден', 'цу', 'ла', 'ле', 'лос', 'лас', 'бин', 'бен', 'ибн', 'аль', 'эль']);

/** A woman's surname ending in a consonant does not decline ('Виктории Ким', 'Ирины Коваль'). */
function indeclinableFeminine(w: string, role: Role, gender: 'm' | 'f'): boolean {
  return role === 'last' && gender === 'f' && /[бвгджзклмнпрстфхцчшщ]$/u.test(w);
}

function undeclinedSurname(morph: Morphology, w: string, role: Role, gender: 'm' | 'f'): boolean {
  if (role !== 'last' || gender !== 'f' || !/[еиоэу]$/u.test(w)) return false;
  const lower = w.toLowerCase();
  return morph.parse(w).some((p) => p.known && p.proper && p.case === 'nomn' && p.gender === 'masc' && p.lemma === lower);
}

/** The word follows a Romance particle ('да Силва', 'де Вильяльба'): such surnames are at home on -а. */
function afterParticle(words: string[], i: number): boolean {
  return i > 0 && ROMANCE_PARTICLES.has(words[i - 1]);
}

/** Portuguese given names end in -у (Педру, Пинту), like a dative: they are kept as written. */
export const PORTUGUESE_PARTICLES: ReadonlySet<string> = new Set(['да', 'до', 'ду', 'дос', 'душ', 'дус', 'дас', 'даш']);
const ROMANCE_PARTICLES = new Set(['да', 'де', 'ди', 'до', 'ду', 'дос', 'душ', 'дус', 'дас', 'даш', 'дель', 'делла', 'делос', 'ла', 'лос', 'лас']);

function wordScore(morph: Morphology, w: string, role: Role, c: NameCase, gender: 'm' | 'f', romance = false): number {
  // 'Подпругину-Маас': the part of a double surname that declines shows the case.
  // 'Мохаммадом-Резой': so does either part of a double given name.
  const parts = doubleSurnameParts(w);
  if (parts.length > 1) return Math.max(...parts.map((p) => partScore(morph, p, role, c, gender, romance)));
  return partScore(morph, w, role, c, gender, romance);
}

/** The two parts of a double surname ('Тильмана-Брандта'), or the word alone. */
function doubleSurnameParts(w: string): string[] {
  return DOUBLE_NAME.test(w) ? w.split('-') : [w];
}

const DOUBLE_NAME = /^\p{Lu}[^-]+-\p{Lu}[^-]+$/u;

function partScore(morph: Morphology, w: string, role: Role, c: NameCase, gender: 'm' | 'f', romance: boolean): number {
  if (indeclinableFeminine(w, role, gender)) return 0.85;
  // 'Ширин Ализаде': a surname the dictionary knows only as a man's undeclined name is a woman's nominative
  // too, not the dative of a feminine 'Ализада'.
  if (c === 'nomn' && undeclinedSurname(morph, w, role, gender)) return 2;
  // 'да Силва' in the nominative, not the genitive of 'Силв'.
  if (romance && c === 'nomn' && /[ая]$/u.test(w) && !morph.parse(w).some((x) => x.proper && x.known)) return 1;
  // 'Лопе де Веги', 'Жоао да Силву': the surname shows the case where the given name does not decline.
  if (romance && c !== 'nomn' && surelyRomanceCase(w, c)) return 2;
  // 'Огородниковой' is no nominative.
  const feminine = role === 'last' && gender === 'f' && FEMININE_ONLY.test(w);
  if (feminine && c === 'nomn') return 0;
  const p = dictParse(morph, w, role, c, gender);
  if (feminine && p) return 2;
  // A guessed oblique parse of a word on -е, -и, -о ('Ханнелоре') is no better than its being indeclinable.
  if (p) return p.known ? 2 : isInvariant(w) ? 0.85 : 0.9;
  // A nominative equal to the word ('Лусией' read as an accusative of an undeclined 'Лусией') explains no ending.
  if (c !== 'nomn' && !isInvariant(w)) {
    const nominative = synthesizeNominative(w, c, part(role), gender);
    // 'Чиомы' is no word left undeclined in another case (an accusative, say): -ы after a consonant is a genitive's ending.
    if (nominative !== null) return nominative !== w ? 0.9 : GENITIVE_Y.test(w) ? 0 : 0.85;
  }
  // 'Инмакулады': -ы after a consonant is a case ending, no nominative of a name the dictionary does not know.
  if (c === 'nomn' && GENITIVE_Y.test(w)) return 0;
  if ((c === 'nomn' || isInvariant(w)) && !morph.parse(w).some((x) => x.proper && x.known)) return 0.85;
  if (undeclinedFeminineVowel(w, role, c, gender)) return 0.85;
  return 0;
}

/**
 * 'Чиомы Нвосу', 'Харуны Мориясу': a woman's foreign surname on a vowel other than -а, -я does not decline;
 * unless its ending is this case's of a surname on -а ('Лусию Ортегу', 'Ортеги', 'Ортеге').
 */
function undeclinedFeminineVowel(w: string, role: Role, c: NameCase, gender: 'm' | 'f'): boolean {
  return role === 'last' && gender === 'f' && /[еиоуэюё]$/u.test(w) && !FEMININE_CASE_ENDING[c]?.test(w);
}

const FEMININE_CASE_ENDING: Partial<Record<NameCase, RegExp>> = { gent: /и$/u, datv: /[еи]$/u, accs: /[ую]$/u, loct: /[еи]$/u };

const GENITIVE_Y = /[бвдзлмнпрстфхц]ы$/u;

/** The nominative of an unknown last word declined alone ('Нгуен Фу Чонга' after 'секретаря'), or null. */
function lastWordOnly(morph: Morphology, w: string, gender: 'm' | 'f', hint: ReadonlySet<string>): string | null {
  // 'Представитель банка Аминату Савадого': a context that shows the nominative alone outweighs an oblique-looking ending.
  const ending = hint.size === 1 && hint.has('nomn') ? null : obliqueEnding(morph, w);
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
  // An adjective surname's case form ends in a vowel too ('Ширинского', 'Бельскому'), and declines.
  if (/[сц]к(?:ого|ому|ие)$/iu.test(w)) return false;
  // 'о Яхонтове', 'о Мокшанцеве': the prepositional of a Russian surname on -ов, -ев, -ин.
  if (/(?:ов|ев|ёв|ин|ын)е$/u.test(w) && w.length >= 6) return false;
  return /[оеиэё]$/u.test(w) || w.length <= 3;
}

/** The nominative of words[i] in a name in case c. */
function wordLemma(morph: Morphology, words: string[], i: number, role: Role, c: NameCase, gender: 'm' | 'f'): string {
  const w = words[i];
  if (c === 'nomn') return w;
  // In a Portuguese or Spanish name a second given name the dictionary does not know keeps its form
  // ('Жоакиму Пинту да Фонсеке' -> 'Пинту', not 'Пинт'; but 'Реджепом Тайипом' -> 'Тайип').
  // 'да Фонсеке', 'де Вильяльбы', 'да Силвы Мотты': a Romance surname after a particle declines like 'Фонсека'.
  const romance = afterParticle(words, i) ? romanceNominative(w, c) : null;
  if (romance) return romance;
  if (role === 'first' && i > 0 && words.some((x) => PORTUGUESE_PARTICLES.has(x)) && !dictParse(morph, w, role, c, gender, true)) return w;
  // 'Маседу ду Амарала': a Portuguese word on -у right before the particle is as written.
  if (/у$/u.test(w) && PORTUGUESE_PARTICLES.has(words[i + 1] ?? '')) return w;
  return lemmaOf(morph, w, role, c, gender);
}

const ROMANCE_ENDINGS: Partial<Record<NameCase, RegExp>> = { gent: /[ыи]$/u, datv: /е$/u, accs: /у$/u, ablt: /ой$/u, loct: /е$/u };

function romanceNominative(w: string, c: NameCase): string | null {
  const m = ROMANCE_ENDINGS[c]?.exec(w);
  const stem = m ? w.slice(0, m.index) : '';
  if (!m || !/[бвгджзклмнпрстфхцчшщ]$/u.test(stem)) return null;
  // '-е' is also the locative of a name on a consonant ('де ла Крусе' -> 'Крус'): only where Spanish and
  // Portuguese names do not end ('да Фонсеке' -> 'Фонсека').
  if (m[0] === 'е' && NAME_FINAL.test(stem)) return null;
  // A genitive writes -и for -ы only after г, к, х and the hushing consonants ('де Веги'): 'ди Росси' is as written.
  if (m[0] === 'и' && !/[гкхжшчщ]$/u.test(stem)) return null;
  return stem + 'а';
}

/** Consonants Spanish and Portuguese names end in ('Крус', 'Леон', 'Сантос'): a case ending after them may be a man's. */
const NAME_FINAL = /[сзлнрдшхжц]$/u;

/**
 * The word after a Romance particle is surely this case of a surname on -а ('де Веги', 'да Силву', 'да
 * Силвой'): the ending is that case's, and the stem ends where such names do not ('де ла Крусу' may be a
 * dative of 'Крус').
 */
function surelyRomanceCase(w: string, c: NameCase): boolean {
  const nominative = romanceNominative(w, c);
  return nominative !== null && !NAME_FINAL.test(nominative.slice(0, -1));
}

function lemmaOf(morph: Morphology, w: string, role: Role, c: NameCase, gender: 'm' | 'f'): string {
  // In the nominative a name is its own lemma (the dictionary may respell it: Мэттью -> Мэтью).
  if (c === 'nomn' || PARTICLES.has(w)) return w;
  // 'Карла-Хайнца' -> 'Карл-Хайнц': both parts of a double given name decline.
  if (role === 'first' && DOUBLE_NAME.test(w)) {
    return w.split('-').map((part) => lemmaOf(morph, part, role, c, gender)).join('-');
  }
  // 'Тильмана-Брандта' -> 'Тильман-Брандт', 'Дюбуа-Калининой' -> 'Дюбуа-Калинина': each part of a double surname.
  if (role === 'last' && DOUBLE_NAME.test(w)) {
    return w.split('-').map((part) => lemmaOf(morph, part, role, c, gender)).join('-');
  }
  if (indeclinableFeminine(w, role, gender)) return w;
  const known = dictParse(morph, w, role, c, gender, true);
  const synthesized = known || isInvariant(w) ? null : synthesizeNominative(w, c, part(role), gender);
  if (synthesized) return synthesized;
  // An unknown word on -е, -и, -о keeps its form: a guessed 'Ханнелора' for 'Ханнелоре' is no better.
  const p = known ?? (isInvariant(w) ? null : dictParse(morph, w, role, c, gender));
  if (p) {
    let lemma = p.lemma;
    if (gender === 'f' && role !== 'first') lemma = morph.inflect(p, ['nomn', 'femn', 'sing']) ?? lemma;
    // The dictionary's lemma of a patronymic is the father's name ('Олеговича' -> 'олег').
    else if (role === 'middle') lemma = morph.inflect(p, ['nomn', 'masc', 'sing', 'Patr']) ?? lemma;
    return matchCase(lemma, w);
  }
  const hyphen = w.lastIndexOf('-');
  if (hyphen > 0 && role === 'first') {
    return w.slice(0, hyphen + 1) + lemmaOf(morph, w.slice(hyphen + 1), role, c, gender);
  }
  return synthesized ?? w;
}

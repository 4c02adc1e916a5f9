/**
 * The nominative of a place name no dictionary knows, from the case its context shows: foreign
 * places on a consonant decline like masculine nouns ('из Бандара' -> 'Бандар', 'между Лопхаем'
 * -> 'Лопхай'), places on -а like feminine ones ('из Сурабаи' is left alone: too ambiguous).
 */
import type { NameCase } from './synthesis';
import type { Morphology } from '../morphology/morph';
import { matchCase } from './casing';

const CONSONANT = '[бвгджзклмнпрстфхцчшщ]';
const VOWEL = '[аеёиоуыэюя]';

/** Per case: ending patterns and what replaces the matched ending, tried in order. */
const RULES: Partial<Record<NameCase, Array<[RegExp, string]>>> = {
  // 'из Найваши' -> 'Найваша', 'Лорки' -> 'Лорка': after г, к, х, ж, ш, ч, щ a feminine genitive is written -и.
  // 'Хуаляня' -> 'Хуалянь': a genitive on -я after л, н, р is a soft masculine's (a feminine -ля, -ня has -и).
  gent: [[new RegExp(`(?<=${CONSONANT})а$`, 'u'), ''], [new RegExp(`(?<=${VOWEL})я$`, 'u'), 'й'], [/(?<=[лнр])я$/u, 'ь'], [/(?<=[^кгхжшчщ])ы$/u, 'а'], [/(?<=[гкхжшчщ])и$/u, 'а']],
  datv: [[new RegExp(`(?<=${CONSONANT})у$`, 'u'), ''], [new RegExp(`(?<=${VOWEL})ю$`, 'u'), 'й']],
  ablt: [[new RegExp(`(?<=${CONSONANT})ом$`, 'u'), ''], [new RegExp(`(?<=${VOWEL})ем$`, 'u'), 'й'], [new RegExp(`(?<=${CONSONANT})ой$`, 'u'), 'а']],
  // 'в Пуэбле' -> 'Пуэбла': no masculine name ends in a stop or fricative and л, м or н; a feminine one on -а does.
  loct: [[/(?<=[бвгдзкпстфхжшцчщ][лмн])е$/u, 'а']],
};

/**
 * The nominative for a word seen in case c, or null when no ending rule applies (invariant names, and
 * most locatives: 'в Бандаре' and 'в Маниле' end alike).
 */
export function placeNominative(word: string, c: NameCase): string | null {
  // Inanimate names: the accusative is the nominative ('через Хунджераб').
  if (c === 'nomn' || c === 'accs') return word;
  const hyphen = word.lastIndexOf('-');
  const head = word.slice(0, hyphen + 1);
  const last = word.slice(hyphen + 1);
  for (const [re, add] of RULES[c] ?? []) {
    if (!re.test(last) || last.length < 4) continue;
    return head + last.replace(re, add);
  }
  return null;
}

/**
 * 'Каменска-Шахтинского' -> 'Каменск-Шахтинский', 'Переславле-Залесском' -> 'Переславль-Залесский': a place
 * the dictionary knows, a hyphen and an adjective in the same case; both parts decline. Null for other words.
 */
export function compoundPlaceNominative(morph: Morphology, word: string): string | null {
  const parts = word.split('-');
  if (parts.length !== 2 || !/^\p{Lu}/u.test(parts[1]) || !/(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$/u.test(parts[1])) return null;
  const heads = morph.parse(parts[0]).filter((p) => p.proper === 'Geox' && p.known && p.number !== 'plur');
  const adjs = morph.parse(parts[1]).filter((p) => p.pos === 'ADJF' && p.number !== 'plur');
  for (const h of heads) {
    const gender = h.gender === 'femn' || h.gender === 'neut' ? h.gender : 'masc';
    const adj = adjs.find((a) => a.case === h.case && (a.gender === null || a.gender === gender));
    if (!adj) continue;
    const tail = morph.inflect(adj, ['nomn', 'sing', gender]) ?? adj.lemma;
    return `${matchCase(h.lemma, parts[0])}-${matchCase(tail, parts[1])}`;
  }
  return null;
}

/**
 * The nominative of a place name no dictionary knows, from the case its context shows: foreign
 * places on a consonant decline like masculine nouns ('из Бандара' -> 'Бандар', 'между Лопхаем'
 * -> 'Лопхай'), places on -а like feminine ones ('из Сурабаи' is left alone: too ambiguous).
 */
import type { NameCase } from './synthesis';

const CONSONANT = '[бвгджзклмнпрстфхцчшщ]';
const VOWEL = '[аеёиоуыэюя]';

/** Per case: ending patterns and what replaces the matched ending, tried in order. */
const RULES: Partial<Record<NameCase, Array<[RegExp, string]>>> = {
  gent: [[new RegExp(`(?<=${CONSONANT})а$`, 'u'), ''], [new RegExp(`(?<=${VOWEL})я$`, 'u'), 'й'], [/(?<=[^кгхжшчщ])ы$/u, 'а']],
  datv: [[new RegExp(`(?<=${CONSONANT})у$`, 'u'), ''], [new RegExp(`(?<=${VOWEL})ю$`, 'u'), 'й']],
  ablt: [[new RegExp(`(?<=${CONSONANT})ом$`, 'u'), ''], [new RegExp(`(?<=${VOWEL})ем$`, 'u'), 'й'], [new RegExp(`(?<=${CONSONANT})ой$`, 'u'), 'а']],
};

/**
 * The nominative for a word seen in case c, or null when no ending rule applies (invariant names, and
 * the locative: 'в Бандаре' and 'в Маниле' end alike).
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

/**
 * Articles typed in capitals: every word looks like an acronym or a name. Before recognition such a
 * text gets ordinary letter case, word by word, by what the dictionary knows of each word: common
 * words lower case, proper names (Name, Surn, Patr, Geox, Orgn, Trad) and unknown words with a
 * capital, known abbreviations (Abbr) and short words the dictionary does not know kept in capitals;
 * the first word of a sentence gets a capital. Letter case never changes a text's length, so every
 * offset stays valid.
 */
import type { Morphology } from '../morphology/morph';

/** Share of upper-case letters above which a text counts as typed in capitals. */
const SHOUTING = 0.6;
/** Too few letters to judge. */
const MIN_LETTERS = 80;

export function isShouting(text: string): boolean {
  // Cyrillic and Latin letters of the first few thousand characters decide (a plain loop: this runs on every article).
  const n = Math.min(text.length, 4000);
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 65 && c <= 90)) upper++;
    else if ((c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 97 && c <= 122)) lower++;
  }
  const letters = upper + lower;
  return letters >= MIN_LETTERS && upper / letters >= SHOUTING;
}

const PROPER = new Set(['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad']);

/** The text in ordinary letter case (same length). */
/** known: the gazetteer knows the word as written ('МИД', 'ВТО' stay in capitals). */
export function recase(morph: Morphology, text: string, known: (word: string) => boolean): string {
  let out = text.replace(/\p{L}+/gu, (word) => (word !== word.toUpperCase() ? word : recaseWord(morph, word, known)));
  // The first letter of the text, of a line and after a sentence end is a capital.
  out = out.replace(/(^|[.!?…]\s+|\n\s*|[«"]\s*)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return out;
}

function recaseWord(morph: Morphology, word: string, known: (word: string) => boolean): string {
  if (word.length === 1) return word.toLowerCase();
  const lower = word.toLowerCase();
  const parses = morph.parse(lower).filter((p) => p.known);
  // 'МИД', 'ВТО' (but not 'ТОГО', a pronoun before it is the country): a body or place the gazetteer writes so.
  if (known(word) && !parses.some((p) => !p.proper && !p.grammemes.has('Abbr'))) return word;
  // 'ООН', 'ФСБ': an abbreviation of a body stays; 'МЛН', 'КМ' are common words.
  if (parses.some((p) => p.grammemes.has('Abbr'))) return parses.some((p) => p.proper) ? word : lower;
  if (parses.length === 0) return word.length <= 3 ? word : capital(lower);
  const best = parses[0];
  if (best.proper && PROPER.has(best.proper) && parses.filter((p) => !p.proper).every((p) => p.score < best.score)) return capital(lower);
  return lower;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Spelling normalisation for names: Latin homoglyphs inside Cyrillic words, letter-case folding and
 * the 'skeleton' keys under which spellings that differ only by a known variant kind collide.
 */
import { HOMOGLYPHS } from '../text/homoglyphs';

/** Bounded memo for the per-word keys: names repeat across a corpus, so most lookups are hits. */
export function memo(fn: (text: string) => string, limit = 50_000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      if (cache.size >= limit) cache.clear();
      out = fn(text);
      cache.set(text, out);
    }
    return out;
  };
}


const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_LETTER = /[A-Za-z]/;

/** Parts of a word between hyphens (a Latin part of a compound such as 'Fesco-Транс' is legitimate). */
function parts(word: string): string[] {
  return word.split(/([-‐‑\s]+)/);
}

function mixedPart(part: string): boolean {
  if (!CYRILLIC.test(part) || !LATIN_LETTER.test(part)) return false;
  return [...part].every((ch) => !LATIN_LETTER.test(ch) || ch in HOMOGLYPHS);
}

/** True when a Cyrillic word hides Latin look-alike letters ('Тoкаев' with a Latin o). */
export function hasHomoglyph(word: string): boolean {
  return parts(word).some(mixedPart);
}

/** Replaces Latin look-alikes by their Cyrillic letters inside Cyrillic words; other text unchanged. */
export function fixHomoglyphs(text: string): string {
  if (!LATIN_LETTER.test(text)) return text;
  return parts(text)
    .map((p) => (mixedPart(p) ? [...p].map((ch) => HOMOGLYPHS[ch] ?? ch).join('') : p))
    .join('');
}

/** The form a spelling should have: NFC (a decomposed 'й' composed) and no Latin look-alikes. */
export function cleanSpelling(text: string): string {
  return fixHomoglyphs(text.normalize('NFC'));
}

/** Two or more letters, all capitals ('МОСКВА', 'РФ'). */
export function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const VOWELS = /[аеёиоуыэюяaeiouy]/giu;

/** 'МОСКВА' -> 'Москва'; acronyms ('США', 'КНДР', 'ОАЭ', 'ТАСС') stay. */
export function foldCapsWord(word: string): string {
  if (!isAllCaps(word) || word.length < 4 || (word.match(VOWELS)?.length ?? 0) < 2) return word;
  return word
    .split(/([-‐‑])/)
    .map((p) => p.charAt(0) + p.slice(1).toLowerCase())
    .join('');
}

/** Folds ALL-CAPS words of a name to normal case (see foldCapsWord). */
export const foldCaps = memo((name: string): string => name.split(' ').map(foldCapsWord).join(' '));

/**
 * The Cyrillic skeleton of a word or name: lower case, no homoglyphs, ё/э -> е, й -> и, aspiration
 * х after т/п/к dropped, hyphens and spaces removed, doubled letters collapsed. Spellings that differ
 * by one of the variant kinds share it; inflected forms do not (the ending stays).
 */
export const skeleton = memo((text: string): string =>
  cleanSpelling(text)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/э/g, 'е')
    .replace(/й/g, 'и')
    .replace(/([тпк])х/g, '$1')
    .replace(/[-‐‑\s'’.«»"„“]+/g, '')
    .replace(/(.)\1+/g, '$1'));

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: '3', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts',
  ч: '4', ш: '6', щ: '6', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/**
 * A script-blind key for organization names: Cyrillic transliterated and Latin loosened, so that
 * 'Fesco' ~ 'Феско' and 'РусГидро' ~ 'Русгидро' collide.
 */
export const orgKey = memo((text: string): string => {
  const latin = cleanSpelling(text)
    .toLowerCase()
    .replace(/ch/g, '4').replace(/sh/g, '6').replace(/zh/g, '3').replace(/kh/g, 'h').replace(/ph/g, 'f')
    .replace(/ck/g, 'k').replace(/[cq]/g, 'k').replace(/w/g, 'v').replace(/y/g, 'i').replace(/x/g, 'ks')
    .replace(/j/g, 'i');
  return [...latin]
    .map((ch) => TRANSLIT[ch] ?? ch)
    .join('')
    .replace(/([tpk])h/g, '$1')
    .replace(/[^\p{L}\p{N}#]+/gu, '')
    .replace(/(.)\1+/g, '$1');
});

/** The key under which two spellings of one word of a name of this type are compared. */
export function spellingKey(type: string, text: string): string {
  return type === 'ORG' ? orgKey(text) : skeleton(text);
}

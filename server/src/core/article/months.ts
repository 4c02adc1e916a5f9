/** Russian month names by stem, 1-based month numbers; matches every case form ('ноября', 'ноябре'). */
const MONTH_STEMS: Array<[string, number]> = [
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['ма', 5], ['июн', 6],
  ['июл', 7], ['август', 8], ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];

const MAY_FORMS = new Set(['май', 'мая', 'маю', 'мае', 'маем']);

/** Month number (1-12) of a Russian month word in any case, or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase();
  if (MAY_FORMS.has(w)) return 5;
  for (const [stem, n] of MONTH_STEMS) {
    if (n !== 5 && w.startsWith(stem) && w.length - stem.length <= 3) return n;
  }
  return 0;
}

/** Regex source matching a month word in any case form. */
export const MONTH_WORD = '(?:(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]{0,3}|ма[йяюе]|маем)';

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

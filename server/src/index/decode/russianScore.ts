/**
 * How much a decoded text looks like Russian: used to choose among Windows-1251, KOI8-R and CP866,
 * which all decode any byte sequence, but only the right one gives Russian letters in Russian
 * proportions and in lower case inside words. Scores are log-likelihoods per non-ASCII character.
 */

/** Approximate frequencies (per cent) of the letters in Russian prose. */
const LETTER_PERCENT: Record<string, number> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49,
  м: 3.21, д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44,
  й: 1.21, х: 0.97, ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
};

const LOG_LETTER = new Map(Object.entries(LETTER_PERCENT).map(([l, p]) => [l, Math.log(p / 100)]));
/** Marks ordinary in Russian news beside letters: quotes, dashes, №, ellipsis, no-break space. */
const COMMON_MARKS = new Set(['«', '»', '—', '–', '№', '…', '\u00a0', '„', '“', '”', '’', '‘', '•', '°']);
/** A non-ASCII character that is neither a Russian letter nor a common mark: very unlikely. */
const LOG_ODD = Math.log(1e-5);
const LOG_MARK = Math.log(0.01);
/** Any upper-case letter: news prose is mostly lower case (KOI8-R and 1251 read as each other swap case). */
const LOG_UPPER = Math.log(0.1);
/** An upper-case letter right after a lower-case one ('пРИВЕТ'): how KOI8-R read as 1251 looks. */
const LOG_CASE_FLIP = Math.log(1e-3);

export interface RussianScore {
  /** Mean log-likelihood per non-ASCII character (higher is more Russian). */
  perChar: number;
  /** Non-ASCII characters scored. */
  count: number;
}

export function russianScore(text: string): RussianScore {
  let sum = 0;
  let count = 0;
  let prevLower = false;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      prevLower = false;
      continue;
    }
    count++;
    const lower = ch.toLowerCase();
    const logP = LOG_LETTER.get(lower);
    if (logP === undefined) {
      sum += COMMON_MARKS.has(ch) ? LOG_MARK : LOG_ODD;
      prevLower = false;
      continue;
    }
    const isUpper = lower !== ch;
    sum += logP + (isUpper ? LOG_UPPER : 0) + (isUpper && prevLower ? LOG_CASE_FLIP : 0);
    prevLower = !isUpper;
  }
  return { perChar: count ? sum / count : 0, count };
}

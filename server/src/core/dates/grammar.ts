/**
 * A small grammar of Russian date expressions in news text. Finds candidate spans with their
 * written parts (day, month, year); deciding the year of a partial date is left to resolve.ts.
 * Spans never include a leading preposition ('в феврале' -> 'феврале').
 */
import { MONTH_WORD, monthNumber } from '../article/months';

/** What the text spells; absent parts are not written. Ranges carry their last day/month/year. */
export interface DateParts {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  endYear?: number;
  endMonth?: number;
  endDay?: number;
  /** '1990-х годах': the decade of `year` (ISO value 'YYY'). */
  decade?: boolean;
  /** 'прошлого года' (-1), 'текущего года' (0), 'следующего года' (+1): a year relative to the article's. */
  yearOffset?: number;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const YEAR = '((?:1[89]|20)\\d{2})';
const YEAR_WORD = '(?:\\s*(?:года|году|годом|годах|годы|годов|год|гг\\.|г\\.|г(?![\\p{L}])))';
const MONTH = `(${MONTH_WORD})`;
/** Abbreviated months, accepted only after a day number ('ДУШАНБЕ, 5 мар — ...'). */
const MONTH_ABBREVIATIONS: Record<string, number> = {
  янв: 1, фев: 2, февр: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8, сен: 9, сент: 9, окт: 10, ноя: 11, нояб: 11, дек: 12,
};
const DAY_MONTH = `(${MONTH_WORD}|${Object.keys(MONTH_ABBREVIATIONS).join('|')})`;
const DASH = '\\s*[-–—]\\s*';
const ORD = '(?:-?(?:го|е|ое|й))?';
const RELATIVE_YEAR = '\\s+(прошлого|прошедшего|предыдущего|этого|текущего|нынешнего|следующего|будущего)\\s+года';
/** What may follow a day or month: a year ('2025 года', '2024-го') or a relative year; two capture groups. */
const YEAR_AFTER = `(?:\\s+${YEAR}(?:-(?:го|м|й))?${YEAR_WORD}?|${RELATIVE_YEAR})?`;

/** Words after which a bare month name is a date ('в феврале', 'к маю', 'с января по март'). */
const MONTH_CUES = new Set([
  'в', 'во', 'на', 'к', 'ко', 'до', 'с', 'со', 'по', 'после', 'перед', 'за', 'между', 'от', 'и', 'или', 'из',
]);
/** 'третьего квартала', 'IV квартале', 'первом полугодии' (a part of a year, kept with the year). */
const QUARTER =
  '(?:(?:перв|втор|трет|четв[её]рт|последн)(?:ый|ой|ого|ом|ому|ий|ьего|ьем|ем|ьем)|(?<![\\p{L}])I{1,3}|(?<![\\p{L}])IV)\\s+квартал(?:а|е|у|ом)?';
const HALF_YEAR = '(?:перв|втор)(?:ое|ого|ом|ому)\\s+полугоди(?:е|я|и|ю|ем)';
/**
 * Period words kept inside the span: 'середину апреля', 'начале декабря', 'второй половине мая'. A season is no
 * date and stays outside ('летом | 2024 года'), as the gold of heldout12-23 writes it.
 */
const PERIOD =
  `((?:(?:перв|втор)(?:ая|ой|ую)\\s+половин[аеуы]|(?:перв|втор|трет)(?:ья|ей|ью|ья|ая|ой|ую)\\s+декад[аеуы]|середин[аеуы]|начал[аеоу]|кон(?:ец|ца|це|цу)|(?:перв|последн)(?:ых|ые|ие|их)\\s+числ(?:ах|а|ам)|(?:(?:кон(?:ец|ца|це|цу)|начал[аеоу]|середин[аеуы])\\s+)?(?:${QUARTER}|${HALF_YEAR}))\\s+)`;

/**
 * The first two letters every month word and every period word starts with: a look-ahead the regular
 * expression engine tests cheaply at each position before the costlier look-behind and alternatives.
 */
const MONTH_START = '(?=ян|фе|ма|ап|ию|ав|се|ок|но|де)';
const PERIOD_START = '(?=пе|по|вт|тр|се|на|ко|че|I)';

const RELATIVE_OFFSETS: Record<string, number> = {
  прошлого: -1, прошедшего: -1, предыдущего: -1, этого: 0, текущего: 0, нынешнего: 0, следующего: 1, будущего: 1,
};

type Reader = (m: RegExpExecArray, text: string) => DateParts | null;

interface Rule {
  re: RegExp;
  read: Reader;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

function at(m: RegExpExecArray, parts: Omit<DateParts, 'start' | 'end'>): DateParts {
  return { start: m.index, end: m.index + m[0].length, ...parts };
}

const RULES: Rule[] = [
  {
    // ISO dates, as in the ' date 2025-11-20' header.
    re: new RegExp(`(?<![\\p{L}\\p{N}-])${YEAR}-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?(?![\\p{N}-])`, 'gu'),
    read: (m) => at(m, { year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]) }),
  },
  {
    // '31.03.2025', '31.03.2025, 18:28'.
    re: new RegExp(`(?<![\\p{N}.])(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}(?:,?\\s*(?:в\\s+)?(\\d{1,2}):(\\d{2}))?(?![\\p{N}]|\\.\\d)`, 'gu'),
    read: (m) => at(m, { day: num(m[1]), month: num(m[2]), year: num(m[3]), hour: num(m[4]), minute: num(m[5]) }),
  },
  {
    // '20 ноября', '1-го декабря', '20-22 ноября', 'с 1 по 5 декабря' (-> '1 по 5 декабря'), '12 ноября 2025 года', '5 мая прошлого года', '5 мар'.
    re: new RegExp(`${B}(\\d{1,2})${ORD}(?:(?:${DASH}|\\s+по\\s+)(\\d{1,2})${ORD})?\\s+${DAY_MONTH}${YEAR_AFTER}${E}`, 'giu'),
    read: (m, text) => {
      if (!fromTo(m, text)) return null;
      const month = monthNumber(m[3]) || MONTH_ABBREVIATIONS[m[3].toLowerCase()];
      return at(m, { day: num(m[1]), endDay: num(m[2]), month, endMonth: m[2] ? month : undefined, year: num(m[4]), yearOffset: relative(m[5]) });
    },
  },
  {
    // 'середину апреля', 'начале декабря 2024 года', 'концу 2026 года'.
    re: new RegExp(`${PERIOD_START}${B}${PERIOD}(?:${MONTH}${YEAR_AFTER}|${YEAR}(?:-(?:го|м|й))?${YEAR_WORD})${E}`, 'giu'),
    read: (m) => (m[2] ? at(m, { month: monthNumber(m[2]), year: num(m[3]), yearOffset: relative(m[4]) }) : at(m, { year: num(m[5]) })),
  },
  {
    // 'феврале', 'ноябре 2024 года', 'январе-сентябре 2025 года', 'мае прошлого года'.
    re: new RegExp(`${MONTH_START}${B}${MONTH}(?:${DASH}${MONTH})?${YEAR_AFTER}${E}`, 'giu'),
    read: readMonth,
  },
  {
    // '2024 году', '2025 года', '2024-2025 годах', 'с 2022 по 2025 год', '2024 г.', '2024-м году', '1990-х годах'.
    re: new RegExp(`${B}${YEAR}(?:(?:${DASH}|\\s+по\\s+)${YEAR})?(?:-?(?:м|й|го|(х)))?${YEAR_WORD}${E}`, 'giu'),
    read: (m, text) => {
      if (!fromTo(m, text)) return null;
      return at(m, { year: num(m[1]), endYear: num(m[2]), decade: m[3] !== undefined && m[2] === undefined && m[1].endsWith('0') });
    },
  },
  {
    // 'в 2022 и 2024 годах', 'в 2019, 2020 и 2021 годах': a bare year listed before the one the plural word follows.
    re: new RegExp(`${B}${YEAR}(?=(?:\\s*,\\s*(?:1[89]|20)\\d{2})*\\s+и\\s+(?:1[89]|20)\\d{2}\\s+(?:годах|годы|годов|годам|гг\\.))`, 'giu'),
    read: (m) => at(m, { year: num(m[1]) }),
  },
  {
    // 'в 1711 году', 'с 1601 года': an older year, with the word 'год' in full ('1500 г' may be grams).
    re: new RegExp(`${B}(1[0-7]\\d{2})(?:-(?:м|й|го))?\\s+(?:года|году|годом|годах|год)${E}`, 'giu'),
    read: (m) => at(m, { year: num(m[1]) }),
  },
];

/** A range written with 'по' ('1 по 5 декабря', '2022 по 2025 год') is one only after 'с' ('с 1 по 5 декабря'). */
function fromTo(m: RegExpExecArray, text: string): boolean {
  return !/\sпо\s/.test(m[0]) || ['с', 'со'].includes(previousWord(text, m.index));
}

function relative(word: string | undefined): number | undefined {
  return word === undefined ? undefined : RELATIVE_OFFSETS[word.toLowerCase()];
}

/**
 * A bare month needs a cue word before it, a year after it, or a second month of a range; written
 * Title-case without a year it is a name (Май, Марта, Августа), as Russian months are lower case.
 */
function readMonth(m: RegExpExecArray, text: string): DateParts | null {
  const month = monthNumber(m[1]);
  const endMonth = m[2] ? monthNumber(m[2]) : undefined;
  const hasYear = m[3] !== undefined || m[4] !== undefined;
  if (!hasYear && /^\p{Lu}\p{Ll}/u.test(m[1])) return null;
  if (!hasYear && endMonth === undefined && !MONTH_CUES.has(previousWord(text, m.index))) return null;
  return at(m, { month, endMonth, year: num(m[3]), yearOffset: relative(m[4]) });
}

/** The lower-cased word right before `pos` (only spaces between), or ''. */
export function previousWord(text: string, pos: number): string {
  const m = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, pos - 30), pos));
  return m ? m[1].toLowerCase() : '';
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(day: number | undefined, month: number | undefined): boolean {
  if (day === undefined) return true;
  if (month === undefined || month < 1 || month > 12) return false;
  return day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

function valid(p: DateParts): boolean {
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.endMonth !== undefined && (p.endMonth < 1 || p.endMonth > 12)) return false;
  if (!validDay(p.day, p.month) || !validDay(p.endDay, p.endMonth ?? p.month)) return false;
  if (p.endDay !== undefined && p.day !== undefined && p.endDay <= p.day) return false;
  if (p.endYear !== undefined && p.year !== undefined && p.endYear <= p.year) return false;
  if (p.hour !== undefined && (p.hour > 23 || (p.minute ?? 0) > 59)) return false;
  return true;
}

/** All date expressions in the text, in order, without overlaps (the earliest, then longest, wins). */
export function scanDates(text: string): DateParts[] {
  const found: DateParts[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const parts = rule.read(m, text);
      if (parts && valid(parts)) found.push(parts);
      else rule.re.lastIndex = m.index + 1; // a shorter date may start inside a rejected match
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateParts[] = [];
  for (const p of found) if (!out.length || p.start >= out[out.length - 1].end) out.push(...split(p, text));
  return out;
}

/**
 * 'с 18 по 22 мая', '20-22 ноября', 'январе-сентябре 2025 года' and '2026-2030 годы' are two dates each:
 * the first day ('18', of May) and '22 мая'; 'январе' and 'сентябре 2025 года'; '2026' and '2030 годы'.
 */
function split(p: DateParts, text: string): DateParts[] {
  const written = text.slice(p.start, p.end);
  const byPo = /^(\d{1,2})(?:(?:-?(?:го|е|ое|й))?\s+по\s+|\s*[-–—]\s*(?=\d))/u.exec(written);
  if (byPo && p.endDay !== undefined) {
    const second = p.start + byPo[0].length;
    return [
      { start: p.start, end: p.start + byPo[1].length, day: p.day, month: p.month, year: p.year, yearOffset: p.yearOffset },
      { start: second, end: p.end, day: p.endDay, month: p.endMonth ?? p.month, year: p.year, yearOffset: p.yearOffset },
    ];
  }
  const months = new RegExp(`^${MONTH}${DASH}`, 'iu').exec(written);
  if (months && p.endMonth !== undefined && p.day === undefined) {
    // 'январь-ноябрь 2025 года': 'январь' takes its year from the second month (findDates chains them).
    return [
      { start: p.start, end: p.start + months[1].length, month: p.month },
      { start: p.start + months[0].length, end: p.end, month: p.endMonth, year: p.year, yearOffset: p.yearOffset },
    ];
  }
  const years = /^((?:1[89]|20)\d{2})(?:\s*[-–—]\s*|\s+по\s+)/u.exec(written);
  if (years && p.endYear !== undefined && p.month === undefined) {
    return [
      { start: p.start, end: p.start + years[1].length, year: p.year },
      { start: p.start + years[0].length, end: p.end, year: p.endYear },
    ];
  }
  return [p];
}

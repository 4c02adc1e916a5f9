/**
 * DATE mentions of an article: the header/byline date and every date expression in the text, each
 * with an ISO value. Partial dates take the article's year, moved by one when the clause's tense says
 * so ('в феврале ... отмечал' in an October article is this February; in a January article, last year's).
 */
import type { Article, DateInfo, Mention, Span } from '../types';
import { previousWord, scanDates, type DateParts } from './grammar';
import { isoValue, referenceOf, resolveDate } from './resolve';
import { isFutureWord, partAround, tenseAfter, tenseAt, type Tense, type VerbOracle } from './tense';

/** oracle: the tense of verbs from a dictionary; without one, suffix rules guess it. */
export function findDates(text: string, article: Article | null | undefined, oracle?: VerbOracle): Mention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ref = referenceOf(article?.date);
  const mentions: Mention[] = [];
  const own = articleDateMentions(text, article);
  mentions.push(...own);
  const found = scanDates(text).filter((parts) => !own.some((m) => overlaps(parts, m)));
  // From the last date back: the first of two joined dates takes its year from the second.
  const infos: DateInfo[] = [];
  for (let i = found.length - 1; i >= 0; i--) {
    const parts = found[i];
    const next = found[i + 1];
    const chained = next && joined(text, parts, next) ? chainedDate(parts, next, infos[i + 1]) : null;
    infos[i] = chained ?? yearOfClause(text, parts) ?? resolveDate(parts, ref, parts.year === undefined ? tenseOf(text, parts, oracle) : null);
  }
  found.forEach((parts, i) => mentions.push(dateMention(text, parts, infos[i])));
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * A year-less date after 'в 2027 году' in the same clause is of that year ('в 2027 году турнир пройдет в
 * Абу-Даби с 8 по 14 марта'): the part of the clause tenses are read in (tense.ts: partAround) before the date.
 */
function yearOfClause(text: string, parts: DateParts): DateInfo | null {
  if (parts.year !== undefined || parts.yearOffset !== undefined || parts.month === undefined) return null;
  const before = text.slice(partAround(text, parts.start, parts.end).start, parts.start);
  let year: RegExpExecArray | undefined;
  for (const m of before.matchAll(YEAR_OF_CLAUSE)) year = m;
  // 'выиграл чемпионат в 2026 году и в апреле попробует': a second predicate after 'и', 'а', 'но' has its own time.
  if (!year || COORDINATION.test(before.slice(year.index + year[0].length))) return null;
  return { value: isoValue(parts, Number(year[1])), yearSource: 'text-year', partial: true };
}

const COORDINATION = /\s(?:и|а|но)\s/u;
const YEAR_OF_CLAUSE = /(?:^|[^\p{L}\d])[вВ]\s+((?:19|20)\d{2})\s*(?:году|г\.)/gu;

/** Two dates of one range or list: 'с сентября по май', 'январь-ноябрь', 'в апреле и мае', 'с 29 мая по 3 июля'. */
function joined(text: string, a: DateParts, b: DateParts): boolean {
  return /^\s*(?:[-–—]|по|и|или)\s*$/u.test(text.slice(a.end, b.start));
}

/**
 * A year-less date joined to a later one runs up to it in time, so it shares the later one's year, or
 * lies in the year before when its month comes later in the calendar ('с сентября по май' a school year).
 */
function chainedDate(parts: DateParts, next: DateParts, nextInfo: DateInfo): DateInfo | null {
  if (parts.year !== undefined || parts.yearOffset !== undefined || parts.month === undefined || next.month === undefined) return null;
  const nextYear = /^(\d{4})-/.exec(nextInfo.value);
  if (!nextYear) return null;
  const later = parts.month > next.month || (parts.month === next.month && (parts.day ?? 0) > (next.day ?? 31));
  const year = Number(nextYear[1]) - (later ? 1 : 0);
  const yearSource = nextInfo.partial ? nextInfo.yearSource : 'text-year';
  return { value: isoValue(parts, year), yearSource, partial: true };
}

/**
 * The clause's tense, unless a preposition makes the date a boundary or a period: 'утвердила повышение
 * с 1 июля' (from a coming July), 'данные за январь окажутся' (last month's figures); 'до' without a
 * tense is a coming deadline.
 */
function tenseOf(text: string, span: Span, oracle?: VerbOracle): Tense | null {
  const tense = tenseAt(text, span.start, span.end, oracle);
  const before = previousWord(text, span.start);
  // 'перенесла матч на 24 апреля', 'назначили на декабрь': a date set by a past decision is still ahead.
  // 'на 1 и 2 мая', 'на 2 - 10 мая': the second of two joined dates shares the first's preposition.
  // 'должны подписать до 15 декабря': an obligation still to be met.
  const clause = sentenceBefore(text, span.start);
  if (scheduledPreposition(text, span.start, before) && (SCHEDULED.test(clause) || OBLIGED.test(clause))) return 'future';
  // 'поездка назначена с 10 по 24 ноября': a period set by a decision is ahead too.
  if ((BOUNDARY.has(before) || before === 'по') && SET_FOR.test(clause)) return 'future';
  // 'утвердила повышение с 1 июля' (the decision is past, not the period); 'с января нарастили экспорт' (the period is).
  // 'утвердили график с 1 июня по 15 сентября': the end of a range is a boundary as its start is.
  const boundary = BOUNDARY.has(before) || (before === 'по' && RANGE_START.test(text.slice(Math.max(0, span.start - 40), span.start)));
  if (tense === 'past' && boundary) return tenseAfter(text, span.start, span.end, oracle) === 'past' ? 'past' : null;
  if (boundary && lastingSince(text, span.start, oracle)) return 'past';
  if (tense === 'future' && before === 'за') return null;
  // A deadline without a past verb is the coming one: 'субсидии действуют только до 31 декабря'.
  if (tense === null && before === 'до') return 'future';
  // 'стройку остановили до 15 августа': a past decision whose deadline may be either side of the article: the nearer.
  if (tense === 'past' && before === 'до' && SUSPENDED.test(clause)) return null;
  return tense;
}

const BOUNDARY = new Set(['с', 'со']);
/** 'с 1 июня по ' right before a date: the range's start. */
const RANGE_START = /(?:^|[^\p{L}])(?:с|со)\s+(?:\d{1,2}\s+)?\p{Ll}+\s+по\s+$/u;

/** Verbs that set, move or promise a date: назначить, перенести, запланировать, отложить, наметить, обещать (any form). */
const SCHEDULED = /(?:^|[^\p{L}])(?:назнач|перенес|перенёс|перенос|запланир|отлож|отсроч|продл|намет|намеч|обещ|пообещ)\p{L}*[^.!?]*$/u;

/** Verbs that stop, close or forbid something for a while: 'остановили до', 'закрыт до', 'запретили до'. */
const SUSPENDED = /(?:^|[^\p{L}])(?:останов|приостанов|закры|запрет|заморож|замороз|ограничи)\p{L}*[^.!?]*$/u;

/** Verbs that set a date or a period (not those moving one: its old date may be behind). */
const SET_FOR = /(?:^|[^\p{L}])(?:назнач|запланир|намет|намеч)\p{L}*[^.!?]*$/u;

/** 'должен', 'должны' (not 'должны были'): an obligation still ahead. */
const OBLIGED = /(?:^|[^\p{L}])долж(?:ен|на|но|ны)(?!\s+(?:был|быть\s+уже))[^.!?]*$/u;

/** 'на', 'до' or 'к' right before the date, or before the first of two dates joined to it ('на 1 и 2 мая'). */
function scheduledPreposition(text: string, start: number, before: string): boolean {
  return before === 'на' || before === 'до' || before === 'к' || /(?:^|[^\p{L}])(?:на|до)\s+\d{1,2}\s*(?:и|[-–—])\s*$/u.test(text.slice(Math.max(0, start - 16), start));
}

/** The text of the sentence before `at`, at most 120 characters. */
function sentenceBefore(text: string, at: number): string {
  const chunk = text.slice(Math.max(0, at - 120), at);
  const stop = Math.max(chunk.lastIndexOf('. '), chunk.lastIndexOf('\n'));
  return chunk.slice(stop + 1);
}

/**
 * 'работает с ноября', 'ждет пересадки с марта': a present-tense verb just before 'с' (at most one
 * word between) tells how long a state has lasted, so the date is behind the article.
 */
function lastingSince(text: string, start: number, oracle?: VerbOracle): boolean {
  if (!oracle) return false;
  const words = /(?:^|[^\p{L}])(\p{Ll}+)\s+(?:(\p{Ll}+)\s+)?(?:с|со)\s+$/u.exec(text.slice(Math.max(0, start - 60), start));
  // 'собирается с 1 апреля ужесточить': a present that plans is no state lasting since.
  return !!words && [words[1], words[2]].some((w) => w !== undefined && oracle(w) === 'present' && !isFutureWord(w));
}

/** The header ' date 2025-11-20' or byline '31.03.2025, 18:28' date, as written, with the article's value; and the line's update date. */
function articleDateMentions(text: string, article: Article | null | undefined): Mention[] {
  const date = article?.date;
  if (!date || (date.source !== 'header' && date.source !== 'byline')) return [];
  return [date, date.updated].flatMap((d) => {
    const { start, end } = d?.span ?? { start: -1, end: -1 };
    if (!d || !(start >= 0 && end > start && end <= text.length)) return [];
    return [dateMention(text, { start, end }, { value: d.value, yearSource: 'explicit', partial: false })];
  });
}

function dateMention(text: string, span: Span, info: DateInfo): Mention {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end), type: 'DATE', name: info.value, date: info };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}


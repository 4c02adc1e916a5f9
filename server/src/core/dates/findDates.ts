/**
 * DATE mentions of an article: the header/byline date and every date expression in the text, each
 * with an ISO value. Partial dates take the article's year, moved by one when the clause's tense says
 * so ('в феврале ... отмечал' in an October article is this February; in a January article, last year's).
 */
import type { Article, DateInfo, Mention, Span } from '../types';
import { previousWord, scanDates } from './grammar';
import { referenceOf, resolveDate } from './resolve';
import { tenseAt, type Tense, type VerbOracle } from './tense';

/** oracle: the tense of verbs from a dictionary; without one, suffix rules guess it. */
export function findDates(text: string, article: Article | null | undefined, oracle?: VerbOracle): Mention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ref = referenceOf(article?.date);
  const mentions: Mention[] = [];
  const own = articleDateMention(text, article);
  if (own) mentions.push(own);
  for (const parts of scanDates(text)) {
    if (own && overlaps(parts, own)) continue;
    const info = resolveDate(parts, ref, parts.year === undefined ? tenseOf(text, parts, oracle) : null);
    mentions.push(dateMention(text, parts, info));
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * The clause's tense, unless a preposition makes the date a boundary or a period: 'утвердила повышение
 * с 1 июля' (from a coming July), 'данные за январь окажутся' (last month's figures).
 */
function tenseOf(text: string, span: Span, oracle?: VerbOracle): Tense | null {
  const tense = tenseAt(text, span.start, span.end, oracle);
  const before = previousWord(text, span.start);
  if (tense === 'past' && BOUNDARY.has(before)) return null;
  if (tense === 'future' && before === 'за') return null;
  return tense;
}

const BOUNDARY = new Set(['с', 'со']);

/** The header ' date 2025-11-20' or byline '31.03.2025, 18:28' date, as written, with the article's value. */
function articleDateMention(text: string, article: Article | null | undefined): Mention | null {
  const date = article?.date;
  if (!date || (date.source !== 'header' && date.source !== 'byline')) return null;
  const { start, end } = date.span ?? { start: -1, end: -1 };
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  return dateMention(text, { start, end }, { value: date.value, yearSource: 'explicit', partial: false });
}

function dateMention(text: string, span: Span, info: DateInfo): Mention {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end), type: 'DATE', name: info.value, date: info };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}


/** The hover card of a date mention: ISO value, weekday, how the year was decided, distance from the article's date. */
import type { Article, DateInfo, YearSource } from '../core/types';

const WEEKDAYS_RU = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

/** The UTC day number of a value that starts with a full calendar date, else null. */
export function dayNumber(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(time);
  return back.getUTCDate() === Number(m[3]) ? Math.round(time / DAY_MS) : null;
}

export function weekday(value: string): string | null {
  const day = dayNumber(value);
  if (day === null) return null;
  const w = new Date(day * DAY_MS).getUTCDay();
  return `${WEEKDAYS_RU[w]} (${WEEKDAYS_EN[w]})`;
}

function articleDateText(article: Article): string {
  const d = article.date;
  if (!d) return "the article's date";
  const inferred = d.yearInferred ? ', its year taken from a year written in the text' : '';
  return `the article's date ${d.value} (from the ${d.source}${inferred})`;
}

/** How the year of a date mention was decided, in words. */
export function yearExplanation(source: YearSource, article: Article): string {
  switch (source) {
    case 'explicit':
      return 'written in the date itself';
    case 'article-date':
      return `taken from ${articleDateText(article)}`;
    case 'text-year':
      return `taken from a year written in the article (${articleDateText(article)})`;
    case 'past-tense':
    case 'future-tense':
      return `${articleDateText(article)}, moved by one year by the tense of the sentence`;
    case 'unknown':
      return 'unknown: the article has no dated header, byline or dateline';
  }
}

/** '3 days before the article's date', 'the article's date', or null when either is not a full day. */
export function distanceFromArticle(value: string, article: Article): string | null {
  const day = dayNumber(value);
  const ref = article.date ? dayNumber(article.date.value) : null;
  if (day === null || ref === null) return null;
  const diff = day - ref;
  if (diff === 0) return "the article's date";
  const n = Math.abs(diff);
  return `${n} day${n === 1 ? '' : 's'} ${diff < 0 ? 'before' : 'after'} the article's date (${article.date!.value.slice(0, 10)})`;
}

export function dateCard(text: string, info: DateInfo, article: Article): string {
  const lines = [`**Date** · \`${info.value}\``, '', `*${text}*${info.partial ? ' — partial date, completed from context' : ''}`, ''];
  const day = weekday(info.value);
  if (day) lines.push(`- Weekday: ${day}`);
  lines.push(`- Year: ${yearExplanation(info.yearSource, article)}`);
  const distance = distanceFromArticle(info.value, article);
  if (distance) lines.push(`- Distance: ${distance}`);
  return lines.join('\n');
}

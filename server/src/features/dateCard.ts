/** The hover card of a date mention: its value, weekday, how the year was decided, distance from the article's date. */
import * as l10n from '@vscode/l10n';
import type { Article, DateInfo, YearSource } from '../core/types';
import { count, formatDate } from '../l10n';
import { dateValueText, typeName, yearless } from '../l10n/messages';
import { PHRASES } from '../l10n/phrases';

const DAY_MS = 86_400_000;

/** The UTC day number of a value that starts with a full calendar date, else null. */
export function dayNumber(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(time);
  return back.getUTCDate() === Number(m[3]) ? Math.round(time / DAY_MS) : null;
}

/** The weekday of a full date in the server's language ('четверг' / 'Thursday'), else null. */
export function weekday(value: string): string | null {
  const day = dayNumber(value);
  return day === null ? null : formatDate(day * DAY_MS, { weekday: 'long' });
}

/** Where the article's date was read, in words. */
export function dateSourceText(source: string): string {
  switch (source) {
    case 'header': return l10n.t('from the header');
    case 'byline': return l10n.t('from the byline');
    case 'dateline': return l10n.t('from the dateline');
    default: return l10n.t('from the article');
  }
}

/** '2025-11-20, from the header' (with how its year was found, for a dateline without one). */
function articleDateText(article: Article): string | null {
  const d = article.date;
  if (!d) return null;
  return d.yearInferred
    ? l10n.t('{0}, {1}, its year taken from a year written in the text', dateValueText(d.value), dateSourceText(d.source))
    : l10n.t('{0}, {1}', dateValueText(d.value), dateSourceText(d.source));
}

/** How the year of a date mention was decided, as a phrase that follows "Year:". */
export function yearExplanation(source: YearSource, article: Article): string {
  const dated = articleDateText(article);
  switch (source) {
    case 'explicit':
      return l10n.t('written in the date itself');
    case 'article-date':
      return dated ? l10n.t("taken from the article's date ({0})", dated) : l10n.t("taken from the article's date");
    case 'text-year':
      return dated ? l10n.t('taken from a year written in the article ({0})', dated) : l10n.t('taken from a year written in the article');
    case 'past-tense':
    case 'future-tense':
      return dated
        ? l10n.t("the article's date ({0}), moved by one year by the tense of the sentence", dated)
        : l10n.t("the article's date, moved by one year by the tense of the sentence");
    case 'unknown':
    default:
      return l10n.t('unknown: the article has no dated header, byline or dateline');
  }
}

/** '3 days before the article's date (2025-05-06)', 'the article's date', or null when either is not a full day. */
export function distanceFromArticle(value: string, article: Article): string | null {
  const day = dayNumber(value);
  const ref = article.date ? dayNumber(article.date.value) : null;
  if (day === null || ref === null) return null;
  const diff = day - ref;
  if (diff === 0) return l10n.t("the article's date");
  return count(diff < 0 ? PHRASES.daysBefore : PHRASES.daysAfter, Math.abs(diff), article.date!.value.slice(0, 10));
}

/** The label of an inlay hint after a date: its value ('2025-11-20', '2 декабря (год неизвестен)'). */
export function dateHintLabel(info: DateInfo): string {
  return dateValueText(info.value);
}

/** The tooltip of that hint: 'Year: taken from the article's date (…)'. */
export function dateHintTooltip(info: DateInfo, article: Article): string {
  return l10n.t('Year: {0}', yearExplanation(info.yearSource, article));
}

export function dateCard(text: string, info: DateInfo, article: Article): string {
  const value = yearless(info.value) ? dateValueText(info.value) : `\`${info.value}\``;
  const partial = info.partial ? l10n.t(' — partial date, completed from context') : '';
  const lines = [`**${typeName('DATE')}** · ${value}`, '', `*${text}*${partial}`, ''];
  const day = weekday(info.value);
  if (day) lines.push(`- ${l10n.t('Weekday: {0}', day)}`);
  lines.push(`- ${l10n.t('Year: {0}', yearExplanation(info.yearSource, article))}`);
  const distance = distanceFromArticle(info.value, article);
  if (distance) lines.push(`- ${l10n.t('Distance: {0}', distance)}`);
  return lines.join('\n');
}

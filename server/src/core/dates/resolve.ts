/**
 * Turns the written parts of a date into an ISO value, deciding the year of a partial date from the
 * article's date and the tense of its clause.
 */
import type { ArticleDate, DateInfo, YearSource } from '../types';
import { pad2 } from '../article/months';
import type { DateParts } from './grammar';
import type { Tense } from './tense';

/** The article's reference point: its year (if known), its month, and how the year was learnt. */
export interface Reference {
  year: number | null;
  month: number | null;
  source: YearSource;
}

export const NO_REFERENCE: Reference = { year: null, month: null, source: 'unknown' };

/** Reads the article date ('2025-11-20', '2025-03-31T18:28', '--11-08') into a reference. */
export function referenceOf(date: ArticleDate | null | undefined): Reference {
  if (!date || typeof date.value !== 'string') return NO_REFERENCE;
  const full = /^(\d{4})-(\d{2})/.exec(date.value);
  const monthOnly = /^--(\d{2})/.exec(date.value);
  if (full) {
    const source: YearSource = date.source === 'dateline' ? 'text-year' : 'article-date';
    return { year: Number(full[1]), month: Number(full[2]), source };
  }
  return { year: null, month: monthOnly ? Number(monthOnly[1]) : null, source: 'unknown' };
}

/** The year of a date written without one, and which rule decided it. */
export function decideYear(parts: DateParts, ref: Reference, tense: Tense | null): { year: number | null; source: YearSource } {
  if (ref.year === null) return { year: null, source: 'unknown' };
  if (parts.yearOffset !== undefined) return { year: ref.year + parts.yearOffset, source: ref.source };
  const month = parts.month;
  if (month !== undefined && ref.month !== null) {
    if (tense === 'past' && month > ref.month) return { year: ref.year - 1, source: 'past-tense' };
    if (tense === 'future' && month < ref.month) return { year: ref.year + 1, source: 'future-tense' };
    if (tense === null) return { year: ref.year + nearestYearShift(month, ref.month), source: ref.source };
  }
  return { year: ref.year, source: ref.source };
}

/**
 * Without a tense, a month more than half a year from the article's is the nearer one across the
 * new year: 'с января' in a December article is the coming January, 'в декабре' in a January one the last.
 */
function nearestYearShift(month: number, refMonth: number): number {
  if (month - refMonth > 6) return -1;
  if (refMonth - month > 6) return 1;
  return 0;
}

function isoPoint(year: number | null | undefined, month?: number, day?: number): string {
  const y = year === null || year === undefined ? '-' : String(year);
  if (month === undefined) return y;
  if (day === undefined) return year === null || year === undefined ? `--${pad2(month)}` : `${y}-${pad2(month)}`;
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** The ISO value of the parts with the given year for the start (ranges become 'start/end'). */
export function isoValue(parts: DateParts, year: number | null): string {
  if (parts.decade && year !== null) return String(year).slice(0, 3);
  let value = isoPoint(year, parts.month, parts.day);
  if (parts.hour !== undefined && parts.day !== undefined) value += `T${pad2(parts.hour)}:${pad2(parts.minute ?? 0)}`;
  const hasEnd = parts.endYear !== undefined || parts.endMonth !== undefined || parts.endDay !== undefined;
  if (!hasEnd) return value;
  const endYear = parts.endYear ?? year;
  const end = isoPoint(endYear, parts.endMonth ?? (parts.endDay !== undefined ? parts.month : undefined), parts.endDay);
  return `${value}/${end}`;
}

/** The date information of a span: explicit year, else the year decided from the article and tense. */
export function resolveDate(parts: DateParts, ref: Reference, tense: Tense | null): DateInfo {
  if (parts.year !== undefined) return { value: isoValue(parts, parts.year), yearSource: 'explicit', partial: false };
  const { year, source } = decideYear(parts, ref, tense);
  return { value: isoValue(parts, year), yearSource: source, partial: true };
}

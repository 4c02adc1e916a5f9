/** Recognizers for the metadata lines of a news article: header, site furniture, byline, dateline, credits. */
import type { Span } from '../types';
import type { Line } from './lines';
import { MONTH_WORD, monthNumber, pad2 } from './months';
import { tenseAt, type VerbOracle } from '../dates/tense';

export interface HeaderMatch {
  date: string;
  dateSpan: Span;
  /** The rest of the line after the date (often the title), trimmed. */
  rest: Line | null;
}

/** ' date 2025-11-20 Title...' at the start of a file. */
export function matchHeader(line: Line): HeaderMatch | null {
  const m = /^(\s*date\s+)(\d{4}-\d{2}-\d{2})\b\s*/.exec(line.text);
  if (!m) return null;
  const dateStart = line.start + m[1].length;
  const restText = line.text.slice(m[0].length).trimEnd();
  const rest = restText ? { start: line.start + m[0].length, end: line.start + m[0].length + restText.length, text: restText } : null;
  return { date: m[2], dateSpan: { start: dateStart, end: dateStart + 10 }, rest };
}

/** Navigation words sites put before the title ('Главная Авторское ...'). */
const SITE_SECTIONS = new Set([
  'Авторское', 'Новости', 'Политика', 'Экономика', 'Общество', 'Мир', 'Россия', 'Спорт', 'Культура',
  'Наука', 'Происшествия', 'Бизнес', 'Аналитика', 'Интервью', 'Мнения', 'Статьи', 'Регионы', 'Технологии',
]);

/** Length of a leading 'Главная [Section]' breadcrumb on a title line, or 0. */
export function breadcrumbLength(text: string): number {
  const m = /^Главная(?:\s*[>/»|]\s*|\s+)(\S+)?/.exec(text);
  if (!m) return 0;
  // A section word is a breadcrumb only when a capitalised title follows it ('Главная Россия Москва...'
  // vs the title 'Главная Россия и мир', which it starts).
  if (m[1] && SITE_SECTIONS.has(m[1]) && /^\p{Lu}/u.test(text.slice(m[0].length).trimStart())) return m[0].length;
  return 'Главная'.length;
}

const FOOTER_LINES = /^(Вам может понравиться|Читайте также|Читайте нас в|Поделиться|Подписаться|Подпишитесь|Реклама|Комментарии|Материалы по теме|Популярное|Новости партнеров|Обсудить|Смотрите также)(?!\p{L}).*$/u;

export function isFooterLine(text: string): boolean {
  return text.length < 60 && FOOTER_LINES.test(text);
}

export interface BylineMatch {
  author: { name: string; span: Span } | null;
  date: { value: string; span: Span } | null;
}

/**
 * 'Автор: Владимир', 'Автор: Владимир | 31.03.2025, 18:28', 'Текст: Анна Орлова / 07.05.2026 09:40', 'Автор: Ксения Г. |
 * 22 сентября 2026, 16:10', 'Текст: Ярослава Б. / Фото: Лев А. / 2027-02-21', 'Текст и фото: Глеб Д. / 02.02.2027 07:35',
 * 'Автор: Глафира Л., 03.06.2026', 'Автор: Дарина Б. · 09.11.2026':
 * the author first; the date, when given, is the last part after a separator (a photo credit may stand between).
 */
export function matchByline(line: Line): BylineMatch | null {
  const m = /^(Автор|Авторы|Текст(?: и фото)?|Фото и текст)\s*:\s*([^|/·•]*?)\s*(?:[|/·•]\s*(.*?))?\s*$/.exec(line.text);
  if (!m) return null;
  let date: BylineMatch['date'] = null;
  // 'Автор: Глафира Л., 03.06.2026': a comma before the date only.
  const comma = m[3] ? null : /^(.*?),\s*(\d[^,]*)$/.exec(m[2]);
  if (comma && matchDateLine({ start: 0, end: comma[2].length, text: comma[2] })) [m[2], m[3]] = [comma[1], comma[2]];
  if (m[3]) {
    const last = m[3].split(/[|/·•]/).pop()!.trim();
    const at = line.start + line.text.lastIndexOf(last);
    date = matchDateLine({ start: at, end: at + last.length, text: last });
    // Only a date may close the line.
    if (!date || date.span.start !== at) return null;
  }
  let author: BylineMatch['author'] = null;
  // 'Текст: Таисия Я., фото: Прохор С.': the photographer's credit is no part of the author's name.
  const name = m[2].split(/,\s*(?:фото|Фото)\s*:/)[0].trim();
  if (name) {
    const at = line.start + line.text.indexOf(name, m[1].length);
    author = { name, span: { start: at, end: at + name.length } };
  }
  return { author, date };
}

/**
 * A line holding only the publication date: '03.02.2026', '21.08.2025 07:50', '3 июля 2026, 16:45',
 * '2026-09-24', 'Опубликовано: 9 июня 2026 года', 'Недвижимость | 15.03.2026', 'Елена Орлова, 21.10.2026'.
 * The span is the date with its time.
 */
export function matchDateLine(line: Line): { value: string; span: Span; updated?: { value: string; span: Span } } | null {
  return matchOneDate(line) ?? matchTwoDates(line);
}

/** 'Опубликовано: 21 августа 2026, 11:00 · Обновлено: 21 августа 2026, 15:20': two date lines on one, the first the article's. */
function matchTwoDates(line: Line): { value: string; span: Span; updated: { value: string; span: Span } } | null {
  const sep = /\s+[·•|]\s+/u.exec(line.text);
  if (!sep) return null;
  const first = matchOneDate({ start: line.start, end: line.start + sep.index, text: line.text.slice(0, sep.index) });
  const at = sep.index + sep[0].length;
  const second = first && matchOneDate({ start: line.start + at, end: line.end, text: line.text.slice(at) });
  return first && second ? { ...first, updated: second } : null;
}

function matchOneDate(line: Line): { value: string; span: Span } | null {
  const m = DATE_LINE.exec(line.text);
  const g = m?.groups;
  if (!m || !g) return null;
  const day = Number(g.d ?? g.wd ?? g.id);
  const month = g.m ? Number(g.m) : g.im ? Number(g.im) : monthNumber(g.wm);
  const year = Number(g.y ?? g.wy ?? g.iy);
  if (!month || month > 12 || day < 1 || day > 31) return null;
  let value = `${year}-${pad2(month)}-${pad2(day)}`;
  const [hour, minute] = g.h !== undefined ? [g.h, g.min] : [g.h0, g.min0];
  if (hour !== undefined && Number(hour) < 24) value += `T${pad2(Number(hour))}:${minute}`;
  const at = line.start + g.prefix.length;
  return { value, span: { start: at, end: line.start + m[0].trimEnd().length } };
}

const DATE_LINE = new RegExp(
  '^(?<prefix>(?:(?:Опубликовано|Дата публикации|Дата|Обновлено)\\s*:?\\s*|[\\p{L} .]{1,40}?\\s*[|/,]\\s*)?)' +
    // '22:10 14.04.2026': the time may come first.
    '(?:(?<h0>\\d{1,2}):(?<min0>\\d{2})\\s+)?' +
    '(?:(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>(?:19|20)\\d{2})' +
    `|(?<wd>\\d{1,2})\\s+(?<wm>${MONTH_WORD})\\s+(?<wy>(?:19|20)\\d{2})(?:\\s*(?:года|г\\.))?` +
    '|(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2}))' +
    '(?:(?:,?\\s+(?:в\\s+)?|T)(?<h>\\d{1,2}):(?<min>\\d{2}))?\\s*$',
  'u',
);

export interface DatelineMatch {
  place: string;
  placeSpan: Span;
  month: number;
  day: number;
  dateSpan: Span;
  agency: { name: string; span: Span } | null;
  span: Span;
}

const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{L}\\-]*(?:[ \\-]\\p{Lu}[\\p{L}\\-]*){0,3})(?:\\s+\\([^()]{2,40}\\))?,\\s+(\\d{1,2})\\s+(${MONTH_WORD})\\.?(?:\\s*[/(]\\s*([^/()]{1,40}?)\\s*[/)]\\s*\\.?|\\s+[-–—]\\s+(«[^»]{1,40}»)\\.?)?`,
  'u',
);

/** 'МОСКВА, 20 ноября. /ТАСС/.' at the start of a paragraph; 'Бишкек, 9 октября /Кабар/.' with its agency. */
export function matchDateline(line: Line): DatelineMatch | null {
  const m = DATELINE.exec(line.text);
  if (!m || m[1].length < 3 || (m[1] !== m[1].toUpperCase() && !m[4] && !m[5])) return null;
  const month = monthNumber(m[3]);
  const day = Number(m[2]);
  if (!month || day < 1 || day > 31) return null;
  const dayAt = line.start + m[0].indexOf(m[2], m[1].length);
  const monthEnd = line.start + m[0].indexOf(m[3], m[1].length + 1) + m[3].length;
  let agency: DatelineMatch['agency'] = null;
  const written = m[4] ?? m[5];
  if (written) {
    // '/«Сибирь-Инфо»/', '/ИА «Вести-Юг»/', '- «Вести»': the name inside the quotes.
    const quoted = /«([^»]+)»/.exec(written);
    const name = quoted ? quoted[1].trim() : written;
    const at = line.start + m[0].lastIndexOf(written) + (quoted ? written.indexOf(quoted[1].trim()) : 0);
    agency = { name, span: { start: at, end: at + name.length } };
  }
  return {
    place: m[1],
    placeSpan: { start: line.start, end: line.start + m[1].length },
    month,
    day,
    dateSpan: { start: dayAt, end: monthEnd },
    agency,
    span: { start: line.start, end: line.start + m[0].length },
  };
}

/** '© Валерий Шарифулин/ ТАСС' photo credits and 'Редакция сайта ТАСС' editorial lines: the agency named. */
export function matchCredit(line: Line): { agency: string; span: Span } | null {
  const m = /^(?:©\s*[^/]*\/\s*|Фото:\s*[^/]*\/\s*|Редакция сайта\s+|Источник:\s*)([\p{L}\p{N}.\- ]{2,40})\s*$/u.exec(line.text);
  if (!m) return null;
  const at = line.start + line.text.lastIndexOf(m[1]);
  return { agency: m[1].trim(), span: { start: at, end: at + m[1].trim().length } };
}

/** 'D MONTH YYYY' (matchAll copies the pattern: its position is never shared). */
const FULL_DATES = new RegExp(`(?<!\\d)\\d{1,2}\\s+(${MONTH_WORD})\\s+((?:19|20)\\d{2})(?!\\d)`, 'giu');
/** 'YYYY год', with the preposition of a target or a boundary before it, if any ('к 2030 году', 'к марту 2027 года'). */
const WRITTEN_YEARS = new RegExp(`(?<![\\p{L}\\d])(?:(к|до|по|с|со|после|начиная с|к концу|к началу|к середине|к\\s+(?:${MONTH_WORD}))\\s+)?((?:19|20)\\d{2})\\s*(?:год|г\\.)`, 'giu');

/**
 * The year of an article dated only by its dateline's day and month, from what its text says, else 0
 * (unknown): a full date ('12 ноября 2025 года') in the dateline's month or next to it; else a deadline
 * ('до конца 2025 года'); else the latest year in a clause in neither the past nor the future tense
 * ('покупка в 2026 году'), or failing that the earliest year in a future clause (the article is not
 * later than what it says will happen: 'наберут до сентября 2026 года ... представят в апреле 2027
 * года' is 2026), but never earlier than a year the text puts in the past. A year only in past-tense
 * clauses is no evidence ('впервые выступил здесь в 2019 году' says only that the article is later),
 * nor is a target ('к 2030 году', 'к марту 2027 года').
 */
const SINCE_YEAR_START = /(?<![\p{L}\d])с\s+начала\s+((?:19|20)\d{2})\s*(?:года|г\.)/giu;

export function latestYearInText(text: string, month: number, verbs?: VerbOracle): number {
  let best = 0;
  for (const m of text.matchAll(FULL_DATES)) {
    const written = monthNumber(m[1]);
    const year = Number(m[2]);
    // The same season across New Year: a dateline of January, a date of last December.
    const shift = written === 12 && month === 1 ? 1 : written === 1 && month === 12 ? -1 : 0;
    const gap = Math.abs(written - month);
    if (gap <= 1 || gap === 11) best = Math.max(best, year + shift);
  }
  if (best) return best;
  let past = 0;
  let pastPlain = 0;
  let present = 0;
  let future = Infinity;
  let event: { year: number; month: number } | null = null;
  for (const m of text.matchAll(WRITTEN_YEARS)) {
    if (m[1]) continue;
    const year = Number(m[2]);
    const at = m.index + m[0].indexOf(m[2]);
    const monthBefore = new RegExp(`(${MONTH_WORD})\\s+$`, 'iu').exec(text.slice(Math.max(0, at - 16), at));
    // Past as suffix rules read it (a participle the dictionary reads as past may describe the year: 'в 2025 году,
    // объявленном годом туризма, рассчитывают'); of the rest, the future as the dictionary reads it.
    // A future the dictionary reads nearer than the suffix rules' past ('сдаст до 1 марта 2027 года' after 'обещал').
    const dictionary = verbs && tenseAt(text, at, at + 4, verbs);
    if (tenseAt(text, at, at + 4) !== 'past' || dictionary === 'future') {
      // 'начнут выплачивать не раньше января 2027 года' under an October dateline: that January is still ahead, so 2026.
      if (dictionary === 'future') future = Math.min(future, monthBefore && monthNumber(monthBefore[1]) < month ? year - 1 : year);
      else present = Math.max(present, year);
      continue;
    }
    past = Math.max(past, year);
    if (!monthBefore) pastPlain = Math.max(pastPlain, year);
    else if (!event || year > event.year || (year === event.year && monthNumber(monthBefore[1]) > event.month)) event = { year, month: monthNumber(monthBefore[1]) };
  }
  const deadlines = [...text.matchAll(/(?<![\p{L}\d])до\s+конца\s+((?:19|20)\d{2})\s*(?:года|г\.)/giu)].map((m) => Number(m[1]));
  if (deadlines.length) {
    // 'в 2024 году тесты провалились ... до конца 2026 года установим': the earliest year both allow.
    const deadline = Math.min(...deadlines);
    const after = pastPlain ? pastPlain + 1 : 0;
    return after && after <= deadline ? after : deadline;
  }
  if (present) return Math.max(present, past);
  if (future < Infinity) return Math.max(future, past);
  // 'с начала 2026 года превысило 4,3 тысячи' and no later year: a count running since that year's start, to now.
  const since = Math.max(0, ...[...text.matchAll(SINCE_YEAR_START)].map((m) => Number(m[1])));
  if (since && since >= past) return since;
  // 'отключена еще в сентябре 2025 года' under a January dateline: the first January after that event.
  if (event) return Math.max(event.month > month ? event.year + 1 : event.year, pastPlain);
  return 0;
}

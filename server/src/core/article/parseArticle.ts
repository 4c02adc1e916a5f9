/**
 * The article model: title, publication date (and where it came from), author, source agency,
 * dateline, subheadings, paragraphs and quotations, with ranges. Pure; works on any text.
 */
import type { VerbOracle } from '../dates/tense';
import type { Article, ArticleDate, Span } from '../types';
import { splitLines, trimLine, type Line } from './lines';
import {
  breadcrumbLength, isFooterLine, latestYearInText, matchByline, matchCredit, matchDateLine, matchDateline, matchHeader,
  type DatelineMatch,
} from './metadata';
import { pad2 } from './months';
import { findQuotations } from './quotations';

/** verbs: the tense of verbs from a dictionary (the year of an article dated by its dateline reads it); without one, suffix rules guess it. */
export function parseArticle(text: string, verbs?: VerbOracle): Article {
  const article: Article = {
    title: null, titleSpan: null, lead: null, date: null, author: null, source: null, dateline: null,
    subheadings: [], paragraphs: [], quotations: [], furniture: [], length: text.length,
  };
  const lines = splitLines(text).map(trimLine).filter((l) => l.text.length > 0);
  const rest = readTitle(lines, article);
  const dateline = readBody(text, rest, article);
  if (!article.date && dateline) article.date = datelineDate(text, dateline, verbs);
  return article;
}

/** Reads the header date and the title; returns the remaining lines. */
function readTitle(lines: Line[], article: Article): Line[] {
  if (lines.length === 0) return lines;
  let i = 0;
  let titleLine: Line | null = lines[0];
  const header = matchHeader(lines[0]);
  if (header) {
    article.date = { value: header.date, source: 'header', span: header.dateSpan };
    titleLine = header.rest;
    if (!titleLine) titleLine = lines[++i] ?? null;
  } else if (lines.length > 1 && matchByline(lines[0])) {
    // 'Автор: Анна Орлова | 09.03.2026, 22:40' above the title: the author and the date, not the title.
    readMetadataLine(lines[0], article);
    titleLine = lines[++i];
  } else {
    // '05.03.2026' or 'Недвижимость | 15.03.2026' above the title: the publication date, not the title.
    const dated = lines.length > 1 ? matchDateLine(lines[0]) : null;
    if (dated) {
      article.date = publicationDate(dated);
      titleLine = lines[++i];
    }
  }
  if (titleLine) {
    const crumb = breadcrumbLength(titleLine.text);
    if (crumb > 0) {
      article.furniture.push({ start: titleLine.start, end: titleLine.start + crumb });
      titleLine = trimLine({ start: titleLine.start + crumb, end: titleLine.end, text: titleLine.text.slice(crumb) });
    }
    if (titleLine.text) {
      article.title = titleLine.text;
      article.titleSpan = { start: titleLine.start, end: titleLine.end };
    }
  }
  return lines.slice(i + 1);
}

/** Reads paragraphs, subheadings and metadata lines; returns the dateline, if any. */
function readBody(text: string, lines: Line[], article: Article): DatelineMatch | null {
  let section = -1;
  let dateline: DatelineMatch | null = null;
  for (const line of lines) {
    if (readMetadataLine(line, article)) continue;
    if (isFooterLine(line.text)) {
      article.furniture.push(span(line));
      continue;
    }
    if (!dateline && article.paragraphs.length < 3) {
      dateline = matchDateline(line);
      if (dateline) recordDateline(dateline, article);
    }
    if (isSubheading(line, article)) {
      article.subheadings.push({ ...span(line), text: line.text });
      section = article.subheadings.length - 1;
      continue;
    }
    article.paragraphs.push({ ...span(line), section });
    article.quotations.push(...findQuotations(text, line.start, line.end));
  }
  article.lead = findLead(article);
  return dateline;
}

/** Byline, photo credit or editorial line: recorded, not a paragraph. */
function readMetadataLine(line: Line, article: Article): boolean {
  // A stand-alone date line under the title ('Опубликовано: 03.02.2026', '3 июля 2026, 16:45') is the article's date.
  const dated = article.paragraphs.length < 2 ? matchDateLine(line) : null;
  if (dated) {
    if (!article.date || article.date.source === 'dateline') article.date = publicationDate(dated);
    return true;
  }
  const byline = matchByline(line);
  if (byline) {
    article.author ??= byline.author;
    if (byline.date && (!article.date || article.date.source === 'dateline')) {
      article.date = { value: byline.date.value, source: 'byline', span: byline.date.span };
    }
    return true;
  }
  const credit = matchCredit(line);
  if (credit) {
    article.source ??= { name: credit.agency, span: credit.span };
    return true;
  }
  return false;
}

/** The article's date from a stand-alone date line, with the line's update date when it gives one. */
function publicationDate(dated: NonNullable<ReturnType<typeof matchDateLine>>): ArticleDate {
  return { value: dated.value, source: 'byline', span: dated.span, ...(dated.updated ? { updated: dated.updated } : {}) };
}

function recordDateline(d: DatelineMatch, article: Article): void {
  const place = d.place.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (s) => s.toUpperCase());
  article.dateline = { place, placeSpan: d.placeSpan, span: d.span };
  if (d.agency) article.source = { name: d.agency.name, span: d.agency.span };
}

/** A date from the dateline's day and month, with the year written in the article (or none). */
function datelineDate(text: string, d: DatelineMatch, verbs?: VerbOracle): ArticleDate {
  const year = latestYearInText(text, d.month, verbs);
  const monthDay = `${pad2(d.month)}-${pad2(d.day)}`;
  return { value: year ? `${year}-${monthDay}` : `--${monthDay}`, source: 'dateline', span: d.dateSpan, yearInferred: year > 0 };
}

/** A short stand-alone line without closing punctuation, after the first paragraph. */
function isSubheading(line: Line, article: Article): boolean {
  if (article.paragraphs.length === 0) return false;
  const words = line.text.split(/\s+/).length;
  return words <= 8 && line.text.length <= 80 && /^\p{Lu}/u.test(line.text) && !/[.!?:;,…»"”)\-–—]$/.test(line.text);
}

/** The standfirst: the first paragraph, when the dateline paragraph comes after it. */
function findLead(article: Article): Span | null {
  const first = article.paragraphs[0];
  return first && article.dateline && article.dateline.span.start > first.start ? span(first) : null;
}

function span(line: Span): Span {
  return { start: line.start, end: line.end };
}

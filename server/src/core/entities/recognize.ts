/** People, organizations and places in one article: the recognition passes in order of reliability. */
import type { Article, Mention, Span } from '../types';
import { foldLower } from '../morphology/morph';
import { isDictionaryFirstName } from '../morphology/classify';
import { tokenize } from '../text/tokenize';
import { claim, hasLemma, joined, lower, wordsOf, type Candidate, type Context, type Resources } from './context';
import { findAdjectivePhrases, findDomainBodies, findGazetteerNames, findHeadNounPhrases } from './named';
import { spreadNames } from './documentSense';
import { givenNamesInOtherCases, resolvePartialNames, sameWrittenNames, sameWrittenSurnames, surnamesOverPlaces } from './partialNames';
import { splitAtKnownSurnames } from './splitNames';
import { findQuotedNames } from './quoted';
import { skipProducts } from './products';
import { releaseEponymousTerms } from './eponyms';
import { findPersonWords } from './personWords';
import { isShouting, recase } from './recase';
import { findClubs } from './clubs';
import { extendOrganizations, releaseHonorees } from './orgSuffixes';
import { findCapitalisedRuns } from './runs';
import { findRegionalStatistics, findStateBodies } from './stateBodies';
import { findPublications } from './publications';
import { findRepeatedNames } from './repeatedNames';
import { particlesBeforePlaces } from './placeRuns';
import { rolesBefore } from './titles';
import { findNicknames } from './personCues';
import { womenByArticle } from './women';
import { regionAliases } from './regionAliases';
import { adjectivePlacesAfterCue, findFeaturePhrases, possessivePlaces, sharedHeadLists } from './placeFeatures';
import { regnalNumerals } from './regnal';
import { findStreets } from './streets';
import { sharedFamilyNames } from './families';

/** A part of the text a recognition step failed on, and why. */
export interface Failure extends Span {
  message: string;
}

/**
 * recognizeEntities with its failures contained: an exception costs the sentence it was raised in,
 * which is blanked out (and pushed to `failures`), not the article.
 */
export function recognizeContained(res: Resources, text: string, article: Article, failures: Failure[]): Mention[] {
  // An article typed in capitals is read in ordinary letter case; mentions keep the text as written.
  const shouting = isShouting(text);
  const read = (visible: string) => recognizeEntities(res, shouting ? recase(res.morph, visible, (w) => res.gazetteer.canonical(w) !== null) : visible, article);
  const found = containFailures(text, () => sentenceSpans(text, article), read, 'entity recognition', failures);
  if (shouting) for (const m of found) shouted(res, m, text);
  return found;
}

/** In a text typed in capitals letter case says nothing: a type is a guess unless the gazetteer knows the name. */
function shouted(res: Resources, m: Mention, text: string): void {
  m.text = text.slice(m.start, m.end);
  if (m.type !== 'DATE' && res.gazetteer.canonical(m.name)?.type !== m.type) m.confidence = 'low';
}

export function recognizeEntities(res: Resources, text: string, article: Article): Mention[] {
  const tokens = tokenize(text, boundaries(article));
  const ctx: Context = { ...res, text, tokens, taken: tokens.map(() => false), owner: tokens.map(() => null), candidates: [], products: new Set(), personWords: new Set(), lemmasAt: [] };
  markFurniture(ctx, article);
  // The dateline's place and agency are the article's own metadata: they go first.
  findArticleSources(ctx, article);
  skipProducts(ctx);
  possessivePlaces(ctx);
  findPersonWords(ctx);
  findQuotedNames(ctx);
  findClubs(ctx);
  findWebMedia(ctx);
  findNicknames(ctx);
  findPublications(ctx);
  findStateBodies(ctx);
  findRegionalStatistics(ctx);
  findHeadNounPhrases(ctx);
  findGazetteerNames(ctx);
  findAdjectivePhrases(ctx);
  findFeaturePhrases(ctx);
  findStreets(ctx);
  sharedHeadLists(ctx);
  findDomainBodies(ctx);
  findRepeatedNames(ctx);
  findCapitalisedRuns(ctx, { knownSurnames: new Set() });
  findCapitalisedRuns(ctx, { knownSurnames: surnames(ctx.candidates), knownNames: fullNames(ctx), knownGivenNames: givenNames(ctx), knownFirstNames: firstNames(ctx) });
  releaseEponymousTerms(ctx);
  particlesBeforePlaces(ctx);
  regnalNumerals(ctx);
  adjectivePlacesAfterCue(ctx);
  extendOrganizations(ctx);
  regionAliases(ctx);
  surnamesOverPlaces(ctx);
  splitAtKnownSurnames(ctx);
  womenByArticle(ctx);
  sameWrittenNames(ctx);
  sameWrittenSurnames(ctx);
  sharedFamilyNames(ctx);
  resolvePartialNames(ctx);
  givenNamesInOtherCases(ctx);
  spreadNames(ctx);
  releaseHonorees(ctx);
  return ctx.candidates.map((c) => toMention(ctx, c));
}

/** 'Лента.ру', 'Газета.Ru', 'РБК.ру': a media named by its domain. */
function findWebMedia(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap && !ctx.taken[i] && LATIN_DOMAIN.test(t.text) && reportedBy(ctx, i)) claim(ctx, i, i + 1, { start: t.start, end: t.end, type: 'ORG', name: t.text, words: wordsOf(ctx, i, i + 1, [t.text]) });
  }
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, dot, zone] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (a.kind !== 'word' || !a.cap || dot.text !== '.' || zone.kind !== 'word' || !DOMAIN_ZONES.has(zone.text.toLowerCase())) continue;
    if (a.end !== dot.start || dot.end !== zone.start || ctx.taken[i] || ctx.taken[i + 2]) continue;
    const name = ctx.text.slice(a.start, zone.end);
    claim(ctx, i, i + 3, { start: a.start, end: zone.end, type: 'ORG', name, words: wordsOf(ctx, i, i + 3, [a.text, zone.text]) });
    i += 2;
  }
}

/** 'сообщает baltinfo.ru', 'по данным infox.ru': a lower-case domain after a verb of reporting names a medium. */
function reportedBy(ctx: Context, i: number): boolean {
  return ctx.tokens[i].latin && i > 0 && joined(ctx, i - 1) && (hasLemma(ctx, i - 1, REPORTING) || (lower(ctx, i - 1) === 'данным' && lower(ctx, i - 2) === 'по'));
}

const REPORTING = new Set(['сообщать', 'писать', 'передавать', 'цитировать', 'информировать', 'согласно']);

const DOMAIN_ZONES = new Set(['ру', 'ru', 'рф', 'com', 'net', 'org', 'info', 'ua', 'by', 'kz']);
const LATIN_DOMAIN = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:ru|com|net|org|info|ua|by|kz)$/;

/** The dateline's place and agency ('ХОШИМИН, 3 мая. /Вьетнам+/.') are a place and an organization. */
function findArticleSources(ctx: Context, article: Article): void {
  if (article.dateline) claimSpan(ctx, article.dateline.placeSpan, 'LOC', article.dateline.place);
  if (article.source) claimSpan(ctx, article.source.span, 'ORG', article.source.name);
}

function claimSpan(ctx: Context, span: { start: number; end: number }, type: 'LOC' | 'ORG', name: string): void {
  let i = 0;
  while (i < ctx.tokens.length && ctx.tokens[i].start < span.start) i++;
  let j = i;
  while (j < ctx.tokens.length && ctx.tokens[j].end <= span.end) j++;
  if (j === i) return;
  for (let k = i; k < j; k++) if (ctx.taken[k]) return;
  const words = ctx.tokens.slice(i, j).filter((t) => t.kind === 'word');
  if (words.length === 0 || !words[0].cap) return;
  const known = ctx.gazetteer.canonical(name);
  claim(ctx, i, j, { start: ctx.tokens[i].start, end: ctx.tokens[j - 1].end, type, name: known?.name ?? name, words: wordsOf(ctx, i, j, words.map((t) => t.text)) });
}

function boundaries(article: Article): Set<number> {
  const out = new Set<number>();
  if (article.titleSpan) out.add(article.titleSpan.start);
  if (article.lead) out.add(article.lead.start);
  for (const p of article.paragraphs) out.add(p.start);
  for (const s of article.subheadings) out.add(s.start);
  return out;
}

function markFurniture(ctx: Context, article: Article): void {
  const spans = [...article.furniture];
  // The ' date YYYY-MM-DD' header line before the title is not text.
  if (article.date?.source === 'header') spans.push({ start: 0, end: article.date.span.end });
  if (spans.length === 0) return;
  ctx.tokens.forEach((t, i) => {
    if (spans.some((f) => t.start < f.end && t.end > f.start)) ctx.taken[i] = true;
  });
}

function surnames(cands: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) {
    if (c.type === 'PER' && c.person?.last) out.add(foldLower(c.person.last));
  }
  return out;
}

/** Single-word first names (as written) of the people named in full, not initials. */
function firstNamesOf(ctx: Context): string[] {
  const out: string[] = [];
  for (const c of ctx.candidates) {
    // 'Марк, рабочий завода, ...': a first name the article uses alone inside a sentence counts too.
    const alone = c.words.length === 1 && !c.person?.last && !ctx.tokens[c.first].sentStart;
    const first = c.type === 'PER' && ((c.words.length >= 2 && c.person?.last) || alone) ? c.person?.first : undefined;
    // 'Хван Чжан Еп' ... 'Хван выступил': the first of two given-name words (an East Asian family name) stands alone too.
    if (first && !first.endsWith('.')) out.push(first.split(' ')[0]);
  }
  return out;
}

/** First names of the people named in full, lower case. */
function firstNames(ctx: Context): Set<string> {
  return new Set(firstNamesOf(ctx).map(foldLower));
}

/** Those no dictionary knows as first names. */
function givenNames(ctx: Context): Set<string> {
  return new Set(firstNamesOf(ctx).filter((f) => !isDictionaryFirstName(ctx.morph, f)).map(foldLower));
}

function fullNames(ctx: Context): Set<string> {
  const out = new Set<string>();
  for (const c of ctx.candidates) {
    if (c.type !== 'PER' || c.words.length < 2) continue;
    out.add(c.name.toLowerCase());
    out.add(c.words.map((w) => ctx.text.slice(w.start, w.end)).join(' ').toLowerCase());
  }
  return out;
}

function toMention(ctx: Context, c: Candidate): Mention {
  const m: Mention = { start: c.start, end: c.end, text: ctx.text.slice(c.start, c.end), type: c.type, name: c.name, words: c.words };
  if (c.person) m.person = c.person;
  if (c.confidence) m.confidence = c.confidence;
  if (c.type === 'PER') {
    const roles = rolesBefore(ctx, c.first);
    if (roles.length) m.roles = roles;
  }
  return m;
}

/** Sentences as contiguous spans covering the whole text (one span when the text cannot be tokenized). */
export function sentenceSpans(text: string, article: Article): Span[] {
  let tokens;
  try {
    tokens = tokenize(text, boundaries(article));
  } catch {
    return [{ start: 0, end: text.length }];
  }
  const cuts = [0];
  for (let k = 1; k < tokens.length; k++) {
    if (!tokens[k].sentStart) continue;
    // Opening marks before the first word ('«Мы', '— Да') belong to the new sentence.
    let b = k;
    while (b > 0 && tokens[b - 1].kind === 'punct' && !SENTENCE_END.test(tokens[b - 1].text)) b--;
    if (tokens[b].start > cuts[cuts.length - 1]) cuts.push(tokens[b].start);
  }
  cuts.push(text.length);
  const spans: Span[] = [];
  for (let i = 1; i < cuts.length; i++) if (cuts[i] > cuts[i - 1]) spans.push({ start: cuts[i - 1], end: cuts[i] });
  return spans.length ? spans : [{ start: 0, end: text.length }];
}

const SENTENCE_END = /^[.!?…]$/;

/** How many times the whole text is retried after blanking the sentences found failing. */
const MAX_RETRIES = 3;

/**
 * Runs `run` on the text; if it throws, splits the text into `sentences()`, finds the failing ones
 * by bisection (running on the text with only some sentences visible), blanks them and runs again,
 * so a failure costs its sentence. Failures that only appear when sentences are together cost the group they span; after
 * MAX_RETRIES the whole text is given up. Blanking keeps every offset (spaces for characters, line
 * breaks kept), so mentions found on the blanked text are mentions of the original.
 */
export function containFailures<T>(text: string, sentences: () => Span[], run: (visible: string) => T[], what: string, failures: Failure[]): T[] {
  const blanked: Failure[] = [];
  let current = text;
  let lastError: unknown;
  let spans: Span[] | null = null;
  for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
    try {
      const out = run(current);
      for (const f of blanked) failures.push(f);
      return out;
    } catch (err) {
      lastError = err;
    }
    spans ??= sentences();
    const open = spans.filter((s) => !blanked.some((b) => b.start < s.end && s.start < b.end));
    for (const f of failing(current, open, run, what)) blanked.push(f);
    current = blank(text, blanked);
  }
  failures.push({ start: 0, end: text.length, message: `${what} failed: ${messageOf(lastError)}` });
  return [];
}

/** The spans (single sentences where possible) on which `run` throws when only they are visible. */
function failing<T>(text: string, spans: Span[], run: (visible: string) => T[], what: string): Failure[] {
  if (spans.length === 0) return [];
  const range = { start: spans[0].start, end: spans[spans.length - 1].end };
  try {
    run(onlyVisible(text, spans));
    return [];
  } catch (err) {
    if (spans.length === 1) return [{ ...trimmed(text, range), message: `${what} failed: ${messageOf(err)}` }];
    const mid = spans.length >> 1;
    const found = [...failing(text, spans.slice(0, mid), run, what), ...failing(text, spans.slice(mid), run, what)];
    if (found.length) return found;
    const group = narrowest(spans, (part) => throws(() => run(onlyVisible(text, part))));
    return [{ ...trimmed(text, { start: group[0].start, end: group[group.length - 1].end }), message: `${what} failed: ${messageOf(err)}` }];
  }
}

function throws(f: () => unknown): boolean {
  try {
    f();
    return false;
  } catch {
    return true;
  }
}

/**
 * Spans fail together but neither half alone: the shortest run of them that still fails, found by
 * binary search on where it begins, then where it ends (assuming more text never fails less).
 */
function narrowest(spans: Span[], fails: (part: Span[]) => boolean): Span[] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const k = (lo + hi + 1) >> 1;
    if (fails(spans.slice(k))) lo = k;
    else hi = k - 1;
  }
  const from = lo;
  let end = spans.length;
  let low = from + 1;
  while (low < end) {
    const m = (low + end) >> 1;
    if (fails(spans.slice(from, m))) end = m;
    else low = m + 1;
  }
  return spans.slice(from, end);
}

/** The text with every character outside `spans` (sorted, disjoint) blanked. */
function onlyVisible(text: string, spans: Span[]): string {
  const hidden: Span[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) hidden.push({ start: at, end: s.start });
    at = s.end;
  }
  if (at < text.length) hidden.push({ start: at, end: text.length });
  return blank(text, hidden);
}

/** Characters inside the spans replaced by spaces, line breaks kept: same length, same lines. */
function blank(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[^\r\n]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

/** The span without the white space around it (for reporting). */
function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

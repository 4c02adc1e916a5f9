/** People, organizations and places in one article: the recognition passes in order of reliability. */
import type { Article, Mention } from '../types';
import { foldLower } from '../morphology/morph';
import { isDictionaryFirstName } from '../morphology/classify';
import { tokenize } from '../text/tokenize';
import { claim, wordsOf, type Candidate, type Context, type Resources } from './context';
import { findAdjectivePhrases, findDomainBodies, findGazetteerNames, findHeadNounPhrases } from './named';
import { spreadNames } from './documentSense';
import { resolvePartialNames } from './partialNames';
import { findQuotedNames } from './quoted';
import { findCapitalisedRuns } from './runs';
import { findStateBodies } from './stateBodies';
import { rolesBefore } from './titles';

export function recognizeEntities(res: Resources, text: string, article: Article): Mention[] {
  const tokens = tokenize(text, boundaries(article));
  const ctx: Context = { ...res, text, tokens, taken: tokens.map(() => false), owner: tokens.map(() => null), candidates: [] };
  markFurniture(ctx, article);
  findQuotedNames(ctx);
  findStateBodies(ctx);
  findHeadNounPhrases(ctx);
  findGazetteerNames(ctx);
  findAdjectivePhrases(ctx);
  findDomainBodies(ctx);
  findArticleSources(ctx, article);
  findCapitalisedRuns(ctx, { knownSurnames: new Set() });
  findCapitalisedRuns(ctx, { knownSurnames: surnames(ctx.candidates), knownNames: fullNames(ctx), knownGivenNames: givenNames(ctx) });
  resolvePartialNames(ctx);
  spreadNames(ctx);
  return ctx.candidates.map((c) => toMention(ctx, c));
}

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

/** Single-word given names of the people named in full that no dictionary knows as first names. */
function givenNames(ctx: Context): Set<string> {
  const out = new Set<string>();
  for (const c of ctx.candidates) {
    const first = c.type === 'PER' && c.words.length >= 2 && c.person?.last ? c.person.first : undefined;
    if (!first || first.includes(' ') || first.endsWith('.')) continue;
    if (!isDictionaryFirstName(ctx.morph, first)) out.add(foldLower(first));
  }
  return out;
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
  if (c.type === 'PER') {
    const roles = rolesBefore(ctx, c.first);
    if (roles.length) m.roles = roles;
  }
  return m;
}

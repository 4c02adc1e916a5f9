/**
 * Russian regions named officially with a second name: 'Республика Саха (Якутия)', 'Кемеровская область -
 * Кузбасс', 'Ханты-Мансийский автономный округ - Югра'. The second name, in brackets (in the nominative) or
 * after a dash (in the region word's case), belongs to the region's name and to a body's name ending in it.
 */
import { claim, hasLemma, joined, release, type Candidate, type Context } from './context';
import { AREA_HEADS } from './data/lexicon';
import { foldLower } from '../morphology/morph';

export function regionAliases(ctx: Context): void {
  const named = ctx.candidates.filter((c) => c.type === 'LOC' || c.type === 'ORG').sort((a, b) => a.start - b.start);
  for (const c of named) {
    if (ctx.owner[c.first] !== c) continue;
    const e = endOf(ctx, c);
    const cases = regionCases(ctx, c.first, e);
    if (cases.size === 0) continue;
    const isRepublic = republic(ctx, c.first, e);
    // 'по Республике Северная Осетия - Алания': a republic's name stands in apposition, in the nominative, second name too.
    if (isRepublic) cases.add('nomn');
    const end = aliasEnd(ctx, e, cases, isRepublic);
    if (end > e) extend(ctx, c, e, end);
  }
}

function endOf(ctx: Context, c: Candidate): number {
  let j = c.first;
  while (j < ctx.tokens.length && ctx.owner[j] === c) j++;
  return j;
}

/** Cases of the region word ('области', 'Республики') among tokens [i, e), or none. */
function regionCases(ctx: Context, i: number, e: number): Set<string> {
  const out = new Set<string>();
  for (let k = i; k < e; k++) {
    if (!hasLemma(ctx, k, AREA_HEADS)) continue;
    for (const p of ctx.morph.parse(ctx.tokens[k].text)) if (p.pos === 'NOUN' && AREA_HEADS.has(p.lemma) && p.case) out.add(p.case);
  }
  return out;
}

/** A republic's region word among tokens [i, e): only a republic's second name is written in brackets ('Тверской области (Россия)' names the country). */
function republic(ctx: Context, i: number, e: number): boolean {
  for (let k = i; k < e; k++) if (hasLemma(ctx, k, REPUBLIC)) return true;
  return false;
}

const REPUBLIC = new Set(['республика']);

/** After '(Якутия)' (a republic's) or '- Кузбасса' at e, the token index past it; else e. */
function aliasEnd(ctx: Context, e: number, cases: Set<string>, bracketed: boolean): number {
  const { tokens } = ctx;
  const open = tokens[e];
  if (!open || !joined(ctx, e - 1)) return e;
  if (bracketed && open.text === '(' && tokens[e + 2]?.text === ')' && adjacent(ctx, e) && adjacent(ctx, e + 1) && oneWordPlace(ctx, e + 1)) {
    return ctx.morph.parse(tokens[e + 1].text).some((p) => p.case === 'nomn') ? e + 3 : e;
  }
  if (DASHES.has(open.text) && joined(ctx, e) && oneWordPlace(ctx, e + 1)) {
    return ctx.morph.parse(tokens[e + 1].text).some((p) => p.proper === 'Geox' && p.case !== null && cases.has(p.case)) ? e + 2 : e;
  }
  return e;
}

/** Tokens k and k + 1 on one line with nothing but spaces, if anything, between them. */
function adjacent(ctx: Context, k: number): boolean {
  const b = ctx.tokens[k + 1];
  return !!b && !b.newline && /^[ \t\u00a0]*$/.test(ctx.text.slice(ctx.tokens[k].end, b.start));
}

const DASHES = new Set(['-', '–', '—']);

function oneWordPlace(ctx: Context, k: number): boolean {
  const o = ctx.owner[k];
  return !!o && o.type === 'LOC' && o.first === k && o.words.length === 1 && o.end === ctx.tokens[k].end;
}

/** The name over [c.first, end): a place takes the second name's nominative, a body keeps it as written. */
function extend(ctx: Context, c: Candidate, e: number, end: number): void {
  const inner = ctx.owner[e + 1]!;
  const bracket = ctx.tokens[e].text === '(';
  // The second name as written, in the nominative for a place ('Югры' -> 'Югра', though the gazetteer's name for
  // it is the region's official one).
  const second = c.type === 'LOC' ? inner.words.map((w) => w.lemma).join(' ') : ctx.tokens[e + 1].text;
  // The gazetteer may already name the region by its second name ('Республики Саха' -> 'Якутия').
  const said = foldLower(c.name).includes(foldLower(second).slice(0, 4));
  const alias = said ? '' : bracket ? ` (${second})` : ` - ${second}`;
  const words = [...c.words, ...inner.words];
  release(ctx, inner);
  release(ctx, c);
  const next = claim(ctx, c.first, end, { start: c.start, end: ctx.tokens[end - 1].end, type: c.type, name: `${c.name}${alias}`, words, ...(c.person ? { person: c.person } : {}) });
  if (c.confidence) next.confidence = c.confidence;
}

/** Titles and roles written right before a person's name ('генеральный секретарь', 'президент Лаоса'). */
import { matchCase } from '../names/casing';
import { hasLemma, type Context } from './context';
import { TITLE_LEMMAS } from './data/lexicon';

const MAX_BACK = 8;
const LINKS = new Set(['и', 'в', 'во', 'по', 'при', 'на']);
const DASHES = new Set(['-', '–', '—']);

/** Index of the title word the role starts at, for a person whose first token is p; -1 if none. */
export function titleStart(ctx: Context, p: number): number {
  let found = -1;
  for (let k = p - 1; k >= 0 && k >= p - MAX_BACK; k--) {
    const t = ctx.tokens[k];
    if (t.kind === 'punct' && !DASHES.has(t.text)) break;
    if (t.kind === 'num') break;
    if (t.kind === 'punct') continue;
    const owner = ctx.owner[k];
    if (owner && owner.type === 'PER') break;
    if (hasLemma(ctx, k, TITLE_LEMMAS)) found = k;
    else if (!owner && t.cap && !t.sentStart) break;
    else if (!owner && !LINKS.has(t.text) && !isModifier(ctx, k)) break;
    if (t.sentStart) break;
  }
  return found < 0 ? -1 : extendAdjectives(ctx, found);
}

function isModifier(ctx: Context, k: number): boolean {
  return ctx.morph.parse(ctx.tokens[k].text).some((p) => p.pos === 'ADJF' || p.pos === 'NOUN');
}

function extendAdjectives(ctx: Context, k: number): number {
  let s = k;
  while (s > 0 && !ctx.tokens[s].sentStart && ctx.morph.parse(ctx.tokens[s - 1].text).some((p) => p.pos === 'ADJF' && p.known) && ctx.tokens[s - 1].kind === 'word' && !ctx.owner[s - 1]) s--;
  return s;
}

/** The roles written before a person: 'генеральный секретарь и президент Лаоса' -> two roles, nominative heads. */
export function rolesBefore(ctx: Context, p: number): string[] {
  const s = titleStart(ctx, p);
  if (s < 0) return [];
  const roles: string[][] = [[]];
  for (let k = s; k < p; k++) {
    const t = ctx.tokens[k];
    if ((t.text === 'и' || DASHES.has(t.text)) && startsTitle(ctx, k + 1)) {
      roles.push([]);
      continue;
    }
    roles[roles.length - 1].push(roleWord(ctx, k, roles[roles.length - 1].length === 0 || isLeading(ctx, k, roles[roles.length - 1])));
  }
  return roles.map((r) => r.join(' ').replace(/ - /g, ' - ').trim()).filter((r) => r.length > 0);
}

function startsTitle(ctx: Context, k: number): boolean {
  return hasLemma(ctx, k, TITLE_LEMMAS) || (isModifier(ctx, k) && hasLemma(ctx, k + 1, TITLE_LEMMAS));
}

function isLeading(ctx: Context, k: number, sofar: string[]): boolean {
  // Words up to and including the first title word are put into the nominative.
  for (let j = k - sofar.length; j < k; j++) if (hasLemma(ctx, j, TITLE_LEMMAS)) return false;
  return true;
}

function roleWord(ctx: Context, k: number, leading: boolean): string {
  const w = ctx.tokens[k].text;
  const lowerFirst = !ctx.tokens[k].allCaps ? w.charAt(0).toLowerCase() + w.slice(1) : w;
  if (!leading || ctx.tokens[k].allCaps) return ctx.owner[k] ? w : lowerFirst;
  const parses = ctx.morph.parse(w);
  const title = parses.find((p) => p.pos === 'NOUN' && TITLE_LEMMAS.has(p.lemma)) ?? parses.find((p) => p.pos === 'ADJF');
  if (!title) return lowerFirst;
  const form = title.pos === 'ADJF' ? ctx.morph.inflect(title, ['nomn', 'sing', 'masc']) : title.lemma;
  return matchCase(form ?? title.lemma, lowerFirst);
}

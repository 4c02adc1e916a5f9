/**
 * An adjective and an organization's head the article writes as a name inside a sentence ('ремонт Большого
 * театра') are the same name where the capital proves nothing: at a sentence start ('Большой театр
 * превратится ...'), and with the head left out ('солисты Большого, Мариинского театров', 'Худрук Большого').
 */
import { hasLemma, joined, type Context } from './context';
import { ORG_HEADS } from './data/lexicon';
import { emitPhrase, orgTail } from './named';

export function findRepeatedNames(ctx: Context): void {
  const names = adjectiveNames(ctx);
  if (names.size === 0) return;
  const { tokens } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap || t.allCaps || ctx.taken[k] || !isAdjectiveOf(ctx, k, names)) continue;
    const heads = names.get(adjectiveLemma(ctx, k)!)!;
    if (joined(ctx, k) && !ctx.taken[k + 1] && hasLemma(ctx, k + 1, heads)) {
      const end = orgTail(ctx, k + 2);
      emitPhrase(ctx, k, end, 'ORG');
      k = end - 1;
    } else if (!nounFollows(ctx, k)) emitPhrase(ctx, k, k + 1, 'ORG');
  }
}

/** Adjective lemma -> the head lemmas it names an organization with, from ORG names found inside sentences. */
function adjectiveNames(ctx: Context): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of ctx.candidates) {
    if (c.type !== 'ORG') continue;
    const i = tokenStartingAt(ctx, c.start, c.first);
    if (i === undefined || ctx.tokens[i].sentStart || !ctx.tokens[i].cap) continue;
    const adj = adjectiveLemma(ctx, i);
    const heads = [...ctx.morph.lemmas(ctx.tokens[i + 1]?.text ?? '')].filter((l) => ORG_HEADS.has(l));
    if (!adj || heads.length === 0) continue;
    const set = out.get(adj) ?? new Set<string>();
    heads.forEach((h) => set.add(h));
    out.set(adj, set);
  }
  return out;
}

/** The token that starts at `start` (a candidate's first token, else found by bisection), if any. */
function tokenStartingAt(ctx: Context, start: number, hint: number): number | undefined {
  const { tokens } = ctx;
  if (tokens[hint]?.start === start) return hint;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === start ? lo : undefined;
}

function adjectiveLemma(ctx: Context, k: number): string | undefined {
  return ctx.morph.parse(ctx.tokens[k].text).find((p) => p.pos === 'ADJF' && p.known)?.lemma;
}

function isAdjectiveOf(ctx: Context, k: number, names: Map<string, Set<string>>): boolean {
  const lemma = adjectiveLemma(ctx, k);
  return !!lemma && names.has(lemma);
}

/** 'Большая часть', 'Большой успех': a noun right after the adjective is what it describes. */
function nounFollows(ctx: Context, k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (!next || next.kind !== 'word' || !joined(ctx, k)) return false;
  return ctx.morph.parse(next.text).some((p) => p.pos === 'NOUN' || p.pos === 'ADJF');
}

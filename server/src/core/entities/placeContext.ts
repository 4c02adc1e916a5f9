/**
 * Context that makes an unfamiliar capitalised word a place, and the case it shows:
 * 'от Бандара до перевала', 'между Ханоем и Лопхаем', 'Мандалай - Лашио - Мусе',
 * 'из иранского Захедана', 'посетить Порт-Морсби'.
 */
import type { NameCase } from '../names/synthesis';
import { hasLemma, joined, type Context } from './context';

/** Prepositions of place and movement, and the case of the name after them. */
const PREPOSITIONS = new Map<string, NameCase>([
  ['из', 'gent'], ['до', 'gent'], ['от', 'gent'], ['около', 'gent'], ['возле', 'gent'], ['близ', 'gent'],
  ['вблизи', 'gent'], ['между', 'ablt'], ['через', 'accs'], ['в', 'loct'], ['во', 'loct'],
]);
/** 'в', 'во', 'из' take places far more than people ('в Бакнине', 'из Хюэ'): any name after them is a place. */
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'из']);
const DASHES = new Set(['-', '–', '—']);
/** Verbs whose object is a place ('посетить Порт-Морсби'). */
const VISIT_VERBS = new Set(['посетить', 'посещать']);

export interface PlaceContext {
  /** The case the context shows. */
  case: NameCase;
  /**
   * 'place-preposition': after в / во / из, a place whatever the word; 'partner': written next to a
   * place ('Мандалай - Лашио'), so even a surname-like word is one; 'preposition' (от, до, между ...)
   * and 'other' (an adjective of origin, a visit verb): only for a word that looks like no person's name.
   */
  evidence: 'place-preposition' | 'preposition' | 'partner' | 'other';
}

/** The place-like context of the word at i, or null when the context says nothing. */
export function placeContext(ctx: Context, i: number): PlaceContext | null {
  if (i === 0 || !joined(ctx, i - 1) || !/^\p{Script=Cyrillic}/u.test(ctx.tokens[i].text)) return null;
  const prev = ctx.tokens[i - 1];
  const prep = PREPOSITIONS.get(prev.text.toLowerCase());
  if (prep) return { case: prep, evidence: PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) ? 'place-preposition' : 'preposition' };
  const partner = prev.text === 'и' || DASHES.has(prev.text) ? partnerCase(ctx, i - 2, prev.text === 'и') : null;
  if (partner) return { case: partner, evidence: 'partner' };
  if (DASHES.has(ctx.tokens[i + 1]?.text ?? '') && placeAt(ctx, i + 2) && joined(ctx, i)) return { case: 'nomn', evidence: 'partner' };
  const other = hasLemma(ctx, i - 1, VISIT_VERBS) ? 'accs' : relationalAdjectiveCase(ctx, i - 1);
  return other ? { case: other, evidence: 'other' } : null;
}

/** 'Ханоем и Лопхаем', 'Мандалай - Лашио': a place before the conjunction or dash; its case is shared. */
function partnerCase(ctx: Context, k: number, conjunction: boolean): NameCase | null {
  const owner = ctx.owner[k];
  if (!owner || owner.type !== 'LOC' || owner.end !== ctx.tokens[k].end || !joined(ctx, k)) return null;
  if (!conjunction) return 'nomn';
  const before = ctx.tokens[owner.first - 1];
  return (before && PREPOSITIONS.get(before.text.toLowerCase())) ?? 'nomn';
}

function placeAt(ctx: Context, k: number): boolean {
  const owner = ctx.owner[k];
  if (owner) return owner.type === 'LOC';
  const m = ctx.gazetteer.match(ctx.tokens, k, ctx.text);
  return !!m && m.entry.type === 'LOC';
}

/** 'иранского Захедана': a lower-case adjective of origin (-ский, -цкий) before the name; its case. */
function relationalAdjectiveCase(ctx: Context, k: number): NameCase | null {
  const t = ctx.tokens[k];
  if (t.kind !== 'word' || t.cap) return null;
  const adj = ctx.morph.parse(t.text).find((p) => p.pos === 'ADJF' && p.known && /[сц]кий$/.test(p.lemma) && p.number === 'sing');
  return (adj?.case as NameCase | undefined) ?? null;
}

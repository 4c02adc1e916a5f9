/**
 * One name written as a hyphenated word and as two words ('Абу-Хайдар' / 'Абу Хайдар'): the word
 * matcher compares single words, so a hyphenated word of one entity is compared here with two
 * adjacent words of another entity's mentions, written with a space between.
 */
import { low, sameTypeOrSlip, toPair, type MatchEntity, type MatchOptions, type VariantPair, type WordHolder } from './candidates';
import type { Decision } from './evidence';

const HYPHEN = /[-‐‑]/;

/** The letters of a hyphenated or two-word spelling, for grouping ('' when it is neither). */
export function joinKey(spelling: string): string {
  const parts = spelling.split(/[-‐‑ ]/);
  if (parts.length !== 2 || parts.some((p) => [...p].length < 2)) return '';
  return low(parts.join('')).replace(/ё/g, 'е');
}

/** The keys under which an entity can form a hyphen/space pair: its hyphenated words and its spaced word pairs. */
export function joinKeysOf(e: MatchEntity): string[] {
  const spellings = [...e.words.filter((w) => HYPHEN.test(w.spelling)), ...(e.spaced ?? [])].map((w) => joinKey(w.spelling));
  return [...new Set(spellings.filter(Boolean))];
}

interface Side { entity: MatchEntity; spelling: string; count: number }

/**
 * Two people with different given names are different people, whatever their surnames; a given
 * name read from the compared words themselves ('Абу' of 'Абу Хайдар') is not one, nor is one that
 * is part of the other (East Asian names: 'Ким' / 'Ким Хён', as the parts were read).
 */
function otherGivenNames(h: Side, s: Side): boolean {
  const given = (x: Side) => x.entity.first && !x.spelling.split(/[-‐‑ ]/).some((w) => low(w) === low(x.entity.first!)) ? low(x.entity.first) : '';
  const a = given(h).split(/\s+/).filter(Boolean);
  const b = given(s).split(/\s+/).filter(Boolean);
  const within = (p: string[], q: string[]) => p.every((w) => q.includes(w));
  return h.entity.type === 'PER' && s.entity.type === 'PER' && a.length > 0 && b.length > 0 && !within(a, b) && !within(b, a);
}

/** The hyphen/space pairs among these entities (one group of a join key, or any list). */
export function hyphenSpacePairs(entities: readonly MatchEntity[], options: MatchOptions): VariantPair[] {
  const hyphened = new Map<string, Side[]>();
  const spaced: Array<Side & { key: string }> = [];
  for (const e of entities) {
    for (const w of e.words) {
      const key = HYPHEN.test(w.spelling) ? joinKey(w.spelling) : '';
      if (key) hyphened.set(key, [...(hyphened.get(key) ?? []), { entity: e, spelling: w.spelling, count: w.count }]);
    }
    for (const s of e.spaced ?? []) {
      const key = joinKey(s.spelling);
      if (key) spaced.push({ entity: e, spelling: s.spelling, count: s.count, key });
    }
  }
  const out: VariantPair[] = [];
  for (const s of spaced) {
    for (const h of hyphened.get(s.key) ?? []) {
      // The same letters under two types: the rarer side's type is the recognizer's slip ('Гаврилов Ям' read as a person).
      const slip = !sameTypeOrSlip(h.entity, s.entity);
      if ((slip && Math.min(h.entity.mentions, s.entity.mentions) > 2) || otherGivenNames(h, s)) continue;
      if (options.distinct?.(h.spelling, s.spelling)) continue;
      out.push(joinPair(h, s, slip));
    }
  }
  return out;
}

function joinPair(h: Side, s: Side, twoTypes = false): VariantPair {
  const reasons = ['a hyphen or a space between the parts', 'same letters otherwise', ...(twoTypes ? [`− read as ${h.entity.type} and ${s.entity.type}`] : [])];
  const d: Decision = { level: twoTypes ? 'plausible' : 'sure', score: twoTypes ? 0.6 : 0.9, reasons, explanation: `«${h.spelling}» / «${s.spelling}»: ${reasons.join('; ')}` };
  const holder = (x: Side): WordHolder => ({ entity: x.entity, count: x.count, part: 'other' });
  return toPair(d, holder(h), holder(s), h.spelling, s.spelling, 'word');
}

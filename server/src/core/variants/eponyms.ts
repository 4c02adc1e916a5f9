/**
 * 'им.' where the article itself writes 'имени' before the same eponym more often, and no
 * organization of the article carries that name for the name pairs to compare ('в капелле имени
 * Глинки' twice, 'в капелле им. Глинки' once; 'СПК им. Чапаева' against 'кооператив имени Чапаева').
 */
import { blockKey, type MatchEntity } from './candidates';
import type { StrayPair } from './stray';

const EPONYM = /(?<![\p{L}\p{M}])(имени|им\.)\s*((?:\p{Lu}\.\s*)*)(\p{Lu}[\p{L}-]+)/gu;

/** An organization's name with its eponym after 'имени' or 'им.' ('Театр им. Н. С. Ракитина'). */
const NAME_EPONYM = /(?:^|\s)(имени|им\.?)\s+(?:(?:\p{Ll}+|\p{Lu}\.?)\s+)*(\p{Lu}[\p{L}-]+)/u;

/** The article's organizations by the eponym their names write after 'имени', and the eponyms written after 'им.'. */
export function orgEponyms(orgs: readonly MatchEntity[]): { full: Map<string, MatchEntity>; abbreviated: Set<string> } {
  const full = new Map<string, MatchEntity>();
  const abbreviated = new Set<string>();
  for (const e of orgs) {
    for (const n of e.names ?? [{ text: e.name }]) {
      const m = NAME_EPONYM.exec(n.text);
      if (m && m[1] === 'имени') full.set(blockKey(m[2]), e);
      else if (m) abbreviated.add(blockKey(m[2]));
    }
  }
  return { full, abbreviated };
}

export function textAbbreviations(uri: string, text: string, orgs: readonly MatchEntity[]): StrayPair[] {
  // Eponyms an organization of the article is named after with 'имени' are the name pairs' and strayAbbreviations' business.
  const named = orgEponyms(orgs).full;
  const full = new Map<string, number>();
  const short = new Map<string, Array<{ start: number; eponym: string }>>();
  for (const m of text.matchAll(EPONYM)) {
    const key = blockKey(m[3]);
    if (named.has(key)) continue;
    if (m[1] === 'имени') full.set(key, (full.get(key) ?? 0) + 1);
    else short.set(key, [...(short.get(key) ?? []), { start: m.index!, eponym: m[3] }]);
  }
  const out: StrayPair[] = [];
  for (const [key, list] of short) {
    const count = full.get(key) ?? 0;
    if (count <= list.length) continue;
    for (const { start, eponym } of list) out.push(pairOf(uri, start, eponym, count));
  }
  return out;
}

function pairOf(uri: string, start: number, eponym: string, count: number): StrayPair {
  const at = { uri, start, end: start + 3, text: 'им.' };
  const reasons = ["'им.' / 'имени' (abbreviation)", '+ same eponym', '+ in the same article'];
  return {
    level: 'sure', score: 0.9, scope: 'word', sameEntity: false,
    variant: { entity: `stray:${uri}:${start}`, name: `им. ${eponym}`, spelling: 'им.', count: 1 },
    preferred: { entity: `stray:${uri}:имени ${eponym}`, name: `имени ${eponym}`, spelling: 'имени', count },
    explanation: `«им.» / «имени»: ${reasons.join('; ')}`, reasons, at,
  };
}

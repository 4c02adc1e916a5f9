/**
 * Alias groups (built-in and from the user's configuration) looked up by whole name or inside a
 * longer organization name ('МИД РФ' ~ 'МИД России'). Lookups compare crude stems, so that the
 * genitive inside a name ('России', 'Российской Федерации') still finds its group.
 */
import { cleanSpelling, foldCapsWord, isAllCaps, memo } from '../variants/normalize';

export interface AliasHit {
  group: number;
  /** The group's canonical name (its first member). */
  canonical: string;
  /** The name matched is the canonical member itself. */
  isCanonical: boolean;
}

const ENDINGS = [
  'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее',
  'ую', 'юю', 'ых', 'их', 'ым', 'им', 'ом', 'ем', 'ах', 'ях', 'ам', 'ям', 'ия', 'ии', 'ию', 'а', 'я', 'у',
  'ю', 'ы', 'и', 'е', 'о', 'ь', 'й',
];

/** A crude stem: case ending and a trailing soft sign / и removed; acronyms and short words kept. */
export const crudeStem = memo((written: string): string => {
  const word = foldCapsWord(written);
  const w = cleanSpelling(word).toLowerCase().replace(/ё/g, 'е');
  if (isAllCaps(word) || w.length <= 3) return w;
  const ending = ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= 3);
  const stem = ending ? w.slice(0, w.length - ending.length) : w;
  return stem.length > 3 ? stem.replace(/[ьйи]$/, '') : stem;
});

export function stemKey(words: readonly string[]): string {
  return words.map(crudeStem).join(' ');
}

const MAX_ALIAS_WORDS = 5;

export class AliasIndex {
  private readonly byStem = new Map<string, { group: number; member: number }>();
  private readonly canonicals: string[] = [];
  /** Member names of each group, in order (the canonical first). */
  readonly members: string[][] = [];

  constructor(groups: readonly (readonly string[])[]) {
    for (const group of groups) this.add(group);
  }

  /** Adds a group; one sharing a member with an earlier group joins it. */
  private add(group: readonly string[]): void {
    const keys = group.map((name) => stemKey(name.split(/\s+/)));
    const existing = keys.map((k) => this.byStem.get(k)).find((hit) => hit !== undefined);
    const g = existing ? existing.group : this.canonicals.push(group[0]) - 1;
    (this.members[g] ??= []).push(...group);
    keys.forEach((key, i) => {
      if (!this.byStem.has(key)) this.byStem.set(key, { group: g, member: existing ? i + 1 : i });
    });
  }

  /** The group a whole name belongs to. */
  whole(name: string): AliasHit | undefined {
    return this.hit(stemKey(name.split(/\s+/)));
  }

  private hit(key: string): AliasHit | undefined {
    const found = this.byStem.get(key);
    if (!found) return undefined;
    return { group: found.group, canonical: this.canonicals[found.group], isCanonical: found.member === 0 };
  }

  /** The words of a name with each aliased run replaced by '#group'; hits in order. */
  embedded(words: readonly string[]): { tokens: string[]; hits: AliasHit[] } {
    const tokens: string[] = [];
    const hits: AliasHit[] = [];
    for (let i = 0; i < words.length; ) {
      const match = this.longestAt(words, i);
      if (match) {
        tokens.push(`#${match.hit.group}`);
        hits.push(match.hit);
        i += match.length;
      } else tokens.push(words[i++]);
    }
    return { tokens, hits };
  }

  private longestAt(words: readonly string[], i: number): { hit: AliasHit; length: number } | undefined {
    for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n >= 1; n--) {
      const hit = this.hit(stemKey(words.slice(i, i + n)));
      if (hit) return { hit, length: n };
    }
    return undefined;
  }
}

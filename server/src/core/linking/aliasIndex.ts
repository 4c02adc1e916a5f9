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

/** A word as written, without letter case and ё. */
const lowered = (word: string) => cleanSpelling(foldCapsWord(word)).toLowerCase().replace(/ё/g, 'е');

/** A crude stem: case ending and a trailing soft sign / и removed; acronyms and short words kept. */
export const crudeStem = memo((written: string): string => {
  const word = foldCapsWord(written);
  const w = lowered(written);
  if (isAllCaps(word) || w.length <= 3) return w;
  const ending = ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= 3);
  const stem = ending ? w.slice(0, w.length - ending.length) : w;
  return stem.length > 3 ? stem.replace(/[ьйи]$/, '') : stem;
});

/** The word is its own crude stem: no case ending to take off. */
function bare(word: string): boolean {
  return crudeStem(word) === lowered(word);
}

/** The crude stem takes a vowel off the word ('Индия'), not only a soft sign ('Бакнинь': a bare 'Бакнин' is its lemma slipped). */
function vowelEnding(word: string): boolean {
  return /[аеиоуыэюя]/.test(lowered(word).slice(crudeStem(word).length));
}

export function stemKey(words: readonly string[]): string {
  return words.map(crudeStem).join(' ');
}

const MAX_ALIAS_WORDS = 5;

/** A name as written, compared without letter case and ё: 'Бразилиа' and 'Бразилия' stay apart. */
function exactKey(words: readonly string[]): string {
  return words.map(lowered).join(' ');
}

export class AliasIndex {
  /** Exact names first: two groups whose names share a crude stem ('Бразилия', 'Бразилиа') are two places. */
  private readonly byName = new Map<string, { group: number; member: number }>();
  private readonly byStem = new Map<string, { group: number; member: number; words: readonly string[] }>();
  private readonly canonicals: string[] = [];
  /** Member names of each group, in order (the canonical first). */
  readonly members: string[][] = [];

  constructor(groups: readonly (readonly string[])[]) {
    for (const group of groups) this.add(group);
  }

  /** Adds a group; one sharing a member (the same name) with an earlier group joins it. */
  private add(group: readonly string[]): void {
    const words = group.map((name) => name.split(/\s+/));
    const existing = words.map((w) => this.byName.get(exactKey(w))).find((hit) => hit !== undefined);
    const g = existing ? existing.group : this.canonicals.push(group[0]) - 1;
    (this.members[g] ??= []).push(...group);
    words.forEach((w, i) => {
      const at = { group: g, member: existing ? i + 1 : i };
      if (!this.byName.has(exactKey(w))) this.byName.set(exactKey(w), at);
      if (!this.byStem.has(stemKey(w))) this.byStem.set(stemKey(w), { ...at, words: w });
    });
  }

  /** The group a whole name belongs to. */
  whole(name: string): AliasHit | undefined {
    return this.hit(name.split(/\s+/));
  }

  private hit(words: readonly string[]): AliasHit | undefined {
    const found = this.byName.get(exactKey(words)) ?? this.stemHit(words);
    if (!found) return undefined;
    return { group: found.group, canonical: this.canonicals[found.group], isCanonical: found.member === 0 };
  }

  /**
   * A case form of a member: the same crude stems, and no word bare where the member's has a vowel ending ('Инд', a
   * river, is no case form of 'Индия').
   */
  private stemHit(words: readonly string[]): { group: number; member: number } | undefined {
    const found = this.byStem.get(stemKey(words));
    return found && words.every((w, i) => !bare(w) || !vowelEnding(found.words[i])) ? found : undefined;
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
      const hit = this.hit(words.slice(i, i + n));
      if (hit) return { hit, length: n };
    }
    return undefined;
  }
}

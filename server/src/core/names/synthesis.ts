/**
 * Analysis by synthesis for names no dictionary knows: strip a case ending, keep the candidate
 * nominative whose generated case form (lvovich) is the observed word.
 */
import { inclineFirstname, inclineLastname } from 'lvovich';
import type { DeclensionRuleSetT } from 'lvovich/lib/inclineRules';
import FIRST_NAME_RULES from 'lvovich/lib/rules/inclineRulesFirstname';
import LAST_NAME_RULES from 'lvovich/lib/rules/inclineRulesLastname';
import { remember } from '../util/boundedCache';

export type NameCase = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
export type NamePart = 'first' | 'last';

const DECLENSION: Record<Exclude<NameCase, 'nomn'>, 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional'> = {
  gent: 'genitive',
  datv: 'dative',
  accs: 'accusative',
  ablt: 'instrumental',
  loct: 'prepositional',
};

const ENDINGS = ['ого', 'его', 'ому', 'ему', 'ой', 'ым', 'им', 'ом', 'ем', 'ою', 'ей', 'ую', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ь', ''];
const RESTORE = ['', 'а', 'я', 'ь', 'й', 'ий', 'ый', 'ая', 'ой'];
/** After -ск-/-цк- a name is an adjective ('Протской' is of 'Протская', not of 'Протска'). */
const RESTORE_ADJECTIVE = ['ая', 'ий', 'ой', 'ый', ...RESTORE.filter((e) => !['ая', 'ий', 'ой', 'ый'].includes(e))];

/** Memo of syntheses per word, one slot per case, part and gender (no key string built per call): names repeat across a corpus. */
const cache = new Map<string, Array<string | null | undefined>>();
const CACHE_LIMIT = 50_000;
const SLOT: Record<Exclude<NameCase, 'nomn'>, number> = { gent: 0, datv: 4, accs: 8, ablt: 12, loct: 16 };

/** The nominative of a name part observed in case c, or null when no candidate generates it. */
export function synthesizeNominative(word: string, c: NameCase, part: NamePart, gender: 'm' | 'f'): string | null {
  if (c === 'nomn') return word;
  const slot = SLOT[c] + (part === 'first' ? 0 : 2) + (gender === 'm' ? 0 : 1);
  const slots = cache.get(word) ?? remember(cache, word, new Array<string | null | undefined>(20).fill(undefined), CACHE_LIMIT);
  const hit = slots[slot];
  if (hit !== undefined) return hit;
  const result = search(word, c, part, gender) ?? (gender === 'm' ? consonantStem(word, c) ?? aStem(word, c) : null);
  slots[slot] = result;
  return result;
}

function search(word: string, c: Exclude<NameCase, 'nomn'>, part: NamePart, gender: 'm' | 'f'): string | null {
  const lower = word.toLowerCase();
  const fits = editsEndingLike(word, c, part);
  for (const ending of ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const add of /[сц]к$/iu.test(stem) ? RESTORE_ADJECTIVE : RESTORE) {
      const candidate = stem + add;
      if ((candidate === word && c !== 'accs') || !declinable(candidate, word, fits) || softAfterVowel(candidate)) continue;
      if (decline(candidate, c, part, gender) === word) return candidate;
    }
  }
  return null;
}

/** A vowel then a soft sign at the end ('Гаиь'): no name's nominative. */
function softAfterVowel(candidate: string): boolean {
  const last = candidate.charCodeAt(candidate.length - 1);
  return (last === 0x44c || last === 0x42c) && /[аеёиоуыэюя]ь$/iu.test(candidate);
}

/** Each case's edits of lvovich's rules: [letters removed from the end, letters added]. */
type Edits = Record<Exclude<NameCase, 'nomn'>, Array<[number, string]>>;

function editsOf(rules: DeclensionRuleSetT): Edits {
  const out: Edits = { gent: [], datv: [], accs: [], ablt: [], loct: [] };
  const index: Array<Exclude<NameCase, 'nomn'>> = ['gent', 'datv', 'accs', 'ablt', 'loct'];
  for (const rule of [...(rules.exceptions ?? []), ...(rules.suffixes ?? [])]) {
    rule.mods?.forEach((mod, i) => {
      const removed = /^-*/.exec(mod)![0].length;
      const edit: [number, string] = [removed, mod.slice(removed).replace(/\./g, '')];
      const list = out[index[i]];
      if (list && !list.some(([r, a]) => r === edit[0] && a === edit[1])) list.push(edit);
    });
  }
  return out;
}

const EDITS: Record<NamePart, Edits> = { first: editsOf(FIRST_NAME_RULES), last: editsOf(LAST_NAME_RULES) };
/** Every rule's edit has this form (letters removed, then letters added): else no candidate is ruled out. */
const SIMPLE_EDITS = [FIRST_NAME_RULES, LAST_NAME_RULES].every((rules) =>
  [...(rules.exceptions ?? []), ...(rules.suffixes ?? [])].every((rule) => (rule.mods ?? []).every((mod) => /^-*[^-.]*$|^\.$/.test(mod))));

/**
 * Whether some rule of lvovich could decline this candidate to the word (cheap, before the rule search):
 * a rule removes letters from the end and adds an ending; a candidate no rule fits stays as it is.
 */
export function canDecline(candidate: string, word: string, c: Exclude<NameCase, 'nomn'>, part: NamePart): boolean {
  return declinable(candidate, word, editsEndingLike(word, c, part));
}

/** The edits of this case whose added letters end the word: the only ones that could yield it (one filter per word, not per candidate). */
function editsEndingLike(word: string, c: Exclude<NameCase, 'nomn'>, part: NamePart): Array<[number, string]> {
  return EDITS[part][c].filter(([, added]) => word.endsWith(added));
}

function declinable(candidate: string, word: string, fits: Array<[number, string]>): boolean {
  if (!SIMPLE_EDITS || candidate === word || candidate.includes('-')) return true;
  const shared = sharedPrefix(candidate, word);
  for (const [removed, added] of fits) {
    const kept = Math.max(0, candidate.length - removed);
    if (kept + added.length === word.length && kept <= shared) return true;
  }
  return false;
}

/** How many first letters two strings share. */
function sharedPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function decline(nominative: string, c: Exclude<NameCase, 'nomn'>, part: NamePart, gender: 'm' | 'f'): string {
  const g = gender === 'm' ? 'male' : 'female';
  try {
    return part === 'first' ? inclineFirstname(nominative, DECLENSION[c], g) : inclineLastname(nominative, DECLENSION[c], g);
  } catch {
    return '';
  }
}

/** Masculine names on a consonant decline like nouns: Цзиньпина, Цзиньпину, Цзиньпином, Цзиньпине. */
const NOUN_ENDINGS: Record<Exclude<NameCase, 'nomn'>, string[]> = {
  gent: ['а'],
  datv: ['у'],
  accs: ['а'],
  ablt: ['ом', 'ем'],
  loct: ['е'],
};

function consonantStem(word: string, c: Exclude<NameCase, 'nomn'>): string | null {
  for (const ending of NOUN_ENDINGS[c]) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length >= 2 && /[бвгджзклмнпрстфхцчшщ]$/u.test(stem)) return stem;
  }
  return null;
}

/** Masculine names on -а/-я decline like feminine nouns: Вармы, Варме, Варму, Вармой (Варма). */
const A_ENDINGS: Partial<Record<Exclude<NameCase, 'nomn'>, Array<[string, string]>>> = {
  gent: [['ы', 'а'], ['и', 'я']],
  accs: [['у', 'а'], ['ю', 'я']],
  ablt: [['ой', 'а'], ['ей', 'я']],
};

function aStem(word: string, c: Exclude<NameCase, 'nomn'>): string | null {
  for (const [ending, nominative] of A_ENDINGS[c] ?? []) {
    const stem = word.slice(0, word.length - ending.length);
    if (word.endsWith(ending) && stem.length >= 2 && /[бвгджзклмнпрстфхцчшщ]$/u.test(stem)) return stem + nominative;
  }
  return null;
}

const OBLIQUE: Array<Exclude<NameCase, 'nomn'>> = ['gent', 'datv', 'accs', 'ablt', 'loct'];

/** Every nominative an unknown name part could have, whatever its case and gender ('Сомчая' -> 'Сомчай'). */
export function possibleNominatives(word: string, part: NamePart): string[] {
  const out = new Set([word]);
  for (const c of OBLIQUE) {
    for (const g of ['m', 'f'] as const) {
      const nom = synthesizeNominative(word, c, part, g);
      if (nom) out.add(nom);
    }
  }
  return [...out];
}

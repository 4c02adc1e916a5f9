/**
 * Shorter names of an organization or a place, compared with a longer name of the same article:
 * an acronym of its words ('СУМК' for 'Среднеуральская медная компания', 'ВОБ' for 'Волго-Окский
 * банк', 'ИКИ РАН' for 'Институт космических исследований РАН', 'РЭК' for 'Региональная
 * энергетическая комиссия Омской области'), some of its words in any order ('Кировский суд' for
 * 'Кировский районный суд Екатеринбурга', 'Пушкинский музей' for 'Государственный музей
 * изобразительных искусств имени А. С. Пушкина'), and the same words in another case form ('Трактора'
 * beside 'Трактор' when the recognizer kept the form as written). Pure functions over names.
 */
import { crudeStem } from './aliasIndex';
import { foldLower } from '../morphology/morph';
import { remember } from '../util/boundedCache';

/** Words an acronym or a short form leaves out. */
const FUNCTION_WORDS = new Set(['и', 'в', 'во', 'на', 'по', 'при', 'для', 'с', 'со', 'об', 'о', 'от', 'до', 'за', 'из', 'к', 'ко', 'имени', 'им', 'of', 'and', 'for', 'the']);
const ACRONYM = /^[\p{Lu}]{2,6}$/u;

/** The name's words with letters, hyphenated parts apart ('Волго-Окский' -> 'Волго', 'Окский'). */
export function nameWords(name: string): string[] {
  return name.split(/[\s\-‐‑–]+/).filter((w) => /\p{L}/u.test(w));
}

const content = (words: readonly string[]) => words.filter((w) => !FUNCTION_WORDS.has(foldLower(w)));

/** The country after a federal body's name ('Минобрнауки России' shortens 'Министерство науки ... России'). */
const COUNTRY = /^(россии|рф|российской федерации)$/;

/** The short name shortens the long one: an acronym, a compound or some of its words (a country after it aside). */
export function shortens(short: string, long: string): boolean {
  const words = short.split(/\s+/);
  if (words.length > 1 && COUNTRY.test(foldLower(words.slice(1).join(' ')))) return shortens(words[0], long);
  if (isAcronymName(short)) return isAcronymOf(short, long);
  return words.length < 2 ? isCompoundOf(short, long) : isSubsetOf(short, long);
}

export interface NameLookups {
  /** What it is found under as a longer name, and where the longer names it may shorten are found. */
  long: string[];
  short: { any: string[] } | { all: string[] };
  /** Its case forms share it (undefined: none looked for). */
  signature?: string;
}

const lookupCache = new Map<string, NameLookups>();

/** The look-up keys of a name of a type (memoised: names repeat across articles). */
export function nameLookups(type: string, name: string): NameLookups {
  const id = `${type}\u0000${name}`;
  let hit = lookupCache.get(id);
  if (hit) return hit;
  const sig = caseSignature(name);
  return remember(lookupCache, id, {
    long: longNameKeys(name).map((k) => `${type}:${k}`), short: typed(type, shortNameKeys(name)),
    signature: sig === undefined ? undefined : `${type}:${sig}`,
  }, 50_000);
}

function typed(type: string, keys: { any: string[] } | { all: string[] }): NameLookups['short'] {
  return 'any' in keys ? { any: keys.any.map((k) => `${type}:${k}`) } : { all: keys.all.map((k) => `${type}:${k}`) };
}

/**
 * What a longer name is found under: its first two initials (also with the second letter from inside
 * the first word: 'СУ' of 'Среднеуральская медная'), each word's first three letters and stem.
 */
function longNameKeys(name: string): string[] {
  const words = content(nameWords(name)).map(foldLower);
  if (words.length < 2) return [];
  const [a, b] = words;
  const initials = new Set([a[0] + b[0], ...[...a.slice(1)].map((c) => a[0] + c)]);
  return [...[...initials].map((i) => `i:${i}`), ...words.flatMap((w) => [`p:${w.slice(0, 3)}`, `s:${crudeStem(w)}`])];
}

/**
 * Where the longer names a name may shorten are found (see longNameKeys): any of the keys, or for
 * some of the words, all of them (the caller looks up the rarest).
 */
function shortNameKeys(name: string): { any: string[] } | { all: string[] } {
  const words = name.split(/\s+/);
  if (words.length > 1 && COUNTRY.test(foldLower(words.slice(1).join(' ')))) return shortNameKeys(words[0]);
  if (isAcronymName(name)) return { any: [`i:${foldLower(name).slice(0, 2)}`] };
  if (words.length < 2) return { any: foldLower(name).startsWith('рос') ? ['p:рос', 'p:фед'] : [`p:${foldLower(name).slice(0, 3)}`] };
  const nouns = stems(name).filter((x) => !x.endsWith('ск'));
  const first = stems(name)[0];
  if (nouns.length) return { all: nouns.map((x) => `s:${x}`) };
  return first === undefined ? { any: [] } : { any: [`s:${first}`, `s:${first.slice(0, -2)}`] };
}

/** Two names with the same signature are case forms of one name: as many words, each with the same stem (four letters or more). */
export function caseSignature(name: string): string | undefined {
  if (isAcronymName(name)) return undefined;
  const words = name.split(/\s+/);
  return words.every((w) => w.length > 3) ? words.map(crudeStem).join(' ') : undefined;
}

export function isAcronymName(name: string): boolean {
  return ACRONYM.test(name.split(/\s+/)[0]);
}

/**
 * The short name is an acronym of the long one: its first word spells the initials of the long name's
 * words (a word may give one or two more letters from inside: 'Среднеуральская' -> 'СУ'), all of them
 * or, for three letters or more, the first two words or more; its other words end the long name.
 */
export function isAcronymOf(short: string, long: string): boolean {
  const [acronym, ...tail] = short.split(/\s+/);
  if (!ACRONYM.test(acronym)) return false;
  const words = long.split(/\s+/);
  if (tail.length >= words.length || isAcronymName(long)) return false;
  const head = words.slice(0, words.length - tail.length);
  if (!tail.every((w, i) => crudeStem(w) === crudeStem(words[head.length + i]))) return false;
  const initials = content(nameWords(head.join(' '))).map(foldLower);
  const covered = spell(foldLower(acronym), initials, 0, 0);
  return covered === initials.length ? covered >= 2 : covered >= 2 && acronym.length >= 3;
}

/** How many words the letters from `a` on spell, starting at word `w` (-1: they do not). */
function spell(letters: string, words: readonly string[], a: number, w: number): number {
  if (a === letters.length) return w;
  if (w === words.length || words[w][0] !== letters[a]) return -1;
  const word = words[w];
  let inside = 1;
  for (let extra = 0; extra <= 2 && a + extra < letters.length; extra++) {
    if (extra > 0) {
      inside = word.indexOf(letters[a + extra], inside) + 1;
      if (inside === 0) return -1;
    }
    const covered = spell(letters, words, a + extra + 1, w + 1);
    if (covered >= 0) return covered;
  }
  return -1;
}

/** Crude stems of a name's content words; a '-ский' adjective also gives the name it is made from. */
function stems(name: string): string[] {
  return content(nameWords(name)).map(crudeStem);
}

/** Every content word of the short name (two or more) is one of the long name's, which has more. */
export function isSubsetOf(short: string, long: string): boolean {
  const s = stems(short);
  const l = stems(long);
  if (s.length < 2 || l.length <= s.length || isAcronymName(short)) return false;
  const left = [...l];
  return s.every((stem) => {
    const i = left.findIndex((x) => x === stem || (stem.endsWith('ск') && x === stem.slice(0, -2)));
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  });
}

/**
 * A compound of the long name's word starts ('Минздрав' = 'Министерство здравоохранения', 'Минсельхоз',
 * 'Москомархитектура' = 'Комитет по архитектуре ... Москвы', 'Рособрнадзор' = 'Федеральная служба по
 * надзору в сфере образования'): parts of three letters or more, each the start of another content word
 * (any order), a last vowel as ending; 'Рос' may stand for 'Федеральная'. Two parts or more.
 */
export function isCompoundOf(short: string, long: string): boolean {
  if (/\s/.test(short) || short.length < 6 || isAcronymName(short) || isAcronymName(long)) return false;
  const words = content(nameWords(long)).map(foldLower);
  if (words.length < 2) return false;
  const word = foldLower(short);
  const federal = words[0].startsWith('федеральн') && word.startsWith('рос');
  return compound(federal ? word.slice(3) : word, words, new Set(), federal ? 1 : 0);
}

function compound(rest: string, words: readonly string[], used: Set<number>, parts: number): boolean {
  if (rest.length <= 1 && parts >= 2) return rest === '' || /[аяыиеу]/.test(rest);
  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue;
    const w = words[i];
    let n = 0;
    while (n < w.length && n < rest.length && w[n] === rest[n]) n++;
    for (let k = n; k >= 3; k--) {
      used.add(i);
      const ok = compound(rest.slice(k), words, used, parts + 1);
      used.delete(i);
      if (ok) return true;
    }
  }
  return false;
}

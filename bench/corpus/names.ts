/**
 * People for the benchmark corpus: given names (declined by their ending), surnames generated from
 * syllables plus a Russian surname suffix (-ов/-ев/-ин/-ский, a few indeclinable), with women's forms,
 * and one spelling variant per person for the ~1% injected variants.
 */
import type { Random } from './random';

/** Nominative, genitive, dative, accusative, instrumental, prepositional. */
export const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'] as const;
export type Case = (typeof CASES)[number];
export type Forms = Record<Case, string>;
export type Gender = 'm' | 'f';

const MALE = [
  'Иван', 'Сергей', 'Алексей', 'Андрей', 'Дмитрий', 'Михаил', 'Николай', 'Владимир', 'Павел', 'Олег',
  'Игорь', 'Юрий', 'Виктор', 'Максим', 'Роман', 'Евгений', 'Константин', 'Георгий', 'Борис', 'Василий',
  'Григорий', 'Антон', 'Кирилл', 'Денис', 'Егор', 'Леонид', 'Степан', 'Тимур', 'Руслан', 'Вадим',
  'Глеб', 'Аркадий', 'Валентин', 'Геннадий', 'Анатолий', 'Петр', 'Станислав', 'Ярослав', 'Вячеслав', 'Эдуард',
  'Марат', 'Ренат', 'Арсений', 'Матвей', 'Тимофей', 'Лев', 'Артур', 'Герман', 'Валерий', 'Филипп',
];
const FEMALE = [
  'Анна', 'Мария', 'Елена', 'Ольга', 'Татьяна', 'Наталья', 'Ирина', 'Светлана', 'Екатерина', 'Юлия',
  'Марина', 'Ксения', 'Дарья', 'Вероника', 'Алла', 'Вера', 'Галина', 'Людмила', 'Надежда', 'Полина',
  'Валентина', 'Евгения', 'Анастасия', 'Виктория', 'Лариса', 'Софья', 'Алина', 'Жанна', 'Инна', 'Кристина',
];

export const GIVEN_NAMES: Readonly<Record<Gender, readonly string[]>> = { m: MALE, f: FEMALE };

function forms(nom: string, gen: string, dat: string, acc: string, ins: string, prep: string): Forms {
  return { nom, gen, dat, acc, ins, prep };
}

/** Case forms of a given name from its ending (the names above are all regular). */
export function declineGivenName(name: string, gender: Gender): Forms {
  if (gender === 'm') {
    if (name === 'Лев') return forms('Лев', 'Льва', 'Льву', 'Льва', 'Львом', 'Льве');
    if (name === 'Павел') return forms('Павел', 'Павла', 'Павлу', 'Павла', 'Павлом', 'Павле');
    if (name.endsWith('й') || name.endsWith('ь')) {
      const s = name.slice(0, -1);
      return forms(name, `${s}я`, `${s}ю`, `${s}я`, `${s}ем`, `${s}е`);
    }
    return forms(name, `${name}а`, `${name}у`, `${name}а`, `${name}ом`, `${name}е`);
  }
  if (name.endsWith('ия')) {
    const s = name.slice(0, -1);
    return forms(name, `${s}и`, `${s}и`, `${s}ю`, `${s}ей`, `${s}и`);
  }
  if (name.endsWith('ья')) {
    const s = name.slice(0, -1);
    return forms(name, `${s}и`, `${s}е`, `${s}ю`, `${s}ей`, `${s}е`);
  }
  const s = name.slice(0, -1);
  const gen = /[гкхжшчщ]$/.test(s) ? `${s}и` : `${s}ы`;
  return forms(name, gen, `${s}е`, `${s}у`, `${s}ой`, `${s}е`);
}

/** How a surname declines: the endings added to its base in each case, for men and for women. */
type Paradigm = 'ov' | 'sky' | 'fixed';

export interface Surname {
  /** The part before the case ending ('Баранов', 'Барановск', 'Шевчен­ко'). */
  base: string;
  paradigm: Paradigm;
}

const ENDINGS: Record<Exclude<Paradigm, 'fixed'>, Record<Gender, Forms>> = {
  ov: { m: forms('', 'а', 'у', 'а', 'ым', 'е'), f: forms('а', 'ой', 'ой', 'у', 'ой', 'ой') },
  sky: { m: forms('ий', 'ого', 'ому', 'ого', 'им', 'ом'), f: forms('ая', 'ой', 'ой', 'ую', 'ой', 'ой') },
};

export function declineSurname(s: Surname, gender: Gender): Forms {
  if (s.paradigm === 'fixed') return forms(s.base, s.base, s.base, s.base, s.base, s.base);
  const e = ENDINGS[s.paradigm][gender];
  return forms(s.base + e.nom, s.base + e.gen, s.base + e.dat, s.base + e.acc, s.base + e.ins, s.base + e.prep);
}

const ONSETS = ['б', 'в', 'г', 'д', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'х', 'ш', 'ч', 'ж', 'бр', 'гр', 'кр', 'пр', 'тр', 'др', 'ст', 'сл', 'зв', 'кл', 'пл', 'гл', 'св'];
const VOWELS = ['а', 'о', 'у', 'и', 'е', 'а', 'о'];
const CODAS = ['н', 'р', 'л', 'т', 'в', 'к', 'м', 'д', 'с', 'з', 'б', 'п'];
/** Codas before -ский (others give clusters no Russian surname has). */
const SKY_CODAS = ['н', 'р', 'в', 'т', 'м', 'д', 'б'];

function capitalize(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** One or two open syllables then a closing consonant: 'барат', 'клен', 'прусом'. */
function stem(rng: Random, codas: readonly string[]): string {
  let s = rng.pick(ONSETS) + rng.pick(VOWELS);
  if (rng.chance(0.75)) s += rng.pick(ONSETS.filter((o) => o.length === 1)) + rng.pick(VOWELS);
  return s + rng.pick(codas);
}

/** A generated surname (masculine base and paradigm). */
export function makeSurname(rng: Random): Surname {
  const r = rng.next();
  if (r < 0.38) return { base: capitalize(stem(rng, CODAS)) + 'ов', paradigm: 'ov' };
  if (r < 0.5) {
    // -ев after a vowel: Гуляев, Зуев.
    let s = rng.pick(ONSETS) + rng.pick(VOWELS);
    if (rng.chance(0.6)) s += rng.pick(ONSETS.filter((o) => o.length === 1)) + rng.pick(['а', 'у']);
    return { base: capitalize(s) + 'ев', paradigm: 'ov' };
  }
  if (r < 0.68) return { base: capitalize(stem(rng, CODAS)) + 'ин', paradigm: 'ov' };
  if (r < 0.8) return { base: capitalize(stem(rng, SKY_CODAS)) + 'ск', paradigm: 'sky' };
  if (r < 0.9) return { base: capitalize(stem(rng, CODAS)) + 'овск', paradigm: 'sky' };
  if (r < 0.95) return { base: capitalize(stem(rng, CODAS)) + 'енко', paradigm: 'fixed' };
  return { base: capitalize(stem(rng, CODAS)) + 'их', paradigm: 'fixed' };
}

/** The strings one edit away (a letter dropped), and the word itself: two words sharing one are too alike. */
export function nearKeys(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + '\u0000' + word.slice(i + 1), word.slice(0, i) + word.slice(i + 1));
  return keys;
}

export type VariantKind = 'yo' | 'doubled-letter' | 'dropped-letter' | 'changed-letter';

/** A misspelling of the surname base: ё for е, a doubled or dropped consonant, one vowel changed. */
export function misspell(s: Surname, rng: Random): { surname: Surname; kind: VariantKind } {
  const base = s.base;
  // The last two letters (-ов, -ин, -ск, -ко) are left alone, except -ев -> -ёв.
  const core = base.length - 2;
  const order: VariantKind[] = [];
  const r = rng.next();
  order.push(r < 0.3 ? 'yo' : r < 0.6 ? 'doubled-letter' : r < 0.8 ? 'dropped-letter' : 'changed-letter');
  order.push('doubled-letter', 'changed-letter');
  for (const kind of order) {
    const positions: number[] = [];
    for (let i = 1; i < core; i++) {
      const c = base[i];
      if (kind === 'yo' && c === 'е') positions.push(i);
      if (kind === 'doubled-letter' && /[нлрстм]/.test(c) && /[аоуие]/.test(base[i - 1])) positions.push(i);
      if (kind === 'dropped-letter' && /[аоуие]/.test(c) && /[бвгдзклмнпрст]/.test(base[i - 1]) && /[бвгдзклмнпрст]/.test(base[i + 1] ?? '')) positions.push(i);
      if (kind === 'changed-letter' && /[аоу]/.test(c)) positions.push(i);
    }
    if (kind === 'yo' && base.endsWith('ев') && s.paradigm === 'ov') positions.push(base.length - 2);
    if (!positions.length) continue;
    const i = rng.pick(positions);
    let variant: string;
    if (kind === 'yo') variant = base.slice(0, i) + 'ё' + base.slice(i + 1);
    else if (kind === 'doubled-letter') variant = base.slice(0, i) + base[i] + base.slice(i);
    else if (kind === 'dropped-letter') variant = base.slice(0, i) + base.slice(i + 1);
    else variant = base.slice(0, i) + ({ а: 'о', о: 'а', у: 'ю' } as Record<string, string>)[base[i]] + base.slice(i + 1);
    return { surname: { base: variant, paradigm: s.paradigm }, kind };
  }
  return { surname: { base: base.slice(0, 1) + base[1] + base.slice(1), paradigm: s.paradigm }, kind: 'doubled-letter' };
}

export interface Person {
  given: string;
  gender: Gender;
  surname: Surname;
  variant: Surname;
  variantKind: VariantKind;
  /** Full name in the nominative, 'Иван Баранов' / 'Анна Баранова'. */
  name: string;
}

/**
 * `count` people with distinct surnames (no two generated surnames within one letter of each other, so
 * the only near-duplicates in the corpus are the injected variants).
 */
export function makePeople(count: number, rng: Random): Person[] {
  const taken = new Set<string>();
  const people: Person[] = [];
  let attempts = 0;
  while (people.length < count && attempts < count * 50) {
    attempts++;
    const surname = makeSurname(rng);
    const keys = nearKeys(surname.base);
    if (keys.some((k) => taken.has(k))) continue;
    for (const k of keys) taken.add(k);
    const gender: Gender = rng.chance(0.3) ? 'f' : 'm';
    const given = rng.pick(GIVEN_NAMES[gender]);
    const { surname: variant, kind } = misspell(surname, rng);
    people.push({ given, gender, surname, variant, variantKind: kind, name: `${given} ${declineSurname(surname, gender).nom}` });
  }
  return people;
}

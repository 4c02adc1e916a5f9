/**
 * The decision on one candidate pair of spellings: hard rules that forbid a flag (inflection, gender
 * forms, relatives and namesakes with other given names or surnames, known distinct names, very short
 * words), then a logistic model over the evidence (the edits and how plausible they are for this kind
 * of name, agreeing context, evidence against) with weights fitted on labelled pairs (weights.ts,
 * written by test/variants-pairs/fit.ts). Explained in words.
 */
import type { Alignment, EditKind } from './align';
import type { Level, MatchEntity, MatchOptions, NamePart } from './candidates';
import { blockKey } from './candidates';
import { isAllCaps } from './normalize';
import { isKnown } from './known';
import { align, costExceeds } from './align';
import { editReason, englishReason, reason, renderReasons, type Reason } from './reasons';
import { FEATURE_NAMES, THRESHOLDS, WEIGHTS } from './weights';

export interface PairContext {
  a: MatchEntity;
  b: MatchEntity;
  /** The word of a and the word of b compared. */
  x: string;
  y: string;
  countX: number;
  countY: number;
  partX: NamePart;
  partY: NamePart;
  byId?: ReadonlyMap<string, MatchEntity>;
}

export interface Decision {
  level: Level;
  score: number;
  /** In English: the edits, then '+ ' evidence for and '− ' evidence against. */
  reasons: string[];
  /** The same as codes with arguments, to be worded in the user's language (absent: only the English). */
  codes?: Reason[];
  explanation: string;
}

const low = (s: string) => s.toLowerCase();

/** Case endings a nominative lemma never differs by from another nominative of the same name. */
const ENDINGS = new Set(['', 'а', 'я', 'у', 'ю', 'ом', 'ем', 'ём', 'ой', 'ей', 'ым', 'им', 'е', 'ы', 'и', 'ых', 'их',
  'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ого', 'его', 'ому', 'ему', 'ую', 'юю', 'ая', 'яя', 'ий', 'ый', 'ыми', 'ими',
  'ые', 'ие', 'ью']);

/** A nominative plural's ending and its genitive's. */
const PLURAL_GENITIVES = new Set(['и/ов', 'ы/ов', 'и/ев']);

/** One word is an inflected (or other-gender) form of the other: the engine's lemma slipped. */
export function inflectionOf(x: string, y: string): 'inflection' | 'gender' | null {
  const a = low(x).replace(/ё/g, 'е');
  const b = low(y).replace(/ё/g, 'е');
  const pa = a.split(/[-‐‑]/);
  const pb = b.split(/[-‐‑]/);
  if (pa.length > 1 && pa.length === pb.length) {
    // A hyphenated name: its differing parts decide ('Заря-Энерго' / 'Зари-Энерго', 'Ривьера-Мацеста' /
    // 'Ривьеры-Мацесты'): case forms all, or one gender form among them.
    const diff = pa.map((w, i) => [w, pb[i]]).filter(([u, v]) => u !== v);
    if (diff.length === 0) return null;
    const kinds = diff.map(([u, v]) => partInflection(u, v));
    if (kinds.includes(null)) return null;
    return kinds.includes('gender') ? 'gender' : 'inflection';
  }
  // Adjective surnames and names ('Вакатский' / 'Вакатским'): the same stem under two adjective endings.
  const sa = adjectiveStem(a);
  if (sa && sa === adjectiveStem(b)) return /(ий|ый|ой)$/.test(a) && /ая$/.test(b) || /(ий|ый|ой)$/.test(b) && /ая$/.test(a) ? 'gender' : 'inflection';
  // A place in -ово/-ево/-ино and a lemma read from its locative in -ове ('Ферапонтово' / 'Ферапонтов').
  if (neuterPlace(low(x), low(y)) || neuterPlace(low(y), low(x))) return 'inflection';
  // A final hard sign (an old spelling kept in a brand: 'Ефремовъ') drops in every case form.
  const soft = (w: string) => w.replace(/[ьйъ]$/, '');
  for (const [p, q] of [[a, b], [fleeting(a), b], [a, fleeting(b)], [soft(a), b], [a, soft(b)], [soft(fleeting(a)), b], [a, soft(fleeting(b))]]) {
    let i = 0;
    while (i < p.length && i < q.length && p[i] === q[i]) i++;
    if (i < 3) continue;
    const tp = p.slice(i);
    const tq = q.slice(i);
    // A hard and a soft nominative ('Лейла' / 'Лейля'): two spellings, no case form of one another.
    if (tp + tq === 'ая' || tp + tq === 'яа') continue;
    // -и after a hard consonant is no case ending of a word ending in it ('Нодари' / 'Нодар'; 'Ольги' / 'Ольга' is).
    if (tp + tq === 'и' && /[бвдзлмнпрстф]$/.test(p.slice(0, i)) && !/[ьй]$/.test(a) && !/[ьй]$/.test(b)) continue;
    // A plural name and its genitive ('Ергаки' / 'Ергаков', 'Горки' / 'Горок' has a fleeting vowel instead).
    if (PLURAL_GENITIVES.has(`${tp}/${tq}`) || PLURAL_GENITIVES.has(`${tq}/${tp}`)) return 'inflection';
    // A neuter noun in -ство ('Росрыболовство' / 'Росрыболовства'): its case endings.
    if (/ств$/.test(p.slice(0, i)) && NEUTER_ENDINGS.has(tp) && NEUTER_ENDINGS.has(tq)) return 'inflection';
    // A place in -ово/-ево/-ино/-ыно declined as a neuter noun ('Царицыно' / 'в Царицыне', 'из Царицына').
    if (POSSESSIVE_STEM.test(p.slice(0, i)) && (tp === 'о' || tq === 'о') && NEUTER_ENDINGS.has(tp) && NEUTER_ENDINGS.has(tq)) return 'inflection';
    if (ENDINGS.has(tp) && ENDINGS.has(tq) && !(tp === '' && tq === '')) {
      const g = POSSESSIVE_STEM.test(p.slice(0, i)) && (tp === 'а' || tq === 'а') && (tp === '' || tq === '');
      const adj = (tp === 'ий' || tp === 'ый' || tp === 'ой') && tq === 'ая' || (tq === 'ий' || tq === 'ый' || tq === 'ой') && tp === 'ая';
      return g || adj ? 'gender' : 'inflection';
    }
  }
  return null;
}

/** A stem of a possessive name in -ов/-ев/-ин/-ын ('Петров', 'Царицын'): its -а is a gender, its -о a neuter place. */
const POSSESSIVE_STEM = /(ов|ев|ин|ын)$/;

/** The singular case endings of a neuter noun on -о. */
const NEUTER_ENDINGS = new Set(['о', 'а', 'у', 'ом', 'е']);

/** p is q with a final -о after -ов/-ев/-ин/-ын: the neuter place name and its masculine reading. */
function neuterPlace(p: string, q: string): boolean {
  return p.length === q.length + 1 && p.startsWith(q) && p.endsWith('о') && POSSESSIVE_STEM.test(q);
}

/** One part of a hyphenated name against another: a short part with an ending added ('Юг' / 'Юга'), or a case form. */
function partInflection(u: string, v: string): 'inflection' | 'gender' | null {
  if (u.length >= 2 && v.length >= 2 && (ENDINGS.has(v.slice(u.length)) && v.startsWith(u) || ENDINGS.has(u.slice(v.length)) && u.startsWith(v))) return 'inflection';
  return inflectionOf(u, v);
}

/** A written word is a case form of a lemma, ё written alike ('Дегтярева' is no case form of 'Дегтярёв'). */
export function caseFormOf(written: string, lemma: string): boolean {
  const yo = (w: string) => (w.match(/ё/gi) ?? []).length;
  const [w, l] = [low(written), low(lemma)];
  // A hard stem takes no soft ending ('Пиментеля' is a form of 'Пиментель', not of 'Пиментел').
  if (w.startsWith(l) && /[бвгдзклмнпрстфх]$/.test(l) && /^[яюё]/.test(w.slice(l.length))) return false;
  return yo(written) === yo(lemma) && inflectionOf(written, lemma) !== null;
}

/** The stem of a word with an adjective ending after -ск-/-цк- ('вакатским' -> 'вакатск'), or null. */
function adjectiveStem(w: string): string | null {
  const m = /^(.{3,}[сц]к)(ий|ый|ой|ая|ого|ому|им|ым|ом|ую|ей|ие|ые|их|ых|ими|ыми)$/.exec(w);
  return m ? m[1] : null;
}

/** Without a fleeting vowel before the last consonant ('Кравец' -> 'Кравц', 'Лебедь' -> 'Лебд'). */
function fleeting(w: string): string {
  return w.replace(/[еоё]([бвгджзклмнпрстфхцчшщ]ь?)$/, '$1');
}

/** Edits allowed in a word of one or two letters. */
const SHORT_OK = new Set<EditKind>(['yo', 'e-ye', 'y-i', 'i-short', 'aspiration', 'affricate']);

/** Rules on the two words alone that forbid a flag; the reason, or null when the pair may go on. */
export function wordRules(x: string, y: string, al: Alignment, options: MatchOptions): string | null {
  if (al.edits.length === 0) return 'same letters';
  const infl = inflectionOf(x, y);
  if (infl && !givenNames(x, y, options)) return infl;
  const edits = editRules(x, y, al);
  // A lemma left in an oblique case ('Эрденета' for 'Эрденет') is judged on its stem.
  if (edits) {
    const ob = obliqueAlignment(x, y, al);
    if (!ob || editRules(x, y, ob.al)) return edits;
  }
  if (options.distinct?.(x, y)) return 'known distinct names';
  if (options.decidedDistinct?.has(pairKey(x, y))) return 'decided distinct';
  return null;
}

/**
 * Two given names as written whose endings are no case endings ('Рустем' / 'Рустам'): neither is a
 * form the dictionary gives of the other ('Валентина' is Валентин's genitive, 'Андрее' Андрей's locative).
 */
export function givenNames(x: string, y: string, options: MatchOptions): boolean {
  const { givenName, formOf } = options;
  return !!givenName && !!formOf && givenName(x) && givenName(y) && !formOf(x, y) && !formOf(y, x);
}

/** An edit at the last letter of either word: an ending the engine confused, not a stem written two ways. */
function touchesEnd(al: Alignment, u: string, v: string): boolean {
  return al.edits.some((e) => e.at + Math.max(e.a.length, 1) >= Math.min(u.length, v.length));
}

/** Above this cost two words are too different to be one name. */
const MAX_COST = 2.01;

/** Rules on the edits of an alignment: too costly, too many, too many for a short word. */
function editRules(x: string, y: string, al: Alignment): string | null {
  if (al.cost > MAX_COST) return 'too different';
  if (al.edits.length > 2) return 'too many edits';
  const n = Math.min([...x].length, [...y].length);
  if (n <= 2 && al.edits.some((e) => !SHORT_OK.has(e.kind))) return 'short word';
  if (n <= 4 && al.edits.length > 1 && !al.edits.every((e) => SHORT_OK.has(e.kind))) return 'short word';
  if (al.edits.length > 1 && al.edits.some((e) => e.at === 0 && PLAIN.has(e.kind))) return 'the first letter and another differ';
  // 'ФАС' / 'УФАС', 'ИЯИ' / 'ОИЯИ': an acronym with a letter more names another body (a branch, another institute).
  if (isAllCaps(x) && isAllCaps(y) && al.edits.some((e) => e.a === '' || e.b === '')) return 'acronyms of two bodies';
  // 'Александринский' / 'Александринки': an adjective and a noun made from one stem are two words.
  if (adjectiveAndNoun(x, y)) return 'an adjective and a noun';
  return null;
}

/** An adjective form after -ск-/-цк- (names and surnames: 'Тепленский', 'Сорочинскому'). */
const ADJECTIVE = /[сц]к(ий|ый|ой|ая|ое|ого|ому|им|ым|ом|ую|ей|ие|ые|их|ых|ими|ыми)$/;

/** One word an adjective form after -ск-/-цк-, the other not ('Александринский' / 'Александринки'). */
export function adjectiveAndNoun(x: string, y: string): boolean {
  return ADJECTIVE.test(low(x)) !== ADJECTIVE.test(low(y));
}

/** Edits of no known kind: any letter for any letter. */
const PLAIN = new Set<EditKind>(['vowel', 'consonant', 'other', 'insert-vowel', 'insert-consonant', 'syllable']);
const OTHER_PLACE_EDITS = new Set<EditKind>(['consonant', 'other', 'insert-consonant', 'syllable']);

/** An alignment on a stem: which word lost which ending. */
export interface Oblique { al: Alignment; side: 'x' | 'y'; ending: string }

/**
 * The alignment of two words when one of them is a lemma the engine left in an oblique case or in
 * the other gender ('Шахназорова' for 'Шахназоров', 'Кирьянова' against 'Кириянов'): that word's stem
 * without a case ending against the other word, when it takes fewer edits; else null. A stem equal
 * to the other word is inflection (the rules' business), not a variant.
 */
export function obliqueAlignment(x: string, y: string, al: Alignment): Oblique | null {
  let best: Oblique | null = null;
  for (const { stem, q, side, ending } of obliqueStems(x, y)) {
    const a2 = side === 'x' ? align(stem, q) : align(q, stem);
    if (a2.edits.length >= al.edits.length || (best && a2.cost >= best.al.cost) || a2.first || touchesEnd(a2, stem, q)) continue;
    best = { al: a2, side, ending };
  }
  return best;
}

/** The stems obliqueAlignment tries: either word without a case ending the other lacks (`filtered`: not inflectedStem). */
function* obliqueStems(x: string, y: string, filtered = true): Generator<{ stem: string; q: string; side: 'x' | 'y'; ending: string }> {
  for (const [p, q, side] of [[x, y, 'x'], [y, x, 'y']] as const) {
    const lq = low(q);
    for (const { stem, ending } of stemsOf(p)) {
      if (lq.endsWith(ending) || (filtered && inflectedStem(stem, q))) continue;
      yield { stem, q, side, ending };
    }
  }
}

/**
 * A word without each case ending it has (in ENDINGS' order), stems of four letters or more: kept per
 * word, as the same words come back in thousands of pairs (shared: not to be changed).
 */
function stemsOf(p: string): ReadonlyArray<{ stem: string; ending: string }> {
  let stems = STEMS.get(p);
  if (!stems) {
    if (STEMS.size >= 100_000) STEMS.clear();
    const lp = low(p);
    const letters = [...p].length;
    const list: Array<{ stem: string; ending: string }> = [];
    for (const e of ENDINGS) if (e && lp.endsWith(e) && letters - e.length >= 4) list.push({ stem: p.slice(0, p.length - e.length), ending: e });
    STEMS.set(p, (stems = list));
  }
  return stems;
}

const STEMS = new Map<string, ReadonlyArray<{ stem: string; ending: string }>>();

/** A stem that is the other word, or an inflected form of it: inflection, not a stem to compare. */
function inflectedStem(stem: string, q: string): boolean {
  return low(stem) === low(q) || inflectionOf(stem, q) !== null;
}

/**
 * The word rules forbid the pair for its cost whatever the alignment: the words and every stem
 * obliqueAlignment would try are over the cost limit (checked without building alignments).
 */
export function surelyTooDifferent(x: string, y: string): boolean {
  if (!costExceeds(x, y, MAX_COST)) return false;
  // The cost first: most stems are over it, and then whether the stem is an inflection does not matter.
  for (const { stem, q, side } of obliqueStems(x, y, false)) {
    if (!(side === 'x' ? costExceeds(stem, q, MAX_COST) : costExceeds(q, stem, MAX_COST)) && !inflectedStem(stem, q)) return false;
  }
  return true;
}

export function pairKey(x: string, y: string): string {
  const a = low(x);
  const b = low(y);
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Two words that may be one word of a name: equal, one cheap edit apart, or one a case form of the
 * other the engine's lemma slipped on ('Тиаг' / 'Тиагу'); not a man's and a woman's form.
 */
function compatible(u: string, v: string): boolean {
  if (low(u) === low(v)) return true;
  if (u.length <= 2 || v.length <= 2) return false;
  const infl = inflectionOf(u, v);
  if (infl) return infl === 'inflection';
  return align(u, v).cost <= 0.8;
}

/**
 * A bare surname on one side whose article names it in full with another given name than the other
 * side's ('Максим Рожков' … 'Рожков' against 'Денис Рожнов'): the full mention, an entity of its own
 * (of whatever type the recognizer gave it), is a neighbour named '<given> <surname>'.
 */
function bareOfOtherGivenName(ctx: PairContext): boolean {
  const { a, b, x, y, byId } = ctx;
  const [bare, word, other] = !a.first && b.first ? [a, x, b] : !b.first && a.first ? [b, y, a] : [undefined, '', a];
  if (!bare || !byId || bare.name.includes(' ')) return false;
  return (bare.neighbours ?? []).some((id) => {
    const words = id === other.id ? [] : byId.get(id)?.name.split(/\s+/) ?? [];
    return words.length === 2 && low(words[1]) === low(word) && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && !compatible(words[0], other.first!);
  });
}

/** The words of the canonical name without the one compared. */
function rest(e: MatchEntity, word: string): string[] {
  const words = e.name.split(/\s+/).filter(Boolean);
  let i = words.findIndex((w) => low(w) === low(word));
  if (i < 0) i = words.findIndex((w) => blockKey(w) === blockKey(word));
  if (i < 0) {
    let best = Infinity;
    words.forEach((w, k) => { const c = align(w, word).cost; if (c < best) { best = c; i = k; } });
  }
  return words.filter((_, k) => k !== i);
}

/** Every word of the shorter rest has a compatible word in the longer one. */
function restsAgree(ra: string[], rb: string[]): boolean {
  const [s, l] = ra.length <= rb.length ? [ra, rb] : [rb, ra];
  return s.every((u) => l.some((v) => compatible(u, v)));
}

const RUSSIAN_SURNAME = /(ов|ев|ёв|ин|ын|ский|цкий|енко|ук|юк|ова|ева|ина|ская)$/;

export type Features = Record<(typeof FEATURE_NAMES)[number], number>;

export interface Evidence {
  features: Features;
  /** A rule forbids the flag (the reason). */
  forbidden: string | null;
  /** Evidence for and against, as reason codes. */
  reasons: Reason[];
  /** The alignment judged: the given one, or a stem's (see obliqueAlignment). */
  al: Alignment;
}


/** Every feature at 0 (a copy per pair: one object literal rather than entries built and read). */
const NO_FEATURES = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Features;

/** The evidence on a pair: features for the model, and the words of the explanation (a forbidden pair's: those read before the rule, no dictionary). */
export function evidence(ctx: PairContext, given: Alignment, options: MatchOptions): Evidence {
  const { a, b, x, y } = ctx;
  const f = { ...NO_FEATURES };
  const why: Reason[] = [];
  let forbidden: string | null = null;
  f.bias = 1;
  // A spelling seen once may be a lemma left in an oblique case: judged on its stem.
  const ob = Math.min(ctx.countX, ctx.countY) === 1 ? obliqueAlignment(x, y, given) : null;
  const al = ob?.al ?? given;
  forbidden = editRules(x, y, al);
  f.oblique = ob ? 1 : 0;
  // A spelling that is a case form of a more frequent word of its own entity ('Фаизов' beside 'Фаизова')
  // is the engine's slip on that word, which is compared in its own right.
  if (caseFormOfOwnWord(a, x, ctx.countX) || caseFormOfOwnWord(b, y, ctx.countY)) forbidden ??= 'a case form of another word of the name';
  if (ob) why.push(reason('oblique'));
  for (const e of al.edits) {
    const name = `k_${e.kind.replace(/-/g, '_')}` as keyof Features;
    if (name in f) f[name] += 1;
  }
  f.cost = al.cost;
  f.first = al.first ? 1 : 0;
  f.ending = al.ending ? 1 : 0;
  const n = Math.min([...x].length, [...y].length);
  f.short = Math.max(0, 6 - n) / 3;
  f.long = Math.max(0, n - 8) / 4;
  if (n <= 4) why.push(reason('shortWord'));
  if (al.first) why.push(reason('firstLetter'));
  if (al.ending) why.push(reason('lastLetters'));
  const rus = RUSSIAN_SURNAME.test(low(x)) && RUSSIAN_SURNAME.test(low(y));
  f.russian = rus ? 1 : 0;
  // Whether either word is a common word: asked of the dictionary only for a pair no rule forbids (below).
  const commonAt = why.length;
  const lo = Math.min(ctx.countX, ctx.countY);
  const hi = Math.max(ctx.countX, ctx.countY);
  f.minCount = Math.log1p(lo);
  // Capped: a spelling a hundred times as frequent is no more telling than one ten times as frequent.
  f.ratio = Math.log(Math.min(10, hi / Math.max(1, lo)));
  if (lo >= 3) why.push(reason('bothFrequent', ctx.countX, ctx.countY));
  else if (hi >= 2 * lo && hi >= 2) why.push(reason('rare', lo, hi));
  const type = a.type === b.type ? a.type : a.type === 'PER' || b.type === 'PER' ? 'PER' : !/\s/.test(a.name) ? b.type : a.type;
  if (a.type !== b.type) why.push(reason('twoTypes', a.type, b.type));
  f.org = type === 'ORG' ? 1 : 0;
  f.loc = type === 'LOC' ? 1 : 0;
  const same = a.id === b.id;
  f.sameEntity = same ? 1 : 0;
  if (same) why.push(reason('sameEntity'));

  if (same) {
    f.sameDoc = 1;
    f.restAgree = 1;
    // 'Фунг Тхи Тхуи': two words the entity's own name writes side by side are two words of it.
    if (bothInName(a.name, x, y)) forbidden ??= 'two words of one name';
  } else if (!forbidden) {
    forbidden = betweenEntities({ ctx, al, ob, type, rus, f, why }, options);
  }
  const common = !forbidden && !!options.commonWord && (options.commonWord(x) || options.commonWord(y));
  f.common = common ? 1 : 0;
  if (common) why.splice(commonAt, 0, reason('commonWord'));
  return { features: f, forbidden, reasons: why, al };
}

function bothInName(name: string, x: string, y: string): boolean {
  const words = name.split(/\s+/).map(low);
  return words.includes(low(x)) && words.includes(low(y));
}

/** What evidence() reads for a pair of two entities. */
interface Between {
  ctx: PairContext;
  al: Alignment;
  ob: Oblique | null;
  type: string;
  rus: boolean;
  f: Features;
  why: Reason[];
}

/**
 * The evidence between two entities (their other words, given names, gender, articles, neighbours,
 * roles): sets the features and reasons, and gives the rule that forbids the flag, if any. The cheap
 * rules come first and the first that forbids ends it (a forbidden pair needs no more evidence).
 */
function betweenEntities({ ctx, al, ob, type, rus, f, why }: Between, options: MatchOptions): string | null {
  const { a, b, x, y } = ctx;
  const shared = sharedCount(a.documents, b.documents);
  const plain = al.edits.some((e) => PLAIN.has(e.kind));
  // Гладих / Гудих in two articles: two edits, one plain, are another person.
  if (!shared && plain && al.edits.length > 1) return 'a plain edit and nothing in common';
  const ra = rest(a, x);
  const rb = rest(b, y);
  if (ra.length && rb.length) {
    if (restsAgree(ra, rb)) {
      f.restAgree = 1;
      why.push(reason(type === 'PER' ? 'sameRest' : 'sameWords', (ra.length <= rb.length ? ra : rb).join(' ')));
    } else {
      f.restConflict = 1;
      return type !== 'PER' ? 'different other words in the names'
        : ctx.partX === 'first' || ctx.partY === 'first' ? 'another person with a similar given name' : 'relatives or namesakes: different given names';
    }
  } else if (ra.length !== rb.length) f.restOne = 1;
  const forbidden = rulesBetween({ ctx, al, ob, type, rus, f, why }, options);
  if (forbidden) return forbidden;
  const roles = new Set((a.roles ?? []).map(low));
  const role = (b.roles ?? []).find((r) => roles.has(low(r)));
  // Брипатов / Брихутов in two articles: a plain edit between two entities needs an article, a role or the rest of the name in common.
  if (!shared && plain && !role && !f.restAgree) return 'a plain edit and nothing in common';
  if (type === 'PER' && !f.restAgree && bareOfOtherGivenName(ctx)) return 'relatives or namesakes: different given names';
  f.sameDoc = shared > 0 ? 1 : 0;
  if (shared) why.push(shared === 1 ? reason('sameArticle') : reason('sameArticles', shared));
  else {
    const common = sharedCount(a.neighbours ?? [], b.neighbours ?? [], [a.id, b.id]);
    f.sharedNbr = Math.log1p(common);
    if (common) why.push(reason('neighbours', common));
  }
  f.sameRole = role ? 1 : 0;
  if (role) why.push(reason('sameRole', role));
  if (type === 'PER' && ctx.partX !== 'other' && ctx.partY !== 'other' && ctx.partX !== ctx.partY) {
    f.partMismatch = 1;
    why.push(reason('givenVsSurname'));
  }
  // Last: it looks through the neighbours, and only a pair nothing else forbids needs it.
  return explainedElsewhere(ctx) ? 'the spelling belongs to a closer pair' : null;
}

/** How often an entity writes a word (any letter case), 0 when it does not. */
function countOf(e: MatchEntity, word: string): number {
  return countOfLow(e, low(word));
}

/** countOf for a word already in lower case (closerHolder asks it of hundreds of neighbours for one word). */
function countOfLow(e: MatchEntity, w: string): number {
  return e.words.find((u) => low(u.spelling) === w)?.count ?? 0;
}

/**
 * One spelling of a pair is already paired better: the other entity writes this side's word too (its own
 * spelling table shows the variant: the brother 'Бережнов' against the 'Бережнев' linked into Виталий
 * Бережнов), or an entity of the same articles writes this side's word more often (the bare 'Бережнев'
 * goes with Виталий Бережнов named three times, not with his brother named once). Either way this pair
 * would flag the relative's correct spelling.
 */
function explainedElsewhere(ctx: PairContext): boolean {
  const { a, b, x, y } = ctx;
  return countOf(b, x) > 0 || countOf(a, y) > 0 || closerHolder(a, x, ctx.countX, b, ctx) || closerHolder(b, y, ctx.countY, a, ctx);
}

/** An entity among `other`'s neighbours, not `own`, of `own`'s type, that writes `word` more often than `own` does. */
function closerHolder(own: MatchEntity, word: string, count: number, other: MatchEntity, ctx: PairContext): boolean {
  if (!ctx.byId) return false;
  const w = low(word);
  return (other.neighbours ?? []).some((id) => {
    if (id === own.id || id === other.id) return false;
    const c = ctx.byId!.get(id);
    return !!c && c.type === own.type && countOfLow(c, w) > count;
  });
}

/** The cheap rules between two entities: given names, gender, known distinct names, established surnames, short places. */
function rulesBetween({ ctx, al, ob, type, rus, f }: Between, options: MatchOptions): string | null {
  const { a, b, x, y } = ctx;
  if (type === 'PER' && !f.restAgree && a.first && b.first && !compatible(a.first, b.first) && low(a.first) !== low(x) && low(b.first) !== low(y)) {
    return 'relatives or namesakes: different given names';
  }
  // Алина / Галина, Марина / Мария: two given names the dictionary knows are two names, unless the surname agrees.
  if (type === 'PER' && !f.restAgree && options.givenName?.(x) && options.givenName(y)) return 'two known given names';
  if (type === 'PER' && a.gender && b.gender && a.gender !== b.gender) {
    if (!((ob && GENDER_AMBIGUOUS.has(ob.ending) && genderSlip(ctx)) || genderOfComparedWord(ctx, f.restAgree === 1))) return 'a man and a woman';
    f.genderSlip = 1;
  }
  if (options.distinct?.(a.name, b.name)) return 'known distinct names';
  // Гасанов / Хасанов: both are established surnames; г/х at the start is a variant only with the same given name.
  if (rus && !f.restAgree && al.edits.length === 1 && al.edits[0].kind === 'g-h' && al.edits[0].at === 0) return 'both spellings are established surnames';
  // Тайвань / Тайнань, Америка / Арика, Самара / Самарка: a place the gazetteer knows with another consonant, one more
  // or a syllable less is another place, not a slip (a vowel may be a transcription's: 'Улан-Уде' / 'Улан-Удэ').
  if (type === 'LOC' && (isKnown(a.name) || isKnown(b.name)) && al.edits.some((e) => OTHER_PLACE_EDITS.has(e.kind))) return 'another place than a known one';
  // Бийск / Бирск: a short place name two edits from another is another place.
  if (type === 'LOC' && a.type === b.type && Math.min([...x].length, [...y].length) <= 5 && al.edits.length >= 2) return 'two places with short names';
  return null;
}

/** Sets of a list kept per list (an entity's documents and neighbours are compared in many pairs). */
const asSet = new WeakMap<readonly string[], Set<string>>();

/** How many items two lists share, not counting `except`: the shorter list looked up in the longer one's set. */
function sharedCount(p: readonly string[], q: readonly string[], except: readonly string[] = []): number {
  const [short, long] = p.length <= q.length ? [p, q] : [q, p];
  let set = asSet.get(long);
  if (!set) asSet.set(long, (set = new Set(long)));
  let n = 0;
  for (const item of short) if (set.has(item) && !except.includes(item)) n++;
  return n;
}

/** Endings of a man's case form and a woman's alike ('Кирьянова': his genitive, her nominative). */
const GENDER_AMBIGUOUS = new Set(['а', 'у']);

function caseFormOfOwnWord(e: MatchEntity, word: string, count: number): boolean {
  return e.words.some((w) => w.spelling !== word && w.count > count && inflectionOf(w.spelling, word) !== null);
}

/**
 * The gender of the rarer side is the engine's guess from one mention in a case form ('Ильнару
 * Галимзьянову' read as a woman's name): one mention, and no given name or one that is a form of the
 * other side's.
 */
function genderSlip(ctx: PairContext): boolean {
  const [rare, other] = ctx.countX <= ctx.countY ? [ctx.a, ctx.b] : [ctx.b, ctx.a];
  if (rare.mentions !== 1) return false;
  if (!rare.first) return true;
  return !!other.first && (low(rare.first) === low(other.first) || inflectionOf(rare.first, other.first) !== null);
}

/** A Russian surname or patronymic that shows its gender ('Петрова', 'Бельский'). */
const GENDERED_FORM = /(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ий|ой|ая|вич|вна|чна)$/i;

/**
 * A gender read from the very words compared, not from anything else: the given names compared under
 * one surname ('Хилель' / 'Гилель'), or a bare foreign name (no given name, no gendered ending) whose
 * gender is the engine's guess from its ending ('Баттачарьи').
 */
function genderOfComparedWord(ctx: PairContext, restAgree: boolean): boolean {
  if (restAgree && ctx.partX === 'first' && ctx.partY === 'first') return true;
  // 'Ю Сон Джун' / 'Ю Сон Чжун': East Asian names of short syllables whose other words agree: the gender came from the syllable compared.
  // 'Со Чжу Ван' / 'Джу Ван' (its first syllable lost at a sentence start) likewise.
  if (restAgree && syllableNames(ctx.a.name, ctx.b.name)) return true;
  const bare = (e: MatchEntity, w: string) => (!e.first || low(e.first) === low(w)) && !/\s/.test(e.name) && e.mentions <= 2 && !GENDERED_FORM.test(w);
  return bare(ctx.a, ctx.x) || bare(ctx.b, ctx.y);
}

/**
 * Two names of syllables ('Ю Сон Чжун', 'Пак Чжи Хо', 'Фам Тхи Хыонг': no word longer than six letters),
 * one of them of three words or more, the other of two or more.
 */
function syllableNames(a: string, b: string): boolean {
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  const short = (words: string[]) => words.length >= 2 && words.every((w) => [...w].length <= 6);
  return short(wa) && short(wb) && Math.max(wa.length, wb.length) >= 3;
}

/** The model's probability for these features. */
export function probability(f: Features): number {
  let z = 0;
  for (const name of FEATURE_NAMES) z += (WEIGHTS[name] ?? 0) * f[name];
  return 1 / (1 + Math.exp(-z));
}

/** The decision on a pair, or null (no flag). */
export function decide(ctx: PairContext, given: Alignment, options: MatchOptions): Decision | null {
  const ev = evidence(ctx, given, options);
  const al = ev.al;
  if (ev.forbidden) return null;
  const score = probability(ev.features);
  let level: Level | null = score >= THRESHOLDS.sure ? 'sure' : score >= THRESHOLDS.plausible ? 'plausible' : null;
  // A name recognised as two types is a weaker case: one level down.
  if (ctx.a.type !== ctx.b.type) level = level === 'sure' ? 'plausible' : null;
  if (!level) return null;
  const codes = [...al.edits.map(editReason), ...ev.reasons];
  const reasons = renderReasons(codes, englishReason);
  return { level, score, reasons, codes, explanation: `«${ctx.x}» / «${ctx.y}»: ${reasons.join('; ')}` };
}

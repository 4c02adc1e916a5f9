/**
 * Context that makes an unfamiliar capitalised word a place, and the case it shows:
 * 'от Бандара до перевала', 'между Ханоем и Лопхаем', 'Мандалай - Лашио - Мусе',
 * 'из иранского Захедана', 'посетить Порт-Морсби'.
 */
import { classifyWord, knownAs } from '../morphology/classify';
import type { Parse } from '../morphology/morph';
import type { NameCase } from '../names/synthesis';
import { placeNominative } from '../names/placeName';
import { hasLemma, isVerb, joined, ownerFrom, type Context } from './context';

/** Prepositions of place and movement, and the case of the name after them. */
const PREPOSITIONS = new Map<string, NameCase>([
  ['из', 'gent'], ['до', 'gent'], ['от', 'gent'], ['близ', 'gent'], ['вблизи', 'gent'], ['через', 'accs'],
  ['в', 'loct'], ['во', 'loct'],
  // 'под Малгобеком': near a town; a person after 'под' is rare in news ('под руководством' takes a noun).
  ['под', 'ablt'],
]);
/** Prepositions whose case a place shares with its partner, though alone they take people too ('к Путину'). */
const CASE_AFTER = new Map<string, NameCase>([
  ['между', 'ablt'], ['у', 'gent'], ['к', 'datv'], ['ко', 'datv'], ['около', 'gent'], ['возле', 'gent'], ['под', 'ablt'], ['над', 'ablt'],
]);
/** Prepositions of nearness and direction after which an unknown single word is a place ('у Эль-Фаюма', 'к Гудаури'). */
const NEAR = new Set(['у', 'к', 'ко', 'около', 'возле']);

/** 'от' and 'до' name places only as the two ends of a route ('от Бандара до перевала'); 'письмо от Байдена' is a person. */
const ROUTE_ENDS = new Map([['от', ['до']], ['до', ['от', 'из']]]);
const ROUTE_REACH = 6;
/** 'в', 'во', 'из' take places far more than people ('в Бакнине', 'из Хюэ'): any name after them is a place. */
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'из']);
/** A hyphen or en dash joins the ends of a route ('Мандалай - Лашио'); an em dash also attributes a quote ('... в Пекине — Лавров'). */
const DASHES = new Set(['-', '–']);
/** Parts and surroundings of a river, a lake or a town, whose genitive complement is the place ('берег Дона'). */
const FEATURE_OF = new Set(['берег', 'побережье', 'устье', 'исток', 'бассейн', 'дельта', 'низовье', 'верховье', 'пойма', 'акватория', 'окрестность', 'пригород', 'окраина']);
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
  const word = prev.text.toLowerCase();
  // 'трасса на Владимир': a person after 'на' stands in the accusative, which a man's name shows ('на Владимира');
  // a known place's name written as its nominative is the place.
  if ((word === 'на' || word === 'через') && inanimateAccusative(ctx, i)) return { case: 'accs', evidence: 'place-preposition' };
  const prep = word === 'под' && adjectiveFirst(ctx, i) ? undefined : PREPOSITIONS.get(word);
  if (prep && (!ROUTE_ENDS.has(word) || otherEnd(ctx, i - 1, word === 'от' ? 1 : -1, ROUTE_ENDS.get(word)!) || (word === 'до' && routeNounBefore(ctx, i - 1)))) {
    return { case: prep, evidence: PLACE_PREPOSITIONS.has(word) ? 'place-preposition' : 'preposition' };
  }
  // 'у Эль-Фаюма', 'к Гудаури': one word no dictionary knows after 'у' / 'к' / 'около' / 'возле' is a place more often
  // than a person a news article has not named in full (contextPlaceCase still leaves a surname the article gave).
  // The same form elsewhere without such a preposition ('борец Мёнгэрюу ... у Мёнгэрюу') and an adjective's ending
  // ('к Теллермановской роще') say otherwise.
  const near = NEAR.has(word) ? CASE_AFTER.get(word) : undefined;
  if (near && !joinedCapital(ctx, i) && !ADJECTIVE_LIKE.test(ctx.tokens[i].text) && !classifyWord(ctx.morph, ctx.tokens[i].text).known && !usedOtherwise(ctx, i)) {
    return { case: near, evidence: 'preposition' };
  }
  // A comma written right after the word before it: the word at i is an item of a list.
  const comma = prev.text === ',' && prev.start === ctx.tokens[i - 2]?.end;
  // ... and the list goes on after it.
  const inList = comma && listContinues(ctx, i);
  // 'в Сарагосе, Логроньо и Памплоне': an item inside a list of places after в / во.
  if (inList && mayBePlace(ctx, i, false) && listPreposition(ctx, i - 2)) {
    return { case: 'loct', evidence: 'partner' };
  }
  // 'из Москвы, Иванова и Ярославля': between two places of a list after в / во / из, a surname's form the dictionary
  // also knows as a place in the list's case is the place.
  const listed = inList && placeAt(ctx, i + 2) ? listCase(ctx, i - 2) : null;
  if (listed && knownPlaceIn(ctx, i, listed)) return { case: listed, evidence: 'partner' };
  // 'по дорогам Анивы, Корсакова и Долинска': between two places of a list in one oblique case, a word (a surname's
  // form or not) in that case is one more place.
  const between = inList && placeAt(ctx, i - 2) ? caseOfList(ctx, i) : null;
  if (between) return { case: between, evidence: 'partner' };
  // 'кормил Нарву, Силламяэ и Кохтла-Ярве': a word no dictionary knows between two places of a list is one more.
  if (inList && placeAt(ctx, i - 2) && placeAt(ctx, i + 2) && !classifyWord(ctx.morph, ctx.tokens[i].text).known) {
    return { case: 'nomn', evidence: 'partner' };
  }
  // 'в гостиницах Неаполя, Казерты и на острове Искья': after a comma, a word no dictionary knows, whose ending fits the
  // case the place before it shows, is one more place of the list.
  const afterComma = comma ? commaPartnerCase(ctx, i) : null;
  if (afterComma) return { case: afterComma, evidence: 'partner' };
  const conjunction = prev.text === 'и';
  const partner = conjunction || DASHES.has(prev.text) ? partnerCase(ctx, i - 2, conjunction) : null;
  // 'в Ессентуках и Лермонтове': after в / во, a word joined to places by 'и' is one more place, a surname's form or not.
  if (partner && (mayBePlace(ctx, i, conjunction) || (conjunction && partner === 'loct' && listPreposition(ctx, i - 2) === 'place' && locativeForm(ctx, i)))) return { case: partner, evidence: 'partner' };
  // 'к горе Белуха и к Чемалу': the preposition repeated after 'и' shows the case.
  const repeated = CASE_AFTER.get(word) ?? prep;
  if (repeated && ctx.tokens[i - 2]?.text === 'и' && joined(ctx, i - 2) && partnerCase(ctx, i - 3, true) && mayBePlace(ctx, i, true)) return { case: repeated, evidence: 'partner' };
  if (DASHES.has(ctx.tokens[i + 1]?.text ?? '') && placeAt(ctx, i + 2) && joined(ctx, i) && mayBePlace(ctx, i, false)) return { case: 'nomn', evidence: 'partner' };
  // 'между Сохаром и Абу-Даби', 'у Нартана и Чегема': a place after 'и'; the preposition before the word shows the case.
  if (repeated && ctx.tokens[i + 1]?.text === 'и' && joined(ctx, i) && joined(ctx, i + 1) && placeAt(ctx, i + 2) && mayBePlace(ctx, i, true)) return { case: repeated, evidence: 'partner' };
  // 'на правом берегу Дона', 'у устья Темерника': a geographic feature's genitive complement is a place, a name's form or not.
  // An adjective opens a name of its own ('побережье Малого Моря').
  if (!prev.cap && hasLemma(ctx, i - 1, FEATURE_OF) && featureGenitive(ctx, i)) return { case: 'gent', evidence: 'partner' };
  const other = hasLemma(ctx, i - 1, VISIT_VERBS) ? 'accs' : relationalAdjectiveCase(ctx, i - 1);
  return other ? { case: other, evidence: 'other' } : null;
}

/** An adjective's ending, which no place alone after 'к' or 'у' has ('к Теллермановской роще'). */
const ADJECTIVE_LIKE = /(?:ск|цк|ов|ев|ин)(?:ой|ого|ому|ом|ая|ую|ий|ые|их)$/u;

/** The word at i is written elsewhere in the article after no preposition of place. */
function usedOtherwise(ctx: Context, i: number): boolean {
  const text = ctx.tokens[i].text;
  return ctx.tokens.some((t, k) => k !== i && t.text === text && !PLACE_WORDS.has(ctx.tokens[k - 1]?.text.toLowerCase() ?? ''));
}

const PLACE_WORDS = new Set([...NEAR, ...PREPOSITIONS.keys()]);

/** A capitalised word follows the one at i (the word is part of a longer name). */
function joinedCapital(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return !!next && next.kind === 'word' && next.cap && joined(ctx, i);
}

/**
 * The oblique case of the one-word place before the comma at i - 1, when the word at i is unknown to the dictionary,
 * no person's name, ends as a place in that case would, and the list ends or goes on after it; else null.
 */
function commaPartnerCase(ctx: Context, i: number): NameCase | null {
  const owner = ownerFrom(ctx, i - 2, 'LOC');
  const word = ctx.tokens[i].text;
  if (!owner || owner.end !== ctx.tokens[i - 2].end) return null;
  if (classifyWord(ctx.morph, word).known || !mayBePlace(ctx, i, true)) return null;
  const next = ctx.tokens[i + 1];
  if (next && !(next.text === ',' || next.text === 'и' || next.kind === 'punct')) return null;
  return [...obliqueCases(ctx, i - 2, (p) => p.proper === 'Geox' && p.known)].find((c) => placeNominative(word, c) !== null) ?? null;
}

/** The oblique cases the dictionary reads the word at k in, of the readings `keep` accepts, in the order it gives them. */
function obliqueCases(ctx: Context, k: number, keep: (p: Parse) => boolean = () => true): Set<NameCase> {
  return new Set(ctx.morph.parse(ctx.tokens[k].text).filter((p) => p.case && p.case !== 'nomn' && keep(p)).map((p) => p.case as NameCase));
}

/** The word at i can be a genitive, and is not an adjective opening a name of two words ('Малого Моря'). */
function featureGenitive(ctx: Context, i: number): boolean {
  const parses = ctx.morph.parse(ctx.tokens[i].text);
  const next = ctx.tokens[i + 1];
  const opensName = next?.kind === 'word' && next.cap && joined(ctx, i) && parses.some((p) => p.pos === 'ADJF');
  return parses.some((p) => p.case === 'gent') && !opensName;
}

/**
 * Next to a place, a word is still a person when the dictionary knows it as a surname ('Россия и
 * Путин', 'Москва - Иванов'), as a first name after 'и' ('в Душанбе и Рахмон'), or a singular verb
 * follows it, as after a person ('... и Рахмон приветствовал').
 */
function mayBePlace(ctx: Context, i: number, conjunction: boolean): boolean {
  const person = knownAs(ctx.morph, ctx.tokens[i].text, ...(conjunction ? ['Surn', 'Name'] as const : ['Surn'] as const));
  return !person && !isVerb(ctx, i + 1, 'sing');
}

/** The other end of a route near the preposition at k: 'до' after 'от', 'от' or 'из' before 'до'. */
function otherEnd(ctx: Context, k: number, step: 1 | -1, ends: string[]): boolean {
  for (let j = k + step, n = 0; j >= 0 && j < ctx.tokens.length && n < ROUTE_REACH; j += step, n++) {
    const t = ctx.tokens[j];
    if (ends.includes(t.text.toLowerCase())) return true;
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** 'продлят метро до Шушар', 'рейсы до Нарьян-Мара': a line or a service just before 'до' at k goes to a place. */
function routeNounBefore(ctx: Context, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (ctx.tokens[j].kind !== 'word') return false;
    if (hasLemma(ctx, j, ROUTE_NOUNS)) return true;
  }
  return false;
}

const ROUTE_NOUNS = new Set(['метро', 'линия', 'ветка', 'дорога', 'автодорога', 'трасса', 'шоссе', 'тракт', 'зимник', 'переправа', 'магистраль', 'маршрут', 'рейс', 'автобус', 'поезд', 'электричка', 'паром', 'трамвай', 'троллейбус', 'трубопровод', 'газопровод', 'нефтепровод', 'перелёт', 'перелет']);

/** 'Ханоем и Лопхаем', 'Мандалай - Лашио': a place before the conjunction or dash; its case is shared. */
function partnerCase(ctx: Context, k: number, conjunction: boolean): NameCase | null {
  const owner = ctx.owner[k];
  if (!owner || owner.type !== 'LOC' || owner.end !== ctx.tokens[k].end || !joined(ctx, k)) return null;
  if (!conjunction) return 'nomn';
  const before = listStart(ctx, owner.first) - 1;
  return (before >= 0 && PREPOSITIONS.get(ctx.tokens[before].text.toLowerCase())) || sharedObliqueCase(ctx, k, k + 2) || 'nomn';
}

/**
 * 'дорогам Анивы, Корсакова и Долинска': with no preposition, when the one-word place at a is written in an oblique
 * form of its name, that case if the word at b can be in it too; else null.
 */
function sharedObliqueCase(ctx: Context, a: number, b: number): NameCase | null {
  const owner = ctx.owner[a];
  if (owner?.first !== a || b >= ctx.tokens.length || owner.name === ctx.tokens[a].text) return null;
  const name = owner.name.toLowerCase();
  const cases = obliqueCases(ctx, a, (p) => p.lemma === name);
  return [...obliqueCases(ctx, b)].find((c) => cases.has(c)) ?? null;
}

/** The first item of a comma list of places ending with the place that starts at first ('в Ярославле, Рыбинске'). */
function listStart(ctx: Context, first: number): number {
  let at = first;
  for (let n = 0; n < 8 && at >= 2 && ctx.tokens[at - 1].text === ',' && ctx.tokens[at - 1].start === ctx.tokens[at - 2].end && joined(ctx, at - 1); n++) {
    const owner = ctx.owner[at - 2];
    if (!owner || owner.type !== 'LOC' || owner.end !== ctx.tokens[at - 2].end) break;
    at = owner.first;
  }
  return at;
}

/** A name the dictionary knows reads here as a locative ('Лермонтове'), not a subject ('В Душанбе и Рахмон приветствовал'). */
function locativeForm(ctx: Context, i: number): boolean {
  const parses = ctx.morph.parse(ctx.tokens[i].text);
  return !parses.some((p) => p.known && (p.proper === 'Surn' || p.proper === 'Name')) || parses.some((p) => p.known && p.case === 'loct');
}

/** The word at i is followed by ',' or 'и' and another capitalised word: the list goes on. */
function listContinues(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1];
  const after = ctx.tokens[i + 2];
  return !!next && !!after && (next.text === ',' || next.text === 'и') && after.cap;
}

/** 'place' when the list of places ending at k follows в / во ('в Ярославле, Рыбинске и ...'). */
function listPreposition(ctx: Context, k: number): 'place' | null {
  const owner = ctx.owner[k];
  if (!owner || owner.type !== 'LOC' || owner.end !== ctx.tokens[k].end) return null;
  const before = ctx.tokens[listStart(ctx, owner.first) - 1];
  return before && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) ? 'place' : null;
}

/** The case of the list of places ending at k when it follows в / во / из. */
function listCase(ctx: Context, k: number): NameCase | null {
  if (!listPreposition(ctx, k)) return null;
  const owner = ctx.owner[k]!;
  return PREPOSITIONS.get(ctx.tokens[listStart(ctx, owner.first) - 1].text.toLowerCase()) ?? null;
}

/**
 * The oblique case the word at i shares with the one-word place at i - 2 and the place at i + 2 (named already, or
 * read as a place in that case by the dictionary or its guess), unless the word is a known first name.
 */
function caseOfList(ctx: Context, i: number): NameCase | null {
  const word = classifyWord(ctx.morph, ctx.tokens[i].text);
  if (word.cls === 'Name' && word.known) return null;
  const before = obliqueCases(ctx, i - 2);
  const after = placeAt(ctx, i + 2) ? obliqueCases(ctx, i + 2) : obliqueCases(ctx, i + 2, (p) => p.proper === 'Geox');
  return [...obliqueCases(ctx, i)].find((c) => before.has(c) && after.has(c)) ?? null;
}

function knownPlaceIn(ctx: Context, i: number, c: NameCase): boolean {
  return ctx.morph.parse(ctx.tokens[i].text).some((p) => p.known && p.proper === 'Geox' && p.case === c);
}

function placeAt(ctx: Context, k: number): boolean {
  if (k >= ctx.tokens.length) return false;
  const owner = ctx.owner[k];
  if (owner) return owner.type === 'LOC';
  const m = ctx.gazetteer.match(ctx.tokens, k, ctx.text);
  return !!m && m.entry.type === 'LOC';
}

/** 'иранского Захедана': a lower-case adjective of origin (-ский, -цкий) before the name; its case. */
function relationalAdjectiveCase(ctx: Context, k: number): NameCase | null {
  const t = ctx.tokens[k];
  if (t.kind !== 'word' || t.cap) return null;
  // 'из иранского Захедана'; 'соседней Казерты': a neighbouring place.
  const adj = ctx.morph.parse(t.text).find((p) => p.pos === 'ADJF' && p.known && (/[сц]кий$/.test(p.lemma) || p.lemma === 'соседний') && p.number === 'sing');
  return (adj?.case as NameCase | undefined) ?? null;
}

/** 'Под Безенгийской стеной': an adjective opening a name of two words, which 'под' does not make a place alone. */
function adjectiveFirst(ctx: Context, i: number): boolean {
  return ctx.morph.parse(ctx.tokens[i].text)[0]?.pos === 'ADJF';
}

/**
 * A place the dictionary knows in the accusative, a form no person's name reading shares ('Владимир': a man is
 * 'Владимира' in the accusative; 'Иванова' is also a person's accusative).
 */
function inanimateAccusative(ctx: Context, i: number): boolean {
  const parses = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.known);
  const person = (p: (typeof parses)[number]) => p.proper === 'Name' || p.proper === 'Surn' || p.proper === 'Patr';
  return parses.some((p) => p.proper === 'Geox' && p.case === 'accs') && !parses.some((p) => person(p) && p.case === 'accs');
}

/**
 * Multi-word names: gazetteer entries in any case, and generic 'Capitalised adjective(s) + head noun'
 * phrases (Коммунистической партией Вьетнама, Персидского залива, Межправительственной комиссии по ...).
 */
import type { EntityType } from '../types';
import { foldLower, type Parse } from '../morphology/morph';
import { matchCase } from '../names/casing';
import { isDictionaryFirstName, isFunctionWord, undeclinedPlace } from '../morphology/classify';
import { agree, shareCase } from '../morphology/agreement';
import { adjectivalPlaceLemma, isAcronym, phraseNominative } from '../names/nominal';
import { compoundPlaceNominative } from '../names/placeName';
import { isChinese, isVietnamese, PORTUGUESE_PARTICLES } from '../names/person';
import { genitive } from './stateBodies';
import { isState } from './countries';
import { honoreeEnd } from './orgSuffixes';
import { findEponymShortForms } from './eponyms';
import { firstNameWithSurname, isBodyCompound, modifiedNoun } from './runs';
import { afterLawCode, hasLatinCompanyWord, isNameParticle, ROMAN, RUSSIAN_LEGAL_FORMS } from './wordShapes';
import { isPersonWord } from './personWords';
import { absorb, claim, hasLemma, joined, ownedEnd, ownerFrom, release, wordsOf, wordTexts, type Context } from './context';
import { ACTION_NOUNS, AREA_ADJECTIVES, AREA_HEADS, DATIVE_ACTION_NOUNS, DOMAIN_BODIES, LOC_HEADS, NON_ENTITY_ACRONYMS, ORG_HEADS, PLACE_CUES, QUARTERS } from './data/lexicon';

/** 'Вашингтон | Феррейра дос Сантос': a word, a surname, a Portuguese particle and a name after the word at i. */
function givenNameOfPortuguese(ctx: Context, i: number): boolean {
  const [surname, particle, last] = [ctx.tokens[i + 1], ctx.tokens[i + 2], ctx.tokens[i + 3]];
  if (!surname?.cap || !particle || !last?.cap || !PORTUGUESE_PARTICLES.has(particle.text) || !joined(ctx, i) || !joined(ctx, i + 1) || !joined(ctx, i + 2)) return false;
  // After a preposition the place is where the person is ('в Рио Жоао да Силва').
  return i === 0 || ctx.tokens[i - 1].kind !== 'word' || !ctx.morph.parse(ctx.tokens[i - 1].text).some((p) => p.pos === 'PREP');
}

/** The word at k heads a body's or a place's name ('музей', 'округ'). */
function namesHead(ctx: Context, k: number): boolean {
  return k > 0 && (hasLemma(ctx, k, ORG_HEADS) || hasLemma(ctx, k, LOC_HEADS));
}

/** A capitalised word and a lower-case name particle (not the preposition 'до') right before i. */
function afterNameParticle(ctx: Context, i: number): boolean {
  const particle = ctx.tokens[i - 1];
  const before = ctx.tokens[i - 2];
  return !!particle && !!before && isNameParticle(particle.text) && particle.text !== 'до' && before.kind === 'word' && before.cap && joined(ctx, i - 2) && joined(ctx, i - 1);
}

/** A surname the dictionary reads only in the genitive (and cases like it), never in the nominative nor as a place: 'Лаптевых'. */
function possessiveSurname(ctx: Context, k: number): boolean {
  const parses = ctx.morph.parse(ctx.tokens[k].text);
  return parses.some((p) => p.proper === 'Surn' && p.known && p.case === 'gent') && !parses.some((p) => p.case === 'nomn' || p.proper === 'Geox');
}

export function findGazetteerNames(ctx: Context): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.taken[i]) continue;
    const m = ctx.gazetteer.match(ctx.tokens, i, ctx.text);
    if (!m || !allFree(ctx, i, m.end)) continue;
    // 'Артема Белых', 'Ханной Войцеховской': a place's form that is also a first name, before a surname in its case.
    if (m.entry.type === 'LOC' && m.end === i + 1 && joined(ctx, i) && ctx.tokens[i + 1].cap && firstNameWithSurname(ctx, i)) continue;
    // 'Мэн Лиюнь', 'Мак Тхи Зиеу': an East Asian family name before its given names is a person, not the place or body ('штат Мэн').
    if (m.end === i + 1 && eastAsianNameAt(ctx, i)) continue;
    // 'статья 81 ТК РФ': the country of a code of law is no place of the text.
    if (m.entry.type === 'LOC' && afterLawCode(ctx, i)) continue;
    // 'канадец Логан Дублин', 'Джек Лондон': a place's own nominative right after a first name in the nominative is that person's surname.
    if (m.entry.type === 'LOC' && m.end === i + 1 && surnameAfterGivenName(ctx, i, m.entry.name)) continue;
    // 'Кан заявил' after 'Н. Кан': a surname the article gave a person.
    if (m.entry.type === 'LOC' && m.end === i + 1 && isPersonWord(ctx, i)) continue;
    // 'Эллен де Рейтер', 'Марко ди Монако': a lower-case name particle after a capitalised word makes the entry a surname.
    if (m.end === i + 1 && afterNameParticle(ctx, i)) continue;
    // 'нападающий Вашингтон Феррейра дос Сантос': a place's name that is a given name before a Portuguese surname.
    if (m.entry.type === 'LOC' && m.end === i + 1 && ctx.tokens[i].text === m.entry.name && givenNameOfPortuguese(ctx, i)) continue;
    // 'в Новосибирском государственном художественном музее': a city's form that is an adjective of a body's or an area's name.
    if (m.entry.type === 'LOC' && m.end === i + 1 && namesHead(ctx, modifiedNoun(ctx, i))) continue;
    // 'в секторе Газа': a lower-case area noun the entry starts with stays outside the place's name; 'море Лаптевых',
    // named after people in the genitive, keeps it.
    if (m.entry.type === 'LOC' && m.end - i === 2 && !ctx.tokens[i].cap && ctx.tokens[i + 1].cap && !possessiveSurname(ctx, i + 1)) {
      const t = ctx.tokens[i + 1];
      claim(ctx, i + 1, m.end, { start: t.start, end: t.end, type: 'LOC', name: t.text, words: wordsOf(ctx, i + 1, m.end, [t.text]) });
      continue;
    }
    // 'Следственный комитет России': a named body with its country in the genitive is one organization.
    const withPlace = m.entry.type === 'ORG' && !isAcronym(m.entry.form) ? placeEnd(ctx, m.end) : m.end;
    // 'Следственного комитета при прокуратуре': a known body attached to another is a name of its own.
    const attached = m.entry.type === 'ORG' ? attachedEnd(ctx, withPlace) : withPlace;
    if (attached > withPlace) {
      emitPhrase(ctx, i, attached, 'ORG');
      i = attached - 1;
      continue;
    }
    const place = withPlace > m.end ? ctx.gazetteer.canonical(wordTexts(ctx, m.end, withPlace).join(' ')) ?? placeName(ctx, m.end, withPlace) : null;
    const words = wordTexts(ctx, i, withPlace);
    const lemmas = entryLemmas(words, phraseNominative(ctx.morph, words, m.entry.type === 'LOC' ? 'Geox' : 'Orgn').lemmas, m.entry.name);
    const name = place ? `${m.entry.name} ${genitive(ctx.morph, place.name)}` : m.entry.name;
    claim(ctx, i, withPlace, { start: ctx.tokens[i].start, end: ctx.tokens[withPlace - 1].end, type: m.entry.type, name, words: wordsOf(ctx, i, withPlace, lemmas) });
    i = withPlace - 1;
  }
}

/**
 * 'Йоханнесбурге': the dictionary's lemma of a one-word name may drop a doubled letter ('Йоханесбург'); the entry's
 * name, spelled as the text spells it, is the word's lemma then (else the spelling check sees two spellings).
 */
function entryLemmas(words: readonly string[], lemmas: readonly string[], entry: string): string[] {
  const single = (w: string) => foldLower(w).replace(/(\p{L})\1+/gu, '$1');
  const [lemma] = lemmas;
  const asWritten = words.length === 1 && foldLower(words[0]).startsWith(foldLower(entry).slice(0, -2));
  return asWritten && lemmas.length === 1 && !entry.includes(' ') && lemma !== entry && single(lemma) === single(entry) ? [entry] : [...lemmas];
}

/** The word at i is written as the place's nominative and follows a first name in the nominative the dictionary prefers over other readings. */
function surnameAfterGivenName(ctx: Context, i: number, place: string): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev || prev.kind !== 'word' || !prev.cap || prev.allCaps || ctx.taken[i - 1] || !joined(ctx, i - 1) || ctx.tokens[i].text !== place) return false;
  return isDictionaryFirstName(ctx.morph, prev.text) && ctx.morph.parse(prev.text).some((p) => p.proper === 'Name' && p.known && p.case === 'nomn' && p.number !== 'plur');
}

function placeName(ctx: Context, i: number, j: number): { name: string } {
  const m = ctx.gazetteer.match(ctx.tokens, i, ctx.text);
  return { name: m ? m.entry.name : phraseNominative(ctx.morph, wordTexts(ctx, i, j), 'Geox').name };
}

function allFree(ctx: Context, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (ctx.taken[k]) return false;
  return true;
}

const ADJECTIVE_ENDING = /(ого|его|ому|ему|ой|ей|ую|юю|ий|ый|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ыми|ими|[сц]ком|[нвл]ом)$/u;

function isAdjective(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || ctx.taken[i] || t.allCaps) return false;
  const parses = ctx.morph.parse(t.text);
  // 'в Кроноцком заповеднике': a place name the dictionary has only as a noun, in an adjective's form, before a body's head.
  if (t.cap && adjectivalPlaceLemma(parses, t.text) !== null && bodyHeadAfter(ctx, i)) return true;
  // 'Объединённого фронта', 'Выборгского объединённого музея-заповедника': a passive participle names like an
  // adjective, capitalised or inside the name.
  const inside = !t.cap && i > 0 && ctx.tokens[i - 1].cap && joined(ctx, i - 1);
  const adj = parses.find((p) => p.pos === 'ADJF' || ((t.cap || inside) && p.pos === 'PRTF' && p.grammemes.has('pssv')));
  if (!adj || adj.grammemes.has('Apro') || (!adj.known && !ADJECTIVE_ENDING.test(t.text))) return false;
  // An unknown word is read by its likeliest guess ('сахаропроизводителей' is a noun's genitive plural).
  const noun = parses.find((p) => p.pos === 'NOUN' && (p.known || !adj.known));
  // 'в Иркутском ... университете': a place's case form ('Иркутском', ablt) is the adjective when the next word agrees with that.
  // 'парком' (a park, not 'паркий'): on a tie a body's or a place's head noun is the noun.
  const head = noun && noun.score === adj.score && (ORG_HEADS.has(noun.lemma) || PARK.has(noun.lemma) || LOC_HEADS.has(noun.lemma));
  return !noun || (noun.score <= adj.score && !head) || (t.cap && agreesWithNext(ctx, i, parses));
}

/** Lower-case adjectives, then a body's head noun (or, with `place`, a place's: 'водохранилище'), after i. */
function bodyHeadAfter(ctx: Context, i: number, place = false): boolean {
  let h = i + 1;
  while (h < ctx.tokens.length && joined(ctx, h - 1) && !ctx.tokens[h].cap && ctx.morph.parse(ctx.tokens[h].text).some((p) => p.pos === 'ADJF')) h++;
  const type = h < ctx.tokens.length && joined(ctx, h - 1) && !ctx.tokens[h].cap ? headType(ctx, h) : null;
  return type === 'ORG' || (place && type === 'LOC');
}

/**
 * An adjective reading of the word at i shares case and number with a lower-case adjective or head right after it
 * ('Иркутском ... университете', 'на Красноярском водохранилище': not the city's instrumental).
 */
function agreesWithNext(ctx: Context, i: number, parses: Parse[]): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || next.cap || !joined(ctx, i) || !bodyHeadAfter(ctx, i, true)) return false;
  const after = ctx.morph.parse(next.text).filter((p) => p.pos === 'ADJF' || p.pos === 'NOUN');
  return parses.some((a) => a.pos === 'ADJF' && a.known && after.some((b) => b.case === a.case && b.number === a.number));
}

/**
 * The adjectives at a and b agree (`agree`: a case, a number and a gender in the singular; `shareCase` lets the
 * numbers differ); a word at b with no adjective reading agrees with anything.
 */
function adjectivesAgree(ctx: Context, a: number, b: number, by: (x: Parse, y: Parse) => boolean = agree): boolean {
  const adjectives = (k: number) => ctx.morph.parse(ctx.tokens[k].text).filter((p) => p.pos === 'ADJF' || p.pos === 'PRTF');
  const pb = adjectives(b);
  return pb.length === 0 || adjectives(a).some((x) => pb.some((y) => by(x, y)));
}

/** 'и' at k joins two adjectives before an organization's head ('Промышленный и коммерческий банк'). */
function coordinatedAdjective(ctx: Context, k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (!next || next.cap || !joined(ctx, k - 1) || !joined(ctx, k) || !isAdjective(ctx, k + 1)) return false;
  let h = k + 2;
  while (h < ctx.tokens.length && joined(ctx, h - 1) && isAdjective(ctx, h)) h++;
  return h < ctx.tokens.length && joined(ctx, h - 1) && hasLemma(ctx, h, ORG_HEADS);
}

function headType(ctx: Context, i: number): EntityType | null {
  if (hasLemma(ctx, i, ORG_HEADS) || isRailway(ctx, i) || nationalPark(ctx, i)) return 'ORG';
  if (hasLemma(ctx, i, LOC_HEADS)) return 'LOC';
  const t = ctx.tokens[i];
  if (t && t.cap && ctx.morph.parse(t.text).some((p) => p.proper === 'Geox' && p.known)) return 'LOC';
  return null;
}

/** 'Забайкальский национальный парк', 'природный парк': a protected area is run by a body of that name. */
function nationalPark(ctx: Context, i: number): boolean {
  return i > 0 && hasLemma(ctx, i, PARK) && hasLemma(ctx, i - 1, PARK_KINDS);
}
const PARK = new Set(['парк']);
const PARK_KINDS = new Set(['национальный', 'природный']);

/** 'Улан-Баторская железная дорога', 'Национальные железные дороги Малайзии': a railway company. */
function isRailway(ctx: Context, i: number): boolean {
  return i > 0 && hasLemma(ctx, i, ROAD) && hasLemma(ctx, i - 1, RAIL);
}
const ROAD = new Set(['дорога']);
const RAIL = new Set(['железный']);

export function findAdjectivePhrases(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // 'Каменск-Шахтинский и Белая Калитва': a town of a place and an adjective heads no phrase.
    if (!t.cap || !isAdjective(ctx, i) || compoundPlaceNominative(ctx.morph, t.text)) continue;
    let h = i + 1;
    let and = false;
    for (;;) {
      // 'села Каменномостское Зольского района': an adjective in another case starts another phrase (number may
      // differ: 'в Егорьевском и Луховицком городских округах' share a plural head).
      if (h < tokens.length && joined(ctx, h - 1) && isAdjective(ctx, h) && adjectivesAgree(ctx, h - 1, h, shareCase)) h++;
      // 'Промышленный и коммерческий банк': two adjectives joined by 'и' before one head.
      else if (and || tokens[h]?.text !== 'и' || !coordinatedAdjective(ctx, h)) break;
      else [h, and] = [h + 2, true];
    }
    const region = h === i + 1 ? regionEnd(ctx, i) : -1;
    if (region > 0) {
      i = region - 1;
      continue;
    }
    if (h >= tokens.length || ctx.taken[h] || !joined(ctx, h - 1)) {
      coordinatedPair(ctx, i);
      continue;
    }
    // 'Международная амнистия (Amnesty International)': a company's Latin gloss after the phrase makes it a name.
    const type = headType(ctx, h) ?? (organizationGloss(ctx, h + 1) || stateNamed(ctx, i, h) ? 'ORG' : null);
    if (!type) {
      coordinatedPair(ctx, i);
      continue;
    }
    // At a sentence start 'Российские и казахстанские компании' describe.
    if (t.sentStart && (type !== 'ORG' || and) && !glossFollows(ctx, h)) continue;
    // 'Ученые Курского государственного университета': a sentence's first word not agreeing with the next one is no part.
    if (t.sentStart && h > i + 1 && !adjectivesAgree(ctx, i, i + 1)) continue;
    const end = type === 'ORG' ? orgTail(ctx, h + 1) : h + 1;
    // 'Ереванская компания ЗАО «Ахтала Бренди»': a company's kind before its legal form or quoted name describes it.
    if (type === 'ORG' && end === h + 1 && hasLemma(ctx, h, COMPANY_KINDS) && nameFollows(ctx, end)) continue;
    // At a sentence start the capital proves nothing: 'Национальный банк Казахстана' yes, 'Российские компании' no;
    // a name-like adjective ('Волго-Окский банк', 'Пушкинский музей') or three words in the singular are a name.
    if (t.sentStart && (end === h + 1 || !endsWithPlace(ctx, end)) && !(type === 'ORG' && nameLikeStart(ctx, i, h, end) && !describesNext(ctx, end)) && !(type === 'ORG' && (parentBody(ctx, i, h, end) || organizationGloss(ctx, end) || stateNamed(ctx, i, h)))) continue;
    emitPhrase(ctx, i, end, type);
    i = end - 1;
  }
}

/**
 * 'Государственный Эрмитаж', 'в Государственном Эрмитаже': 'Государственный' and a capitalised common noun (no
 * place, no person) name a state institution.
 */
function stateNamed(ctx: Context, i: number, h: number): boolean {
  const t = ctx.tokens[h];
  if (h !== i + 1 || !t.cap || t.allCaps || ctx.taken[h] || !hasLemma(ctx, i, STATE_ADJECTIVE)) return false;
  const parses = ctx.morph.parse(t.text);
  const adjective = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.pos === 'ADJF');
  return !parses.some((p) => p.proper) && parses.some((p) => p.pos === 'NOUN' && p.known && p.number === 'sing' && !p.grammemes.has('anim') && adjective.some((a) => a.case === p.case && a.number === p.number));
}

const STATE_ADJECTIVE = new Set(['государственный']);

/** 'Судейский комитет ФИФА': a singular body's head before the acronym of the body it belongs to names a part of it. */
function parentBody(ctx: Context, i: number, h: number, end: number): boolean {
  const t = ctx.tokens[end];
  // 'Уральское межрегиональное управление Росприроднадзора': a federal agency's compound closing the name, after a
  // place's adjective ('Новое управление Росреестра' describes).
  const agency = /[сц]к\p{L}{2,3}$/u.test(ctx.tokens[i].text) && ((end === h + 2 && isBodyCompound(ctx.tokens[h + 1].text)) || (end === h + 1 && !!t && joined(ctx, h) && isBodyCompound(t.text)));
  if (!agency && (end !== h + 1 || !t?.allCaps || !joined(ctx, h) || ctx.gazetteer.canonical(t.text)?.type !== 'ORG')) return false;
  // 'Российские компании ООН': the adjective decides the number ('компании' is singular too).
  const singular = (k: number) => ctx.morph.parse(ctx.tokens[k].text).some((p) => p.number === 'sing' && (k === h ? p.pos === 'NOUN' && ORG_HEADS.has(p.lemma) : p.pos !== 'NOUN'));
  return singular(i) && singular(h);
}

/** A company's Latin gloss after the head at h, or after the place following it ('банк Китая (... Bank of China)'). */
function glossFollows(ctx: Context, h: number): boolean {
  const place = ctx.gazetteer.match(ctx.tokens, h + 1, ctx.text);
  return organizationGloss(ctx, h + 1) || (!!place && place.entry.type === 'LOC' && organizationGloss(ctx, place.end));
}

/** A Latin gloss in brackets at k with a company word ('(Industrial and Commercial Bank of China)'). */
function organizationGloss(ctx: Context, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.text !== '(' || !joined(ctx, k - 1)) return false;
  let close = k + 1;
  while (close < tokens.length && close - k < 8 && (tokens[close].latin || tokens[close].text === '-')) close++;
  return close > k + 1 && tokens[close]?.text === ')' && hasLatinCompanyWord(tokens.slice(k + 1, close));
}

/** 'Национальная атомная компания «Казатомпром»': a phrase before a quoted or capitalised name describes it. */
function describesNext(ctx: Context, end: number): boolean {
  const t = ctx.tokens[end];
  // 'Контрольно-дисциплинарный комитет РФС': an acronym after the head is the parent body, not the name.
  return !!t && joined(ctx, end - 1) && (t.text === '«' || t.text === '"' || (t.cap && t.kind === 'word' && !t.allCaps));
}

/**
 * A sentence-initial adjective that names, not describes: one the dictionary does not know or writes with
 * a hyphen ('Волго-Окский'), one made from a proper name ('Пушкинский'), or a run of two adjectives
 * before a singular head ('Тюменская областная больница'); or one of a country, a place or the state before a
 * singular head with a complement ('Российский союз автостраховщиков'; 'Российские компании', 'Совместный
 * комитет сторон', 'Первую партию водорода' describe).
 */
function nameLikeStart(ctx: Context, i: number, h: number, end: number): boolean {
  const head = ctx.morph.parse(ctx.tokens[h].text).find((p) => p.pos === 'NOUN');
  if (!head || head.number === 'plur') return false;
  if (end > h + 1 && h === i + 1 && namingAdjective(ctx, i)) return true;
  const first = ctx.tokens[i].text;
  const adj = ctx.morph.parse(first).find((p) => p.pos === 'ADJF');
  if (first.includes('-') || !adj?.known) return true;
  // 'Последнюю малокомплектную школу закрыли': a word of order or reference opening the sentence describes.
  if (DESCRIBING_FIRST.has(adj.lemma)) return false;
  if (h - i >= 2) return true;
  const stem = adj.lemma.replace(/(?:ск|цк)ий$/u, '');
  return ctx.morph.parse(stem.charAt(0).toUpperCase() + stem.slice(1)).some((p) => (p.proper === 'Surn' || p.proper === 'Name' || p.proper === 'Geox') && p.known);
}

/** Generic nouns of a company ('компания', 'фирма'): before a legal form or a quoted name, no part of it. */
const COMPANY_KINDS = new Set(['компания', 'фирма', 'предприятие', 'холдинг', 'корпорация', 'производитель', 'группа']);

/** A Russian legal form ('ЗАО') or an opening quote at k: the company's own name follows. */
function nameFollows(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && joined(ctx, k - 1) && (t.text === '«' || t.text === '"' || RUSSIAN_LEGAL_FORMS.has(t.text));
}

/** Adjectives of order and reference ('последний', 'следующий', 'соседний'): a phrase they open at a sentence start is no name. */
const DESCRIBING_FIRST = new Set([
  'последний', 'следующий', 'очередной', 'каждый', 'другой', 'данный', 'такой', 'любой', 'прежний', 'бывший',
  'нынешний', 'единственный', 'ближайший', 'соседний', 'подобный', 'местный',
]);

/** 'Российский', 'Международный', 'Национальный': an adjective of a country, a place or the state (no quality, no ordinal). */
function namingAdjective(ctx: Context, i: number): boolean {
  return ctx.morph.parse(ctx.tokens[i].text).some((p) => p.pos === 'ADJF' && p.known && !p.grammemes.has('Qual') && !p.grammemes.has('Anum') && (/(?:ск|цк)ий$/u.test(p.lemma) || NAMING_ADJECTIVES.has(p.lemma)));
}

const NAMING_ADJECTIVES = new Set(['международный', 'всемирный', 'национальный', 'федеральный', 'государственный', 'центральный']);

/**
 * 'Западной Африки', 'Северного Вьетнама': an area adjective before a known place is one place; 'в Иракском
 * Курдистане': a state's adjective before a region that is no state; returns its end or -1.
 */
function regionEnd(ctx: Context, i: number): number {
  const owner = ownerFrom(ctx, i + 1, 'LOC');
  if (!owner || !joined(ctx, i)) return -1;
  if (!hasLemma(ctx, i, AREA_ADJECTIVES) && !(stateAdjective(ctx, i) && !isState(owner.name))) return -1;
  const end = absorb(ctx, i + 1);
  emitPhrase(ctx, i, end, 'LOC');
  return end;
}

/** 'Иракском', 'Сирийского': the adjective of a state the gazetteer knows ('иракский' -> Ирак, 'сирийский' -> Сирия). */
function stateAdjective(ctx: Context, i: number): boolean {
  return ctx.morph.parse(ctx.tokens[i].text).some((p) => {
    if (p.pos !== 'ADJF' || !/(?:ск|цк)ий$/u.test(p.lemma)) return false;
    const stem = p.lemma.replace(/(?:ск|цк)ий$/u, '');
    return [stem, stem.replace(/ий$/u, 'ия'), `${stem}ия`].some(isState);
  });
}

export function emitPhrase(ctx: Context, i: number, j: number, type: EntityType): void {
  // A name never ends on a preposition ('Совета при' without its complement); a head noun that is also an adverb
  // ('городской округ') stays.
  while (j - i > 1 && !ctx.tokens[j - 1].cap && isFunctionWord(ctx.morph.parse(ctx.tokens[j - 1].text)) && !hasLemma(ctx, j - 1, LOC_HEADS)) j--;
  const words = wordTexts(ctx, i, j);
  const nom = phraseNominative(ctx.morph, words, type === 'LOC' ? 'Geox' : 'Orgn');
  const known = ctx.gazetteer.canonical(nom.name);
  claim(ctx, i, j, {
    start: ctx.tokens[i].start, end: ctx.tokens[j - 1].end, type: known?.type ?? type,
    // 'суд г. Сочи', 'имени А. А. Петрова': the abbreviation and the initials keep their dots.
    name: known?.name ?? requoted(ctx.text.slice(ctx.tokens[i].start, ctx.tokens[j - 1].end), initialsWithDots((type === 'ORG' ? withCanonicalPlace(ctx, i, j, nom.name) : nom.name).replace(/(^| )г (?=\p{Lu})/gu, '$1г. '))),
    words: wordsOf(ctx, i, j, nom.lemmas),
  });
}

/** A name in quotes inside the written phrase keeps its quotes in the canonical name ('... Толстого «Ясная Поляна»'). */
function requoted(written: string, name: string): string {
  let out = name;
  for (const m of written.matchAll(/«([^«»]+)»/gu)) if (out.includes(` ${m[1]}`)) out = out.replace(` ${m[1]}`, ` «${m[1]}»`);
  return out;
}

/** 'институт имени А А Петрова' -> 'институт имени А. А. Петрова', 'Дом-музей А П Чехова' -> 'Дом-музей А. П. Чехова'. */
function initialsWithDots(name: string): string {
  return name.replace(/ ([А-ЯЁ])(?= [А-ЯЁ])/gu, ' $1.');
}

/** 'министерство транспорта Республики Казахстан' -> '... Казахстана': the country as the gazetteer names it. */
function withCanonicalPlace(ctx: Context, i: number, j: number, name: string): string {
  for (let k = i + 1; k < j; k++) {
    const m = ctx.gazetteer.match(ctx.tokens, k, ctx.text);
    if (!m || m.end !== j || m.entry.type !== 'LOC') continue;
    // 'Министерство угольной промышленности Кузбасса': a body keeps a region's other name as written; an abbreviation
    // or a longer form of the canonical name gives way to it ('РФ', 'Республики Таджикистан' -> 'Таджикистана').
    const written = foldLower(ctx.text.slice(ctx.tokens[k].start, ctx.tokens[j - 1].end));
    if (!ctx.tokens[k].allCaps && !written.includes(foldLower(m.entry.name).slice(0, 4))) return name;
    // 'городского округа Нальчик', 'штата Амазонас': a place in apposition to a lower-case area noun stays as written.
    if (!ctx.tokens[k - 1].cap && hasLemma(ctx, k - 1, AREA_HEADS)) return name;
    const head = phraseNominative(ctx.morph, wordTexts(ctx, i, k), 'Orgn').name;
    return `${head} ${genitive(ctx.morph, m.entry.name)}`;
  }
  return name;
}

/** 'Балтийского и Баренцева морей': two places sharing one plural head. */
function coordinatedPair(ctx: Context, i: number): void {
  const { tokens } = ctx;
  const and = i + 1;
  const second = and + 1;
  if (tokens[and]?.text !== 'и' || !tokens[second]?.cap || !joined(ctx, and) || !joined(ctx, i)) return;
  const owner = ctx.owner[second];
  if (owner && owner.type === 'LOC' && owner.start === tokens[second].start && owner.words.length === 2) {
    return emitElided(ctx, i, 'LOC', owner.words[1].lemma);
  }
  if (owner || !isAdjective(ctx, second) || !joined(ctx, second)) return;
  const type = headType(ctx, second + 1);
  if (!type || ctx.taken[second + 1]) return;
  const headSing = phraseNominative(ctx.morph, [tokens[second].text, tokens[second + 1].text]).lemmas[1];
  emitElided(ctx, i, type, headSing);
  emitPhrase(ctx, second, second + 2, type);
}

/** An adjective whose head noun is written only once, later: 'Балтийского' (моря). */
function emitElided(ctx: Context, i: number, type: EntityType, head: string): void {
  const t = ctx.tokens[i];
  const adj = ctx.morph.parse(t.text).find((p) => p.pos === 'ADJF');
  const headParse = ctx.morph.parse(head).find((p) => p.pos === 'NOUN' && p.case === 'nomn');
  const gender = headParse?.gender && ['masc', 'femn', 'neut'].includes(headParse.gender) ? headParse.gender : 'masc';
  const form = adj ? (ctx.morph.inflect(adj, ['nomn', 'sing', gender]) ?? adj.lemma) : t.text;
  const adjName = matchCase(form, t.text);
  const name = `${adjName} ${head.toLowerCase()}`;
  claim(ctx, i, i + 1, { start: t.start, end: t.end, type, name: ctx.gazetteer.canonical(name)?.name ?? name, words: wordsOf(ctx, i, i + 1, [adjName]) });
}

/** After an organization's head noun: its complement, then the person it is named after ('театр имени ...'). */
export function orgTail(ctx: Context, k: number): number {
  const attached = attachedEnd(ctx, k);
  const end = attached > k ? attached : attachedEnd(ctx, complementEnd(ctx, k));
  return numberEnd(ctx, honoreeEnd(ctx, end));
}

/**
 * 'Совета при Президенте РФ по развитию ...', 'Следственного комитета при прокуратуре': 'при' and a person's
 * office or a body in the locative (with its place, then maybe 'по ...') belong to the name; 'при поддержке'
 * does not.
 */
function attachedEnd(ctx: Context, k: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.text !== 'при' || !joined(ctx, k - 1)) return k;
  const named = attachedBodyEnd(ctx, k + 1);
  if (named > k + 1) return named;
  let j = k + 1;
  // 'при Торгово-промышленной палате': the body's own capitalised adjectives too.
  while (j < tokens.length && !ctx.taken[j] && !tokens[j].allCaps && joined(ctx, j - 1) && ctx.morph.parse(tokens[j].text).some((p) => p.pos === 'ADJF' && p.case === 'loct')) j++;
  const t = tokens[j];
  if (!t || ctx.taken[j] || !joined(ctx, j - 1) || t.allCaps) return k;
  const office = ctx.morph.parse(t.text).some((p) => p.known && p.pos === 'NOUN' && !p.proper && p.case === 'loct' && (p.grammemes.has('anim') || ORG_HEADS.has(p.lemma) || DOMAIN_BODIES.has(p.lemma)));
  if (!office) return k;
  const end = placeEnd(ctx, j + 1);
  // 'при министерстве водных ресурсов': a lower-case body with a complement of its own, not its name, says which one.
  const body = !t.cap && j === k + 1 && !ctx.morph.parse(t.text).some((p) => p.grammemes.has('anim'));
  if (body && end === j + 1 && caseGroupEnd(ctx, j + 1, 'gent', j + 1) > j + 1) return k;
  return ctx.tokens[end]?.text === 'по' ? complementEnd(ctx, end) : end;
}

/**
 * 'при Правительстве Республики Таджикистан', 'при ТПП России': a body already named, in the locative, that the name's
 * body is attached to; its end, or j.
 */
function attachedBodyEnd(ctx: Context, j: number): number {
  const t = ctx.tokens[j];
  if (!ownerFrom(ctx, j, 'ORG') || !joined(ctx, j - 1) || !capitalisedHeadBefore(ctx, j - 1)) return j;
  if (!t.allCaps && !ctx.morph.parse(t.text).some((p) => p.case === 'loct')) return j;
  return absorb(ctx, j);
}

/**
 * 'Кенийского общества Красного Креста', 'Общество Красного Полумесяца Бангладеш': a national society and the
 * movement it belongs to, a body already named, in the genitive; its end, or k.
 */
function movementEnd(ctx: Context, k: number): number {
  if (k >= ctx.tokens.length || !joined(ctx, k - 1) || !hasLemma(ctx, k - 1, SOCIETIES)) return k;
  const owner = ctx.owner[k];
  const known = owner ? null : ctx.gazetteer.match(ctx.tokens, k, ctx.text);
  const end = ownerFrom(ctx, k, 'ORG') ? ownedEnd(ctx, k) : known?.entry.type === 'ORG' ? known.end : k;
  if (end === k || !ctx.morph.parse(ctx.tokens[end - 1].text).some((p) => p.case === 'gent')) return k;
  return owner ? absorb(ctx, k) : end;
}

const SOCIETIES = new Set(['общество']);

/**
 * The name before k has a capitalised head noun or adjective ('Комитет по охране среды | при', 'Морскую арбитражную
 * комиссию | при'); 'комитет | при' has none.
 */
function capitalisedHeadBefore(ctx: Context, k: number): boolean {
  let h = k - 1;
  while (h >= 0 && h > k - 10 && joined(ctx, h) && !hasLemma(ctx, h, ORG_HEADS) && !hasLemma(ctx, h, DOMAIN_BODIES)) h--;
  if (h < 0 || !joined(ctx, h) || h <= k - 10) return false;
  while (!ctx.tokens[h].cap && h > 0 && joined(ctx, h - 1) && isAdjective(ctx, h - 1)) h--;
  return ctx.tokens[h].cap;
}

/**
 * 'больница № 52', 'школа № 3': the number belongs to the name, and so does the town after it ('поликлиники № 2
 * Орска', 'больницу № 4 города Орска').
 */
function numberEnd(ctx: Context, k: number): number {
  const t = ctx.tokens[k];
  if (t?.text !== '№' || !joined(ctx, k - 1) || ctx.tokens[k + 1]?.kind !== 'num') return k;
  const after = k + 2;
  if (ctx.tokens[after]?.text === 'города') {
    const town = placeEnd(ctx, after + 1);
    if (town > after + 1) return town;
  }
  return placeEnd(ctx, after);
}

/**
 * 'Мэрия Кемпера', 'Полиция Западного Йоркшира', 'Городской совет Голуэя': a town's own body (a mayor's office, its
 * police, its council) before a town no dictionary knows, in a genitive's shape (maybe after its adjective).
 */
function unknownSeatEnd(ctx: Context, k: number): number {
  const head = k - 1;
  const council = hasLemma(ctx, head, COUNCILS) && hasLemma(ctx, head - 1, TOWN_ADJECTIVES) && joined(ctx, head - 1);
  if (!hasLemma(ctx, head, TOWN_BODIES) && !council) return k;
  let n = k;
  const t = ctx.tokens[n];
  if (!t?.cap || t.allCaps || ctx.taken[n] || !joined(ctx, head)) return k;
  // 'Западного Йоркшира': a capitalised adjective in the genitive before the name.
  if (ctx.morph.parse(t.text).some((p) => p.pos === 'ADJF' && p.known && p.case === 'gent') && joined(ctx, n) && ctx.tokens[n + 1]?.cap) n++;
  const name = ctx.tokens[n];
  // No person's name the dictionary knows ('Фонд Кемпера' has no town body's head anyway).
  if (!name.cap || name.allCaps || ctx.taken[n] || !SEAT_GENITIVE_SHAPE.test(name.text)) return k;
  if (ctx.morph.parse(name.text).some((p) => p.known && (p.proper === 'Name' || p.proper === 'Surn' || p.proper === 'Patr'))) return k;
  return n + 1;
}

const TOWN_BODIES = new Set(['мэрия', 'полиция', 'муниципалитет', 'ратуша', 'горсовет', 'магистрат']);
const COUNCILS = new Set(['совет']);
const TOWN_ADJECTIVES = new Set(['городской', 'муниципальный', 'окружной']);
/** A masculine's genitive on -а, a feminine's on -ы / -и, a soft one on -я. */
const SEAT_GENITIVE_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:[бвгджзклмнпрстфхцчшщ]а|[ьйлнраеоуэ]я|[бвгдзклмнпрстфхцчшщ][ыи])$/u;

/** A place in the genitive, or 'по ...' / a genitive group then maybe a place. */
function complementEnd(ctx: Context, k: number): number {
  const royal = royalHonoreeEnd(ctx, k);
  if (royal > k) return royal;
  // 'Издательство Ивана Петрова', 'Фонд Олега Смирнова': a body named after a person, in the genitive.
  const personal = Math.max(personInGenitive(ctx, k), initialsInGenitive(ctx, k));
  if (personal > k && ctx.tokens[k - 1].cap) return quotedNameEnd(ctx, personal);
  // 'Управление Росреестра', 'управления Роспотребнадзора': the federal body a branch belongs to.
  const next = ctx.tokens[k];
  if (next && next.cap && !ctx.taken[k] && joined(ctx, k - 1) && isBodyCompound(next.text)) return k + 1;
  const movement = movementEnd(ctx, k);
  if (movement > k) return placeEnd(ctx, movement);
  const seat = unknownSeatEnd(ctx, k);
  if (seat > k) return seat;
  const acronymPlace = domainAcronymPlaceEnd(ctx, k);
  const afterPlace = regionPairEnd(ctx, acronymPlace > k ? acronymPlace : placeEnd(ctx, k));
  if (afterPlace > k) return subjectEnd(ctx, afterPlace);
  if (k >= ctx.tokens.length || !joined(ctx, k - 1)) return k;
  const stance = stanceEnd(ctx, k);
  if (stance > k) return stance;
  const c = ctx.tokens[k].text === 'по' ? 'datv' : 'gent';
  const first = caseGroupEnd(ctx, c === 'datv' ? k + 1 : k, c, k);
  // 'фонд по гранту', 'суд по ходатайству': what 'по' introduces is no part of the name.
  // 'Агентство по статистике': an agency's remit, though 'по статистике' after other names only cites it.
  const agencyRemit = hasLemma(ctx, k - 1, DOMAIN_BODIES) && hasLemma(ctx, first - 1, AGENCY_REMITS);
  if (first === k || (c === 'datv' && hasLemma(ctx, first - 1, NOT_SUBJECTS) && !agencyRemit)) return k;
  const group = conjoinedGroupEnd(ctx, first, c);
  const end = placeEnd(ctx, group);
  if (end > group) return Math.max(regionPairEnd(ctx, end), placePairEnd(ctx, end));
  // 'Совет глав государств СНГ': more genitive groups only when a place or a body's acronym closes them.
  let g = group;
  // 'Фонд развития территорий', 'Фонд содействия инновациям': the object of the action the name states.
  // 'Агентство по страхованию вкладов': after 'по', a noun of action in the dative takes its object too.
  const object = actionObjectEnd(ctx, group, c);
  const tail = c === 'gent' ? genitiveTailEnd(ctx, group) : group;
  if (tail > group) return tail;
  for (let step = 0; step < 2; step++) {
    const next = caseGroupEnd(ctx, g, 'gent', g);
    if (next === g) break;
    // 'Институт экологии растений и животных УрО РАН': a conjoined group, when a parent's acronym closes it.
    // (The acronym joins the name later, with the parent bodies written after it.)
    const conjoined = conjoinedGroupEnd(ctx, next, 'gent');
    if (conjoined > next && parentAcronymAt(ctx, conjoined)) return conjoined;
    g = next;
    const closed = Math.max(placeEnd(ctx, g), acronymEnd(ctx, g), topicPlaceEnd(ctx, g));
    if (closed > g) return closed;
    // 'Комитет защиты журналистов': people in the plural, the object of the action the name is about.
    if (step === 0 && c === 'gent' && peopleInPlural(ctx, g - 1)) return peopleObjectEnd(ctx, g);
  }
  if (object > group) return placeEnd(ctx, c === 'datv' ? secondRemitEnd(ctx, object) : object);
  const remit = c === 'datv' ? remitEnd(ctx, group) : group;
  if (remit > group) return placeEnd(ctx, remit);
  const means = meansEnd(ctx, group);
  if (means > group && placeEnd(ctx, means) > means) return placeEnd(ctx, means);
  // 'Народный комитет провинции' needs the province's name; without one the phrase stops at the head.
  if (hasLemma(ctx, group - 1, PLACE_CUES)) return k;
  return descriptiveTail(ctx, group, c);
}

/** A noun of action ('развитие', 'защита', 'искоренение'): listed, or a verbal noun by its suffix. */
function isActionLemma(lemma: string): boolean {
  return ACTION_NOUNS.has(lemma) || /(?:ние|тие|ствие)$/u.test(lemma);
}

/** After a noun of action in case `actionCase` ending at g, the end of its object (a genitive or dative group), or g. */
function actionObjectEnd(ctx: Context, g: number, actionCase: string): number {
  const parses = ctx.morph.parse(ctx.tokens[g - 1].text);
  const action = parses.filter((p) => p.pos === 'NOUN' && p.case === actionCase && p.number === 'sing' && p.known);
  if (!joined(ctx, g - 1) || ctx.tokens[g]?.cap) return g;
  const dative = action.some((p) => DATIVE_ACTION_NOUNS.has(p.lemma));
  // 'Комитет по делам молодежи', 'по делам национальностей': whose affairs.
  const affairs = actionCase === 'datv' && parses.some((p) => p.lemma === 'дело' && p.number === 'plur' && p.case === 'datv');
  if (!dative && !affairs && !action.some((p) => isActionLemma(p.lemma))) return g;
  const c = dative ? 'datv' : 'gent';
  const end = caseGroupEnd(ctx, g, c, g);
  if (end === g || hasLemma(ctx, end - 1, TIME_NOUNS)) return g;
  return conjoinedGroupEnd(ctx, end, c);
}

/**
 * 'комиссия по правам человека', 'центр по контролю заболеваний', 'агентство по борьбе со стихийными бедствиями':
 * after 'по' and the body's remit in the dative (group ends at g), whose rights or what is controlled, a lower-case
 * genitive group, or what the remit's noun governs ('по борьбе с ...', 'по контролю за загрязнением', 'по управлению
 * стихийными бедствиями'); then maybe a second remit in the dative after 'и' ('по защите конкуренции и правам
 * потребителей', '... и помощи пострадавшим'). No time ('по итогам года') nor place cue ('по экономике региона': the
 * region is the body's, and named apart).
 */
function remitEnd(ctx: Context, g: number): number {
  const end = remitObjectEnd(ctx, g);
  return end > g ? secondRemitEnd(ctx, end) : g;
}

/** After a remit and its object (ending at k), 'и' and a second remit in the dative with its own object; or k. */
function secondRemitEnd(ctx: Context, k: number): number {
  const second = ctx.tokens[k]?.text === 'и' && joined(ctx, k) ? caseGroupEnd(ctx, k + 1, 'datv', k) : k;
  if (second === k || hasLemma(ctx, second - 1, TIME_NOUNS) || hasLemma(ctx, second - 1, PLACE_CUES)) return k;
  return remitObjectEnd(ctx, second);
}

/** After a remit's noun in the dative ending at g, the end of what it governs, or g. */
function remitObjectEnd(ctx: Context, g: number): number {
  if (!joined(ctx, g - 1)) return g;
  const t = ctx.tokens[g];
  const governed = GOVERNED.find(([nouns]) => hasLemma(ctx, g - 1, nouns));
  // 'по контролю заболеваний': without its preposition the object is a genitive, as after any remit.
  const own = governed && (governed[1].length === 0 || (t && governed[1].includes(t.text) && joined(ctx, g)));
  const [from, c] = own ? [governed[1].length === 0 ? g : g + 1, governed[2]] : [g, 'gent'];
  const end = caseGroupEnd(ctx, from, c, from);
  if (end === from || hasLemma(ctx, end - 1, TIME_NOUNS) || hasLemma(ctx, end - 1, PLACE_CUES)) return g;
  const joinedEnd = conjoinedGroupEnd(ctx, end, c);
  // 'за безопасностью | растений': an object in another case than the genitive may take a genitive of its own.
  const whose = c === 'gent' ? joinedEnd : caseGroupEnd(ctx, joinedEnd, 'gent', joinedEnd);
  return whose > joinedEnd && !hasLemma(ctx, whose - 1, TIME_NOUNS) && !hasLemma(ctx, whose - 1, PLACE_CUES) ? whose : joinedEnd;
}

/** The noun ending at g governs a preposition ('надзора | за'), and the preposition is at g. */
function prepositionGoverned(ctx: Context, g: number): boolean {
  const t = ctx.tokens[g];
  return !!t && GOVERNED.some(([nouns, prepositions]) => prepositions.includes(t.text) && hasLemma(ctx, g - 1, nouns));
}

/** Remits whose noun governs a case of its own: the nouns, the prepositions before the object (none: bare), its case. */
const GOVERNED: readonly (readonly [ReadonlySet<string>, readonly string[], string])[] = [
  [DATIVE_ACTION_NOUNS, [], 'datv'],
  [new Set(['борьба']), ['с', 'со'], 'ablt'],
  [new Set(['контроль', 'надзор', 'наблюдение']), ['за'], 'ablt'],
  [new Set(['управление', 'руководство', 'торговля']), [], 'ablt'],
];

/**
 * 'Федерации фигурного катания на коньках России', 'гребли на байдарках и каноэ', 'стрельбы из лука': a sport
 * named with what it is done on or with, a lower-case group after 'на' or 'из'; the caller asks for a place after it.
 */
function meansEnd(ctx: Context, g: number): number {
  const t = ctx.tokens[g];
  const c = t?.text === 'на' ? 'loct' : t?.text === 'из' ? 'gent' : null;
  if (!c || !joined(ctx, g - 1) || !joined(ctx, g)) return g;
  const end = caseGroupEnd(ctx, g + 1, c, g + 1);
  return end > g + 1 ? conjoinedGroupEnd(ctx, end, c) : g;
}

/** 'Госпиталя принцессы Марины', 'больницы королевы Анны': a royal or holy title and a first name in the genitive. */
function royalHonoreeEnd(ctx: Context, k: number): number {
  const [title, name] = [ctx.tokens[k], ctx.tokens[k + 1]];
  if (!title || !name || title.cap || !name.cap || ctx.taken[k + 1] || !joined(ctx, k - 1) || !joined(ctx, k) || !hasLemma(ctx, k, ROYAL_TITLES)) return k;
  const parses = ctx.morph.parse(name.text);
  // 'Университета султана Кабуса': a foreign ruler's name the dictionary lacks, in a man's genitive.
  const foreign = !parses.some((p) => p.known) && MASCULINE_GENITIVE.test(name.text);
  return foreign || parses.some((p) => p.proper === 'Name' && p.known && p.case === 'gent') ? k + 2 : k;
}

const ROYAL_TITLES = new Set(['король', 'королева', 'принц', 'принцесса', 'царь', 'царица', 'царевич', 'царевна', 'князь', 'княгиня', 'император', 'императрица', 'святой', 'святая', 'великомученик', 'великомученица', 'султан', 'шейх', 'эмир']);

/**
 * 'Бюро США по патентам и товарным знакам', 'комиссия Канады по правам человека': after the body's country, the
 * things it deals with ('по' and a lower-case group in the plural); 'суд Москвы по ходатайству' is no name.
 */
function subjectEnd(ctx: Context, k: number): number {
  if (ctx.tokens[k]?.text !== 'по' || !joined(ctx, k - 1) || !joined(ctx, k)) return k;
  const group = caseGroupEnd(ctx, k + 1, 'datv', k + 1);
  if (group === k + 1 || hasLemma(ctx, group - 1, NOT_SUBJECTS)) return k;
  const nouns = ctx.morph.parse(ctx.tokens[group - 1].text).filter((p) => p.pos === 'NOUN' && p.case === 'datv');
  const subject = nouns.some((p) => p.number === 'plur') || nouns.some((p) => p.known && !p.grammemes.has('anim') && isDomain(p.lemma));
  return subject ? conjoinedGroupEnd(ctx, group, 'datv') : k;
}

/** 'по туризму', 'по энергетике', 'по строительству': a singular noun naming a field of work (a body's remit). */
function isDomain(lemma: string): boolean {
  return DOMAINS.has(lemma) || (/(?:изм|ика|ство|логия|ция)$/u.test(lemma) && !NOT_SUBJECTS.has(lemma));
}

const DOMAINS = new Set(['спорт', 'транспорт', 'торговля', 'печать', 'культура', 'охрана', 'связь', 'наука', 'молодёжь', 'молодежь', 'природопользование', 'здравоохранение', 'образование']);

/** 'по вопросу', 'по словам', 'по итогам': what 'по' introduces after a name that is no part of it. */
const NOT_SUBJECTS = new Set([
  'вопрос', 'повод', 'причина', 'слово', 'данные', 'итог', 'мнение', 'просьба', 'почта', 'телефон', 'инициатива',
  'приглашение', 'результат', 'случай', 'телевизор', 'радио', 'словам', 'оценка', 'информация', 'сведение', 'подсчёт',
  'грант', 'договор', 'контракт', 'соглашение', 'поручение', 'приказ', 'решение', 'заказ', 'ходатайство', 'иск', 'заявление',
  'рекомендация', 'существо', 'количество', 'качество', 'статистика', 'методика', 'логика', 'лицензия', 'редакция',
]);

const AGENCY_REMITS = new Set(['статистика']);

/**
 * 'Движения против нелегальной иммиграции', 'фронта за демократию против диктатуры', 'движение в защиту леса':
 * what a movement, front or committee stands for or against is part of its name ('за год' is not).
 */
function stanceEnd(ctx: Context, k: number): number {
  if (!hasLemma(ctx, k - 1, STANCE_HEADS)) return k;
  let end = k;
  for (;;) {
    const t = ctx.tokens[end];
    if (!t || !joined(ctx, end - 1)) return end;
    const defence = t.text === 'в' && ctx.tokens[end + 1]?.text === 'защиту' && joined(ctx, end);
    const c = defence || t.text === 'против' ? 'gent' : t.text === 'за' ? 'accs' : null;
    const from = defence ? end + 2 : end + 1;
    if (!c || !joined(ctx, from - 1)) return end;
    // 'в защиту Химкинского леса': the object may be named by a capitalised adjective.
    let adj = from;
    while (adj < from + 2 && ctx.tokens[adj]?.cap && !ctx.tokens[adj].sentStart && !ctx.taken[adj] && isAdjective(ctx, adj) && joined(ctx, adj)) adj++;
    const next = caseGroupEnd(ctx, adj, c, from);
    if (next === from || hasLemma(ctx, next - 1, TIME_NOUNS)) return end;
    // 'против вырубки лесов': the object may have a genitive of its own.
    const own = conjoinedGroupEnd(ctx, next, c);
    end = joined(ctx, own - 1) ? caseGroupEnd(ctx, own, 'gent', own) : own;
  }
}

const STANCE_HEADS = new Set(['движение', 'фронт', 'комитет', 'союз', 'коалиция', 'лига', 'партия', 'альянс', 'организация', 'ассоциация', 'фонд', 'общество', 'объединение', 'кампания']);
const TIME_NOUNS = new Set(['год', 'месяц', 'неделя', 'день', 'сутки', 'час', 'время', 'период', 'квартал', 'полугодие', 'срок', 'счёт', 'счет']);

/**
 * 'управление по гидрометеорологии и мониторингу окружающей среды', 'институт конъюнктуры аграрного рынка',
 * 'служба по надзору в сфере образования и науки': a genitive group of an adjective and its noun, or 'в сфере /
 * в области' and a genitive group, continues a name.
 */
function descriptiveTail(ctx: Context, g: number, c: string): number {
  const { tokens } = ctx;
  if (tokens[g]?.text === 'в' && joined(ctx, g - 1) && hasLemma(ctx, g + 1, SPHERE) && joined(ctx, g) && joined(ctx, g + 1)) {
    const inner = caseGroupEnd(ctx, g + 2, 'gent', g + 2);
    if (inner > g + 2) return conjoinedGroupEnd(ctx, inner, 'gent');
  }
  if (!joined(ctx, g - 1) || !isAdjective(ctx, g) || tokens[g].cap) return g;
  const next = caseGroupEnd(ctx, g, 'gent', g);
  return next > g + 1 || c === 'datv' ? next : g;
}

const SPHERE = new Set(['сфера', 'область']);

/**
 * After a body's genitive complement ending at g, what completes it: what people in the plural make ('ассоциации
 * производителей | шерсти и кашемира'), a subject closed by the body's place ('школы олимпийского резерва | по боксу
 * Омской области'), the object a noun governs ('Служба надзора | за безопасностью растений', 'Центра управления |
 * стихийными бедствиями'); its end, or g.
 */
function genitiveTailEnd(ctx: Context, g: number): number {
  const made = peopleInPlural(ctx, g - 1) ? peopleObjectEnd(ctx, g) : g;
  if (made > g) return made;
  const topic = topicPlaceEnd(ctx, g);
  if (topic > g) return topic;
  const governed = prepositionGoverned(ctx, g) || bareGoverned(ctx, g) ? remitObjectEnd(ctx, g) : g;
  if (governed > g) return placeEnd(ctx, governed);
  const remit = remitAfterComplementEnd(ctx, g);
  return remit > g ? placeEnd(ctx, remit) : g;
}

/**
 * 'Национального центра экстренных операций | по искоренению полиомиелита': the body's remit after its genitive
 * complement, a noun of action in the dative with its object ('по решению суда' cites, no remit); its end, or g.
 */
function remitAfterComplementEnd(ctx: Context, g: number): number {
  if (ctx.tokens[g]?.text !== 'по' || !joined(ctx, g - 1) || !joined(ctx, g)) return g;
  const group = caseGroupEnd(ctx, g + 1, 'datv', g + 1);
  if (group === g + 1 || hasLemma(ctx, group - 1, NOT_SUBJECTS)) return g;
  const action = ctx.morph.parse(ctx.tokens[group - 1].text).some((p) => p.pos === 'NOUN' && p.case === 'datv' && p.known && isActionLemma(p.lemma));
  return action ? remitEnd(ctx, group) : g;
}

/** The noun ending at g governs a case with no preposition ('Центра управления | стихийными бедствиями'), a lower-case word at g. */
function bareGoverned(ctx: Context, g: number): boolean {
  const t = ctx.tokens[g];
  return !!t && t.kind === 'word' && !t.cap && GOVERNED.some(([nouns, prepositions, c]) => prepositions.length === 0 && c !== 'gent' && hasLemma(ctx, g - 1, nouns));
}

/**
 * 'школы олимпийского резерва | по волейболу города Новосибирска', '... | по боксу Челябинской области': 'по' and what
 * the body teaches or governs, in the dative, when the body's place closes the name; its end, or g.
 */
function topicPlaceEnd(ctx: Context, g: number): number {
  if (ctx.tokens[g]?.text !== 'по' || !joined(ctx, g - 1) || !joined(ctx, g)) return g;
  const topic = caseGroupEnd(ctx, g + 1, 'datv', g + 1);
  if (topic === g + 1 || hasLemma(ctx, topic - 1, NOT_SUBJECTS)) return g;
  const town = ctx.tokens[topic]?.text === 'города' && joined(ctx, topic) ? topic + 1 : topic;
  const end = placeEnd(ctx, town);
  return end > town ? end : g;
}

/**
 * After people in the plural ending at g, what they make or work in, an inanimate genitive group with its conjoined
 * ones ('ассоциации производителей | шерсти и кашемира', 'профсоюза работников | народного образования и науки');
 * its end (with a place after it), or g.
 */
function peopleObjectEnd(ctx: Context, g: number): number {
  const object = caseGroupEnd(ctx, g, 'gent', g);
  if (object === g || ctx.morph.parse(ctx.tokens[object - 1].text).some((p) => p.grammemes.has('anim'))) return g;
  return placeEnd(ctx, conjoinedGroupEnd(ctx, object, 'gent'));
}

function peopleInPlural(ctx: Context, k: number): boolean {
  return ctx.morph.parse(ctx.tokens[k].text).some((p) => p.known && p.pos === 'NOUN' && p.grammemes.has('anim') && p.number === 'plur' && p.case === 'gent');
}

/** A man's foreign name the dictionary lacks, in the genitive of a noun on a consonant ('Кабуса', 'Хидара'). */
const MASCULINE_GENITIVE = /\p{Ll}[бвгджзклмнпрстфхцчшщ]а$/u;

/** End of a given name and a surname in the genitive at k ('Ивана Петрова'), or k. */
function personInGenitive(ctx: Context, k: number): number {
  const [a, b] = [ctx.tokens[k], ctx.tokens[k + 1]];
  if (!a || !b || !a.cap || !b.cap || ctx.taken[k] || ctx.taken[k + 1] || !joined(ctx, k - 1) || !joined(ctx, k)) return k;
  const names = ctx.morph.parse(a.text).filter((p) => p.proper === 'Name' && p.known && p.case === 'gent');
  // 'Университета Мухаммеда Хидара': after a man's given name, a foreign surname the dictionary lacks declines like a noun.
  const foreign = names.some((p) => p.gender === 'masc') && MASCULINE_GENITIVE.test(b.text);
  const surname = ctx.morph.parse(b.text).some((p) => (p.proper === 'Surn' && p.case === 'gent') || (!p.known && (foreign || /(?:ова|ева|ина|ына|ой|ого|ского)$/u.test(b.text))));
  // 'Университета Мохаммеда V', 'Университета Петра I': a monarch, a given name and a regnal numeral.
  const regnal = /^[IVX]+$/.test(b.text) && ROMAN.test(b.text);
  return names.length > 0 && (surname || regnal) ? k + 2 : k;
}

/**
 * 'Музей-усадьба В. И. Сурикова': one or two initials and a surname in the genitive at k, the person a body is named
 * after (a person already read there gives way); its end, or k.
 */
function initialsInGenitive(ctx: Context, k: number): number {
  const { tokens } = ctx;
  let j = k;
  while (j < k + 4 && tokens[j]?.kind === 'word' && tokens[j].cap && tokens[j].text.length === 1 && tokens[j + 1]?.text === '.' && joined(ctx, j - 1)) j += 2;
  const surname = tokens[j];
  if (j === k || !surname?.cap || !joined(ctx, j - 1) || !ctx.morph.parse(surname.text).some((p) => p.proper === 'Surn' && p.case === 'gent')) return k;
  const owner = ctx.owner[k];
  if (owner && (owner.type !== 'PER' || owner.end !== surname.end)) return k;
  if (owner) release(ctx, owner);
  return j + 1;
}

/** 'Музей-усадьба Л. Н. Толстого «Ясная Поляна»': the body's own name in quotes after its namesake; its end, or k. */
function quotedNameEnd(ctx: Context, k: number): number {
  if (ctx.tokens[k]?.text !== '«' || !joined(ctx, k - 1)) return k;
  let j = k + 1;
  while (j < k + 6 && ctx.tokens[j] && ctx.tokens[j].text !== '»' && ctx.tokens[j].kind === 'word') j++;
  if (j === k + 1 || !ctx.tokens[k + 1].cap || ctx.tokens[j]?.text !== '»') return k;
  for (let q = k + 1; q < j; q++) {
    const owner = ctx.owner[q];
    if (owner) release(ctx, owner);
  }
  return j + 1;
}

/** 'банк реконструкции и развития', 'комиссия по торговле и инвестициям': a second group in the same case after 'и'. */
function conjoinedGroupEnd(ctx: Context, g: number, c: string): number {
  // 'по дорожному хозяйству, транспорту и связи': a list joined by commas counts when 'и' closes it.
  if (ctx.tokens[g]?.text === ',' && joined(ctx, g)) {
    const next = caseGroupEnd(ctx, g + 1, c, g + 1);
    const rest = next > g + 1 ? conjoinedGroupEnd(ctx, next, c) : next;
    return rest > next && ctx.tokens.slice(next, rest).some((t) => t.text === 'и') ? rest : g;
  }
  if (ctx.tokens[g]?.text !== 'и' || !joined(ctx, g - 1) || !joined(ctx, g)) return g;
  const next = caseGroupEnd(ctx, g + 1, c, g + 1);
  // 'Конгресса профсоюзов и профсоюза ...', '... палаты и рабочей группы': the same noun again, or an
  // organization's noun with its own adjectives, after 'и' starts a second organization, not a complement
  // of the first ('академия музыки и театра' keeps its bare 'театра').
  if (next > g + 1 && ((next - 1 > g + 1 && hasLemma(ctx, next - 1, ORG_HEADS)) || sameNoun(ctx, g - 1, next - 1))) return g;
  return next > g + 1 ? next : g;
}

function sameNoun(ctx: Context, a: number, b: number): boolean {
  const lemmas = ctx.morph.lemmas(ctx.tokens[a].text);
  return [...ctx.morph.lemmas(ctx.tokens[b].text)].some((l) => lemmas.has(l));
}

/** A parent body's acronym at k ('РАН', 'УрО РАН'), joined to the word before. */
function parentAcronymAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && joined(ctx, k - 1) && /^\p{Lu}\p{Ll}?\p{Lu}/u.test(t.text) && !NON_ENTITY_ACRONYMS.has(t.text) && (!ctx.owner[k] || ctx.owner[k]!.type === 'ORG');
}

/** End of an organization's acronym at k ('СНГ'), absorbed into the longer name; or k. */
function acronymEnd(ctx: Context, k: number): number {
  const t = ctx.tokens[k];
  if (!t || !t.allCaps || NON_ENTITY_ACRONYMS.has(t.text) || !joined(ctx, k - 1)) return k;
  const owner = ctx.owner[k];
  if (owner && (owner.type !== 'ORG' || ownedEnd(ctx, k) !== k + 1)) return k;
  if (owner) release(ctx, owner);
  return k + 1;
}

/** End of a place name in the genitive starting at k (joined to the word before), or k. */
function placeEnd(ctx: Context, k: number): number {
  const { tokens } = ctx;
  if (k >= tokens.length || !joined(ctx, k - 1)) return k;
  // 'районный суд г. Сочи': the abbreviation of 'города' before the town.
  if (tokens[k].text === 'г' && tokens[k + 1]?.text === '.' && tokens[k + 2]?.cap) {
    const town = placeEnd(ctx, k + 2);
    return town > k + 2 ? town : k;
  }
  if (ownerFrom(ctx, k, 'LOC') && isGenitive(ctx, k)) {
    const end = absorb(ctx, k);
    return end - k >= 3 || hasLemma(ctx, end - 1, CITY_PARTS) ? cityOfAreaEnd(ctx, end) : end;
  }
  const named = namedAreaEnd(ctx, k);
  if (named > k) return named;
  if (ctx.taken[k]) return k;
  // 'Светлогорского городского округа': an adjective that is also a town's name still heads an area.
  const area = areaEnd(ctx, k);
  if (area > k) return area;
  const place = ctx.gazetteer.match(tokens, k, ctx.text);
  if (place && place.entry.type === 'LOC' && isGenitive(ctx, k)) return place.end;
  if (tokens[k].cap && ctx.morph.parse(tokens[k].text).some((p) => p.proper === 'Geox' && p.case === 'gent')) return givenNameBefore(ctx, k) ? k : k + 1;
  return areaOfPlaceEnd(ctx, k);
}

const MANAGED_WATERS = new Set(['река', 'озеро']);

/**
 * 'штата Амазонас', 'провинции Неукен', 'городского округа Нальчик': a lower-case area noun in the genitive (maybe
 * after its adjectives) and the area's name in apposition, one capitalised word (a place, or no one's yet); not a
 * first name nor the first of two capitalised words ('администрации района Иван Петров' is the head's person).
 */
function namedAreaEnd(ctx: Context, k: number): number {
  const { tokens } = ctx;
  // 'суд провинции Хэйлунцзян': after a bare lower-case head the place is named apart.
  // 'Палаты собрания штата Лагос': not when that head is itself the complement of a capitalised one.
  const complement = tokens[k - 2]?.cap && hasLemma(ctx, k - 2, ORG_HEADS);
  if (!tokens[k - 1]?.cap && !isAdjective(ctx, k - 2) && !complement && (hasLemma(ctx, k - 1, ORG_HEADS) || hasLemma(ctx, k - 1, DOMAIN_BODIES))) return k;
  let h = k;
  while (h < k + 2 && !tokens[h].cap && !ctx.taken[h] && isAdjective(ctx, h) && joined(ctx, h)) h++;
  const [area, name, after] = [tokens[h], tokens[h + 1], tokens[h + 2]];
  // 'Управления реки Вольта': a river or a lake a body manages names it as an area does.
  const areaNoun = hasLemma(ctx, h, AREA_HEADS) || hasLemma(ctx, h, MANAGED_WATERS);
  if (!area || area.cap || ctx.taken[h] || !areaNoun || !isGenitive(ctx, h) || !name?.cap || name.allCaps || !joined(ctx, h)) return k;
  if ((after?.cap && joined(ctx, h + 1)) || isDictionaryFirstName(ctx.morph, name.text)) return k;
  const owner = ctx.owner[h + 1];
  if (!owner) return h + 2;
  return ownerFrom(ctx, h + 1, 'LOC') ? absorb(ctx, h + 1) : k;
}

/** 'Территориальный фонд | ОМС Нижегородской области': the domain's acronym between a body's head and its place; the place's end, or k. */
function domainAcronymPlaceEnd(ctx: Context, k: number): number {
  const t = ctx.tokens[k];
  if (!t?.allCaps || !NON_ENTITY_ACRONYMS.has(t.text) || !joined(ctx, k - 1)) return k;
  const end = placeEnd(ctx, k + 1);
  return end > k + 1 ? end : k;
}

/** 'Корпорация развития | Среднего Урала', 'Западной Сибири': a part of a place the dictionary knows, in the genitive; or k. */
function areaOfPlaceEnd(ctx: Context, k: number): number {
  // 'Института водных проблем Севера': a capitalised quarter of the world is the region.
  // 'Сообщество развития Юга Африки': then the place it is the quarter of.
  if (ctx.tokens[k].cap && !ctx.tokens[k].sentStart && ctx.morph.parse(ctx.tokens[k].text).some((p) => p.case === 'gent' && p.number === 'sing' && QUARTERS.has(p.lemma))) return placeEnd(ctx, k + 1);
  const place = ctx.tokens[k + 1];
  if (!ctx.tokens[k].cap || !place?.cap || ctx.taken[k + 1] || !joined(ctx, k) || !hasLemma(ctx, k, AREA_ADJECTIVES) || !isGenitive(ctx, k)) return k;
  return ctx.morph.parse(place.text).some((p) => p.proper === 'Geox' && p.known && p.case === 'gent') ? k + 2 : k;
}

/**
 * 'Тверской области', 'Зеленоградского муниципального округа', 'Центрального административного округа Москвы':
 * a capitalised adjective, maybe lower-case ones, and an area noun in the genitive (then the place it is part of); or k.
 */
function areaEnd(ctx: Context, k: number): number {
  const { tokens } = ctx;
  if (!tokens[k].cap || tokens[k].sentStart || !isAdjective(ctx, k)) return k;
  let h = k + 1;
  while (h < k + 3 && h < tokens.length && joined(ctx, h - 1) && !tokens[h].cap && isAdjective(ctx, h)) h++;
  if (h >= tokens.length || !joined(ctx, h - 1) || ctx.taken[h] || !hasLemma(ctx, h, AREA_HEADS) || !isGenitive(ctx, h)) return k;
  return h > k + 1 || hasLemma(ctx, h, CITY_PARTS) ? cityOfAreaEnd(ctx, h + 1) : h + 1;
}

/** Areas a city is divided into: 'Первомайского района | Кирова' names the city after them. */
const CITY_PARTS = new Set(['район']);

/** 'Центрального административного округа | Москвы': after a long area's name ending at end, the place it is part of. */
function cityOfAreaEnd(ctx: Context, end: number): number {
  if (!hasLemma(ctx, end - 1, AREA_HEADS)) return end;
  const whole = placeEnd(ctx, end);
  return whole > end ? whole : end;
}

/** 'суд города Санкт-Петербурга | и Ленинградской области': a second place, a region, joined by 'и' after the first. */
function regionPairEnd(ctx: Context, end: number): number {
  if (ctx.tokens[end]?.text !== 'и' || !joined(ctx, end - 1) || !joined(ctx, end)) return end;
  const second = placeEnd(ctx, end + 1);
  if (second === end + 1) return end;
  for (let k = end + 1; k < second; k++) if (hasLemma(ctx, k, AREA_HEADS)) return second;
  return end;
}

/**
 * 'Фонд развития Дальнего Востока и Арктики', 'Администрация морских портов Приморья и восточной Арктики': two
 * places after 'и' (the second maybe with a lower-case part-of-place adjective) share the complement they follow.
 */
function placePairEnd(ctx: Context, end: number): number {
  if (ctx.tokens[end]?.text !== 'и' || !joined(ctx, end - 1) || !joined(ctx, end)) return end;
  const part = !ctx.tokens[end + 1]?.cap && hasLemma(ctx, end + 1, AREA_ADJECTIVES) && joined(ctx, end + 1) ? end + 2 : end + 1;
  if (!ctx.tokens[part]?.cap) return end;
  const second = placeEnd(ctx, part);
  return second > part ? second : end;
}

/** 'министерства иностранных дел Барри Лоуенкрона': a word that is a place and a known given name, before a capitalised word, starts a person. */
function givenNameBefore(ctx: Context, k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (!next || !next.cap || !joined(ctx, k)) return false;
  return ctx.morph.parse(ctx.tokens[k].text).some((p) => p.proper === 'Name' && p.known);
}


function isGenitive(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  const parses = ctx.morph.parse(t.text);
  return t.allCaps || parses.some((p) => p.case === 'gent' || p.grammemes.has('Fixd')) || undeclinedPlace(parses, t.text);
}

/** 'Министерство иностранных дел Вьетнама': a capitalised organization head noun with a complement. */
export function findHeadNounPhrases(ctx: Context): void {
  headNounPhrases(ctx, (t) => t.cap);
}

/**
 * 'министерства сельского хозяйства и рыболовства Индонезии': a lower-case ministry or agency with its
 * country. Runs after the capitalised names, which own 'Государственного совета по ... КНР'.
 */
export function findDomainBodies(ctx: Context): void {
  headNounPhrases(ctx, (t, i) => domainStem(t) && hasLemma(ctx, i, DOMAIN_BODIES) && !headOfPlace(ctx, i), leadingAdjectives);
  // The last pass of named bodies before the runs of capitalised words: 'театра Камала' after 'театр имени ... Камала'.
  findEponymShortForms(ctx);
}

/** 'глава администрации Козьмодемьянска', 'замглавы администрации района': a title of the place's head, whose place alone is tagged. */
function headOfPlace(ctx: Context, i: number): boolean {
  return i > 0 && joined(ctx, i - 1) && hasLemma(ctx, i - 1, PLACE_HEAD_TITLES) && hasLemma(ctx, i, ADMINISTRATION);
}

const PLACE_HEAD_TITLES = new Set(['глава', 'замглавы']);
const ADMINISTRATION = new Set(['администрация', 'мэрия', 'акимат']);

/** A lower-case word, or a capitalised one opening a sentence ('Мэрия Магадана'), with a domain body's stem. */
function domainStem(t: Context['tokens'][number]): boolean {
  return t.cap ? t.sentStart && DOMAIN_STEM.test(t.text.toLowerCase()) : DOMAIN_STEM.test(t.text);
}

/** A cheap first test before the dictionary: the stems of the domain bodies' forms. */
const DOMAIN_STEM = /^(?:министерств|ведомств|комитет|агентств|департамент|управлени|служб|кабинет|прокуратур|администраци|мэри|суд|полици|акимат)/;

function headNounPhrases(ctx: Context, accept: (t: Context['tokens'][number], i: number) => boolean, from = (_: Context, i: number) => i): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (ctx.taken[i] || t.allCaps || !accept(t, i) || !isOrgHeadNoun(ctx, i)) continue;
    const end = orgTail(ctx, i + 1);
    if (end === i + 1) continue;
    if ((t.sentStart || !t.cap) && !endsWithPlace(ctx, end)) continue;
    emitPhrase(ctx, from(ctx, i), end, 'ORG');
    i = end - 1;
  }
}

/** 'главного налогового управления Лаоса': lower-case adjectives before the head belong to the name. */
function leadingAdjectives(ctx: Context, h: number): number {
  let i = h;
  while (i > 0 && h - i < 3 && !ctx.tokens[i - 1].cap && joined(ctx, i - 1) && isAdjective(ctx, i - 1)) i--;
  return i;
}

function isOrgHeadNoun(ctx: Context, i: number): boolean {
  const text = ctx.tokens[i].text;
  const head = (parses: Parse[]) => parses.some((p) => p.pos === 'NOUN' && ORG_HEADS.has(p.lemma) && p.number === 'sing') && !parses.some((p) => p.pos === 'ADJF');
  // 'Музее-усадьбе': a compound head declines in both parts; the first names the kind of body.
  const dash = text.indexOf('-');
  return head(ctx.morph.parse(text)) || (dash > 0 && head(ctx.morph.parse(text.slice(0, dash))));
}

function endsWithPlace(ctx: Context, end: number): boolean {
  const last = ctx.tokens[end - 1];
  // 'прокуратура Тверского района': an area noun after a capitalised adjective.
  if (!last) return false;
  if (last.cap) return true;
  // 'прокуратура Центрального административного округа': the area's capitalised adjective up to two words before.
  // 'Управление Панамского канала': a landform's or waterway's noun likewise.
  if (!hasLemma(ctx, end - 1, AREA_HEADS) && !hasLemma(ctx, end - 1, LOC_HEADS)) return false;
  for (let k = end - 2; k >= Math.max(0, end - 4); k--) if (ctx.tokens[k].cap) return !ctx.tokens[k].sentStart;
  return false;
}

/** 'театр имени ...', 'им.': the person a body is named after follows (see orgSuffixes), not a complement. */
const HONOREE = new Set(['имени', 'им']);

/** Lower-case adjectives (joined by 'и') ending in a noun in case c; returns the end, or fallback. */
/** 'прокуратура начала проверку': a past verb agreeing with the nominative noun just before it is the predicate ('начала'). */
function predicateOf(ctx: Context, j: number, parses: Parse[]): boolean {
  // 'Государственный Эрмитаж примет ее': a present or future verb too, when the dictionary reads the word so first.
  const verbs = parses.filter((p) => p.known && p.pos === 'VERB' && (p.grammemes.has('past') || parses[0] === p));
  if (!verbs.length || j === 0) return false;
  // The noun's likeliest reading must be the nominative ('Министерства стали Индии' is a genitive, then steel).
  const subject = ctx.morph.parse(ctx.tokens[j - 1].text)[0];
  if (!subject || subject.pos !== 'NOUN' || subject.case !== 'nomn') return false;
  return verbs.some((v) => v.number === subject.number && (subject.number === 'plur' || !v.grammemes.has('past') || v.gender === subject.gender));
}

function passiveParticiple(ctx: Context, j: number): boolean {
  return !ctx.taken[j] && ctx.morph.parse(ctx.tokens[j].text).some((p) => p.known && p.pos === 'PRTF' && p.grammemes.has('pssv'));
}

function caseGroupEnd(ctx: Context, k: number, c: string, fallback: number): number {
  const { tokens } = ctx;
  let j = k;
  // 'возобновляемой энергетики', 'охраняемых территорий': a passive participle modifies like an adjective.
  while (j < tokens.length && (isAdjective(ctx, j) || passiveParticiple(ctx, j) || tokens[j].text === 'и') && !tokens[j].cap && joined(ctx, j)) j++;
  const t = tokens[j];
  // 'в' and 'с' parse as abbreviated nouns too: a one-letter word never ends a name.
  if (!t || t.cap || ctx.taken[j] || t.text.length < 2 || HONOREE.has(t.text) || (j > k && !joined(ctx, j - 1))) return fallback;
  const parses = ctx.morph.parse(t.text);
  // 'заповедник под Костанаем': a preposition is no noun of the name, though 'под' also parses as one.
  const noun = parses.some((p) => p.pos === 'NOUN' && p.case === c) && !parses.some((p) => p.pos === 'PREP');
  return noun && !predicateOf(ctx, j, parses) ? j + 1 : fallback;
}

/** A Chinese family name and a given name of Chinese syllables ('Мэн Лиюнь'), or a Vietnamese name ('Тонг Тхюи Ань'), start at i. */
function eastAsianNameAt(ctx: Context, i: number): boolean {
  const [next, third] = [ctx.tokens[i + 1], ctx.tokens[i + 2]];
  if (!joined(ctx, i) || !next?.cap) return false;
  return isChinese([ctx.tokens[i].text, next.text]) || (!!third?.cap && joined(ctx, i + 1) && isVietnamese([ctx.tokens[i].text, next.text, third.text]));
}

/**
 * Runs of capitalised words not yet claimed: people (first-name lists from the dictionary, surnames,
 * unknown foreign names after a title), places and organizations by morphology, acronyms, Latin names.
 */
import { classifyWord, isFunctionWord, knownAs, type WordClass } from '../morphology/classify';
import { foldLower, foldYo, type Parse } from '../morphology/morph';
import { generationOf, isChinese, isJapanese, isVietnamese, nameForms, normalizePerson, normalizeWithPatronymic, TURKIC_PATRONYMICS } from '../names/person';
import { isKorean } from '../names/koreanNames';
import { matchCase } from '../names/casing';
import { agree } from '../morphology/agreement';
import { isAcronym, quotedNominative, wordNominative } from '../names/nominal';
import { claim, claimWord, guessed, hasLemma, isVerb, joined, wordsOf, wordTexts, type Candidate, type Context } from './context';
import { acronymStem, afterLawCode, breaksName, commonCompound, companyBeforeLimited, hasLatinCompanyWord, INNER_CAPITALS, isCapitalParticle, isLatinLegalForm, isLatinOrganization, isNameParticle, LATIN_LEGAL_FORMS, particleBetween, romanNumerals, UNIT } from './wordShapes';
import { FORMS_BEFORE_QUOTES, LATIN_EVENT_WORDS, LOC_HEADS, NEVER_NAMES, NON_ENTITY_ACRONYMS, ONE_WORD_PLACE_CUES, ORG_CUES, ORG_HEADS, PLACE_CUES, PRODUCT_HEADS, QUARTERS, SINGLE_WORD_BODIES } from './data/lexicon';
import { caseHint, isTitle, titleStart } from './titles';
import { placeContext } from './placeContext';
import { afterSpeechCue, beforePersonalVerb, inScoreLine } from './personCues';
import { isPersonWord } from './personWords';
import { claimPlaceRun } from './placeRuns';
import { knownOrganizationAt, knownPlaceFirst } from './earlierNames';
import { FEATURE_HEADS } from './placeFeatures';
import { compoundPlaceNominative, placeNominative } from '../names/placeName';
import type { NameCase } from '../names/synthesis';

export interface RunOptions {
  /** Surnames (lower case, nominative) already found as people in the article. */
  knownSurnames: ReadonlySet<string>;
  /** Multi-word person names (lower case, as written and nominative) already found in the article. */
  knownNames?: ReadonlySet<string>;
  /** Given names of those people that no dictionary knows (lower case): 'Сантифап' alone is Сантифап Пхомвихан. */
  knownGivenNames?: ReadonlySet<string>;
  /** First names of the people named in full (lower case, nominative): 'Алексей уходит' after 'Алексей Р.'. */
  knownFirstNames?: ReadonlySet<string>;
}

export function findCapitalisedRuns(ctx: Context, opts: RunOptions): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsRun(ctx, i)) continue;
    let j = i + 1;
    for (;;) {
      if (j - i >= MAX_RUN) break;
      if (j < tokens.length && startsRun(ctx, j) && joined(ctx, j - 1) && !tokens[j].sentStart) j++;
      else if (particleBetween(ctx, j) && !routeEnd(ctx, i, j) && joined(ctx, j - 1) && joined(ctx, j) && (startsRun(ctx, j + 1) || fatherAfterIbn(ctx, j))) j += 2;
      // 'ван дер Линден', 'де ла Крус': two particles in a row.
      else if (particleBetween(ctx, j) && isNameParticle(tokens[j + 1]?.text ?? '') && joined(ctx, j - 1) && joined(ctx, j) && joined(ctx, j + 1) && startsRun(ctx, j + 2)) j += 3;
      else break;
    }
    classifyRun(ctx, i, j, opts);
    i = j - 1;
  }
}

/** 'из Воруха до Исфары': 'до' after a run opened by 'из' or 'от' ends a route, no Portuguese particle ('Жоао до Кампу'). */
function routeEnd(ctx: Context, i: number, j: number): boolean {
  if (ctx.tokens[j].text !== 'до') return false;
  // 'до Агадеса': a genitive on -а/-я after 'до' is a place; a Portuguese 'do' precedes a masculine name ('до Кампу', 'до Кармо').
  if (/[^аеёиоуыэюя][ая]$/u.test(ctx.tokens[j + 1]?.text ?? '')) return true;
  // 'Поезда до Нижнего Бестяха': a common word opening the sentence, then the preposition.
  if (j - 1 === i && ctx.tokens[i].sentStart && classifyWord(ctx.morph, ctx.tokens[i].text).cls === 'common') return true;
  if (i === 0 || !joined(ctx, i - 1)) return false;
  if (ROUTE_STARTS.has(ctx.tokens[i - 1].text.toLowerCase())) return true;
  // 'от порта Эмсхафен до Дорстена': a place noun between the preposition and the name.
  const noun = ctx.tokens[i - 1];
  return i > 1 && noun.kind === 'word' && !noun.cap && joined(ctx, i - 2) && ROUTE_STARTS.has(ctx.tokens[i - 2].text.toLowerCase());
}

const ROUTE_STARTS = new Set(['из', 'от', 'с', 'со', 'через']);

/** 'Хамада ибн Султана': after 'ибн' comes the father's name, even one that is also a title. */
function fatherAfterIbn(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j + 1];
  return IBN.has(ctx.tokens[j].text) && !!t && t.kind === 'word' && t.cap && !ctx.taken[j + 1];
}

const IBN = new Set(['ибн', 'бин']);

function startsRun(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  // 'Телеграм-каналов' is no name; 'Премьер-лиги', a body named by one compound word, is.
  if (ctx.taken[i] || t.kind !== 'word' || !t.cap || romanNumerals(t.text) || (commonCompound(t.text) && !hasLemma(ctx, i, SINGLE_WORD_BODIES))) return false;
  if (isInitial(ctx, i) && ctx.tokens[i + 1]?.text === '.') return false;
  // '«В Гагаузии ...': a one-letter preposition or conjunction opening a quote is no name's first word.
  if (t.text.length === 1 && ONE_LETTER_WORDS.has(t.text) && ctx.tokens[i + 1]?.kind === 'word') return false;
  // Titles written with a capital ('Премьер-министр', 'Президентом') are not names, unless a given name
  // before an Arabic particle ('Султан бен Хамад').
  return !(isTitle(ctx, i) && classifyWord(ctx.morph, t.text).cls === 'common') || givenNameBeforeParticle(ctx, i);
}

function givenNameBeforeParticle(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return !!next && IBN_BEN.has(next.text) && joined(ctx, i) && ctx.morph.parse(ctx.tokens[i].text).some((p) => p.proper === 'Name' && p.known);
}

const IBN_BEN = new Set(['ибн', 'бин', 'бен', 'бинт', 'бинти']);

const ONE_LETTER_WORDS = new Set(['В', 'С', 'К', 'О', 'У', 'И', 'А']);

/** No name is longer; also bounds the work on pathological input. */
const MAX_RUN = 8;


function cls(ctx: Context, i: number): WordClass {
  const c = classifyWord(ctx.morph, ctx.tokens[i].text);
  // 'Ливиу-Дитер': an unknown hyphenated word ending in a known first name is a double first name, not a guessed body.
  return !c.known && c.cls === 'Orgn' && hyphenatedFirstName(ctx, ctx.tokens[i].text) ? 'Name' : c.cls;
}

/**
 * 'бригадир Тодор Пеев': a word the dictionary only guesses is a body's name (from its ending), then a surname: a given
 * name the dictionary lacks, not a body before a person.
 */
function guessedBodyBeforeSurname(ctx: Context, i: number, j: number, classes: readonly WordClass[]): boolean {
  if (j - i !== 2 || classifyWord(ctx.morph, ctx.tokens[i].text).known) return false;
  const last = ctx.tokens[i + 1];
  // 'Лизель Говендер рассказала', 'сообщила Лизель Говендер': a person's verb of speech says whose the name is.
  return !last.latin && (classes[1] === 'Surn' || SURNAME_TAIL.test(last.text) || beforePersonalVerb(ctx, i + 1) || afterSpeechCue(ctx, i));
}

function hyphenatedFirstName(ctx: Context, word: string): boolean {
  const parts = word.split('-');
  return parts.length === 2 && /^\p{Lu}/u.test(parts[1]) && ctx.morph.parse(parts[1]).some((p) => p.proper === 'Name' && p.known);
}

function surnameKnown(ctx: Context, i: number, opts: RunOptions): boolean {
  return nameIn(ctx, i, opts.knownSurnames);
}

/** Is the word at i, in any case, one of these names (lower case, nominative)? */
function nameIn(ctx: Context, i: number, names: ReadonlySet<string> | undefined): boolean {
  if (!names || names.size === 0) return false;
  // 'Кривоносых', 'Ким': a name that does not decline is written as the article gave it.
  if (names.has(foldLower(ctx.tokens[i].text))) return true;
  for (const l of ctx.morph.lemmas(ctx.tokens[i].text)) if (names.has(foldYo(l))) return true;
  const word = ctx.tokens[i].text;
  // Case endings change the end of a name, not its start: skip the synthesis for words no name begins like.
  const head = foldLower(word.slice(0, 3));
  if (!someStartsWith(names, head)) return false;
  for (const form of nameForms(ctx.morph, word)) if (names.has(form)) return true;
  return false;
}

function someStartsWith(names: ReadonlySet<string>, head: string): boolean {
  for (const n of names) if (n.startsWith(head)) return true;
  return false;
}

/** May a sentence-initial capitalised word start a name? */
function acceptableAtStart(ctx: Context, i: number, j: number, opts: RunOptions): boolean {
  const t = ctx.tokens[i];
  // 'Ван дер Линден забил', 'Фон Браун сказал': a capitalised particle opening a name.
  if (isCapitalParticle(t.text) && j - i >= 2) return true;
  if (NEVER_NAMES.has(t.text.toLowerCase())) return false;
  // 'Заммэра Батайска Оксана ...': a title opening the sentence is no name.
  if (j - i >= 2 && isTitle(ctx, i)) return false;
  if (compoundPlaceNominative(ctx.morph, t.text)) return true;
  // 'Хасай оглы добавил': a father's name before a Turkic patronymic word.
  if (j - i === 1 && turkicPatronymicAt(ctx, j)) return true;
  // 'Ли подчеркнул' after 'Чан Ван Ли': a pronoun-like surname the article gave a person, before a verb; so is
  // a family name written first ('Ли пообещал' after 'Ли Хайбо'; 'Ли пообещали остановку': the particle
  // 'ли' never opens a sentence).
  if (isFunctionWord(ctx.morph.parse(t.text))) return j - i === 1 && ((surnameKnown(ctx, i, opts) && isVerb(ctx, j, 'sing')) || (nameIn(ctx, i, opts.knownGivenNames) && isVerb(ctx, j)));
  if (t.allCaps || t.latin) return true;
  const c = cls(ctx, i);
  // 'Хван впервые выступит', 'Чэнь сообщила' after 'Хван Тэ Ун', 'Чэнь Ихуэй': an East Asian family name the article gave someone, before a verb.
  const givenSubject = j - i === 1 && nameIn(ctx, i, opts.knownGivenNames) && subjectVerb(ctx, j);
  // 'Капелли уже запускал' after 'Лоренцо Каппелли': a word one letter off a surname the article gave someone, before a verb.
  const respelled = j - i === 1 && nearKnownSurname(ctx, i, opts) && subjectVerb(ctx, j);
  // 'Университет Келании и ...': a body's head opening the sentence before a foreign name it bears.
  if (c === 'common') return surnameKnown(ctx, i, opts) || surnameBeforeVerb(ctx, i, j) || givenSubject || respelled || (j - i >= 2 && bodyWithForeignName(ctx, i));
  // 'Палинолог Сатоми Тэрасима': an occupation's noun the dictionary lacks opens the sentence before the name.
  if (c === 'unknown' && OCCUPATION.test(t.text)) return surnameKnown(ctx, i, opts);
  if (c === 'unknown') return j - i >= 2 || surnameKnown(ctx, i, opts) || givenSubject;
  if (c === 'Surn' && !classifyWord(ctx.morph, t.text).known) return j - i >= 2 || surnameKnown(ctx, i, opts) || isSurnameShape(t.text);
  // 'Ферма работает с 2021 года', 'Мороз минус 55': a surname that is as much a common noun opens the sentence alone as the noun.
  if (c === 'Surn' && j - i === 1 && commonNounAsLikely(ctx, i)) return surnameKnown(ctx, i, opts);
  // 'Котлы и проводку поставит ...', 'Находку передадут музею': a place's name that is also a common noun opens the sentence as the noun.
  if (c === 'Geox' && j - i === 1 && commonNounToo(ctx, i)) return surnameKnown(ctx, i, opts);
  // 'Надежда на урегулирование': a first name alone opening a sentence is usually a common noun.
  if (c === 'Name') return j - i >= 2 || surnameKnown(ctx, i, opts) || (nameIn(ctx, i, opts.knownFirstNames) && subjectVerb(ctx, j));
  return true;
}

/** Suffixes of nouns of occupation that no name ends in ('палинолог', 'спелеограф', 'блогерист', 'агроном', 'стоматург'). */
const OCCUPATION = /\p{Ll}{3}(?:олог|ограф|ист|навт|оном|ург)$/u;

/**
 * The dictionary reads the word as a plural or oblique common noun as readily as a place ('котлы': котёл;
 * 'находку': находка); a nominative singular ('Орёл принял гостей') stays the town.
 */
function commonNounToo(ctx: Context, i: number): boolean {
  const parses = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.known && p.pos === 'NOUN');
  const place = Math.max(0, ...parses.filter((p) => p.proper === 'Geox').map((p) => p.score));
  return parses.some((p) => !p.proper && p.score >= place && (p.number === 'plur' || p.case !== 'nomn'));
}

/** The dictionary reads the word as a common noun at least as readily as a surname ('ферма', 'мороз'). */
function commonNounAsLikely(ctx: Context, i: number): boolean {
  const parses = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.known && p.pos === 'NOUN');
  const surname = Math.max(0, ...parses.filter((p) => p.proper === 'Surn').map((p) => p.score));
  return parses.some((p) => !p.proper && p.score >= surname);
}

/**
 * The word differs by one letter (added, dropped or changed) from a surname the article gave a person, and
 * is long enough for that to be a respelling ('Капелли' and 'Каппелли', 'Ржанков' and 'Ржанов').
 */
function nearKnownSurname(ctx: Context, i: number, opts: RunOptions): boolean {
  const word = foldLower(ctx.tokens[i].text);
  // 'Парус был поднят': a common noun in the nominative singular is a subject of its own.
  if (word.length < 5 || ctx.morph.parse(ctx.tokens[i].text).some((p) => p.known && p.case === 'nomn' && p.number === 'sing')) return false;
  for (const s of opts.knownSurnames) if (s.length >= 5 && oneEditApart(word, s)) return true;
  return false;
}

function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x === y.slice(1) || x.slice(1) === y;
}

/** A singular verb at k, or after an adverb ('впервые выступит'). */
function subjectVerb(ctx: Context, k: number): boolean {
  if (isVerb(ctx, k, 'sing')) return true;
  const t = ctx.tokens[k];
  return !!t && !t.cap && joined(ctx, k) && ctx.morph.parse(t.text).some((p) => p.known && p.pos === 'ADVB') && isVerb(ctx, k + 1, 'sing');
}

/** 'Максим Туров': a known first name before a surname's shape, though both are also common words ('максим', 'туров'). */
function nameWithSurnameShape(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1].text;
  return isSurnameShape(next) && !next.includes('-') && ctx.morph.parse(ctx.tokens[i].text).some((p) => p.proper === 'Name' && p.known && p.case === 'nomn');
}

function isSurnameShape(word: string): boolean {
  return /(ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая|енко|швили|дзе|ян|янц|ук|юк|бек|баев|улы)$/u.test(word);
}

function classifyRun(ctx: Context, i: number, j: number, opts: RunOptions): void {
  // 'То Лам' opening a sentence: a name the article already wrote in full, though its first word is a conjunction.
  const known = ctx.tokens[i].sentStart ? knownNameEnd(ctx, i, j, opts) : i;
  if (known > i) {
    person(ctx, i, known);
    if (known < j) classifyRun(ctx, known, j, opts);
    return;
  }
  // First pass: leave 'До Хунг Вьет ...' at a sentence start until the article's full names are known.
  if (!opts.knownNames && ctx.tokens[i].sentStart && j - i >= 2 && isFunctionWord(ctx.morph.parse(ctx.tokens[i].text))) return;
  while (i < j && ctx.tokens[i].sentStart && !acceptableAtStart(ctx, i, j, opts)) i++;
  if (i >= j) return;
  // 'библиотеки аль-Карауин', 'университета аль-Азхар': an institution's Arabic name after its lower-case head; a person
  // after it is a name of its own ('Директор библиотеки аль-Карауин Нуреддин аль-Ваззани').
  if (arabicInstitutionName(ctx, i)) {
    claimWord(ctx, i, 'ORG', ctx.tokens[i].text);
    return classifyRun(ctx, i + 1, j, opts);
  }
  // 'Глава Каменска-Шахтинского Андрей Лысенков': a known place and an adjective joined by a hyphen is a town.
  const compound = compoundPlaceNominative(ctx.morph, ctx.tokens[i].text);
  if (compound) {
    claimWord(ctx, i, 'LOC', compound);
    return classifyRun(ctx, i + 1, j, opts);
  }
  // 'штата Мату-Гросу-ду-Сул Режиналду Проэнса': a place's shape opens the run, a person follows; so does a town the
  // dictionary knows in an oblique case only, before a first name in the nominative ('музея Шадринска Лев Нечунаев').
  if (j - i >= 3 && (placeShape(ctx.tokens[i].text) || obliquePlaceBeforeName(ctx, i))) {
    single(ctx, i, opts);
    return classifyRun(ctx, i + 1, j, opts);
  }
  // 'с Университетом Тохоку', 'в Университете Васэда': a body's capitalised head and a foreign name it bears.
  if (j - i >= 2 && bodyWithForeignName(ctx, i)) {
    const words = [singularNominative(ctx, ctx.tokens[i].text), ctx.tokens[i + 1].text];
    claim(ctx, i, i + 2, { start: ctx.tokens[i].start, end: ctx.tokens[i + 1].end, type: 'ORG', name: words.join(' '), words: wordsOf(ctx, i, i + 2, words) });
    return classifyRun(ctx, i + 2, j, opts);
  }
  if (afterCue(ctx, i, j, opts)) return;
  // 'из Пуны Сунита Деви Чаухан': after 'в' or 'из' a place, then a person.
  // 'в Институт Альфреда Вегенера': a body named after a person is no place.
  if (j - i >= 3 && placeThenPerson(ctx, i, j) && !(j - i === 3 && namedAfter(ctx, i, j, [cls(ctx, i), cls(ctx, i + 1), cls(ctx, i + 2)]))) {
    single(ctx, i, opts);
    return classifyRun(ctx, i + 1, j, opts);
  }
  // 'коллекционера Ёсихиро Кавабаты': a Japanese name in Russian transcription is a person's; so is a Chinese, a
  // Vietnamese or a Korean one ('корейца Нам Кёнсу', though 'нам' is also a word).
  if (japaneseRun(ctx, i, j) || isChinese(wordTexts(ctx, i, j)) || isVietnamese(wordTexts(ctx, i, j)) || isKorean(ctx.morph, wordTexts(ctx, i, j))) return void person(ctx, i, j);
  if (claimPlaceRun(ctx, i, j) || claimGloss(ctx, i, j)) return;
  // 'Мэр Пуно Уилбер Тапара' after 'в Пуно': a place the article named before, then a person.
  const place = knownPlaceFirst(ctx, i, j);
  if (place) {
    claimWord(ctx, i, 'LOC', place.name, place.words[0].lemma);
    return classifyRun(ctx, i + 1, j, opts);
  }
  // 'Мэр Тавиры Жоана Ребордау': after a mayor's title, a town in a genitive no name's nominative has, then the mayor.
  if (seatThenPerson(ctx, i, j)) {
    guessed(claimWord(ctx, i, 'LOC', seatNominative(ctx.tokens[i].text)));
    return classifyRun(ctx, i + 1, j, opts);
  }
  // 'Директор Тиммерманс Брюгтехник Рутгер ван Схайк': a company the article named before, then a person.
  const named = knownOrganizationAt(ctx, i, j);
  if (named) {
    const words = wordTexts(ctx, i, named.end);
    claim(ctx, i, named.end, { start: ctx.tokens[i].start, end: ctx.tokens[named.end - 1].end, type: 'ORG', name: named.org.name, words: wordsOf(ctx, i, named.end, words) });
    return named.end < j ? classifyRun(ctx, named.end, j, opts) : undefined;
  }
  // 'Тиммерманс Брюгтехник B.V.', 'Серинья Энженьярия S.A.': Cyrillic words before a Latin legal form are a company.
  if (!ctx.tokens[j - 1].latin && latinLegalFormAfter(ctx, j - 1)) {
    const words = wordTexts(ctx, i, j);
    return void claim(ctx, i, j, { start: ctx.tokens[i].start, end: ctx.tokens[j - 1].end, type: 'ORG', name: words.join(' '), words: wordsOf(ctx, i, j, words) });
  }
  if (j - i === 1) return single(ctx, i, opts);
  // 'Ассошиэйтед Пресс', 'Дженерал Моторс': an English company word in Cyrillic letters closes an organization.
  const company = ctx.tokens.slice(i + 1, j).findIndex((t) => TRANSLITERATED_COMPANY_WORDS.has(t.text.toLowerCase()));
  if (company >= 0) {
    const end = i + company + 2;
    const words = wordTexts(ctx, i, end);
    // 'Ангары Секьюритиз' -> 'Ангара Секьюритиз': the Russian words before the company word decline.
    const name = [...words.slice(0, -1).map((w) => singularNominative(ctx, w)), words[words.length - 1]].join(' ');
    claim(ctx, i, end, { start: ctx.tokens[i].start, end: ctx.tokens[end - 1].end, type: 'ORG', name, words: wordsOf(ctx, i, end, words) });
    return classifyRun(ctx, end, j, opts);
  }
  // 'Petroliam Nasional Berhad', 'Bank of Georgia': Latin words with a company word or a connector.
  // A gloss is of the name before it ('Barry Lowenkron'), unless that is no name and the gloss is long, or the gloss
  // has a company word and follows no person ('банк Китая (Industrial and Commercial Bank of China)').
  if (isLatinOrganization(ctx, i, j) && (!latinGloss(ctx, i, j) || (!ctx.owner[i - 2] && j - i >= 4) || companyGloss(ctx, i, j))) return latinName(ctx, i, j);
  const run = ctx.tokens.slice(i, j);
  const mixed = run.some((t) => t.latin) && !run.every((t) => t.latin);
  // 'Baikal Ventures Олег Кедров': a Latin name and a Cyrillic one written side by side are two names.
  const scriptChange = mixed ? run.findIndex((t, k) => k > 0 && t.kind === 'word' && t.latin !== run[k - 1].latin && run[k - 1].kind === 'word') : -1;
  if (scriptChange > 0 && run.slice(0, scriptChange).filter((t) => t.latin).length !== 1) {
    classifyRun(ctx, i, i + scriptChange, opts);
    return classifyRun(ctx, i + scriptChange, j, opts);
  }
  const cut = run.findIndex((t) => breaksName(t, mixed));
  if (cut >= 0) {
    if (cut > 0) classifyRun(ctx, i, i + cut, opts);
    single(ctx, i + cut, opts);
    if (i + cut + 1 < j) classifyRun(ctx, i + cut + 1, j, opts);
    return;
  }
  const classes = Array.from({ length: j - i }, (_, k) => cls(ctx, i + k));
  // A place or body written before a person: 'Лаоса Сонексай Сипхандоне', 'Сената Маулен Ашимбаев'.
  const titled = titleStart(ctx, i) >= 0;
  // After a title a genitive place still leads when a dictionary first name follows ('города Шымкента Мурата Айтенова').
  const knownName = classes[1] === 'Name' && classifyWord(ctx.morph, ctx.tokens[i + 1].text).known;
  const placeFirst = classes[0] === 'Geox' && isGenitivePlace(ctx, i) && classifyWord(ctx.morph, ctx.tokens[i].text).known && (!titled || knownName);
  // 'Артема Белых', 'Ханной Войцеховской': a first name agreeing in case with a surname after it is a person, not a place.
  const leader = (placeFirst && !firstNameWithSurname(ctx, i) && !nameBeforeUnknown(ctx, i, j, classes)) || (classes[0] === 'Orgn' && (!titled || organizationBeforeName(ctx, i, j)) && !guessedBodyBeforeSurname(ctx, i, j, classes));
  const leadsPerson = leader && classes.slice(1).some((c) => c === 'Name' || c === 'unknown' || c === 'Surn');
  const bodyFirst = classes[0] === 'common' && !ctx.tokens[i].sentStart && hasLemma(ctx, i, SINGLE_WORD_BODIES);
  // 'защитник Зенита Антон Лисин': a common noun in the genitive after a role, before a full name, is the employer.
  if (titled && classes[0] === 'common' && organizationBeforeName(ctx, i, j) && genitiveNoun(ctx, i)) {
    // 'профессор Университета Тохоку Кэндзи М.': an organization's head noun takes the name after it.
    const end = j - i >= 4 && hasLemma(ctx, i, ORG_HEADS) && classes[1] !== 'Name' && (classes[2] === 'Name' || classes[2] === 'unknown') ? i + 2 : i + 1;
    const words = wordTexts(ctx, i, end);
    const name = [wordNominative(ctx.morph, words[0]), ...words.slice(1)].join(' ');
    guessed(claim(ctx, i, end, { start: ctx.tokens[i].start, end: ctx.tokens[end - 1].end, type: 'ORG', name, words: wordsOf(ctx, i, end, words) }));
    return classifyRun(ctx, end, j, opts);
  }
  if (namedAfter(ctx, i, j, classes)) return void claimNamedAfter(ctx, i, j);
  // 'актриса театра Камала Ляйсан Хабибрахманова': after a body's lower-case head, its namesake in the genitive, then a person.
  if (namesakeBeforePerson(ctx, i, j)) {
    const words = wordTexts(ctx, i - 1, i + 1);
    const name = [wordNominative(ctx.morph, words[0]), words[1]].join(' ');
    guessed(claim(ctx, i - 1, i + 1, { start: ctx.tokens[i - 1].start, end: ctx.tokens[i].end, type: 'ORG', name, words: wordsOf(ctx, i - 1, i + 1, words) }));
    return classifyRun(ctx, i + 1, j, opts);
  }
  // 'директор Института Сервантеса Лусия Бермудес': a body named after a person, then a person of two words or more.
  if (j - i >= 4 && namedAfter(ctx, i, i + 2, classes)) {
    claimNamedAfter(ctx, i, i + 2);
    return classifyRun(ctx, i + 2, j, opts);
  }
  if (leadsPerson || bodyFirst) {
    single(ctx, i, opts);
    return classifyRun(ctx, i + 1, j, opts);
  }
  // 'Регистрания Интернет адресов': at a sentence start an unknown word before a plain dictionary noun is no full name.
  const plainNoun = j - i === 2 && ctx.tokens[i].sentStart && classes[0] === 'unknown' && classes[1] === 'common' && titleStart(ctx, i) < 0;
  const personal = !plainNoun && (classes.some((c) => c === 'Name' || c === 'Surn' || c === 'Patr' || c === 'unknown') || titleStart(ctx, i) >= 0 || (j - i === 2 && (firstNameWithSurname(ctx, i) || nameWithSurnameShape(ctx, i))));
  // 'Тсао Вэньцзе пообещал' after 'Цао Вэньцзе': a run holding a surname the article gave a person, before a verb, is that person.
  const knownPart = j - i === 2 && surnameKnown(ctx, i + 1, opts) && isVerb(ctx, j, 'sing');
  if ((personal && !classes.every((c) => c === 'Geox' || c === 'Orgn')) || knownPart) {
    const border = personBorder(ctx, i, j);
    if (border > i) {
      classifyRun(ctx, i, border, opts);
      return classifyRun(ctx, border, j, opts);
    }
    // 'на стадионе «Эдуард Стрельцов»': a full name alone in quotes names a stadium, a ship or a prize, not the person;
    // words no dictionary knows, with no first name among them, alone in quotes name a company ('«Ортаджа Отелджилик»').
    if (quotedWhole(ctx, i, j)) {
      const words = wordTexts(ctx, i, j);
      if (unknownWords(ctx, i, j)) guessed(claim(ctx, i, j, { start: ctx.tokens[i].start, end: ctx.tokens[j - 1].end, type: 'ORG', name: words.join(' '), words: wordsOf(ctx, i, j, words) }));
      return;
    }
    return void person(ctx, i, j);
  }
  for (let k = i; k < j; k++) single(ctx, k, opts);
}

/**
 * After a role ('глава Минкомсвязи Игоря Щеголёва'), the run's first word is the organization when a
 * person's full name follows it: two words or more, the first a first name the dictionary knows in the
 * first word's case or an unknown word.
 */
function organizationBeforeName(ctx: Context, i: number, j: number): boolean {
  if (j - i < 3 || !classifyWord(ctx.morph, ctx.tokens[i].text).known) return false;
  const next = cls(ctx, i + 1);
  return next === 'Name' || next === 'unknown' || isNameParticle(ctx.tokens[i + 2].text);
}

/** A Latin legal form written right after the token at k ('B.V.', 'S.A.', 'GmbH', 'A/S'): the forms of LATIN_LEGAL_FORMS with their dots. */
function latinLegalFormAfter(ctx: Context, k: number): boolean {
  const m = /^[ \u00a0]+([A-Za-z][A-Za-z./]*)(?![\p{L}])/u.exec(ctx.text.slice(ctx.tokens[k].end, ctx.tokens[k].end + 12));
  return !!m && LATIN_LEGAL_FORMS.has(m[1].replace(/[./]/g, '').toLowerCase());
}

/** 'Театре Вахтангова', 'Музей Пушкина': an organization's head written with a capital, then a surname in the genitive. */
function namedAfter(ctx: Context, i: number, j: number, classes: WordClass[]): boolean {
  if (j - i < 2 || j - i > 3 || classes[0] !== 'common' || !hasLemma(ctx, i, ORG_HEADS)) return false;
  const parses = ctx.morph.parse(ctx.tokens[j - 1].text);
  const surname = parses.some((p) => p.proper === 'Surn' && p.case === 'gent');
  // 'Университета Кениатты', 'Фонд Галуста Гюльбенкяна': words no dictionary knows, each with a genitive's ending.
  const foreign = hasLemma(ctx, i, EPONYMOUS_BODIES) && ctx.tokens.slice(i + 1, j).every((t) => !classifyWord(ctx.morph, t.text).known && GENITIVE_ENDING.test(t.text));
  if (j - i === 2) return (surname && !parses.some((p) => p.proper === 'Name')) || foreign;
  // 'Института Альфреда Вегенера': a given name and a surname in the genitive.
  const given = ctx.morph.parse(ctx.tokens[i + 1].text).some((p) => p.proper === 'Name' && p.known && p.case === 'gent');
  return (given && (surname || classes[2] === 'unknown')) || foreign;
}

/** Bodies named after a person: 'Университет Кениатты', 'Фонд Гюльбенкяна', 'Музей Гуггенхайма'. */
const EPONYMOUS_BODIES = new Set(['университет', 'институт', 'музей', 'театр', 'фонд', 'библиотека', 'колледж', 'академия', 'госпиталь', 'больница', 'консерватория', 'галерея']);

/** A masculine's genitive ('Гюльбенкяна', 'Галуста') or a feminine's ('Кениатты'): a consonant, then -а, -я or -ы. */
const GENITIVE_ENDING = /[бвгджзйклмнпрстфхцчшщ][аяы]$/u;

function claimNamedAfter(ctx: Context, i: number, j: number): void {
  const words = wordTexts(ctx, i, j);
  const name = [wordNominative(ctx.morph, words[0]), ...words.slice(1)].join(' ');
  guessed(claim(ctx, i, j, { start: ctx.tokens[i].start, end: ctx.tokens[j - 1].end, type: 'ORG', name, words: wordsOf(ctx, i, j, words) }));
}

/**
 * After 'в', 'из' the run's first word is a place, no first name, and the next word starts a person: a first name in
 * the nominative, or any word when the first is a place the dictionary knows in the case the preposition shows.
 */
/**
 * 'губернатор провинции Сан-Хуан Лусиано Ируэла Окампо', 'президент республики Татарстан Рустам Минниханов':
 * after a title and a place noun, the place's own name in apposition (one word, or a name the gazetteer
 * knows), then the titled person of two words or more. An adjective first ('Красные Баки') is the place's own.
 */
function titledPlaceThenPerson(ctx: Context, i: number, j: number, opts: RunOptions): boolean {
  if (j - i < 3) return false;
  const known = ctx.gazetteer.match(ctx.tokens, i, ctx.text);
  // 'поселка Ирина Лаптева', 'Абдулла ибн Фахд': a first name after the place noun starts the person; not one only
  // in an oblique case before a first name in the nominative ('поселения Лаврентия Семен Аттувье': the place's genitive).
  const firstName = (hasFirstNameReading(ctx, i) && !(nominativeFirstName(ctx, i + 1) && !nameCases(ctx, i).has('nomn'))) || beforePatronymic(ctx, i);
  if (!known && (firstName || ctx.morph.parse(ctx.tokens[i].text).some((p) => p.pos === 'ADJF' && p.known))) return false;
  const end = known && known.entry.type === 'LOC' ? known.end : i + 1;
  if (j - end < 2 || !ctx.tokens.slice(i, end).every((t) => t.kind === 'word' && t.cap)) return false;
  const words = wordTexts(ctx, i, end);
  const name = known?.entry.name ?? words.join(' ');
  claim(ctx, i, end, { start: ctx.tokens[i].start, end: ctx.tokens[end - 1].end, type: 'LOC', name, words: wordsOf(ctx, i, end, words) });
  classifyRun(ctx, end, j, opts);
  return true;
}

function placeThenPerson(ctx: Context, i: number, j: number): boolean {
  const where = placeContext(ctx, i);
  if (where?.evidence !== 'place-preposition') return false;
  const place = ctx.morph.parse(ctx.tokens[i].text).some((p) => p.proper === 'Geox' && p.known && p.case === where.case);
  // 'в Сантьяго Тьяго Пестана Гувейя заявил': a known place, also a first name, before the subject of a verb.
  // 'из Джиммы Алемайеху Ташоме рассчитывает': three words or more before the verb, though the place is no known one.
  if (hasFirstNameReading(ctx, i)) return j - i >= 3 && isVerb(ctx, j, 'sing');
  if (nominativeFirstName(ctx, i + 1)) return true;
  // 'из Лубумбаши Глоди Кабеа Илунга': a word the dictionary does not know, before two words or more.
  const guessedPlace = j - i >= 3 && !classifyWord(ctx.morph, ctx.tokens[i].text).known;
  return (place || guessedPlace) && !hasLemma(ctx, i + 1, LOC_HEADS) && !hasLemma(ctx, i + 1, ORG_HEADS);
}

/**
 * Plain words after the title of a town's or a region's head ('мэр', 'губернатор', 'аким'), the first in a
 * town's genitive (SEAT_GENITIVE) that is no first name (or on -а, before a first name in the nominative): the
 * town, then the person. After a role ending in a genitive noun ('Председатель регионального правительства
 * Мадейры Флорбела ...', 'глава ассоциации отельеров Кампании Дженнаро ...') only a feminine genitive counts,
 * of no body's name, before a name that does not go on from it ('университета Бутти ибн Дахи ...').
 */
function seatThenPerson(ctx: Context, i: number, j: number): boolean {
  if (j - i < 3 || hasFirstNameReading(ctx, i)) return false;
  const title = titleStart(ctx, i);
  if (title < 0) return false;
  const seat = title === i - 1 && hasLemma(ctx, title, SEAT_TITLES);
  if (!seat && !(title < i - 1 && complementSeat(ctx, i))) return false;
  const word = ctx.tokens[i].text;
  // 'Мэр Тумбеса Карлос Альберто Бокангель': a masculine town's genitive on -а, when a first name follows in the nominative.
  // A foreign given name the dictionary has as a surname only ('Карлос') counts.
  const named = nominativeFirstName(ctx, i + 1) || ctx.morph.parse(ctx.tokens[i + 1].text).some((p) => p.known && p.proper === 'Surn' && p.case === 'nomn' && !MASCULINE_ONLY_SURNAME.test(p.lemma));
  // 'Мэр Маккиспорта Шелдон Фрейзер Хауэлл': or when neither the town nor the word after it is one the dictionary knows
  // and the article writes the town's nominative too ('Маккиспорт'), as no first name on -а declines.
  const foreign = j - i >= 3 && !classifyWord(ctx.morph, word).known && !classifyWord(ctx.morph, ctx.tokens[i + 1].text).known && writtenAlone(ctx, word.slice(0, -1));
  if (!(SEAT_GENITIVE.test(word) && (j - i <= 4 || named)) && !(seat && MASCULINE_SEAT_GENITIVE.test(word) && (named || foreign))) return false;
  // 'мэр Такны Хосе Луис Игуэра де ла Лоса': a longer name after a given name, with its particles.
  // 'Мэр Дерны Абдель Карим ат-Тувейджри': an Arabic particle joined to the last name is one of its words.
  return ctx.tokens.slice(i + 1, j).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) || isNameParticle(t.text) || ARABIC_PARTICLE.test(t.text)) && (j - i <= 4 || named);
}

/** The article has `word` as a whole word somewhere. */
function writtenAlone(ctx: Context, word: string): boolean {
  return ctx.tokens.some((t) => t.kind === 'word' && t.text === word);
}

/** After a genitive noun ('правительства', 'отельеров'): a feminine genitive of no known name, a plain name after it. */
function complementSeat(ctx: Context, i: number): boolean {
  const before = ctx.tokens[i - 1];
  if (before.kind !== 'word' || before.cap || !joined(ctx, i - 1) || !FEMININE_SEAT_GENITIVE.test(ctx.tokens[i].text)) return false;
  if (!ctx.morph.parse(before.text).some((p) => p.pos === 'NOUN' && p.case === 'gent')) return false;
  const next = ctx.tokens[i + 1].text;
  return !isNameParticle(next) && !ARABIC_PARTICLE.test(next) && !isBodyCompound(ctx.tokens[i].text) && !ctx.gazetteer.match(ctx.tokens, i, ctx.text);
}

/** A feminine town's genitive: -ы/-и after a consonant ('Тавиры', 'Мадейры'), -ии of a name on -ия ('Кампании'). */
const FEMININE_ENDINGS = '[бвгджзклмнпрстфхцчшщ][ыи]|ии';
const FEMININE_SEAT_GENITIVE = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${FEMININE_ENDINGS})$`, 'u');
/** A town's genitive: those, or -я of a name on -ль/-нь/-рь ('Хуаляня'). */
const SEAT_GENITIVE = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${FEMININE_ENDINGS}|[лнр]я)$`, 'u');
const MASCULINE_SEAT_GENITIVE = /^(?!\p{Lu}\p{Ll}*(?:ов|ев|ёв|ин|ын)а$)\p{Lu}\p{Ll}{2,}[бвгдзклмнпрстфх]а$/u;
/** A Russian surname's shape ('Иванов'): no foreign given name. */
const MASCULINE_ONLY_SURNAME = /(?:ов|ев|ёв|ин|ын|ский|цкий)$/u;
const SEAT_TITLES = new Set(['мэр', 'губернатор', 'аким', 'градоначальник', 'бургомистр']);

/** The nominative of a town's genitive ('Тавиры' -> 'Тавира', 'Лорки' -> 'Лорка', 'Тумбеса' -> 'Тумбес'; a soft -и -> -я). */
function seatNominative(word: string): string {
  return placeNominative(word, 'gent') ?? word.replace(/и$/u, 'я');
}

/** Two or three plain capitalised words ('НАСА', 'МИДа' are no names' words), none a function word, of a Japanese name's shape. */
function japaneseRun(ctx: Context, i: number, j: number): boolean {
  if (j - i > 3) return false;
  const plain = ctx.tokens.slice(i, j).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isFunctionWord(ctx.morph.parse(t.text)));
  return plain && isJapanese(wordTexts(ctx, i, j));
}

/** Bodies often named after a person ('театр Камала', 'музей Пушкина'); a bank or an agency seldom is. */
const NAMED_AFTER_PEOPLE = new Set(['театр', 'музей', 'институт', 'университет', 'библиотека', 'филармония', 'консерватория', 'академия', 'училище', 'галерея', 'фонд']);

function namesakeBeforePerson(ctx: Context, i: number, j: number): boolean {
  const head = ctx.tokens[i - 1];
  if (j - i < 3 || !head || head.cap || ctx.taken[i - 1] || !joined(ctx, i - 1)) return false;
  if (!ctx.morph.parse(head.text).some((p) => p.pos === 'NOUN' && NAMED_AFTER_PEOPLE.has(p.lemma) && p.case === 'gent')) return false;
  // The namesake shows the genitive: no reading of it as a name is a nominative ('университета Франсиско Хавьер ...' is one name).
  const names = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.proper === 'Surn' || p.proper === 'Name');
  const namesake = names.some((p) => p.case === 'gent') && !names.some((p) => p.case === 'nomn');
  return namesake && (nominativeFirstName(ctx, i + 1) || cls(ctx, i + 1) === 'unknown');
}

/** 'выступил Барри Лоуенкрон': a place that is also a known first name, then one unknown word, is a person's full name. */
function nameBeforeUnknown(ctx: Context, i: number, j: number, classes: string[]): boolean {
  if (j - i !== 2 || classes[1] !== 'unknown' || ctx.tokens[i + 1].latin) return false;
  const parses = ctx.morph.parse(ctx.tokens[i].text);
  // 'Горацио Элисондо': a place only guessed from the word's ending leads no one either.
  return parses.some((p) => p.proper === 'Name' && p.known && p.number !== 'plur') || !parses.some((p) => p.proper === 'Geox' && p.known);
}

/** A known noun in the genitive only ('Зенита', 'Арсенала'). */
function genitiveNoun(ctx: Context, i: number): boolean {
  const nouns = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.known && p.pos === 'NOUN');
  return nouns.length > 0 && nouns.every((p) => p.case === 'gent' && p.number === 'sing');
}

/**
 * Where a second person starts inside a run, or -1: a first name the dictionary knows, in the
 * nominative, after a word that is no first name and not followed by a patronymic ('вместо Петровой
 * Нина Смирнова', 'Кисуму Джеймс Оти'); or a first name in another case than the first name before it
 * ('Роман Варвары Смирновой': the novel, then its author).
 */
function personBorder(ctx: Context, i: number, j: number): number {
  // 'имени А. Н. Сызганова Мирас Шалабаев': initials stand before a surname alone; two words after it are another person.
  if (j - i >= 3 && i >= 2 && ctx.tokens[i - 1].text === '.' && isInitial(ctx, i - 2) && joined(ctx, i - 1)) return i + 1;
  for (let s = i + 1; s < j - 1; s++) {
    if (!hasFirstNameReading(ctx, s)) continue;
    const prev = ctx.tokens[s - 1];
    if (isNameParticle(prev.text) || prev.text.length === 1) continue;
    const here = nameCases(ctx, s);
    // 'защитника Загорской Алексея Тырышкина': a woman's surname before a man's first name is another person's.
    if (FEMININE_OBLIQUE.test(prev.text) && masculineFirstName(ctx, s)) return s;
    if (hasFirstNameReading(ctx, s - 1)) {
      const before = nameCases(ctx, s - 1);
      // 'Амр Мустафа эль-Гамали': a word read as a name only in the plural is no first name of another person.
      if (before.size === 0) continue;
      const after = nameCasesOf(ctx, s + 1);
      if (![...here].some((c) => before.has(c)) && ![...after].some((c) => before.has(c))) return s;
      continue;
    }
    // Short words ('Фам Минь Чинь', 'Чан Тхи Нгок', 'Доан Тхи Нгует') are parts of one East Asian name.
    // 'Нгуен Тхи Лан': a short last word too, though the dictionary knows it.
    if (ctx.tokens[s].text.length <= 3 && (!classifyWord(ctx.morph, ctx.tokens[s + 1].text).known || ctx.tokens[s + 1].text.length <= 3)) continue;
    // 'Рособрнадзора Вера Кутепова': a first name that is also a common word counts before a surname agreeing with it, closing the run.
    if (!(isKnownFirstName(ctx, s) || (s + 2 === j && (firstNameWithSurname(ctx, s) || unknownSurnameAfter(ctx, s)))) || prev.text.length <= 3 || !here.has('nomn') || hasPatronymic(ctx, s + 1)) continue;
    // 'Хишам Абдель Карим Фарраг', 'Наджла Фуад эль-Шербини': in a chain of given names with an Arabic particle the first name is one more given name.
    if (givenNameChain(ctx, s, j) || foreignGivenNames(ctx, i, s, j)) continue;
    // 'Иванов Иван Иванович' and 'Иванова Ивана' name one person: the case decides.
    if (nameCasesOf(ctx, s - 1).has('nomn') && hasPatronymic(ctx, s + 1)) continue;
    return s;
  }
  return -1;
}

/** Oblique cases of a woman's surname, no man's in any case: 'Загорской', 'Петровой'. */
const FEMININE_OBLIQUE = /(?:овой|евой|ёвой|иной|ыной|ской|цкой)$/u;

function masculineFirstName(ctx: Context, k: number): boolean {
  const names = ctx.morph.parse(ctx.tokens[k].text).filter((p) => p.proper === 'Name' && p.known);
  return names.length > 0 && names.every((p) => p.gender === 'masc');
}

/**
 * 'Хорхе Луис Арриага Вильялобос', 'Франсиско Хавьер Ибаньес Саламанка': a first word the dictionary reads
 * as no genitive and no known place or body, before a first name and two more words, is one more given name.
 */
function foreignGivenNames(ctx: Context, i: number, s: number, j: number): boolean {
  // 'губернатор округа Кисуму Джеймс ...': after a place's noun the first word is the place.
  if (s !== i + 1 || j - s < 2 || (i > 0 && (hasLemma(ctx, i - 1, PLACE_CUES) || hasLemma(ctx, i - 1, LOC_HEADS)))) return false;
  if (j - s === 2 && !demonymBefore(ctx, i) && !plainNominativeNoun(ctx, i)) return false;
  const word = classifyWord(ctx.morph, ctx.tokens[i].text);
  if (word.known && (word.cls === 'Geox' || word.cls === 'Orgn')) return false;
  return !ctx.morph.parse(ctx.tokens[i].text).some((p) => p.known && p.case === 'gent');
}

/**
 * 'нигериец Эмека Сэмюэл Нвабуэзе': a lower-case noun of a person's nation ('нигериец', 'колумбийка') right
 * before the run; after it a body or a place in the genitive ('глава Рособрнадзора Вера ...') does not come.
 */
function demonymBefore(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i - 1];
  if (!t || t.cap || t.kind !== 'word' || !joined(ctx, i - 1)) return false;
  return ctx.morph.parse(t.text).some((p) => p.known && p.pos === 'NOUN' && p.case === 'nomn' && p.number === 'sing' && p.grammemes.has('anim') && DEMONYM.test(p.lemma));
}

const DEMONYM = /\p{Ll}{3}(?:[иа]ец|ийка|[ая]нка)$/u;

/** 'совладелец Севки Эмин Ялчынкая': a capitalised word the dictionary knows only as a common noun, in no oblique case, is no body or place in the genitive. */
function plainNominativeNoun(ctx: Context, i: number): boolean {
  const parses = ctx.morph.parse(ctx.tokens[i].text);
  return parses.length > 0 && parses.every((p) => p.known && !p.proper && p.pos === 'NOUN' && (p.case === 'nomn' || p.case === 'accs'));
}

/** After the first name at s another one follows, or an Arabic particle ('аль-Кетби', 'ибн'): one foreign name of many given names. */
function givenNameChain(ctx: Context, s: number, j: number): boolean {
  if (s + 2 < j && isKnownFirstName(ctx, s + 1) && nameCases(ctx, s + 1).has('nomn')) return true;
  for (let k = s + 1; k < j; k++) if (ARABIC_PARTICLE.test(ctx.tokens[k].text)) return true;
  return false;
}

const ARABIC_PARTICLE = /^(?:(?:аль|эль|ас|ад|ат|аш|ан|ар|аз|эн|эр|эс|эш|эт|эд)[-‑]\p{Lu}|(?:ибн|бин|бинт|бен|абу)$)/u;

/** An Arabic name with its article ('аль-Карауин') right after a lower-case head of an institution ('библиотека', 'университет'). */
function arabicInstitutionName(ctx: Context, i: number): boolean {
  const head = i - 1;
  if (head < 0 || (ctx.tokens[head].cap && !ctx.tokens[head].sentStart) || !joined(ctx, head) || !ARABIC_PARTICLE.test(ctx.tokens[i].text)) return false;
  return hasLemma(ctx, head, ARABIC_NAMED_BODIES);
}

const ARABIC_NAMED_BODIES = new Set(['библиотека', 'университет', 'мечеть', 'медресе', 'институт', 'фонд', 'больница', 'телеканал', 'газета']);

function isKnownFirstName(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return t.kind === 'word' && !t.allCaps && ctx.morph.parse(t.text).some((p) => p.proper === 'Name' && p.known) && classifyWord(ctx.morph, t.text).cls === 'Name';
}

/** 'Вера Билык': a word no dictionary knows after a first name, an indeclinable surname's place. */
function unknownSurnameAfter(ctx: Context, k: number): boolean {
  const next = ctx.tokens[k + 1];
  return !!next && next.kind === 'word' && !next.allCaps && !classifyWord(ctx.morph, next.text).known;
}

function hasFirstNameReading(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return t.kind === 'word' && !t.allCaps && ctx.morph.parse(t.text).some((p) => p.proper === 'Name' && p.known);
}

function nameCases(ctx: Context, k: number): Set<string> {
  return new Set(ctx.morph.parse(ctx.tokens[k].text).filter((p) => p.proper === 'Name' && p.known && p.case && p.number !== 'plur').map((p) => p.case as string));
}

function nameCasesOf(ctx: Context, k: number): Set<string> {
  return new Set(ctx.morph.parse(ctx.tokens[k].text).filter((p) => p.case).map((p) => p.case as string));
}

function hasPatronymic(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === 'word' && ctx.morph.parse(t.text).some((p) => p.proper === 'Patr');
}

/**
 * 'Минобрнауки', 'Минпросвещения', 'Рособрнадзор', 'Росприроднадзора': compound names of Russian state
 * bodies (Мин- a ministry, Рос-/Гос- a federal agency, -надзор a supervisor) the dictionary does not know.
 */
export function isBodyCompound(word: string): boolean {
  if (/^(?:Мин|Рос|Гос)(?:[а-яё]{2,})$/u.test(word) && /(?:надзор|стат|реестр|авиаци|морречфлот|рыболовств|архив|гвард|резерв|кино|обрнаук|просвещени|цифр|спорт|труд|здрав|энерго|транс|культур|строй|юст|фин|сельхоз|природ|эконом|промторг|обороны|развити|вод|лес|недр|тур|аккредитаци|потребнадзор|иму|патент|кадастр|алкоголь)/u.test(word)) return true;
  return /^[А-ЯЁ][а-яё]{3,}надзор(?:а|у|ом|е)?$/u.test(word);
}

/** The word is a known adjective agreeing in case and number with the lower-case noun right after it. */
function modifiesNext(ctx: Context, i: number): boolean {
  const noun = modifiedNoun(ctx, i);
  if (noun < 0) return false;
  // 'Московский университет открыл': a body's head noun is the evidence, singular as well.
  if (hasLemma(ctx, noun, ORG_HEADS)) return true;
  // 'Московские власти': a surname's form too, but the plural noun agreeing with it is the evidence; a singular one is not ('Толстой рассказ').
  const parses = ctx.morph.parse(ctx.tokens[i].text);
  return !parses.some((p) => p.proper === 'Surn' && p.known) || parses.some((a) => a.pos === 'ADJF' && a.known && !a.grammemes.has('Apro') && a.number === 'plur' && a.case === 'nomn');
}

/** The lower-case noun a known adjective at i agrees with ('Питерского экономического форума': adjectives may come between), or -1. */
export function modifiedNoun(ctx: Context, i: number): number {
  const adjs = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.pos === 'ADJF' && p.known && !p.grammemes.has('Apro'));
  if (adjs.length === 0) return -1;
  let k = i + 1;
  while (k < i + 5 && lowerAgreeing(ctx, k, adjs, 'ADJF')) k++;
  return lowerAgreeing(ctx, k, adjs, 'NOUN') ? k : -1;
}

/** The word at k is lower case, joined to the one before, and a known word of that part of speech agreeing with one of `adjs`. */
function lowerAgreeing(ctx: Context, k: number, adjs: Parse[], pos: 'ADJF' | 'NOUN'): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || !joined(ctx, k - 1)) return false;
  // 'Кривоносых и Пташкин': a conjunction is no noun, though the dictionary reads 'и' as an abbreviation too.
  const parses = ctx.morph.parse(t.text);
  if (isFunctionWord(parses)) return false;
  const words = parses.filter((p) => p.pos === pos && p.known);
  return adjs.some((a) => words.some((n) => agree(a, n)));
}

/** A standard's number: three digits or more, not a year ('13485', '9001'; '2025 года' is a date). */
function standardNumber(text: string): boolean {
  return /^\d{3,}$/.test(text) && !/^(?:19|20)\d\d$/.test(text);
}

function bodyWithForeignName(ctx: Context, i: number): boolean {
  const [head, name] = [ctx.tokens[i], ctx.tokens[i + 1]];
  if (head.allCaps || name.allCaps || name.latin || !joined(ctx, i) || !hasLemma(ctx, i, FOREIGN_NAMED_BODIES)) return false;
  if (hasFirstNameReading(ctx, i + 1) || /(?:ого|ому|ской|ского)$/u.test(name.text)) return false;
  // A name left undeclined after a head in an oblique case ('Театра Колон', 'в Театре Эспаньоль'): the dictionary
  // reads it in no oblique case, or does not know it and it ends in a consonant.
  if (obliqueHead(ctx, i) && /[^аеёиоуыэюяй]$/u.test(name.text) && !ctx.morph.parse(name.text).some((p) => p.known && p.case !== 'nomn' && p.case !== 'accs')) return true;
  // The name the dictionary does not know and that shows no case ending of its own ('Тохоку', 'Васэда', 'Кэйо').
  return !classifyWord(ctx.morph, name.text).known && /[оуиэеа]$/u.test(name.text);
}

/** The head noun reads only in an oblique case ('Театра', 'Театре'; not 'Театр'). */
function obliqueHead(ctx: Context, i: number): boolean {
  const nouns = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.known && p.pos === 'NOUN');
  return nouns.length > 0 && nouns.every((p) => p.case !== 'nomn' && p.case !== 'accs');
}

const FOREIGN_NAMED_BODIES = new Set(['университет', 'институт', 'академия', 'колледж', 'консерватория', 'госпиталь', 'университетский', 'театр', 'музей', 'галерея', 'оркестр']);

/**
 * 'Локомотива-Кубань', 'Динамо-Казань', 'Торпедо-Москва': a common noun joined to a place by a hyphen names a club
 * or a company of that place, not the place; its name declines in the first part ('Локомотив-Кубань'), or null.
 */
export function nounWithPlace(ctx: Context, word: string): string | null {
  const parts = word.split('-');
  if (parts.length !== 2 || !/^\p{Lu}/u.test(parts[1]) || parts[0].length < 4) return null;
  const first = ctx.morph.parse(parts[0]);
  if (first.length === 0 || first.some((p) => p.proper || !p.known || p.pos !== 'NOUN')) return null;
  // Both parts in one case ('Зенита-Казани'), or the place as written in apposition ('Локомотива-Кубань');
  // 'Улан-Уде' is a town's name, not an uhlan's.
  const cases = new Set(first.map((p) => p.case));
  const place = ctx.morph.parse(parts[1]).find((p) => p.proper === 'Geox' && p.known && (cases.has(p.case) || p.case === 'nomn'));
  if (!place) return null;
  // 'Зенита-Казани' -> 'Зенит-Казань': both parts decline.
  // 'Уралочки-НТМК': an acronym after the hyphen stays as written.
  const placeName = place.case === 'nomn' || parts[1] === parts[1].toUpperCase() ? parts[1] : matchCase(place.lemma, parts[1]);
  return `${singularNominative(ctx, parts[0])}-${placeName}`;
}

/**
 * 'Сьюдад-дель-Эсте', 'Фос-ду-Игуасу', 'Умм-эн-Насан', 'Пуэрто-Игуасу': a hyphenated name with a Romance or
 * Arabic particle inside, or opening with a Spanish or Portuguese word for a town, port or saint, is a place's
 * (kept as written: such names do not decline).
 */
export function placeShape(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || !/^\p{Lu}/u.test(parts[parts.length - 1])) return false;
  if (parts.length >= 3 && parts.slice(1, -1).some((p) => PLACE_NAME_PARTICLES.has(p))) return true;
  return PLACE_NAME_OPENINGS.has(parts[0]);
}

/** 'под Андрейково', 'в Арбеково': a word in -ово/-ево no dictionary knows, after a preposition of place, is a village (they do not decline in news). */
function villageShape(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  const before = ctx.tokens[i - 1];
  return t.text.length >= 6 && /(?:ов|ев|ёв)о$/u.test(t.text) && !!before && !before.cap && joined(ctx, i - 1)
    && VILLAGE_PREPOSITIONS.has(before.text) && !classifyWord(ctx.morph, t.text).known;
}

const VILLAGE_PREPOSITIONS = new Set(['в', 'во', 'из', 'под', 'у', 'около', 'возле', 'близ', 'вблизи', 'до', 'от', 'через', 'за']);

const PLACE_NAME_PARTICLES = new Set(['дель', 'ду', 'до', 'дос', 'да', 'де', 'ла', 'лос', 'лас', 'эн', 'эр', 'эс', 'эш', 'эт', 'эд', 'эз', 'эль', 'ас', 'ар', 'аш', 'ат', 'ад', 'аз', 'ан', 'сюр', 'ам', 'им']);
const PLACE_NAME_OPENINGS = new Set(['Пуэрто', 'Сьюдад', 'Санта', 'Санто', 'Сантьяго', 'Порту', 'Пуэбло', 'Кампу', 'Рибейран', 'Риу', 'Рио', 'Бад']);

function single(ctx: Context, i: number, opts: RunOptions): void {
  const t = ctx.tokens[i];
  if (ctx.taken[i] || t.kind !== 'word') return;
  // 'МВт', 'ГГц': units; 'серии B': a letter.
  if (UNIT.test(t.text) || (t.latin && t.text.length === 1)) return;
  // 'ISO 13485', 'IEC 60601': capitals before a number designate a standard, not its body.
  if (t.allCaps && standardNumber(ctx.tokens[i + 1]?.text ?? '') && joined(ctx, i)) return;
  if (t.allCaps && isAcronym(t.text)) return acronym(ctx, i);
  // A lone Latin word is an organization by default only, unless the gazetteer knows it.
  // 'Haeyang Foods Co., Ltd': the legal form after the comma is no name of its own.
  if (t.latin) return NON_ENTITY_ACRONYMS.has(t.text) || ctx.products.has(t.text) || isLatinLegalForm(t) ? undefined : lowUnless(ctx.gazetteer.canonical(t.text) !== null, claimWord(ctx, i, 'ORG', t.text));
  // 'сельского ФАПа': an acronym with a case ending is no entity when the acronym is none.
  if (INNER_CAPITALS.test(t.text)) return NON_ENTITY_ACRONYMS.has(t.text) || NON_ENTITY_ACRONYMS.has(acronymStem(t.text)) ? undefined : void claimWord(ctx, i, 'ORG', acronymStem(t.text));
  if (splitPlaces(ctx, i)) return;
  // 'Маркос-младший': a surname with a namesake's 'младший' / 'старший'.
  if (generationOf(t.text) || turkicPatronymicAt(ctx, i + 1)) return void person(ctx, i, i + 1);
  if (placeShape(t.text) || villageShape(ctx, i)) return void guessed(claimWord(ctx, i, 'LOC', t.text));
  const club = nounWithPlace(ctx, t.text);
  if (club) return void claimWord(ctx, i, 'ORG', club);
  if (isPersonWord(ctx, i) && cls(ctx, i) === 'Geox') return void person(ctx, i, i + 1);
  if (nameIn(ctx, i, opts.knownGivenNames)) return void person(ctx, i, i + 1);
  // 'Куниц' after a goal's time: a person, though a dictionary word; a known place or body stays itself.
  if (inScoreLine(ctx, i) && !knownAs(ctx.morph, t.text, 'Geox', 'Orgn')) return void person(ctx, i, i + 1);
  if (monumentTo(ctx, i) || arabicParticleName(ctx, i)) return void person(ctx, i, i + 1);
  // 'сказал Хоровиц': an unknown word typed by the verb before it only.
  // A guess from the ending ('Хоровитц' read as an organization) does not count against it.
  if (afterSpeechCue(ctx, i) && !classifyWord(ctx.morph, t.text).known) return lowUnless(isSurnameShape(t.text), person(ctx, i, i + 1));
  const c = cls(ctx, i);
  if (!classifyWord(ctx.morph, t.text).known && isBodyCompound(t.text)) return void claimWord(ctx, i, 'ORG', t.text);
  const common = c === 'common' ? commonPlace(ctx, i) ?? routeThrough(ctx, i) ?? adjectivePlace(ctx, i) : null;
  if (common) return void claimWord(ctx, i, 'LOC', common);
  const where = contextPlaceCase(ctx, i, c, opts);
  // A word the dictionary does not know, a place by its context only: a guess.
  if (where) return lowUnless(c !== 'unknown', claimWord(ctx, i, 'LOC', contextPlaceName(ctx, i, where)));
  if (c === 'Geox') return guessedPlace(ctx, i, opts);
  // 'Кирва пробежал' after 'Джошуа Кибет Кирва': a surname the article gave a person, though a guess reads a body.
  if (c === 'Orgn' && !classifyWord(ctx.morph, t.text).known && surnameKnown(ctx, i, opts)) return void person(ctx, i, i + 1);
  if (c === 'Orgn') return guessedOrganization(ctx, i, opts);
  // '«Фэйсбук» предоставляет': a word alone in quotes names a company, a club or a work, hardly a person.
  // '«Спартака»': a first name alone in quotes is a club or a company named after it, not a person.
  if (c !== 'common' && aloneInQuotes(ctx, i) && (c === 'Name' || !classifyWord(ctx.morph, t.text).known)) return void guessed(claimWord(ctx, i, 'ORG', c === 'Name' ? quotedNominative(ctx.morph, t.text) : t.text));
  // '«Сокол» из Саратова', '«Ротора» из Волгограда': a word in quotes from a town is a club or a company.
  if (c === 'common' && aloneInQuotes(ctx, i) && fromPlace(ctx, i + 2)) return void claimWord(ctx, i, 'ORG', wordNominative(ctx.morph, t.text));
  if (c === 'Surn' && modifiesNext(ctx, i)) return;
  if (c === 'Surn' && namedFeature(ctx, i)) return;
  if (c === 'Name' || c === 'Patr' || c === 'Surn') return void person(ctx, i, i + 1);
  if (c === 'common' && !t.sentStart && hasLemma(ctx, i, SINGLE_WORD_BODIES)) return void claimWord(ctx, i, 'ORG', wordNominative(ctx.morph, t.text));
  // 'Свердловского обкома', 'Пермский обозреватель': an adjective agreeing with the noun after it is no surname.
  if (modifiesNext(ctx, i)) return;
  // '«Жара продолжается»': a dictionary word opening a quoted title is the title's first word, no surname.
  if (c === 'common' && ['«', '"', '„'].includes(ctx.tokens[i - 1]?.text ?? '') && ctx.tokens[i + 1]?.kind === 'word') return;
  // 'пилот Формулы-1': a word with digits is no surname.
  const afterTitle = titleStart(ctx, i) >= 0 && !/\d/.test(t.text);
  // A Russian surname's shape ('Токаев', '-ский') is evidence of its own; a capital alone is a guess.
  const sure = afterTitle || surnameKnown(ctx, i, opts) || isSurnameShape(t.text);
  if (c === 'unknown' && sure) return void person(ctx, i, i + 1);
  // 'президента Республики', 'председатель Комитета': a body's or a place's head noun is no surname after a title.
  const head = hasLemma(ctx, i, ORG_HEADS) || hasLemma(ctx, i, LOC_HEADS);
  if (c === 'common' && ((afterTitle && !t.sentStart && !head) || surnameKnown(ctx, i, opts))) return void person(ctx, i, i + 1);
  if (c === 'common' && nearKnownSurname(ctx, i, opts) && subjectVerb(ctx, i + 1)) return void person(ctx, i, i + 1);
  if (c === 'common' && authorAfterWork(ctx, i)) return void person(ctx, i, i + 1);
  // A common word read as a surname because a verb follows: a guess, unless it has a surname's shape ('Токаев').
  if (c === 'common' && surnameBeforeVerb(ctx, i, i + 1)) return lowUnless(isSurnameShape(t.text), person(ctx, i, i + 1));
}

/**
 * 'симфония Чайковского', 'музыку Глинки и Даргомыжского': inside a sentence, a capitalised genitive the dictionary
 * reads as a surname (or a surname's -ского form) after a lower-case noun that is no place's or body's, or after 'и'
 * and a person, with no noun after it to agree with, is the author.
 */
function authorAfterWork(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (t.sentStart || !joined(ctx, i - 1) || modifiesNext(ctx, i) || ctx.tokens[i + 1]?.kind === 'word' && !isVerb(ctx, i + 1) && !isFunctionWord(ctx.morph.parse(ctx.tokens[i + 1].text))) return false;
  const parses = ctx.morph.parse(t.text);
  const surname = parses.some((p) => p.proper === 'Surn' && p.known && p.case === 'gent') || (/[сц]кого$/u.test(t.text) && parses.some((p) => p.pos === 'ADJF' && p.known && p.case === 'gent'));
  if (!surname) return false;
  const prev = ctx.tokens[i - 1];
  if (prev.text === 'и') return ctx.owner[i - 2]?.type === 'PER' && joined(ctx, i - 2);
  if (prev.cap || hasLemma(ctx, i - 1, LOC_HEADS) || hasLemma(ctx, i - 1, ORG_HEADS) || hasLemma(ctx, i - 1, PLACE_CUES) || hasLemma(ctx, i - 1, ORG_CUES)) return false;
  return ctx.morph.parse(prev.text).some((p) => p.known && p.pos === 'NOUN' && !p.grammemes.has('anim')) && !isFunctionWord(ctx.morph.parse(prev.text));
}

/**
 * 'аль-Барадеи', 'ибн Эзра': Russian writes the particle of an Arabic or Hebrew personal name in lower case
 * (places and bodies capitalise it: 'Эль-Кувейт', 'Аль-Джазира'); such a name alone is a person's.
 */
function arabicParticleName(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  const particle = ARABIC_PARTICLE.test(t.text) || (!!prev && ARABIC_PARTICLE.test(prev.text) && joined(ctx, i - 1) && !ctx.tokens[i - 2]?.cap);
  return particle && !knownAs(ctx.morph, t.text, 'Geox', 'Orgn') && ctx.gazetteer.canonical(t.text) === null;
}

/**
 * 'на склонах Воробьёвых гор': a family name in the plural before a plural place noun in its case names the
 * place after the family ('Воробьёвы горы'); claims it.
 */
function namedFeature(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1];
  // A one-letter word is no place noun ('с Гайнулиным о подписании': 'о' the preposition, not an abbreviated 'острова').
  if (!next || next.cap || next.text.length < 2 || !joined(ctx, i) || !hasLemma(ctx, i + 1, LOC_HEADS)) return false;
  const heads = ctx.morph.parse(next.text).filter((p) => p.pos === 'NOUN' && p.number === 'plur' && LOC_HEADS.has(p.lemma));
  const family = ctx.morph.parse(ctx.tokens[i].text).find((p) => p.proper === 'Surn' && p.number === 'plur' && heads.some((h) => h.case === p.case));
  const head = heads.find((h) => h.case === family?.case);
  if (!family || !head) return false;
  const name = [ctx.morph.inflect(family, ['nomn', 'plur']) ?? family.lemma, ctx.morph.inflect(head, ['nomn', 'plur']) ?? head.lemma];
  const words = wordTexts(ctx, i, i + 2);
  claim(ctx, i, i + 2, { start: ctx.tokens[i].start, end: next.end, type: 'LOC', name: `${matchCase(name[0], words[0])} ${name[1]}`, words: wordsOf(ctx, i, i + 2, words) });
  return true;
}

/** 'памятник Пушкину': a surname in the dative after a monument is the person it honours, though a town is named so. */
function monumentTo(ctx: Context, i: number): boolean {
  if (i === 0 || !joined(ctx, i - 1) || !hasLemma(ctx, i - 1, MONUMENTS)) return false;
  return ctx.morph.parse(ctx.tokens[i].text).some((p) => p.case === 'datv' && p.proper === 'Surn');
}

const MONUMENTS = new Set(['памятник', 'монумент', 'мемориал', 'бюст']);

function unknownWords(ctx: Context, i: number, j: number): boolean {
  return ctx.tokens.slice(i, j).every((t) => t.kind === 'word' && !ctx.morph.parse(t.text).some((p) => p.known));
}

function quotedWhole(ctx: Context, i: number, j: number): boolean {
  return ['«', '„'].includes(ctx.tokens[i - 1]?.text ?? '') && ['»', '“'].includes(ctx.tokens[j]?.text ?? '');
}

function aloneInQuotes(ctx: Context, i: number): boolean {
  // '"Евро-5"', '"Ионосфера-М"': a model's or a standard's code.
  if (/\d|-\p{L}{1,2}$/u.test(ctx.tokens[i].text)) return false;
  return ['«', '"', '„'].includes(ctx.tokens[i - 1]?.text ?? '') && ['»', '"', '“'].includes(ctx.tokens[i + 1]?.text ?? '');
}

/** 'из' at k and a capitalised place right after it. */
function fromPlace(ctx: Context, k: number): boolean {
  const place = ctx.tokens[k + 1];
  if (ctx.tokens[k]?.text !== 'из' || !place?.cap || !joined(ctx, k)) return false;
  return ctx.owner[k + 1]?.type === 'LOC' || ctx.morph.parse(place.text).some((p) => p.proper === 'Geox' && p.known && p.case === 'gent');
}

/** The candidate is a guess unless the evidence was sure. */
function lowUnless(sure: boolean, c: Candidate): void {
  if (!sure) guessed(c);
}

/**
 * A word the dictionary knows as a place, or whose ending only looks like one; a guess (or a place
 * that is also a surname) waits for the second pass, where a surname the article gives a person wins
 * ('Мендешу' after 'Жуану Мендешу').
 */
function guessedPlace(ctx: Context, i: number, opts: RunOptions): void {
  const word = ctx.tokens[i].text;
  // 'Ершова': a town's genitive and a surname; the article's people decide.
  const unsure = !classifyWord(ctx.morph, word).known || knownAs(ctx.morph, word, 'Surn');
  // 'Торезани отметила': an unknown word a person's verb follows is a person, whatever its ending.
  if (!classifyWord(ctx.morph, word).known && beforePersonalVerb(ctx, i)) return void person(ctx, i, i + 1);
  if (unsure && !opts.knownNames) return;
  if (unsure && surnameKnown(ctx, i, opts)) return void person(ctx, i, i + 1);
  lowUnless(!unsure, claimWord(ctx, i, 'LOC', wordNominative(ctx.morph, ctx.tokens[i].text, 'Geox')));
}

/** An organization by the dictionary; a guess from the ending waits for the second pass, when its neighbours are known. */
function guessedOrganization(ctx: Context, i: number, opts: RunOptions): void {
  const word = ctx.tokens[i].text;
  const known = classifyWord(ctx.morph, word).known;
  // 'На заседаниях Ржанков вину не признал' after 'Игорь Ржанов': a surname's shape one letter off the article's person.
  if (!known && isSurnameShape(word) && nearKnownSurname(ctx, i, opts)) return void person(ctx, i, i + 1);
  if (!opts.knownNames && !known) return;
  lowUnless(known, claimWord(ctx, i, 'ORG', indeclinableBody(word) ? word : wordNominative(ctx.morph, word)));
}

/** 'Минприроды', 'Минобрнауки', 'Минпросвещения', 'Минэнерго': a ministry's compound ending in its noun's genitive does not decline. */
function indeclinableBody(word: string): boolean {
  return isBodyCompound(word) && /(?:ы|и|ия|о)$/u.test(word);
}

function acronym(ctx: Context, i: number): void {
  const t = ctx.tokens[i];
  const nonEntity = NON_ENTITY_ACRONYMS.has(t.text) || NON_ENTITY_ACRONYMS.has(t.text.split(/[-\d]/)[0]);
  if ((nonEntity && !spelledByOrganization(ctx, t.text)) || ctx.products.has(t.text)) return;
  if (FORMS_BEFORE_QUOTES.has(t.text) && ctx.tokens[i + 1]?.text === '«') return;
  // 'ТК РФ': the country of a code of law.
  if (afterLawCode(ctx, i)) return;
  // 'Союз ТМА-12', 'рейс STS-124', 'самолеты SJ-100': a model's code after a name or a product noun, or in Latin letters.
  if (/\d/.test(t.text) && (t.latin || (i > 0 && joined(ctx, i - 1) && (ctx.tokens[i - 1].cap || hasLemma(ctx, i - 1, PRODUCT_HEADS))))) return;
  // 'ВАЖНО', 'ФОТО': a shouted common word, not an acronym.
  const parses = ctx.morph.parse(t.text);
  if (t.text.length >= 4 && classifyWord(ctx.morph, t.text).cls === 'common' && !parses.some((p) => p.grammemes.has('Abbr'))) return;
  const geo = parses.some((p) => p.proper === 'Geox' && p.known);
  const cand = claimWord(ctx, i, geo ? 'LOC' : 'ORG', geo ? wordNominative(ctx.morph, t.text) : t.text);
  // Capitals the gazetteer and the dictionary do not know: an organization by default only.
  lowUnless(geo || ctx.gazetteer.canonical(t.text) !== null || parses.some((p) => p.known && (p.proper === 'Orgn' || p.grammemes.has('Abbr'))), cand);
}

/**
 * 'Профессор МАУ' after 'Мурманского арктического университета': an acronym that is also a common term (a
 * legal form) names the article's organization whose words' initials it spells.
 */
function spelledByOrganization(ctx: Context, acronym: string): boolean {
  if (acronym.length < 3) return false;
  return ctx.candidates.some((c) => c.type === 'ORG' && c.words.length === acronym.length && c.words.every((w, k) => ctx.text[w.start].toUpperCase() === acronym[k]));
}

/** 'Трамп (Donald Trump)': a name in brackets after a Cyrillic word is its spelling in Latin letters. */
function latinGloss(ctx: Context, i: number, j: number): boolean {
  const open = ctx.tokens[i - 1];
  const before = ctx.tokens[i - 2];
  return open?.text === '(' && ctx.tokens[j]?.text === ')' && !!before && before.kind === 'word' && before.cap && !before.latin && !ctx.tokens.slice(i, j).some((t) => !t.latin);
}

/** 'Ангары' -> 'Ангара': a noun's singular nominative, unless the word may already be one. */
function singularNominative(ctx: Context, word: string): string {
  const parses = ctx.morph.parse(word).filter((p) => p.pos === 'NOUN');
  if (parses.length === 0 || parses.some((p) => p.case === 'nomn' && p.number === 'sing')) return word;
  const p = parses.find((x) => x.number === 'sing');
  return p ? matchCase(p.lemma, word) : word;
}

/** English company words written in Cyrillic letters, last in a company's name; none is a Russian word or a name. */
const TRANSLITERATED_COMPANY_WORDS = new Set([
  'пресс', 'ньюс', 'таймс', 'корпорейшн', 'корпорэйшн', 'интернешнл', 'интернэшнл', 'инкорпорейтед', 'холдингс', 'груп',
  'энтертейнмент', 'текнолоджиз', 'секьюритиз', 'эйрлайнс', 'эйрвейз', 'моторс', 'индастриз', 'системс',
  // Trade words of Russian company names ('Хилок Энерго', 'Селигер Фарма', 'Берест Консалтинг').
  'энерго', 'фарма', 'агро', 'трейд', 'трейдинг', 'инвест', 'карго', 'логистик', 'логистикс', 'медиа', 'девелопмент',
  'консалтинг', 'кэпитал', 'капитал', 'финанс', 'телеком', 'ритейл', 'групп', 'инжиниринг', 'солюшнс',
]);

function companyGloss(ctx: Context, i: number, j: number): boolean {
  return ctx.owner[i - 2]?.type !== 'PER' && hasLatinCompanyWord(ctx.tokens.slice(i, j));
}

/**
 * 'Юрген Клинсман (Jürgen Klinsmann)', 'Аль Аин (Al Ain)': a Latin gloss in brackets right after a name
 * is that name again, of its type, up to the closing bracket ('Khaled el-Masri'), when it has as many words.
 */
function claimGloss(ctx: Context, i: number, j: number): boolean {
  const { tokens } = ctx;
  let close = j;
  while (close < tokens.length && close - i < 6 && tokens[close].text !== ')' && (tokens[close].latin || tokens[close].text === '-') && joined(ctx, close - 1)) close++;
  if (!latinGloss(ctx, i, close)) return false;
  const owner = ctx.owner[i - 2];
  // A transliteration has as many words as the name it glosses ('Barry Lowenkron' glosses no five-word organization).
  if (!owner || owner.end !== tokens[i - 2].end || owner.type === 'DATE' || owner.words.length !== wordTexts(ctx, i, close).length) return false;
  if (owner.type === 'PER') return !!person(ctx, i, close);
  const words = wordTexts(ctx, i, close);
  claim(ctx, i, close, { start: tokens[i].start, end: tokens[close - 1].end, type: owner.type, name: words.join(' '), words: wordsOf(ctx, i, close, words) });
  return true;
}

function latinName(ctx: Context, i: number, j: number): void {
  // 'Corus Chess Tournament': an event, no organization.
  if (LATIN_EVENT_WORDS.has(ctx.tokens[j - 1].text.toLowerCase())) return;
  while (j - i > 1 && (LATIN_LEGAL_FORMS.has(ctx.tokens[j - 1].text.toLowerCase().replace(/\.$/, '')) || companyBeforeLimited(ctx.tokens, j - 1) || slashForm(ctx, j - 1))) ctx.taken[--j] = true;
  const words = wordTexts(ctx, i, j);
  const name = words.join(' ');
  claim(ctx, i, j, { start: ctx.tokens[i].start, end: ctx.tokens[j - 1].end, type: ctx.gazetteer.canonical(name)?.type ?? 'ORG', name: ctx.gazetteer.canonical(name)?.name ?? name, words: wordsOf(ctx, i, j, words) });
}

/** 'A/S' (a Danish or Norwegian company): a single capital the legal form's '/S' follows. */
function slashForm(ctx: Context, k: number): boolean {
  return /^\p{Lu}$/u.test(ctx.tokens[k].text) && /^\/\p{Lu}\b/u.test(ctx.text.slice(ctx.tokens[k].end, ctx.tokens[k].end + 3));
}

function person(ctx: Context, from: number, end: number): Candidate {
  from = withParticles(ctx, from);
  const i = withInitials(ctx, from);
  const initials = wordTexts(ctx, i, from).map((l) => `${l}.`);
  // 'Ровшан Хасай оглы': a Turkic patronymic word after the father's name belongs to the name.
  const particle = turkicPatronymicAt(ctx, end);
  const j = particle ? end + 1 : end;
  const p = particle ? normalizeWithPatronymic(ctx.morph, wordTexts(ctx, from, end), particle, caseHint(ctx, i, end)) : normalizePerson(ctx.morph, wordTexts(ctx, from, j), caseHint(ctx, i, j));
  if (initials.length) {
    // 'А. Н. Сызганов': after initials one word is the surname, whatever the dictionary guesses of it.
    if (!p.person.last && p.lemmas.length === 1) [p.person.last, p.person.first] = [p.lemmas[0], undefined];
    p.person.first ??= initials[0];
    if (initials.length > 1) p.person.middle ??= initials[1];
    p.name = [...initials, p.person.last ?? ''].join(' ').trim();
  }
  const lemmas = [...initials.map((l) => l.slice(0, -1)), ...p.lemmas];
  return claim(ctx, i, j, { start: ctx.tokens[i].start, end: ctx.tokens[j - 1].end, type: 'PER', name: p.name, person: p.person, words: wordsOf(ctx, i, j, lemmas) });
}

/** The Turkic patronymic word ('оглы', 'кызы', 'уулу') at k, joined to the name before it, or null. */
function turkicPatronymicAt(ctx: Context, k: number): string | null {
  const t = ctx.tokens[k];
  return t && !ctx.taken[k] && TURKIC_PATRONYMICS.has(t.text) && joined(ctx, k - 1) ? t.text : null;
}

/** 'Ханой-Вьентьян': a hyphenated pair of places is two places. */
function splitPlaces(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  const parts = t.text.split('-');
  if (parts.length < 2 || parts.some((p) => !/^\p{Lu}/u.test(p))) return false;
  const places = parts.map((p) => ctx.gazetteer.canonical(wordNominative(ctx.morph, p)) ?? (classifyWord(ctx.morph, p).cls === 'Geox' && classifyWord(ctx.morph, p).known ? { name: wordNominative(ctx.morph, p), type: 'LOC' as const } : null));
  if (places.some((p) => !p || p.type !== 'LOC')) return false;
  // 'Каменске-Уральском', 'Баден-Вюртемберге': only the last part declines, so it is one place; a pair
  // of places ('Ханой-Вьентьян') is written in the nominative.
  const last = parts[parts.length - 1];
  if (!ctx.morph.parse(last).some((p) => p.case === 'nomn' || p.grammemes.has('Fixd'))) return false;
  let at = t.start;
  parts.forEach((part, k) => {
    const name = places[k]?.name ?? part;
    const cand = { start: at, end: at + part.length, type: 'LOC' as const, name, words: [{ start: at, end: at + part.length, lemma: wordNominative(ctx.morph, part, 'Geox') }] };
    if (k === 0) claim(ctx, i, i + 1, cand);
    else ctx.candidates.push({ ...cand, first: i });
    at += part.length + 1;
  });
  return true;
}

/** 'фон Штакельберга', 'да Силвы': lower-case particles right before a surname belong to the person. */
function withParticles(ctx: Context, i: number): number {
  let s = i;
  // 'до' before a name alone is the preposition ('метро до Шушар'): Portuguese 'до' only follows a given name ('Жоао до Кампу').
  while (s > 0 && i - s < 2 && !ctx.taken[s - 1] && isNameParticle(ctx.tokens[s - 1].text) && ctx.tokens[s - 1].text !== 'до' && joined(ctx, s - 1)) s--;
  // A capitalised particle opening the sentence ('Ван дер Линден').
  if (s > 0 && !ctx.taken[s - 1] && isCapitalParticle(ctx.tokens[s - 1].text) && joined(ctx, s - 1) && s < i) s--;
  return s;
}

/** Initials written before a surname ('В. В. Путин') belong to the person. */
function withInitials(ctx: Context, i: number): number {
  const { tokens } = ctx;
  let s = i;
  // 'Петра I. Петр ...': a Latin letter is no initial of a Cyrillic name.
  while (s >= 2 && tokens[s - 1].text === '.' && isInitial(ctx, s - 2) && !ctx.taken[s - 2] && !!tokens[s - 2].latin === !!tokens[i].latin) s -= 2;
  return s;
}

export function isInitial(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return t.kind === 'word' && t.cap && t.text.length === 1;
}

/** 'Пути регионов | Кубка России': a plural cue noun, then one dictionary noun in an oblique case, is no name in apposition. */
function obliqueAfterPlural(ctx: Context, cue: number, i: number, j: number): boolean {
  if (j - i !== 1 || cls(ctx, i) !== 'common') return false;
  const plural = ctx.morph.parse(ctx.tokens[cue].text).every((p) => p.number === 'plur');
  // 'порты Северо-Запада': a quarter of the world is a place the cue's complement names.
  const parses = ctx.morph.parse(ctx.tokens[i].text);
  return plural && !parses.some((p) => p.case === 'nomn' || p.lemma.split('-').some((part) => QUARTERS.has(part)));
}

const RESIDENTS = new Set(['жители', 'жителей', 'жителям', 'жителями', 'жителях', 'жительницы', 'жительниц']);

/** Residents in the plural at `cue`, then a word no dictionary knows as a place (known places go their own way). */
function residentsOfUnknown(ctx: Context, cue: number, i: number): boolean {
  return RESIDENTS.has(ctx.tokens[cue].text.toLowerCase()) && !ctx.morph.parse(ctx.tokens[i].text).some((p) => p.proper === 'Geox' && p.known);
}

/** 'провинции Куангнинь', 'компания Яндекс': a lower-case cue noun decides what unknown names are. */
function afterCue(ctx: Context, i: number, j: number, opts: RunOptions): boolean {
  const prev = i - 1;
  // Cue nouns are whole words: 'с' must not count as the abbreviation of 'село'.
  if (prev < 0 || ctx.tokens[prev].cap || ctx.tokens[prev].text.length < 3 || !joined(ctx, prev)) return false;
  // 'Института астрофизики Канарских островов Хорхе Толедо': a cue noun inside another name cues nothing.
  if (ctx.taken[prev]) return false;
  // 'водохранилища Зейской ГЭС': an adjective of a name an acronym closes.
  if (ctx.tokens.slice(i, j).some((t) => t.allCaps) || (ctx.tokens[j]?.allCaps && joined(ctx, j - 1))) return false;
  // 'жителей Калмантая': residents, in the plural, are of a place (one resident may be named: 'жителя Ивана ...').
  const residents = j === i + 1 && residentsOfUnknown(ctx, prev, i);
  const oneWordPlace = residents || (j === i + 1 && hasLemma(ctx, prev, ONE_WORD_PLACE_CUES));
  const type = oneWordPlace || hasLemma(ctx, prev, PLACE_CUES) || hasLemma(ctx, prev, FEATURE_HEADS) ? 'LOC' : hasLemma(ctx, prev, ORG_CUES) ? 'ORG' : null;
  if (!type || obliqueAfterPlural(ctx, prev, i, j)) return false;
  // 'акима области Жениса Касымбека': a titled person wins; 'банк Казахстана': a known place stays a place.
  if (titleStart(ctx, i) >= 0) return type === 'LOC' && titledPlaceThenPerson(ctx, i, j, opts);
  // 'университета Джеймс Дарем', 'партии Ханс-Юрген Ройтер': a first name and a surname after the body are its member.
  if (type === 'ORG' && j - i >= 2 && startsWithFirstName(ctx, i)) return false;
  // 'Инженер компании Гун Шуньлинь': a Chinese name after the body is its member too.
  if (type === 'ORG' && isChinese(wordTexts(ctx, i, j))) return false;
  // 'Совладелица компании Чейнеш Акчалова': an unknown word, then a Russian surname's shape, is a member too.
  if (type === 'ORG' && j - i === 2 && unknownThenSurname(ctx, i)) return false;
  // 'министр ... области Артур Ихсанов', 'староста деревни Прасковья Лучанинова-Керт': a first name and a surname after a place are a person.
  if (type === 'LOC' && (personAfterPlace(ctx, i, j) || residentNamed(ctx, prev, i, j))) return false;
  for (let k = i; k < j; k++) if (type === 'ORG' && cls(ctx, k) === 'Geox') return false;
  // 'оператор Аль-Джазиры Сами аль-Хадж': a known first name with a word after it, inside the run, starts the member.
  // 'в городе Мирный Алина Огай': after a place, a first name in the nominative with a word after it starts a person.
  // 'жителя поселка Пограничный Олега Ущенко': after a place of adjectives only, a first name in any case (no place is
  // named by an adjective and a person's genitive).
  const starts = (k: number) => (startsWithFirstName(ctx, k) && (type === 'ORG' || nominativeFirstName(ctx, k) || (j - k >= 2 && adjectivesOnly(ctx, i, k))))
    // 'Жительница микрорайона Шишковка Дарима Бальжирова': after a resident's place, the last two words an unknown given name and a surname.
    || (type === 'LOC' && k === j - 2 && personNounAt(ctx, prev - 1) && givenThenSurname(ctx, k))
    // 'Депутат от провинции Коси Сушма Баснет', 'фермер из поселка Ымсон Кван Тхэк Гын': a person's noun, a place of
    // one word it comes from, then the person: two to four names no dictionary has as common words.
    || (type === 'LOC' && k === i + 1 && j - k <= 4 && personFrom(ctx, prev) && namesOnly(ctx, k, j) && !adjectivesOnly(ctx, i, k));
  const member = ctx.tokens.slice(i + 1, j - 1).findIndex((_, k) => starts(i + 1 + k));
  if (member >= 0) {
    if (!afterCue(ctx, i, i + 1 + member, opts)) classifyRun(ctx, i, i + 1 + member, opts);
    classifyRun(ctx, i + 1 + member, j, opts);
    return true;
  }
  // 'компании Nyanza Marine Ltd', 'компании Infonova Systems Приянка Раманатхан': the name ends where the
  // script changes, without a Latin legal form; what follows is classified on its own.
  const rest = j;
  const change = ctx.tokens.slice(i, j).findIndex((t, k) => k > 0 && t.latin !== ctx.tokens[i + k - 1].latin);
  if (change > 0) j = i + change;
  let end = j;
  while (end - i > 1 && ctx.tokens[end - 1].latin && LATIN_LEGAL_FORMS.has(ctx.tokens[end - 1].text.toLowerCase().replace(/\.$/, ''))) ctx.taken[--end] = true;
  // A name in apposition to a cue noun is written in the nominative: keep it as written; but a town's genitive on
  // -ска / -цка ('вокзал Алапаевска') names the town.
  const words = wordTexts(ctx, i, end);
  // Residents' place is in the genitive ('жителей Калмантая' -> 'Калмантай'; 'Гияни' as written).
  const town = residents ? [placeNominative(words[0], 'gent') ?? words[0]] : type === 'LOC' && words.length === 1 && TOWN_GENITIVE.test(words[0]) && hasLemma(ctx, prev, TOWN_CUES) ? [words[0].slice(0, -1)] : words;
  claim(ctx, i, end, { start: ctx.tokens[i].start, end: ctx.tokens[end - 1].end, type, name: town.join(' '), words: wordsOf(ctx, i, end, town) });
  if (j < rest) classifyRun(ctx, j, rest, opts);
  // 'портов Кисуму, Порт-Белл и Мванза', 'поселениях Сосенское и Коммунарка': a list after a plural place noun.
  if (type === 'LOC' && j === rest) placeList(ctx, rest);
  return true;
}

const TOWN_GENITIVE = /\p{Ll}[сц]ка$/u;
/** Cue nouns of a town or of what a town has ('вокзал Алапаевска'); not of rivers ('реки Ямаска'). */
const TOWN_CUES = new Set(['город', 'городок', 'поселок', 'посёлок', 'вокзал', 'станция', 'район', 'округ']);

function placeList(ctx: Context, k: number): void {
  const { tokens } = ctx;
  while (k + 1 < tokens.length && (tokens[k].text === ',' || tokens[k].text === 'и') && joined(ctx, k)) {
    const i = k + 1;
    let j = i;
    while (j < tokens.length && tokens[j].kind === 'word' && tokens[j].cap && !tokens[j].allCaps && !ctx.taken[j] && !tokens[j].sentStart && (j === i || joined(ctx, j - 1))) j++;
    if (j === i || j - i > 3) return;
    const words = wordTexts(ctx, i, j);
    claim(ctx, i, j, { start: tokens[i].start, end: tokens[j - 1].end, type: 'LOC', name: words.join(' '), words: wordsOf(ctx, i, j, words) });
    if (tokens[k].text === 'и') return;
    k = j;
  }
}

export function firstNameWithSurname(ctx: Context, i: number): boolean {
  if (beforePatronymic(ctx, i)) return true;
  const names = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.proper === 'Name' && p.known && p.number !== 'plur');
  const next = ctx.tokens[i + 1];
  if (names.length === 0 || !next) return false;
  const parses = ctx.morph.parse(next.text);
  const surnames = parses.filter((p) => p.proper === 'Surn' || (!p.known && isSurnameShape(next.text)));
  // 'Максим Седых', 'Максима Ряжских': a surname in -ых/-их is an adjective's plural genitive that never declines.
  const fixed = /^\p{Lu}\p{Ll}{2,}(?:ых|их)$/u.test(next.text) && !parses.some((p) => p.proper === 'Geox' || p.proper === 'Name');
  // 'Римма Тропарева': a woman's name in the nominative before a woman's surname's shape, though a place's genitive too.
  const hers = /^\p{Lu}\p{Ll}{2,}(?:ова|ева|ёва|ина|ына)$/u.test(next.text) && names.some((n) => n.gender === 'femn' && n.case === 'nomn');
  return fixed || hers || names.some((n) => surnames.some((s) => s.case === n.case || s.grammemes.has('Fixd')));
}

/**
 * 'Артема Викторовича', 'Зиляра Нафисовна': a patronymic the dictionary knows, in a case of the word before it as a first
 * name (one it only guesses too), makes that word a first name, whatever place or word it could also be.
 */
function beforePatronymic(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || next.kind !== 'word' || !next.cap || !joined(ctx, i)) return false;
  const patronymics = ctx.morph.parse(next.text).filter((p) => p.proper === 'Patr' && p.known);
  if (!patronymics.length) return false;
  return ctx.morph.parse(ctx.tokens[i].text).some((n) => n.proper === 'Name' && n.number !== 'plur' && patronymics.some((p) => p.case === n.case));
}

/**
 * 'жительница поселка Надежда Ябтане': after a person's noun and a place noun, a first name in the nominative, then a
 * word no dictionary knows, is the person (a place after a cue noun would be that place's name, not a resident's).
 */
function residentNamed(ctx: Context, cue: number, i: number, j: number): boolean {
  if (j - i !== 2 || !personNounAt(ctx, cue - 1) || !nominativeFirstName(ctx, i)) return false;
  const last = ctx.tokens[j - 1];
  return !last.latin && !classifyWord(ctx.morph, last.text).known;
}

/** 'учительница из города', 'депутат от провинции': a person's noun before the place noun at `cue`, or before a preposition before it. */
function personFrom(ctx: Context, cue: number): boolean {
  return personNounAt(ctx, cue - 1) || (FROM_PREPOSITIONS.has(ctx.tokens[cue - 1]?.text ?? '') && joined(ctx, cue - 1) && personNounAt(ctx, cue - 2));
}

const FROM_PREPOSITIONS = new Set(['из', 'от', 'с', 'со']);

/** Tokens [k, j) are capitalised Cyrillic words the dictionary has only as names, or not at all. */
function namesOnly(ctx: Context, k: number, j: number): boolean {
  return ctx.tokens.slice(k, j).every((t) => t.kind === 'word' && t.cap && !t.allCaps && !t.latin && nameOrUnknown(classifyWord(ctx.morph, t.text)));
}

const nameOrUnknown = (c: { known: boolean; cls: string }) => !c.known || c.cls === 'Name' || c.cls === 'Surn';

/** A common noun naming a person ('жительница', 'уроженец', 'староста'), joined to the next word. */
function personNounAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === 'word' && (!t.cap || t.sentStart) && joined(ctx, k) && ctx.morph.parse(t.text).some((p) => p.known && p.pos === 'NOUN' && !p.proper && p.grammemes.has('anim') && p.score > 0.3);
}

/** Two or three words: a dictionary first name, then a surname (by the dictionary or its shape, or a double one), no place the dictionary knows. */
function personAfterPlace(ctx: Context, i: number, j: number): boolean {
  if (j - i < 2 || j - i > 3 || !startsWithFirstName(ctx, i) || ctx.tokens[i].text.includes('-')) return false;
  const last = ctx.tokens[j - 1].text;
  if (ctx.morph.parse(last).some((p) => p.proper === 'Geox' && p.known)) return false;
  return firstNameWithSurname(ctx, j - 2) || last.split('-').some((p) => isSurnameShape(p) || /(?:ич|ых|их)$/u.test(p));
}

/** Tokens [i, k) are known adjectives in the nominative ('Пограничный', 'Красные'). */
function adjectivesOnly(ctx: Context, i: number, k: number): boolean {
  return ctx.tokens.slice(i, k).every((t) => ctx.morph.parse(t.text).some((p) => p.known && p.pos === 'ADJF' && p.case === 'nomn'));
}

function startsWithFirstName(ctx: Context, i: number): boolean {
  const word = ctx.tokens[i].text;
  const parts = word.split('-');
  return parts.every((p) => ctx.morph.parse(p).some((x) => x.proper === 'Name' && x.known && x.number !== 'plur')) && !ctx.tokens[i].latin;
}

/** An unknown Cyrillic word (a given name the dictionary lacks), then a word of a Russian surname's shape ('-ова', '-ев', '-ин'). */
function unknownThenSurname(ctx: Context, i: number): boolean {
  const [first, last] = [ctx.tokens[i], ctx.tokens[i + 1]];
  if (first.latin || last.latin || first.text.includes('-') || classifyWord(ctx.morph, first.text).known) return false;
  return SURNAME_TAIL.test(last.text) && !classifyWord(ctx.morph, last.text).known;
}

const SURNAME_TAIL = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын)(?:а|ой|у|ым|е)?$/u;

/**
 * 'Дарима Бальжирова', 'Сарюна Доржиева': a word that is no noun or adjective the dictionary knows ('Дарима' is
 * only a verb's form), then a surname (the dictionary's, or an unknown word of a Russian surname's shape).
 */
function givenThenSurname(ctx: Context, i: number): boolean {
  const [first, last] = [ctx.tokens[i], ctx.tokens[i + 1]];
  if (!first || !last || first.latin || last.latin || first.text.includes('-')) return false;
  if (ctx.morph.parse(first.text).some((p) => p.known && (p.pos === 'NOUN' || p.pos === 'ADJF'))) return false;
  const c = classifyWord(ctx.morph, last.text);
  return c.known ? c.cls === 'Surn' : SURNAME_TAIL.test(last.text);
}

function nominativeFirstName(ctx: Context, k: number): boolean {
  return ctx.morph.parse(ctx.tokens[k].text).some((p) => p.proper === 'Name' && p.known && p.case === 'nomn' && p.number !== 'plur');
}

/** A place the dictionary knows, in an oblique case only (no name's, no surname's nominative), before a first name in the nominative. */
function obliquePlaceBeforeName(ctx: Context, i: number): boolean {
  const parses = ctx.morph.parse(ctx.tokens[i].text);
  if (!parses.some((p) => p.proper === 'Geox' && p.known && p.case !== 'nomn' && p.case !== 'accs')) return false;
  if (parses.some((p) => p.case === 'nomn' || p.proper === 'Name' || p.proper === 'Surn' || p.proper === 'Patr')) return false;
  return nominativeFirstName(ctx, i + 1);
}

function isGenitivePlace(ctx: Context, i: number): boolean {
  return ctx.morph.parse(ctx.tokens[i].text).some((p) => p.proper === 'Geox' && p.case === 'gent');
}

/**
 * 'в Бакнине', 'из Хюэ': a Cyrillic name after a place preposition is a place, and so is one next to
 * a place ('Мандалай - Лашио') unless the article gave a person that surname; after other place
 * contexts ('от Бандара', 'иранского Захедана') only a word no dictionary knows and no surname-like one.
 */
function contextPlaceCase(ctx: Context, i: number, c: WordClass, opts: RunOptions): NameCase | null {
  const word = ctx.tokens[i].text;
  const known = classifyWord(ctx.morph, word).known;
  if (c !== 'unknown' && c !== 'Name' && c !== 'Surn' && known) return null;
  const found = placeContext(ctx, i);
  if (!found || found.evidence === 'place-preposition') return found?.case ?? null;
  // 'через Кириллов к маю', 'через Чайковский': a man's surname stays in the nominative form only as an inanimate accusative, a town's.
  if (found.case === 'accs' && /(?:ов|ев|ёв|ин|ын|ский|цкий)$/u.test(word)) return found.case;
  if (surnameKnown(ctx, i, opts)) return null;
  if (found.evidence === 'partner') return found.case;
  return known || isSurnameShape(word) ? null : found.case;
}

/** 'в Бонне', 'в Каннах': a common noun's form ('бонна', 'канна') the dictionary also knows as a place, in the case 'в' shows; its name. */
function commonPlace(ctx: Context, i: number): string | null {
  const found = placeContext(ctx, i);
  if (found?.evidence !== 'place-preposition') return null;
  const p = ctx.morph.parse(ctx.tokens[i].text).find((x) => x.proper === 'Geox' && x.known && x.case === found.case && x.number === 'sing');
  return p ? matchCase(ctx.morph.inflect(p, ['nomn', 'sing']) ?? p.lemma, ctx.tokens[i].text) : pluralPlace(ctx, i, found.case);
}

/**
 * 'жил в Разумном', 'в Кабардинке, Дивноморском и ...': after в / во or in a list of places, a capitalised
 * adjective that modifies no noun after it is a village named by an adjective; its name, neuter unless
 * the form is feminine ('Разумное', 'в Ольгинской' -> 'Ольгинская').
 */
function adjectivePlace(ctx: Context, i: number): string | null {
  const t = ctx.tokens[i];
  const found = t.sentStart ? null : placeContext(ctx, i);
  if (!found || (found.evidence !== 'place-preposition' && found.evidence !== 'partner') || modifiedNoun(ctx, i) >= 0) return null;
  const adj = ctx.morph.parse(t.text).find((p) => p.pos === 'ADJF' && p.known && p.case === found.case && p.number === 'sing' && !p.grammemes.has('Apro') && !p.grammemes.has('Anum'));
  if (!adj) return null;
  // The nominative the article writes ('до Тазовского' ... 'Тазовский'), else the neuter of a village ('Разумное').
  const forms = (adj.gender === 'femn' ? ['femn'] : ['neut', 'masc']).map((g) => ctx.morph.inflect(adj, ['nomn', 'sing', g])).filter((f): f is string => !!f).map((f) => matchCase(f, t.text));
  return forms.find((f) => writtenAsWord(ctx.text, f)) ?? forms[0] ?? null;
}

/** The text has the word as a whole word. */
function writtenAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/**
 * 'Маскат подключат позже, через Барку': after 'через', inside a sentence that names a place before, a capitalised
 * common noun in an accusative unlike its nominative (a noun on -а: 'барка') is the place the route passes; its name.
 */
function routeThrough(ctx: Context, i: number): string | null {
  const t = ctx.tokens[i];
  if (t.sentStart || i < 1 || ctx.tokens[i - 1].text.toLowerCase() !== 'через' || !joined(ctx, i - 1)) return null;
  const p = ctx.morph.parse(t.text).find((x) => x.known && x.pos === 'NOUN' && x.case === 'accs' && x.number === 'sing' && !x.grammemes.has('anim') && x.lemma !== foldLower(t.text));
  if (!p || !placeEarlierInSentence(ctx, i)) return null;
  return matchCase(p.lemma, t.text);
}

function placeEarlierInSentence(ctx: Context, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (ctx.owner[k]?.type === 'LOC') return true;
    if (ctx.tokens[k].sentStart) return false;
  }
  return false;
}

/** 'в Ключах' after 'поселка Ключи': a plural common noun in the case 'в' shows, whose nominative the article gave a place. */
function pluralPlace(ctx: Context, i: number, c: NameCase): string | null {
  for (const p of ctx.morph.parse(ctx.tokens[i].text)) {
    if (p.pos !== 'NOUN' || p.number !== 'plur' || p.case !== c) continue;
    const nominative = foldLower(ctx.morph.inflect(p, ['nomn', 'plur']) ?? '');
    const place = ctx.candidates.find((x) => x.type === 'LOC' && foldLower(x.name) === nominative);
    if (place) return place.name;
  }
  return null;
}

/** 'Токаев прибыл': a surname-shaped word whose dictionary readings are all oblique, before a verb. */
function surnameBeforeVerb(ctx: Context, i: number, j: number): boolean {
  const word = ctx.tokens[i].text;
  if (j - i !== 1 || !isSurnameShape(word) || !joined(ctx, i)) return false;
  const parses = ctx.morph.parse(word);
  if (parses.some((p) => p.known && (p.case === 'nomn' || p.pos !== 'NOUN'))) return false;
  // 'Космонавтов встретили': before a plural verb the word is its object, not a surname as its subject;
  // 'Наладчиков обучит Ивановский политех': a name right after the verb is the subject, the word its object.
  const after = ctx.tokens[i + 2];
  if (after && after.kind === 'word' && after.cap && joined(ctx, i + 1)) return false;
  // 'Нижегородцев представит клоун ...': a person's noun in the nominative after the verb is its subject.
  if (after && after.kind === 'word' && joined(ctx, i + 1) && ctx.morph.parse(after.text).some((p) => p.known && p.pos === 'NOUN' && p.case === 'nomn' && p.grammemes.has('anim'))) return false;
  // 'Пациентов направило министерство': a neuter verb has no person for its subject.
  return ctx.morph.parse(ctx.tokens[i + 1]?.text ?? '').some((p) => p.known && p.pos === 'VERB' && p.number !== 'plur' && p.gender !== 'neut');
}

function knownNameEnd(ctx: Context, i: number, j: number, opts: RunOptions): number {
  if (!opts.knownNames || opts.knownNames.size === 0) return i;
  for (let k = j; k >= i + 2; k--) {
    if (opts.knownNames.has(wordTexts(ctx, i, k).join(' ').toLowerCase())) return k;
  }
  return i;
}

/** The nominative of a place the dictionary knows in the case its context shows ('из ... Иванова' -> 'Иваново'). */
/** The nominative of a word its context makes a place, in case c. */
function contextPlaceName(ctx: Context, i: number, c: NameCase): string {
  const word = ctx.tokens[i].text;
  // 'ездил в Вокнаволок': after 'в' a word with no locative ending is the accusative, the place's own name.
  if (c === 'loct' && ACCUSATIVE_SHAPE.test(word) && !LOCATIVE_ENDING.test(word)) return word;
  return knownPlaceLemma(ctx, i, c) ?? earlierPlaceName(ctx, i) ?? placeNominative(word, c) ?? wordNominative(ctx.morph, word, 'Geox');
}

/** A consonant closes the word (a place's nominative); not a locative's own endings ('Химках', 'Грозном', 'Черской'). */
const ACCUSATIVE_SHAPE = /[бвгджзклмнпрстфхцчшщьй]$/u;
const LOCATIVE_ENDING = /(?:ах|ях|ом|ём|ем|ой|ей|ым|им)$/u;

/**
 * 'в поселке Ола ... В Оле открыли': a one-word place the article named before, of which the word is a case form (the
 * same letters but the ending vowel), names it; not the dictionary's other reading ('Оля').
 */
function earlierPlaceName(ctx: Context, i: number): string | null {
  const word = foldLower(ctx.tokens[i].text);
  const stem = word.replace(/[аеиоуыюяй]$/u, '');
  if (stem === word || stem.length < 2) return null;
  const place = ctx.candidates.find((c) => c.type === 'LOC' && !c.name.includes(' ') && foldLower(c.name) !== word && foldLower(c.name).replace(/[аеиоуыюяь]$/u, '') === stem);
  return place?.name ?? null;
}

function knownPlaceLemma(ctx: Context, i: number, c: NameCase): string | null {
  const t = ctx.tokens[i];
  const p = ctx.morph.parse(t.text).find((x) => x.known && x.proper === 'Geox' && x.case === c && x.number !== 'plur');
  return p ? matchCase(p.lemma, t.text) : null;
}

/**
 * Runs of capitalised words that are places by their place in the text, though their words read as a
 * person's ('Коста Рика', 'Аль Аин' are a first name and a name by the dictionary): after в / во / из with a
 * place particle first ('в Сан Луисе'), as an item of a list of places set off by bullets or semicolons
 * ('Чили • Коста Рика • Эквадор').
 */
import { claim, hasLemma, joined, ownedEnd, release, wordsOf, wordTexts, type Context } from './context';
import { placeContext } from './placeContext';
import { classifyWord } from '../morphology/classify';
import { placeNominative } from '../names/placeName';
import { matchCase } from '../names/casing';
import { FEMININE_ENDING } from '../names/nominal';
import type { NameCase } from '../names/synthesis';
import type { Parse } from '../morphology/morph';

/**
 * First words of two-word place names written apart (Spanish, Portuguese, Italian, French and Arabic
 * articles and saints; 'Нью', 'Порт' of English ones). From general knowledge of place naming, not a list
 * of places.
 */
const PLACE_PARTICLES = new Set([
  'сан', 'санта', 'санто', 'сантьяго', 'сьерра', 'коста', 'пуэрто', 'порт', 'порто', 'сент', 'сен', 'ла', 'лас', 'лос',
  'эль', 'аль', 'нью', 'рио', 'баия', 'вилла', 'монте', 'мон', 'форт',
  'san', 'santa', 'santo', 'sierra', 'costa', 'puerto', 'port', 'porto', 'saint', 'st', 'la', 'las', 'los', 'el', 'al',
  'new', 'rio', 'monte', 'fort',
]);
const FEATURES = new Set(['остров', 'озеро', 'река', 'гора', 'залив', 'полуостров', 'пролив', 'море', 'мыс', 'хребет', 'пустыня', 'вулкан']);
const LIST_MARKS = new Set(['•', '·', ';', '|']);

/** Claims the run [i, j) as a place when the text makes it one; true if claimed. */
export function claimPlaceRun(ctx: Context, i: number, j: number): boolean {
  // 'квартала «Лесная Гавань»': a name alone in quotes is a project's or a product's, no place.
  if (j - i < 2 || j - i > 3 || (ctx.tokens[i - 1]?.text === '«' && ctx.tokens[j]?.text === '»')) return false;
  // 'на Острове Уайт': a natural feature's noun written with a capital before the name; the name is the place.
  if (j - i === 2 && hasLemma(ctx, i, FEATURES) && classifyWord(ctx.morph, ctx.tokens[i + 1].text).cls !== 'common') {
    const t = ctx.tokens[i + 1];
    claim(ctx, i + 1, j, { start: t.start, end: t.end, type: 'LOC', name: t.text, words: wordsOf(ctx, i + 1, j, [t.text]) });
    return true;
  }
  if (positionalPlace(ctx, i, j) || adjectiveNounPlace(ctx, i, j) || pluralPlace(ctx, i, j)) return true;
  const particle = PLACE_PARTICLES.has(ctx.tokens[i].text.toLowerCase());
  const where = particle ? placeContext(ctx, i) : null;
  const afterPreposition = where?.evidence === 'place-preposition';
  if (!afterPreposition && !inPlaceList(ctx, i, j)) return false;
  const words = wordTexts(ctx, i, j);
  // 'в Сан Луисе' -> 'Сан Луис': only the last word declines.
  const last = where ? placeNominative(words[words.length - 1], where.case) : null;
  const name = [...words.slice(0, -1), last ?? words[words.length - 1]].join(' ');
  claim(ctx, i, j, { start: ctx.tokens[i].start, end: ctx.tokens[j - 1].end, type: 'LOC', name, words: wordsOf(ctx, i, j, words) });
  return true;
}

/** Adjectives of position and age that open two-word place names ('Нижний Бестях', 'Верхняя Кужеба', 'Старая Ладога'). */
/** Points of the compass: they open a place's name even before a word that is also a given name ('Восточной Анатолии'). */
const COMPASS = new Set(['северный', 'южный', 'западный', 'восточный', 'центральный']);
const POSITIONAL = new Set(['нижний', 'верхний', 'средний', 'новый', 'старый', 'большой', 'малый', 'великий', ...COMPASS]);

/**
 * 'в Нижнем Бестяхе', 'до Верхней Кужебы': such an adjective with a capital, then a word that is no given
 * name, common word or organization, is a place of two words; both decline.
 */
function positionalPlace(ctx: Context, i: number, j: number): boolean {
  if (j - i !== 2 || ctx.tokens[i + 1].text.includes('-')) return false;
  const adjectives = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.known && p.pos === 'ADJF' && POSITIONAL.has(p.lemma) && p.number === 'sing');
  const noun = ctx.tokens[i + 1].text;
  const word = classifyWord(ctx.morph, noun);
  // 'в Нижнем Ларсе': after в / во / из, a given name after such an adjective is a place's noun too; after a point of
  // the compass always ('Восточной Анатолии').
  const compass = adjectives.some((p) => COMPASS.has(p.lemma));
  const givenName = word.cls === 'Name' && !compass && placeContext(ctx, i)?.evidence !== 'place-preposition';
  if (adjectives.length === 0 || (word.known && (givenName || ['Patr', 'Orgn', 'common'].includes(word.cls)))) return false;
  for (const adj of adjectives) {
    const last = nounNominative(noun, adj.case as NameCase, adj.gender);
    const first = last && ctx.morph.inflect(adj, ['nomn', 'sing', adj.gender!]);
    if (last && first) return claimTwoWords(ctx, i, first, last);
  }
  return false;
}

/** Nouns of land and water that name places with an adjective before them ('Ясная Поляна', 'Великие Луки', 'Белая Гора'). */
const TOPONYM_NOUNS = new Set(['поляна', 'гора', 'горка', 'лука', 'ключ', 'роща', 'бор', 'балка', 'пристань', 'слобода', 'поле', 'дубрава', 'посад', 'городок', 'лог', 'яр', 'ручей', 'пруд', 'берёзка', 'березка', 'сопка', 'гавань', 'земля']);

/**
 * 'в Ясной Поляне', 'у Белой Горы': a capitalised adjective agreeing with a capitalised noun of land or water is one
 * place; 'на Андийском Койсу': after 'в' or 'на', with an indeclinable word no dictionary knows (a neuter name).
 */
function adjectiveNounPlace(ctx: Context, i: number, j: number): boolean {
  const [a, n] = [ctx.tokens[i], ctx.tokens[i + 1]];
  if (j - i !== 2 || n.text.includes('-') || n.allCaps) return false;
  const parses = ctx.morph.parse(a.text);
  if (parses.some((p) => p.proper === 'Surn' || p.proper === 'Name')) return false;
  const adjectives = parses.filter((p) => p.known && p.pos === 'ADJF' && !p.grammemes.has('Apro') && !p.grammemes.has('Anum'));
  for (const noun of ctx.morph.parse(n.text).filter((p) => p.known && p.pos === 'NOUN' && TOPONYM_NOUNS.has(p.lemma))) {
    const adj = adjectives.find((x) => x.case === noun.case && x.number === noun.number && (noun.number === 'plur' || x.gender === noun.gender));
    const first = adj && ctx.morph.inflect(adj, noun.number === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', noun.gender!]);
    const last = ctx.morph.inflect(noun, ['nomn', noun.number!]);
    if (first && last) return claimTwoWords(ctx, i, first, last);
  }
  const where = ctx.tokens[i - 1]?.text.toLowerCase();
  if (!['в', 'во', 'на'].includes(where ?? '') || !joined(ctx, i - 1) || classifyWord(ctx.morph, n.text).known || !/[оеиую]$/u.test(n.text)) return false;
  const neuter = adjectives.find((x) => x.case === 'loct' && x.gender === 'neut');
  const first = neuter && ctx.morph.inflect(neuter, ['nomn', 'sing', 'neut']);
  return !!first && claimTwoWords(ctx, i, first, n.text);
}

/**
 * 'в Карловых Варах', 'в Набережных Челнах': after 'в' or 'во', two words read only in the plural of the locative
 * (no person's name is plural) are one place; both decline.
 */
function pluralPlace(ctx: Context, i: number, j: number): boolean {
  const where = ctx.tokens[i - 1]?.text.toLowerCase();
  if (j - i !== 2 || (where !== 'в' && where !== 'во') || !joined(ctx, i - 1)) return false;
  const [a, n] = [ctx.morph.parse(ctx.tokens[i].text), ctx.morph.parse(ctx.tokens[i + 1].text)];
  const pluralOnly = (ps: Parse[]) => ps.some((p) => p.case === 'loct') && ps.every((p) => p.case !== 'loct' || p.number === 'plur');
  if (!pluralOnly(a) || !pluralOnly(n) || n.some((p) => p.proper === 'Name' || p.proper === 'Surn')) return false;
  const noun = n.find((p) => p.case === 'loct' && p.pos === 'NOUN');
  const adj = a.find((p) => p.case === 'loct');
  const first = adj && ctx.morph.inflect(adj, ['nomn', 'plur']);
  const last = noun && ctx.morph.inflect(noun, ['nomn', 'plur']);
  return !!first && !!last && claimTwoWords(ctx, i, first, last);
}

/** Claims the two words at i as one place named by the nominatives given, in the letter case they are written in. */
function claimTwoWords(ctx: Context, i: number, first: string, last: string): boolean {
  const words = [matchCase(first, ctx.tokens[i].text), matchCase(last, ctx.tokens[i + 1].text)];
  claim(ctx, i, i + 2, { start: ctx.tokens[i].start, end: ctx.tokens[i + 1].end, type: 'LOC', name: words.join(' '), words: wordsOf(ctx, i, i + 2, words) });
  return true;
}

/** The nominative of a place noun in case c agreeing with an adjective of this gender, or null ('Бестяхе', loct, masc -> 'Бестях'). */
function nounNominative(noun: string, c: NameCase, gender: string | null): string | null {
  if (c === 'nomn') return noun;
  if (gender === 'masc') return c === 'loct' ? (/(?<=[бвгджзклмнпрстфхцчшщ])е$/u.test(noun) ? noun.slice(0, -1) : null) : placeNominative(noun, c);
  if (gender !== 'femn') return null;
  // 'Анатолии' -> 'Анатолия': a feminine name on -ия has -ии in the genitive, dative and locative.
  if ((c === 'gent' || c === 'datv' || c === 'loct') && /\p{Ll}ии$/u.test(noun)) return `${noun.slice(0, -1)}я`;
  const rule = FEMININE_ENDING[c];
  return rule && rule.test(noun) ? noun.replace(rule, 'а') : null;
}

/** 'Чили • Коста Рика • Эквадор': list marks on both sides, and a place as the item before or after. */
function inPlaceList(ctx: Context, i: number, j: number): boolean {
  const before = ctx.tokens[i - 1];
  const after = ctx.tokens[j];
  if (!before || !after || !LIST_MARKS.has(before.text) || !LIST_MARKS.has(after.text)) return false;
  return isPlace(ctx, i - 2) || isPlace(ctx, j + 1);
}

function isPlace(ctx: Context, k: number): boolean {
  const owner = ctx.owner[k];
  if (owner) return owner.type === 'LOC';
  if (k < 0 || k >= ctx.tokens.length) return false;
  const m = ctx.gazetteer.match(ctx.tokens, k, ctx.text);
  return !!m && m.entry.type === 'LOC';
}

/** 'Эль Сальвадор', 'Ла Пас': a place particle left alone right before a place the gazetteer knows is part of it. */
export function particlesBeforePlaces(ctx: Context): void {
  for (let k = 0; k + 1 < ctx.tokens.length; k++) {
    const owner = ctx.owner[k + 1];
    const t = ctx.tokens[k];
    if (ctx.taken[k] || !t.cap || !PLACE_PARTICLES.has(t.text.toLowerCase()) || !joined(ctx, k)) continue;
    if (!owner || owner.type !== 'LOC' || owner.start !== ctx.tokens[k + 1].start || /-/.test(t.text)) continue;
    const end = ownedEnd(ctx, k + 1);
    release(ctx, owner);
    const words = wordTexts(ctx, k, end);
    claim(ctx, k, end, { ...owner, start: t.start, name: `${t.text} ${owner.name}`, words: wordsOf(ctx, k, end, words) });
  }
}

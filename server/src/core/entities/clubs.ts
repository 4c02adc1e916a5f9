/**
 * Sports clubs written without quotes and named like a city: 'ФК Тамбов', 'клуб Сочи', and the sides of a
 * match with a score ('Тамбов обыграл Сочи со счетом 2:1', 'матч Тамбов - Сочи'). The club is the name
 * alone; the club's form (ФК, ХК) stays outside it, as a legal form does.
 */
import { claim, hasLemma, wordsOf, wordTexts, type Context } from './context';
import { CLUB_FORMS } from './data/lexicon';
import { CITY_GROUPS } from './data/cities';
import { classifyWord } from '../morphology/classify';
import { quotedNominative } from '../names/nominal';

const CLUB_LEMMAS = new Set(['клуб']);
const MATCH_VERBS = new Set(['обыграть', 'переиграть', 'победить', 'уступить', 'разгромить', 'одолеть', 'проиграть', 'сыграть']);
const MATCH_NOUNS = new Set(['матч', 'игра', 'встреча', 'дерби']);
const CITIES = new Set(CITY_GROUPS.map((g) => g[0]));
const SCORE = /^\d{1,2}:\d{1,2}$/;
const DASHES = new Set(['-', '–', '—']);

export function findClubs(ctx: Context): void {
  const { tokens } = ctx;
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if ((t.allCaps && CLUB_FORMS.has(t.text)) || (!t.cap && hasLemma(ctx, k, CLUB_LEMMAS))) claimClub(ctx, k + 1);
    else if (DASHES.has(tokens[k + 2]?.text ?? '') && hasLemma(ctx, k, MATCH_NOUNS)) matchPair(ctx, k + 1, k + 3);
    else if (hasLemma(ctx, k, MATCH_VERBS) && scoreInSentence(ctx, k)) matchPair(ctx, k - 1, k + 1);
  }
}

/** 'Тамбов обыграл Сочи 2:1', 'матч Тамбов - Сочи': both sides named like cities are clubs. */
function matchPair(ctx: Context, a: number, b: number): void {
  const sides = [a, b].map((i) => clubLike(ctx, i));
  // One side named like a city or already a club: the other is its opponent ('ХК Сочи проиграл Трактору 1:3').
  if (!sides.some(Boolean) || ![a, b].every((i, n) => sides[n] || opponent(ctx, i))) return;
  claimClub(ctx, a, 1);
  claimClub(ctx, b, 1);
}

/** A capitalised word that is no person's name and does not open the sentence. */
function opponent(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || ctx.taken[i] || t.kind !== 'word' || !t.cap || t.sentStart) return false;
  const cls = classifyWord(ctx.morph, t.text).cls;
  return cls !== 'Name' && cls !== 'Surn' && cls !== 'Patr';
}

/** A single capitalised word named like a city (not a country), or a club already named so. */
function clubLike(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !t.cap || t.allCaps) return false;
  if (ctx.taken[i]) return ctx.owner[i]?.type === 'ORG';
  const place = ctx.gazetteer.match(ctx.tokens, i, ctx.text);
  return !!place && place.end === i + 1 && place.entry.type === 'LOC' && CITIES.has(place.entry.name);
}

/** The capitalised word (or two, 'Крылья Советов') after a club's form or 'клуб', as the club. */
function claimClub(ctx: Context, i: number, max = 2): void {
  const { tokens } = ctx;
  let j = i;
  while (j < tokens.length && j - i < max && !ctx.taken[j] && tokens[j].kind === 'word' && tokens[j].cap && (j === i || ctx.text.slice(tokens[j - 1].end, tokens[j].start) === ' ')) j++;
  // 'клуба Челси Фрэнк Лэмпард': a known first name before another capitalised word starts a person, not the club.
  if (j - i === 2 && knownFirstName(ctx, i + 1) && tokens[j]?.kind === 'word' && tokens[j].cap) j--;
  // 'клуба Сергей Галицкий' is a person; 'клуба Спартак', a first name alone, and 'клуба Тоттенхэм', a first
  // name guessed from the ending only, are clubs.
  if (j === i || (knownFirstName(ctx, i) && (j > i + 1 || (tokens[j]?.kind === 'word' && tokens[j].cap)))) return;
  const place = ctx.gazetteer.match(tokens, i, ctx.text);
  const name = place && place.end === j ? place.entry.name : j - i === 1 ? quotedNominative(ctx.morph, tokens[i].text) : wordTexts(ctx, i, j).join(' ');
  claim(ctx, i, j, { start: tokens[i].start, end: tokens[j - 1].end, type: 'ORG', name, words: wordsOf(ctx, i, j, wordTexts(ctx, i, j)) });
}

function knownFirstName(ctx: Context, i: number): boolean {
  const c = classifyWord(ctx.morph, ctx.tokens[i].text);
  return c.cls === 'Name' && c.known;
}

function scoreInSentence(ctx: Context, k: number): boolean {
  for (let j = k + 1; j < ctx.tokens.length && j < k + 12 && !ctx.tokens[j].sentStart; j++) {
    if (SCORE.test(ctx.tokens[j].text) || (ctx.tokens[j].kind === 'num' && ctx.tokens[j + 1]?.text === ':' && ctx.tokens[j + 2]?.kind === 'num')) return true;
  }
  return false;
}

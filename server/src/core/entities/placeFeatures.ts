/**
 * Places named by an adjective and a generic noun of landform the lexicon's heads leave out ('на
 * Ключевской сопке', 'в Уюкской котловине': the noun belongs to the name, as in 'Горная Шория'), and
 * adjectives listed before one shared head ('в Баксанском, Чегемском и Зольском районах').
 */
import { matchCase } from '../names/casing';
import type { Parse } from '../morphology/morph';
import { claim, hasLemma, joined, release, wordsOf, wordTexts, type Candidate, type Context } from './context';
import { PLACE_CUES } from './data/lexicon';
import { emitPhrase } from './named';

/** Generic nouns of landforms and enclaves; also cue nouns before a name ('вулкан Безымянный'). General geography, no list of places. */
export const FEATURE_HEADS = new Set([
  'сопка', 'котловина', 'впадина', 'ущелье', 'урочище', 'каньон', 'ледник', 'вулкан', 'кряж', 'гряда', 'лиман',
  'плоскогорье', 'предгорье', 'падь', 'балка', 'распадок', 'нагорье', 'анклав', 'эксклав', 'перевал',
]);

/** Claims 'Ключевская сопка' (adjectives with a capital, then a lower-case landform noun agreeing with them). */
export function findFeaturePhrases(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const adj = capitalAdjective(ctx, i);
    if (!adj.length) continue;
    const h = i + 1;
    if (h >= tokens.length || ctx.taken[h] || tokens[h].cap || !joined(ctx, i) || !hasLemma(ctx, h, FEATURE_HEADS)) continue;
    if (!agrees(ctx, adj, h)) continue;
    // At a sentence start a common adjective describes ('Соседняя сопка'); one the dictionary does not know, or one of a place on -ский, names.
    if (tokens[i].sentStart && adj.some((p) => p.known) && !/[сц]к\p{L}{2}$/u.test(tokens[i].text)) continue;
    emitPhrase(ctx, i, h + 1, 'LOC');
    i = h;
  }
}

/** Adjective readings of a free capitalised word (no pronoun-like one). */
function capitalAdjective(ctx: Context, i: number): Parse[] {
  const t = ctx.tokens[i];
  if (t.kind !== 'word' || !t.cap || t.allCaps || ctx.taken[i]) return [];
  return ctx.morph.parse(t.text).filter((p) => p.pos === 'ADJF' && !p.grammemes.has('Apro'));
}

function agrees(ctx: Context, adj: Parse[], h: number): boolean {
  const nouns = ctx.morph.parse(ctx.tokens[h].text).filter((p) => p.pos === 'NOUN' && FEATURE_HEADS.has(p.lemma));
  return adj.some((a) => nouns.some((n) => n.case === a.case && n.number === a.number && (a.number === 'plur' || !a.gender || a.gender === n.gender)));
}

/**
 * 'в Баксанском, Чегемском и Зольском районах': before a place of an adjective and its head (or one
 * whose head is written later), adjectives set off by commas share that head; each is that place's kind.
 */
export function sharedHeadLists(ctx: Context): void {
  for (const c of [...ctx.candidates]) {
    if (c.type !== 'LOC') continue;
    const parts = c.name.split(' ');
    const first = c.first;
    if (parts.length !== 2 || ctx.tokens[first - 1]?.text !== ',') continue;
    const model = ctx.morph.parse(parts[0]).find((p) => p.pos === 'ADJF' && p.case === 'nomn');
    const own = ctx.morph.parse(ctx.tokens[first].text).filter((p) => p.pos === 'ADJF');
    if (!model || own.length === 0) continue;
    for (let k = first - 2; k >= 0; k -= 2) {
      const adj = capitalAdjective(ctx, k).find((p) => own.some((o) => o.case === p.case && o.number === p.number));
      if (!adj || ctx.tokens[k].sentStart || !adjacent(ctx, k)) break;
      const form = matchCase(ctx.morph.inflect(adj, ['nomn', 'sing', model.gender ?? 'masc']) ?? adj.lemma, ctx.tokens[k].text);
      const t = ctx.tokens[k];
      claim(ctx, k, k + 1, { start: t.start, end: t.end, type: 'LOC', name: `${form} ${parts[1]}`, words: wordsOf(ctx, k, k + 1, [form]) });
      if (ctx.tokens[k - 1]?.text !== ',' || !adjacent(ctx, k - 1)) break;
    }
  }
}

/** Tokens k and k + 1 on one line, with at most spaces between ('Баксанском,'). */
function adjacent(ctx: Context, k: number): boolean {
  const a = ctx.tokens[k];
  const b = ctx.tokens[k + 1];
  return !!a && !!b && !b.newline && /^[ \t\u00a0]*$/.test(ctx.text.slice(a.end, b.start));
}

/**
 * 'в поселке Красные Баки': after a place's cue noun an adjective read as a place and the place right after it
 * (here a form the gazetteer took for 'Баку') are one name in apposition, in the nominative as written.
 */
export function adjectivePlacesAfterCue(ctx: Context): void {
  for (const a of [...ctx.candidates]) {
    const i = a.first;
    const b = ctx.owner[i + 1];
    if (a.type !== 'LOC' || a.words.length !== 1 || !b || b === a || b.type !== 'LOC' || b.first !== i + 1 || !joined(ctx, i)) continue;
    if (i === 0 || ctx.tokens[i - 1].cap || !joined(ctx, i - 1) || !hasLemma(ctx, i - 1, PLACE_CUES)) continue;
    if (!ctx.morph.parse(ctx.tokens[i].text).some((p) => p.pos === 'ADJF' && p.case === 'nomn')) continue;
    // 'поселке Сотниково Иволгинского района': a place in the genitive after it is its district, no part of its name.
    if (!ctx.morph.parse(ctx.tokens[i + 1].text).some((p) => p.case === 'nomn')) continue;
    mergePlaces(ctx, a, b);
  }
}

function mergePlaces(ctx: Context, a: Candidate, b: Candidate): void {
  const i = a.first;
  let j = i + 1;
  while (ctx.owner[j] === b) j++;
  release(ctx, a);
  release(ctx, b);
  const words = wordTexts(ctx, i, j);
  claim(ctx, i, j, { start: ctx.tokens[i].start, end: ctx.tokens[j - 1].end, type: 'LOC', name: words.join(' '), words: wordsOf(ctx, i, j, words) });
}

/**
 * 'берег Плещеева озера', 'на Плещеевом озере': a possessive adjective of a surname's shape ('Плещеево', of
 * Плещеев) before a neuter noun of water or land, in the ending of its case, names the place ('Плещеево
 * озеро'), no person. Not after a capitalised word (a woman's name and surname: 'Анна Петрова'), nor in quotes
 * (a title: 'издательство «Кучково поле»').
 */
export function possessivePlaces(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const m = POSSESSIVE.exec(t.text);
    if (!m || t.kind !== 'word' || ctx.taken[i] || ctx.taken[i + 1] || tokens[i + 1].cap || !joined(ctx, i) || (tokens[i - 1]?.cap && !tokens[i - 1].sentStart) || OPENING_QUOTES.has(tokens[i - 1]?.text ?? '')) continue;
    const noun = ctx.morph.parse(tokens[i + 1].text).find((p) => p.pos === 'NOUN' && NEUTER_PLACES.has(p.lemma) && p.number === 'sing' && !!p.case && POSSESSIVE_ENDINGS[p.case] === m[2]);
    if (!noun) continue;
    const form = `${m[1]}о`;
    claim(ctx, i, i + 2, { start: t.start, end: tokens[i + 1].end, type: 'LOC', name: `${form} ${noun.lemma}`, words: wordsOf(ctx, i, i + 2, [form, noun.lemma]) });
    i++;
  }
}

const POSSESSIVE = /^(\p{Lu}\p{Ll}+(?:ев|ёв|ов|ин|ын))(о|а|у|ым|ом)$/u;

/** The neuter possessive's ending in each case ('Плещеево', 'Плещеева', 'Плещееву', 'Плещеевым', 'Плещеевом'). */
const POSSESSIVE_ENDINGS: Record<string, string> = { nomn: 'о', accs: 'о', gent: 'а', datv: 'у', ablt: 'ым', loct: 'ом' };

const OPENING_QUOTES = new Set(['«', '"', '„', '“']);

const NEUTER_PLACES = new Set(['озеро', 'водохранилище', 'болото', 'поле', 'плато']);

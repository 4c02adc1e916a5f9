/**
 * Streets, squares and avenues named by a capitalised word: an adjective before the noun the dictionary
 * does not know ('на Мысовой улице'), or after it ('на улице Советской'), or a name in the genitive after it
 * ('на улице Ленина', 'проспекте Карла Маркса'). The noun belongs to the name: 'улица Советская'.
 */
import type { Parse } from '../morphology/morph';
import { matchCase } from '../names/casing';
import { claim, hasLemma, joined, wordsOf, wordTexts, type Context } from './context';
import { emitPhrase } from './named';

/** Nouns of a town's streets and squares (singular: 'улицах Задонска' are the town's streets). */
const STREET_HEADS = new Set(['улица', 'проспект', 'переулок', 'бульвар', 'шоссе', 'площадь', 'набережная', 'проезд', 'тупик', 'аллея', 'тракт']);
/** Those whose name may follow them ('улице Советской', 'проспекте Мира'). */
const NAMED_AFTER = new Set(['улица', 'проспект', 'переулок', 'бульвар', 'шоссе']);

export function findStreets(ctx: Context): void {
  const { tokens } = ctx;
  for (let h = 0; h + 1 < tokens.length; h++) {
    if (ctx.taken[h] || tokens[h].cap || !hasLemma(ctx, h, STREET_HEADS)) continue;
    const heads = headParses(ctx, h);
    if (!heads.length) continue;
    const before = h - 1;
    if (before >= 0 && free(ctx, before) && joined(ctx, before) && agreeing(ctx, before, heads)) {
      emitPhrase(ctx, before, h + 1, 'LOC');
      continue;
    }
    const k = h + 1;
    if (!free(ctx, k) || !joined(ctx, h)) continue;
    // After the noun only a street's ('набережной Белой' is the river's, 'площади' often a place's own name).
    if (!hasLemma(ctx, h, NAMED_AFTER)) continue;
    const adj = agreeing(ctx, k, heads);
    const saint = saintInGenitive(ctx, k);
    if (adj && !saint) adjectiveAfter(ctx, h, k, adj, heads);
    else nameInGenitive(ctx, h, k, heads[0], saint);
    h = k;
  }
}

/** The head's singular readings as a street noun. */
function headParses(ctx: Context, h: number): Parse[] {
  return ctx.morph.parse(ctx.tokens[h].text).filter((p) => p.pos === 'NOUN' && STREET_HEADS.has(p.lemma) && p.number === 'sing');
}

/** A capitalised word inside a sentence no other name took. */
function free(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === 'word' && t.cap && !t.allCaps && !t.sentStart && !ctx.taken[k];
}

/**
 * An adjective's ending in the singular, any case (a guessed reading of a word without one is no adjective: 'Уфы',
 * 'Преголи'); named.ts's ADJECTIVE_ENDING serves bodies' names and leaves out '-ом' after most letters ('Большом').
 */
const ADJECTIVE_ENDING = /(?:ая|яя|ой|ей|ую|юю|ий|ый|ого|его|ому|ему|ом|ем|им|ым|ое|ее)$/u;

/** The adjective reading of the word at k that agrees with the street noun in case, number and gender, if any. */
function agreeing(ctx: Context, k: number, heads: Parse[]): Parse | undefined {
  if (!ADJECTIVE_ENDING.test(ctx.tokens[k].text)) return undefined;
  const adjs = ctx.morph.parse(ctx.tokens[k].text).filter((p) => p.pos === 'ADJF' && !p.grammemes.has('Apro'));
  return adjs.find((a) => heads.some((n) => n.case === a.case && a.number === 'sing' && (!a.gender || a.gender === n.gender)));
}

/** 'улице Святой Анны', 'улица Святого Духа': a saint's title in the genitive, then a capitalised name in the genitive. */
function saintInGenitive(ctx: Context, k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (!next || next.kind !== 'word' || !next.cap || !joined(ctx, k) || !free(ctx, k) || !free(ctx, k + 1) || !/^Свят(?:ой|ого|ых)$/u.test(ctx.tokens[k].text)) return false;
  return ctx.morph.parse(next.text).some((p) => p.case === 'gent' && p.pos === 'NOUN');
}

/** 'улице Советской' -> 'улица Советская': the noun, then the adjective in the nominative of its gender. */
function adjectiveAfter(ctx: Context, h: number, k: number, adj: Parse, heads: Parse[]): void {
  const head = heads.find((n) => n.case === adj.case) ?? heads[0];
  const nominative = ctx.morph.inflect(adj, ['nomn', 'sing', head.gender ?? 'masc']) ?? adj.lemma;
  const words = [head.lemma, matchCase(nominative, ctx.tokens[k].text)];
  claim(ctx, h, k + 1, { start: ctx.tokens[h].start, end: ctx.tokens[k].end, type: 'LOC', name: words.join(' '), words: wordsOf(ctx, h, k + 1, words) });
}

/**
 * 'улице Ленина', 'проспекте Карла Маркса': one or two words, each with a genitive reading, none a place the
 * gazetteer or the dictionary knows ('улицы Уфы' are the town's); with `saint`, a saint's title and name ('Святой Анны').
 */
function nameInGenitive(ctx: Context, h: number, k: number, head: Parse, saint: boolean): void {
  const genitive = (i: number) => {
    const parses = free(ctx, i) ? ctx.morph.parse(ctx.tokens[i].text) : [];
    return parses.some((p) => p.case === 'gent' && p.pos === 'NOUN') && !parses.some((p) => p.proper === 'Geox' && p.known) && !ctx.gazetteer.match(ctx.tokens, i, ctx.text);
  };
  if (!saint && !genitive(k)) return;
  const end = saint || (joined(ctx, k) && genitive(k + 1)) ? k + 2 : k + 1;
  const words = [head.lemma, ...wordTexts(ctx, k, end)];
  claim(ctx, h, end, { start: ctx.tokens[h].start, end: ctx.tokens[end - 1].end, type: 'LOC', name: words.join(' '), words: wordsOf(ctx, h, end, words) });
}

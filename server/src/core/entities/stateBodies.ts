/** State bodies written with their country as one organization: 'МИД РФ', 'правительства РФ', 'МИД Казахстана'. */
import { foldYo, type Morphology } from '../morphology/morph';
import { matchCase } from '../names/casing';
import { agree } from '../morphology/agreement';
import { undeclinedPlace } from '../morphology/classify';
import { isAcronym, phraseNominative } from '../names/nominal';
import { claim, joined, wordsOf, wordTexts, type Context } from './context';
import { STATE_BODIES } from './data/lexicon';
import { remember } from '../util/boundedCache';

export function findStateBodies(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (ctx.taken[i] || tokens[i].kind !== 'word' || !isBody(ctx, i) || !joined(ctx, i)) continue;
    const m = ctx.gazetteer.match(tokens, i + 1, ctx.text);
    if (!m || m.entry.type !== 'LOC' || ctx.taken[i + 1]) continue;
    // 'Национальный конгресс Парагвая': capitalised adjectives agreeing with the body open its name.
    const s = adjectivesBefore(ctx, i);
    const head = s < i ? phraseNominative(ctx.morph, wordTexts(ctx, s, i + 1), 'Orgn') : null;
    const body = head?.name ?? bodyNominative(ctx.morph, tokens[i].text);
    const country = genitive(ctx.morph, m.entry.name);
    const countryWords = phraseNominative(ctx.morph, tokens.slice(i + 1, m.end).map((t) => t.text), 'Geox').lemmas;
    claim(ctx, s, m.end, {
      start: tokens[s].start, end: tokens[m.end - 1].end, type: 'ORG', name: `${body} ${country}`,
      words: wordsOf(ctx, s, m.end, [...(head?.lemmas ?? [body]), ...countryWords]),
    });
    i = m.end - 1;
  }
}

/** Where capitalised adjectives before the body at i begin (inside a sentence, agreeing with it), or i. */
function adjectivesBefore(ctx: Context, i: number): number {
  const heads = ctx.morph.parse(ctx.tokens[i].text).filter((p) => p.pos === 'NOUN');
  // No word that may be a name ('имени Н. Н. Петрова Минздрава': a surname, though also a possessive adjective).
  const agrees = (k: number) => {
    const parses = ctx.morph.parse(ctx.tokens[k].text);
    return !parses.some((p) => p.proper) && parses.some((a) => a.known && a.pos === 'ADJF' && heads.some((h) => agree(a, h)));
  };
  let s = i;
  while (s > 0 && !ctx.taken[s - 1] && ctx.tokens[s - 1].cap && !ctx.tokens[s - 1].allCaps && !ctx.tokens[s - 1].sentStart && joined(ctx, s - 1) && agrees(s - 1)) s--;
  return s;
}

/**
 * 'Красноярскстата', 'Башкортостанстат', 'Нижегородстата': a region's or city's office of Rosstat, named by the place
 * the gazetteer knows, or a stem the dictionary does not know as a word, and '-стат' (no list of offices).
 */
export function findRegionalStatistics(ctx: Context): void {
  ctx.tokens.forEach((t, i) => {
    const m = ctx.taken[i] || t.kind !== 'word' ? null : REGIONAL_STAT.exec(t.text);
    // A region's stem ('Нижегородстат', 'Марийстат') or a place the gazetteer knows; a word the dictionary knows is a device ('Термостата').
    if (!m || (ctx.gazetteer.canonical(m[1])?.type !== 'LOC' && ctx.morph.parse(t.text).some((p) => p.known))) return;
    const name = `${m[1]}стат`;
    claim(ctx, i, i + 1, { start: t.start, end: t.end, type: 'ORG', name, words: wordsOf(ctx, i, i + 1, [name]) });
  });
}

const REGIONAL_STAT = /^(\p{Lu}\p{Ll}{3,})стат(?:а|у|ом|е)?$/u;

const bodyCache = new Map<string, boolean>();

function isBody(ctx: Context, i: number): boolean {
  const word = ctx.tokens[i].text;
  let hit = bodyCache.get(word);
  if (hit === undefined) {
    hit = STATE_BODIES.has(word.toLowerCase()) || (mayBeBody(word) && ctx.morph.parse(word).some((p) => p.pos === 'NOUN' && STATE_BODIES.has(p.lemma) && p.number === 'sing'));
    remember(bodyCache, word, hit, 100_000);
  }
  return hit;
}

/** First letters of the bodies, ё folded: every form of a body begins like its lemma (no parse for other words). */
const BODY_INITIALS = new Set([...STATE_BODIES].map((b) => foldYo(b.charAt(0))));

function mayBeBody(word: string): boolean {
  const first = foldYo(word.charAt(0).toLowerCase());
  // Not a Cyrillic letter, or one a combining mark changes (и + ̆ = й): left to the dictionary.
  return !/[а-я]/.test(first) || BODY_INITIALS.has(first) || /[\u0300-\u036f]/.test(word.charAt(1));
}

/** Common nouns naming a body ('правительство') are lower case; names of bodies ('Минобороны') keep their capital. */
const COMMON_BODIES = new Set(['правительство', 'парламент', 'министерство', 'посольство', 'консульство', 'генконсульство', 'кабинет', 'представительство']);

function bodyNominative(morph: Morphology, word: string): string {
  if (isAcronym(word)) return word;
  const p = morph.parse(word).find((x) => x.pos === 'NOUN' && STATE_BODIES.has(x.lemma));
  if (!p) return word;
  const lemma = matchCase(p.lemma, word);
  return COMMON_BODIES.has(p.lemma) ? lemma.toLowerCase() : lemma;
}

/**
 * 'Россия' -> 'России', 'Саудовская Аравия' -> 'Саудовской Аравии', 'США' -> 'США'. A name in apposition after the
 * head noun keeps its form ('Республика Тыва' -> 'Республики Тыва'), until 'и' or a dash starts another part
 * ('Босния и Герцеговина' -> 'Боснии и Герцеговины', 'Ханты-Мансийский автономный округ — Югра' -> '... — Югры').
 */
export function genitive(morph: Morphology, name: string): string {
  let apposition = false;
  return name
    .split(' ')
    .map((w) => {
      if (PART_BREAKS.has(w)) {
        apposition = false;
        return w;
      }
      const parses = morph.parse(w);
      if (isAcronym(w) || apposition || undeclinedPlace(parses, w)) return w;
      // A place's reading first: 'Филиппины' is the plural of a first name too ('Филиппина'), whose genitive differs.
      const nominatives = parses.filter((x) => (x.pos === 'NOUN' || x.pos === 'ADJF') && x.case === 'nomn');
      const p = nominatives.find((x) => x.proper === 'Geox') ?? nominatives[0];
      // A common noun heads the name ('Республика'); 'Тверская' read as a surname does not.
      apposition = p?.pos === 'NOUN' && !p.proper;
      // An adjective keeps its gender and number ('Ленинградская область' -> 'Ленинградской области').
      const agree = p?.pos === 'ADJF' ? [p.number === 'plur' ? 'plur' : 'sing', ...(p.number !== 'plur' && p.gender ? [p.gender] : [])] : [];
      const g = p ? morph.inflect(p, ['gent', ...agree]) : null;
      return g ? matchCase(g, w) : w;
    })
    .join(' ');
}

const PART_BREAKS = new Set(['и', '—', '–', '-']);

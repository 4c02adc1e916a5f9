/** Names of products, vehicles, programs and events ('шаттл «Атлантис»', 'операционная система Windows', 'турнир «Кубок Севера»'): no entities. */
import { DOMAIN_BODIES, EVENT_HEADS, ORG_HEADS, PRODUCT_HEADS } from './data/lexicon';
import { hasLemma, joined, type Context } from './context';
import { LATIN_CONNECTORS } from './wordShapes';
import { classifyWord } from '../morphology/classify';

/**
 * 'шаттл «Атлантис»', 'корабль Союз ТМА-12', 'электропоезда «Ласточка»': the name of a vehicle, machine or
 * program after its noun is a product, not a person, place or organization; its words are set aside.
 */
export function skipProducts(ctx: Context): void {
  const { tokens } = ctx;
  const quotedProducts = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1];
    // Cheap tests first: a product's name follows as a quote, a capital or a code.
    if ((tokens[i].cap && !tokens[i].sentStart && tokens[i].text !== 'ОС') || tokens[i].kind !== 'word' || !(next.cap || next.text === '«' || next.text === '"' || /\d/.test(next.text))) continue;
    if (!joined(ctx, i) || !(hasLemma(ctx, i, PRODUCT_HEADS) || hasLemma(ctx, i, EVENT_HEADS) || operatingSystem(ctx, i) || tokens[i].text === 'ОС' || (next.latin && hasLemma(ctx, i, PLATFORMS)))) continue;
    let k = i + 1;
    const quoted = tokens[k].text === '«' || tokens[k].text === '"';
    if (quoted) k++;
    let end = k;
    // In quotes the name's later words may be lower case ('программа «Гражданское общество»').
    // A quoted title may run longer and hold a dash ('программа «Гражданское общество — модернизация России»').
    while (end < tokens.length && end - k < (quoted ? 7 : 4) && (tokens[end].cap || (quoted && DASHES.has(tokens[end].text)) || /\d/.test(tokens[end].text) || (tokens[end].text === '-' && end > k) || (end > k && (quoted ? tokens[end].kind === 'word' : latinConnector(ctx, end)))) && !ctx.taken[end] && (end === k || joined(ctx, end - 1) || tokens[end].text === '-' || tokens[end - 1].text === '-')) end++;
    // Unquoted, only a code or a Latin name is a product ('поезд Екатеринбург - Адлер' is a route), or a festival's one
    // word no dictionary knows ('на фестивале Сервантино в Мексике').
    if (end === k || (!quoted && !tokens[k].latin && !/\d/.test(ctx.text.slice(tokens[k].start, tokens[end - 1].end)) && !festivalTitle(ctx, i, k, end))) continue;
    if (quoted && !['»', '"'].includes(tokens[end]?.text ?? '')) continue;
    // A title stands in apposition, in the nominative: 'серию «Зенита-Казани»' is the club's streak.
    // (A vehicle's own name declines: 'полёта «Бразилии»' stays a vehicle.)
    if (quoted && hasLemma(ctx, i, STREAKS) && obliqueOnly(ctx, tokens[k].text)) continue;
    // A product's own maker stays a name ('самолеты Boeing' no, 'самолеты компании Boeing' yes): only what follows the noun directly.
    for (let m = k; m < end; m++) ctx.taken[m] = true;
    // One sense per article: 'Windows' alone later is the same product.
    if (!quoted && end === k + 1 && tokens[k].latin) ctx.products.add(tokens[k].text);
    if (quoted) for (const l of ctx.morph.lemmas(tokens[k].text)) quotedProducts.add(l);
    if (quoted) skipGloss(ctx, end);
    i = end;
  }
  skipAuthoredWorks(ctx, quotedProducts);
  skipQuotedProducts(ctx, quotedProducts);
  commonAcronyms(ctx);
  modelCodes(ctx);
  latinBinomials(ctx);
}

const STREAKS = new Set(['серия']);

/** 'фестивале Сервантино': one capitalised word after 'фестиваль' that no dictionary or gazetteer knows. */
function festivalTitle(ctx: Context, i: number, k: number, end: number): boolean {
  return end === k + 1 && hasLemma(ctx, i, FESTIVALS) && !classifyWord(ctx.morph, ctx.tokens[k].text).known && !ctx.gazetteer.match(ctx.tokens, k, ctx.text);
}

const FESTIVALS = new Set(['фестиваль', 'кинофестиваль', 'фест']);

/** Every reading of the word (or of its first part before a hyphen) is a known form in another case than the nominative. */
function obliqueOnly(ctx: Context, word: string): boolean {
  const parses = ctx.morph.parse(word.split('-')[0]).filter((p) => p.pos === 'NOUN' || p.pos === 'ADJF');
  return parses.length > 0 && parses.every((p) => p.known && p.case !== null && p.case !== 'nomn' && p.case !== 'accs');
}

/**
 * 'драмы Гаяза Исхаки «Зулейха»', 'пьесу Островского «Гроза»': a work's noun, its author's name, then the quoted
 * title; the title is no organization (the author stays a person), and the same title is a work again later.
 */
function skipAuthoredWorks(ctx: Context, names: Set<string>): void {
  const { tokens } = ctx;
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i].cap || !tokens[i + 1].cap || !hasLemma(ctx, i, EVENT_HEADS)) continue;
    let q = i + 1;
    while (q < i + 4 && tokens[q].kind === 'word' && tokens[q].cap && !tokens[q].allCaps && joined(ctx, q - 1)) q++;
    if (tokens[q]?.text !== '«' || !joined(ctx, q - 1) || ctx.taken[q + 1]) continue;
    let close = q + 1;
    while (close < tokens.length && close - q <= 6 && tokens[close].text !== '»' && !tokens[close].newline) close++;
    if (tokens[close]?.text !== '»' || close === q + 1) continue;
    for (let m = q + 1; m < close; m++) ctx.taken[m] = true;
    for (const l of ctx.morph.lemmas(tokens[q + 1].text)) names.add(l);
    i = close;
  }
}

/**
 * 'L-410', 'МС-21', 'SSJ-100': capitals, a hyphen and a number are a model's code (an aircraft, a machine),
 * no organization; one capital needs three digits ('G-20' is a group of states).
 */
function modelCodes(ctx: Context): void {
  for (const t of ctx.tokens) {
    if (t.kind === 'word' && MODEL_CODE.test(t.text) && !ctx.gazetteer.canonical(t.text)) ctx.products.add(t.text);
  }
}

const MODEL_CODE = /^(?:\p{Lu}-\d{3,4}|\p{Lu}{2,4}-\d{2,4})$/u;

/**
 * 'Myotis lishanensis', 'Phytophthora agathidicida': a capitalised Latin word and a lower-case one after it
 * (no connector such as 'of' or 'de') name a species, no organization; the genus alone later is none either.
 */
function latinBinomials(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [genus, species] = [tokens[i], tokens[i + 1]];
    if (!genus.latin || !genus.cap || genus.allCaps || !species.latin || species.cap || !/^[a-z]{4,}$/.test(species.text)) continue;
    if (LATIN_CONNECTORS.has(species.text) || !joined(ctx, i)) continue;
    ctx.products.add(genus.text);
  }
}

/**
 * 'свободного программного обеспечения (СПО)': an acronym the article coins for a lower-case phrase of common
 * words spelling it (no body's noun among them, unknown to the gazetteer) names no organization, there or later.
 */
function commonAcronyms(ctx: Context): void {
  const { tokens } = ctx;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (!t.allCaps || t.latin || tokens[k - 1].text !== '(' || tokens[k + 1].text !== ')' || t.text.length > 5) continue;
    const n = t.text.length;
    const words = tokens.slice(Math.max(0, k - 1 - n), k - 1);
    if (words.length !== n || words.some((w) => w.kind !== 'word' || w.cap)) continue;
    if (words.map((w) => w.text[0]).join('').toUpperCase().replace(/Ё/g, 'Е') !== t.text.replace(/Ё/g, 'Е')) continue;
    if (words.some((_, m) => hasLemma(ctx, k - 1 - n + m, ORG_HEADS) || hasLemma(ctx, k - 1 - n + m, DOMAIN_BODIES)) || ctx.gazetteer.canonical(t.text)) continue;
    ctx.products.add(t.text);
  }
}

/**
 * 'шаттлы «Индевор» (...) и «Атлантис»', 'старт «Атлантиса»' after 'шаттл «Атлантис»', 'полёт «Индевор» STS-126':
 * a quoted name is a product again when the article named it as one, when it continues a list of products,
 * or when a mission's code follows it.
 */
function skipQuotedProducts(ctx: Context, names: Set<string>): void {
  // Twice: a name found a product by its code ('«Атлантис» STS-124') is one earlier in the article too.
  for (let pass = 0; pass < 2; pass++) skipQuotedProductsOnce(ctx, names);
}

function skipQuotedProductsOnce(ctx: Context, names: Set<string>): void {
  const { tokens } = ctx;
  let lastProduct = -1;
  for (let q = 0; q + 2 < tokens.length; q++) {
    if (tokens[q].text !== '«' || ctx.taken[q + 1]) {
      if (tokens[q].text === '«' && ctx.taken[q + 1] && !ctx.owner[q + 1]) lastProduct = q;
      continue;
    }
    let close = q + 1;
    while (close < tokens.length && close - q <= 5 && tokens[close].text !== '»') close++;
    if (tokens[close]?.text !== '»' || !tokens[q + 1].cap) continue;
    const known = [...ctx.morph.lemmas(tokens[q + 1].text)].some((l) => names.has(l));
    const code = /^[A-ZА-ЯЁ]{2,}-\d/u.test(tokens[close + 1]?.text ?? '') && joined(ctx, close);
    if (!known && !code && !continuesList(ctx, lastProduct, q)) continue;
    for (let m = q + 1; m < close; m++) ctx.taken[m] = true;
    skipGloss(ctx, close);
    for (const l of ctx.morph.lemmas(tokens[q + 1].text)) names.add(l);
    lastProduct = q;
    q = close;
  }
}

/** '«Шкода Октавия» (Skoda Octavia)', '«Славута» (ЗАЗ-1103)': a Latin or coded gloss in brackets after a quoted product's closing quote is the product too. */
function skipGloss(ctx: Context, close: number): void {
  const { tokens } = ctx;
  if (tokens[close + 1]?.text !== '(' || !joined(ctx, close)) return;
  let end = close + 2;
  while (end < tokens.length && end - close < 7 && (tokens[end].latin || /\d/.test(tokens[end].text) || tokens[end].text === '-' || (tokens[end].allCaps && !ctx.taken[end]))) end++;
  if (end === close + 2 || tokens[end]?.text !== ')') return;
  for (let m = close + 2; m < end; m++) if (!ctx.owner[m]) ctx.taken[m] = true;
}

/** '«Индевор» (в апреле) и «Атлантис»': the quote at q follows the product quoted at `prev`, joined by 'и' or a comma. */
function continuesList(ctx: Context, prev: number, q: number): boolean {
  if (prev < 0 || q - prev > 16) return false;
  const { tokens } = ctx;
  let k = q - 1;
  if (!['и', ','].includes(tokens[k]?.text)) return false;
  k--;
  // A parenthesis between them: '«Индевор» (в конце апреля) и «Атлантис»'.
  if (tokens[k]?.text === ')') {
    while (k > prev && tokens[k].text !== '(') k--;
    k--;
  }
  return tokens[k]?.text === '»' && k > prev;
}

/** 'операционной системы Windows'. */
function operatingSystem(ctx: Context, i: number): boolean {
  return i > 0 && hasLemma(ctx, i, SYSTEM) && hasLemma(ctx, i - 1, OPERATING);
}
const SYSTEM = new Set(['система']);
const DASHES = new Set(['—', '–']);
/** 'на базе платформы Linux': a Latin name after a platform is software; a quoted one may be a company's service. */
const PLATFORMS = new Set(['платформа']);
const OPERATING = new Set(['операционный']);

/** 'The Best of Blogs': a lower-case Latin connector between capitalised Latin words. */
function latinConnector(ctx: Context, k: number): boolean {
  const [prev, t, next] = [ctx.tokens[k - 1], ctx.tokens[k], ctx.tokens[k + 1]];
  return !!next && prev.latin && t.latin && !t.cap && LATIN_CONNECTORS.has(t.text) && next.latin && next.cap;
}

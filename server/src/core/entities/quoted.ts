/** Quoted names after cue words: газета «Известия», ПАО "Русгидро", and a list continuing them ("Группа ГАЗ"). */
import { claim, hasLemma, joined, wordsOf, wordTexts, type Candidate, type Context } from './context';
import { NON_ENTITY_ACRONYMS, QUOTE_CUES } from './data/lexicon';
import { classifyWord } from '../morphology/classify';
import { foldLower } from '../morphology/morph';
import { quotedNominative } from '../names/nominal';
import { nounWithPlace } from './runs';

const OPEN = new Set(['«', '"', '„', '“']);
const CLOSE = new Set(['»', '"', '“', '”']);
const MAX_WORDS = 7;

export function findQuotedNames(ctx: Context): void {
  const { tokens } = ctx;
  const found = new Map<string, { name: string; words: string[][] }>();
  const named: Candidate[] = [];
  const later: number[] = [];
  for (let q = 0; q < tokens.length - 1; q++) {
    if (!OPEN.has(tokens[q].text) || !opensQuote(ctx, q)) continue;
    const close = closingQuote(ctx, q);
    if (close < 0) continue;
    if (!(q > 0 && cueBefore(ctx, q)) && !namesPlace(ctx, q + 1, close) && !namesPartners(ctx, close)) {
      later.push(q);
      continue;
    }
    // A name with its own cue takes an earlier name of the same length only ('«Мана»' after '«Мана Торг»' is another).
    const name = claimQuoted(ctx, q, close, earlierName(ctx, found, q, close, false));
    if (name) {
      const it = { name, words: quotedLemmas(ctx, q + 1, close) };
      for (const k of keys(ctx, q + 1)) found.set(k, it);
    }
    // 'нацпарк «Куршская коса»': a reserve is named like its land; the same words unquoted are the place.
    // '«Нижним Новгородом»' is a club, 'в Нижнем Новгороде' still the city.
    if (name && ctx.owner[q + 1] && !hasLemma(ctx, q - 1, RESERVES) && !namesPlace(ctx, q + 1, close)) named.push(ctx.owner[q + 1]!);
  }
  // One sense per article: «Трактора» after «Трактор» was named as a club; "Босфор-Тревел" after туроператор
  // «Босфор Тревел» is a company too, under its own name (the name found only for the same words).
  for (const q of later) {
    if (!keys(ctx, q + 1).some((k) => found.has(k))) continue;
    const close = closingQuote(ctx, q);
    claimQuoted(ctx, q, close, earlierName(ctx, found, q, close));
  }
  claimUnquotedRepeats(ctx, named);
}

/** The name a quoted name found before was given, when these words are the same name in another case or its first words. */
function earlierName(ctx: Context, found: Map<string, { name: string; words: string[][] }>, q: number, close: number, shorter = true): string | undefined {
  const it = keys(ctx, q + 1).map((k) => found.get(k)).find((x) => x !== undefined);
  const words = quotedLemmas(ctx, q + 1, close);
  if (!it || words.length > it.words.length || (!shorter && words.length !== it.words.length)) return undefined;
  // A case form keeps the word's start ('«Крыльев Советов»' of '«Крылья Советов»'; '«Сыня-Тундра»' is no form of '«Аэротундра»').
  const sameStart = words.every((w, k) => w[0].slice(0, 3) === it.words[k][0].slice(0, 3));
  return sameStart && sameOrShorter(words, it.words) ? it.name : undefined;
}

/**
 * One sense per article: 'Голос Америки:' after «Голоса Америки» was named as a radio station is the
 * station again, not a place; only names of two words or more, each word agreeing in lemma.
 */
function claimUnquotedRepeats(ctx: Context, named: Candidate[]): void {
  const { tokens } = ctx;
  for (const c of named) {
    const words = c.words.map((w) => [...ctx.morph.lemmas(ctx.text.slice(w.start, w.end))]);
    if (words.length < 2) continue;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (ctx.taken[i] || !tokens[i].cap || tokens[i - 1]?.text === '«' || tokens[i - 1]?.text === '"') continue;
      const j = i + words.length;
      if (!words.every((ls, k) => sameWord(ctx, i + k, ls) && !ctx.taken[i + k] && (k === 0 || joined(ctx, i + k - 1)))) continue;
      claim(ctx, i, j, { start: tokens[i].start, end: tokens[j - 1].end, type: 'ORG', name: c.name, words: wordsOf(ctx, i, j, wordTexts(ctx, i, j)) });
      i = j - 1;
    }
  }
}

function sameWord(ctx: Context, k: number, lemmas: string[]): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === 'word' && [...ctx.morph.lemmas(t.text)].some((l) => lemmas.includes(l));
}

/** Each quoted word's lemmas and its text, lower case. */
function quotedLemmas(ctx: Context, i: number, j: number): string[][] {
  return ctx.tokens.slice(i, j).map((t) => [t.text.toLowerCase(), ...ctx.morph.lemmas(t.text), ...hyphenLemmas(ctx, t.text)]);
}

/** 'СКА-Минском' -> 'ска-минск', 'Уралочки-НТМК' -> 'уралочка-нтмк': a hyphenated name declines in one part. */
function hyphenLemmas(ctx: Context, word: string): string[] {
  const cut = word.lastIndexOf('-');
  if (cut <= 0) return [];
  const [head, tail] = [word.slice(0, cut).toLowerCase(), word.slice(cut + 1).toLowerCase()];
  const lemmas = (part: string) => [...ctx.morph.lemmas(part)].map((l) => l.toLowerCase());
  return [...lemmas(word.slice(cut + 1)).map((l) => `${head}-${l}`), ...lemmas(word.slice(0, cut)).map((l) => `${l}-${tail}`)];
}

/** The same name in another case, or its first words alone ('«Ленком»' of '«Ленком Марка Захарова»'): word by word one lemma in common. */
function sameOrShorter(later: string[][], first: string[][]): boolean {
  return later.length <= first.length && later.every((ls, k) => ls.some((l) => first[k].includes(l)));
}

/** Lemmas of the first word of a quoted name, and its text, lower case. */
function keys(ctx: Context, i: number): string[] {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return [];
  // 'Волга-Тур' meets «Волга Тур» by its first part.
  const first = t.text.split('-')[0];
  return [t.text.toLowerCase(), ...ctx.morph.lemmas(t.text), ...(first !== t.text ? [first.toLowerCase()] : [])];
}

/**
 * '«Сочи» обыграл «Тамбов»': a place's name in quotes is not the place but what is named after it (a club,
 * a company); a work would be introduced by its kind.
 */
function namesPlace(ctx: Context, i: number, j: number): boolean {
  if (j - i > 3 || !ctx.tokens[i].cap) return false;
  const m = ctx.gazetteer.match(ctx.tokens, i, ctx.text);
  if (m && m.end === j && m.entry.type === 'LOC') return true;
  if (j - i !== 1) return false;
  return classifyWord(ctx.morph, ctx.tokens[i].text).cls === 'Geox' && classifyWord(ctx.morph, ctx.tokens[i].text).known;
}

/** Claims the quoted name; returns its name, or null. name: the name the article gave it before ('Трактора' -> 'Трактор'). */
function claimQuoted(ctx: Context, q: number, close: number, known?: string): string | null {
  const { tokens } = ctx;
  {
    const i = q + 1;
    const j = close;
    if (!tokens[i].cap && !tokens[i].latin && !/^\p{N}/u.test(tokens[i].text)) return null;
    for (let k = i; k < j; k++) if (ctx.taken[k]) return null;
    const words = wordTexts(ctx, i, j);
    const written = ctx.text.slice(tokens[i].start, tokens[j - 1].end).replace(/\s+/g, ' ');
    // A name the gazetteer knows in any case form ('«Казатомпрома»') takes its canonical name.
    const listed = ctx.gazetteer.match(tokens, i, ctx.text);
    // '«Нижним Новгородом»': a club named like a place takes the place's name.
    const whole = listed && listed.end === j ? listed.entry : null;
    const name = whole && (whole.type === 'ORG' || (whole.type === 'LOC' && j - i > 1)) ? whole.name : known ?? (j - i === 1 ? nounWithPlace(ctx, written) ?? quotedNominative(ctx.morph, written) : written);
    claim(ctx, i, j, { start: tokens[i].start, end: tokens[j - 1].end, type: 'ORG', name, words: wordsOf(ctx, i, j, oneWordLemma(ctx, words, name)) });
    return name;
  }
}

/**
 * '«Уфу»', '«Уфы»' of the club «Уфа»: a short name (too short for its case forms to share a three-letter stem)
 * in a case form the dictionary knows has the name as its lemma, so no spelling check sees two spellings.
 * Longer names keep the written form, which the spelling check reads by its endings.
 */
function oneWordLemma(ctx: Context, words: string[], name: string): string[] {
  if (words.length !== 1 || name === words[0] || name.length > 4 || /\s/.test(name)) return words;
  return ctx.morph.lemmas(words[0]).has(foldLower(name)) ? [name] : words;
}

function opensQuote(ctx: Context, q: number): boolean {
  const t = ctx.tokens[q];
  if (t.text !== '"') return true;
  const before = ctx.text.charAt(t.start - 1);
  return t.start === 0 || /[\s(\-—–]/.test(before);
}

function closingQuote(ctx: Context, q: number): number {
  let words = 0;
  let comma = false;
  for (let k = q + 1; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k];
    if (t.newline) return -1;
    // 'Шелестов, Рябинин и партнеры': a comma only in a firm named after its partners.
    if (CLOSE.has(t.text) && k > q + 1) return !comma || namesPartners(ctx, k) ? k : -1;
    if (t.text === ',' && k > q + 1) comma = true;
    else if (t.kind === 'punct' && !['-', '.', '&', '+'].includes(t.text)) return -1;
    if (t.kind !== 'punct' && ++words > MAX_WORDS) return -1;
  }
  return -1;
}

/** '«Шелестов, Рябинин и партнеры»', '«Иванов и партнёры»': a firm named after its partners (the quote closing at close). */
function namesPartners(ctx: Context, close: number): boolean {
  return close > 2 && ctx.tokens[close - 2]?.text === 'и' && hasLemma(ctx, close - 1, PARTNERS);
}

const PARTNERS = new Set(['партнер', 'партнёр']);

const RESERVES = new Set(['заповедник', 'заказник', 'нацпарк', 'парк']);

/** 'сыграют со «Спартаком»', 'играл за «Зенит»' (with 'с' or 'за' only: 'сыграла в «Полыни»' is a film). */
const PLAY_VERBS = new Set(['сыграть', 'играть', 'встретиться', 'матч', 'поединок', 'игра', 'выступать', 'выступить', 'забить', 'забивать']);
const MATCH_VERBS = new Set(['обыграть', 'переиграть', 'победить', 'уступить', 'разгромить', 'одолеть']);

/** 'челябинский', 'португальской': an adjective made from a place, not from a person ('чеховской'). */
function placeAdjective(ctx: Context, word: string): boolean {
  const adj = ctx.morph.parse(word).find((p) => p.pos === 'ADJF');
  if (!adj) return false;
  const stem = adj.lemma.replace(/(?:ск|цк)ий$/u, '');
  return !ctx.morph.parse(stem.charAt(0).toUpperCase() + stem.slice(1)).some((p) => p.known && (p.proper === 'Surn' || p.proper === 'Name'));
}

/** A verb or noun of playing shortly before 'с' in the same clause ('сыграют в Москве со «Спартаком»'). */
function playedBefore(ctx: Context, withAt: number): boolean {
  for (let k = withAt - 1; k >= 0 && k >= withAt - 4; k--) {
    if (ctx.tokens[k].kind === 'punct') return false;
    if (hasLemma(ctx, k, MATCH_VERBS) || hasLemma(ctx, k, PLAY_VERBS)) return true;
  }
  return false;
}

/**
 * 'в статье Частного корреспондента «...»': a person noun after a capitalised word is the end of a name
 * (a medium called so), and no cue; 'Русской службе «...»' is a cue still.
 */
function personInName(ctx: Context, k: number): boolean {
  const before = ctx.tokens[k - 1];
  if (!before || before.kind !== 'word' || !before.cap || before.sentStart || before.allCaps || !joined(ctx, k - 1)) return false;
  return ctx.morph.parse(ctx.tokens[k].text).some((p) => p.known && p.pos === 'NOUN' && p.grammemes.has('anim'));
}

function bodyAcronym(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return t.kind === 'word' && t.text.length >= 2 && t.text.length <= 5 && !t.latin && joined(ctx, k) && ctx.gazetteer.canonical(t.text)?.type !== 'LOC';
}

const MEMBER_ROLES = new Set([
  'глава', 'руководитель', 'председатель', 'президент', 'гендиректор', 'основатель', 'совладелец', 'акционер', 'член',
  'лидер', 'сотрудник', 'представитель', 'пресс-секретарь', 'пресс-служба', 'участник', 'страна-член',
]);

/** 'золотодобытчик «…»', 'нефтепереработчик «…»', 'автопроизводитель «…»': a compound noun of a trade names a company. */
function tradeNoun(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return t.kind === 'word' && !t.cap && ctx.morph.parse(t.text).some((p) => p.pos === 'NOUN' && TRADE.test(p.lemma));
}

const TRADE = /.(?:добытчик|производитель|переработчик|перевозчик|оператор|застройщик|поставщик|экспортёр|экспортер|импортёр|импортер|ритейлер|ретейлер|холдинг)$/u;

function cueBefore(ctx: Context, q: number): boolean {
  const prev = q - 1;
  if (!personInName(ctx, prev) && (hasLemma(ctx, prev, QUOTE_CUES) || QUOTE_CUES.has(ctx.tokens[prev].text.toLowerCase()) || tradeNoun(ctx, prev))) return true;
  // 'сервис бронирования «...»', 'оператор связи «...»': the cue, then one lower-case noun of its trade in the genitive.
  if (prev > 0 && !ctx.tokens[prev].cap && hasLemma(ctx, prev - 1, QUOTE_CUES) && joined(ctx, prev - 1) && genitiveNoun(ctx, prev)) return true;
  // 'главы «Большой двадцатки»', 'член «Единой России»': a member's or a leader's noun before a quoted name of two
  // words or more in the genitive (one word alone in quotes is an organization anyway, named later with its kin).
  if (!ctx.tokens[prev].cap && ctx.tokens[q + 2]?.kind === 'word' && hasLemma(ctx, prev, MEMBER_ROLES) && ctx.morph.parse(ctx.tokens[q + 1]?.text ?? '').some((p) => p.case === 'gent')) return true;
  // 'челябинский «Трактор»', 'португальской «Браги»': a lower-case place adjective before a quoted name.
  const t = ctx.tokens[prev];
  if (t.kind === 'word' && !t.cap && /(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/u.test(t.text) && placeAdjective(ctx, t.text)) return true;
  // 'сыграют со «Спартаком»', 'обыграли «Тамбов»': the opponent in a match; 'играла за «Мирадор»': a player's club.
  if (['с', 'со', 'за'].includes(t.text) && playedBefore(ctx, prev)) return true;
  if (hasLemma(ctx, prev, MATCH_VERBS)) return true;
  // 'МКУ «Горсвет»', 'УК «Север Капитал»', 'РИА «Новости»': a legal form's or a body's acronym right before the
  // quotes (not a country's: 'в США «...»').
  if (ctx.tokens[prev].allCaps && (NON_ENTITY_ACRONYMS.has(ctx.tokens[prev].text) || bodyAcronym(ctx, prev))) return true;
  // A list of quoted names: ОК "Русал", ПАО "Русгидро", "Группа ГАЗ".
  if (ctx.tokens[prev].text !== ',' || prev < 1) return false;
  const owner = ctx.owner[prev - 2];
  return CLOSE.has(ctx.tokens[prev - 1].text) && owner !== null && owner !== undefined && owner.type === 'ORG';
}

/** A lower-case word the dictionary reads only as a noun, in the genitive among its readings ('бронирования', 'связи'). */
function genitiveNoun(ctx: Context, k: number): boolean {
  const parses = ctx.morph.parse(ctx.tokens[k].text).filter((p) => p.known);
  return parses.length > 0 && parses.every((p) => p.pos === 'NOUN') && parses.some((p) => p.case === 'gent');
}

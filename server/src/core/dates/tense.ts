/**
 * The tense of the clause around a position: 'past' when the nearest verb is a past-tense form
 * (-л, -ла, -ло, -ли, -лся ...), 'future' for будет / планируется / посетит ... and for an infinitive
 * (a plan: 'предложил провести в июне'), else null.
 * The dictionary's reading of a verb (a VerbOracle) decides when the engine passes one; without it, or
 * for words it does not know, suffix rules guess: nouns that look like past verbs are listed,
 * capitalized words (names such as Михаил) and words right after a preposition are never verbs.
 */
import { previousWord } from './grammar';

export type Tense = 'past' | 'future';

/**
 * What a dictionary says of a word as a verb: its tense, 'none' for a known word that is no verb,
 * undefined for a word the dictionary does not know (the suffix rules decide then).
 */
export type VerbReading = Tense | 'present' | 'none' | undefined;
export type VerbOracle = (word: string) => VerbReading;

/** Past forms: a vowel, then л and an optional ending (сказал, провела); or шла, смогли, привезли, выросли. */
const PAST_FORM = /^[а-яё]+(?:[аеёиоуыюя]л(?:а|о|и)?(?:ся|сь)?|[шгкзс]л(?:а|о|и)(?:сь)?)$/;

/** Frequent news words that end like a past verb but are not one. */
const NOT_VERBS = new Set([
  'канал', 'канала', 'каналы', 'материал', 'материала', 'материалы', 'потенциал', 'потенциала', 'капитал', 'капитала',
  'генерал', 'генерала', 'адмирал', 'адмирала', 'финал', 'финала', 'журнал', 'журнала', 'сигнал', 'сигнала',
  'персонал', 'персонала', 'арсенал', 'интервал', 'идеал', 'минерал', 'ритуал', 'квартал', 'квартала', 'зал',
  'зала', 'вокзал', 'вокзала', 'стол', 'стола', 'пол', 'пола', 'посол', 'посла', 'мол', 'ил', 'начало', 'начала',
  'дела', 'дело', 'села', 'село', 'тела', 'тело', 'сила', 'силы', 'правила', 'правило', 'мысли', 'цели', 'роли',
  'доли', 'воли', 'недели', 'модели', 'отели', 'параллели', 'крыло', 'около', 'мало', 'немало', 'весьма', 'кремль',
  'сало', 'шило', 'мыло', 'пили', 'дели', 'бали', 'мили', 'ли', 'или', 'лишь', 'мел', 'ел', 'мал', 'цел', 'смел',
  'свыше', 'угол', 'котел', 'котёл', 'орел', 'орёл', 'осел', 'пепел', 'козел', 'дятел', 'уголь', 'мебели', 'ткани',
  'числа', 'смысла', 'промысла', 'ремесла', 'кресла', 'масла', 'весла', 'угла', 'угли', 'стекла', 'мгла',
]);

const PREPOSITIONS = new Set([
  'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'о', 'об', 'обо', 'от', 'до', 'из', 'у', 'по', 'за', 'под', 'над', 'для',
  'без', 'при', 'через', 'после', 'перед', 'между', 'про', 'около', 'среди', 'вокруг',
]);

/** Future markers: auxiliaries, plans, expectations and frequent perfective verbs of news. */
const FUTURE_WORDS = /^(?:буд(?:у|ем|ет|ешь|ете|ут)|стан(?:ет|ут)|планиру(?:ет|ют|ется|ются|ем)|рассчитыва(?:ет|ют|ем)|намерен[аоы]?|намерева(?:ется|ются)|предстоит|предстоящ[а-я]*|ожида(?:ется|ются)|запланирован[а-я]*|намечен[а-я]*|состо(?:ится|ятся)|пройд(?:е|ё)т|пройдут|посет(?:ит|ят)|провед(?:е|ё)т|проведут|обсуд(?:ит|ят)|откро(?:ет|ют|ется|ются)|начн(?:е|ё)тся|завершится|подпиш(?:е|ё)т|подпишут|собира(?:ется|ются)|приед(?:е|ё)т|прибуд(?:е|ё)т)$/;

/** A word that speaks of what is ahead though it may be a present-tense form ('собирается', 'планирует'). */
export function isFutureWord(word: string): boolean {
  return FUTURE_WORDS.test(word.toLowerCase());
}

/** Before a past participle: 'будет подписан', 'может быть принято'. */
const FUTURE_AUXILIARY = /^(?:буд(?:у|ем|ет|ешь|ете|ут)|станет|станут|быть)$/;

/** Infinitives ('провести', 'завершить', 'подключиться'): a plan, as in 'поручил завершить до 1 ноября'. */
const INFINITIVE = /^[а-яё]{2,}(?:[аеиоуыяюё]ть(?:ся)?|(?:ес|ас|ез|й|ид)ти(?:сь)?)$/;
/** Nouns and adverbs that end like an infinitive. */
const NOT_INFINITIVES = new Set([
  'сеть', 'треть', 'нить', 'мать', 'путь', 'суть', 'ртуть', 'плоть', 'печать', 'пять', 'опять', 'знать', 'рать',
  'плеть', 'кровать', 'благодать', 'муть', 'жуть', 'стать', 'медь',
]);

/** Past modal and phase verbs whose infinitive tells what happened ('предложил провести' is still a plan). */
const PAST_MODAL = /^(?:пришлось|удалось|смогл?[аио]?|могл?[аио]?|успел[аио]?|стал[аио]?|начал[аио]?|продолжил[аио]?|перестал[аио]?)$/;

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;
const MAX_REACH = 400;

/** The tense of the word ('present' for a present-tense verb, which keeps the article's year), or null. */
function wordTense(word: string, text: string, at: number, oracle?: VerbOracle): Tense | 'present' | null {
  const lower = word.toLowerCase();
  if (FUTURE_WORDS.test(lower)) return 'future';
  if (word !== lower) return null;
  // 'пришлось ждать', 'смогли провести', 'начали строить': an infinitive after a past modal or phase verb is no plan.
  const afterPastModal = INFINITIVE.test(word) && PAST_MODAL.test(modalBefore(text, at));
  const reading = oracle?.(lower);
  // 'будет одобрен в марте', 'может быть подписан в июне': a past participle after the future auxiliary is a future.
  if (reading === 'past' && FUTURE_AUXILIARY.test(previousWord(text, at))) return 'future';
  if (reading !== undefined) return reading === 'none' ? null : reading === 'future' && afterPastModal ? 'past' : reading;
  if (INFINITIVE.test(word) && !NOT_INFINITIVES.has(word)) return afterPastModal ? 'past' : 'future';
  if (!PAST_FORM.test(word) || word.length < 4 || NOT_VERBS.has(word)) return null;
  return PREPOSITIONS.has(previousWord(text, at)) ? null : 'past';
}

/** The word before `at`, past a conditional 'бы' ('пришлось бы закрыть': still a past modal). */
function modalBefore(text: string, at: number): string {
  const m = /([\p{L}]+)\s+(?:бы\s+)?$/u.exec(text.slice(Math.max(0, at - 34), at));
  return m ? m[1].toLowerCase() : '';
}

/** Start and end of the sentence containing [start, end): up to . ! ? … followed by a capital, or a line break. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const lo = Math.max(0, start - MAX_REACH);
  const before = text.slice(lo, start);
  let s = lo;
  for (const m of before.matchAll(/[.!?…]["»”]?\s+(?=["«“]?\p{Lu})|\n/gu)) {
    if (!isInitial(before, m.index)) s = lo + m.index + m[0].length;
  }
  const after = text.slice(end, end + MAX_REACH);
  let e = end + after.length;
  for (const m of after.matchAll(/[.!?…](?=["»”]?\s+["«“]?\p{Lu})|\n/gu)) {
    if (!isInitial(after, m.index)) {
      e = end + m.index;
      break;
    }
  }
  return { start: s, end: e };
}

/** A full stop after a single capital letter (В. В. Путин) or 'г.' does not end a sentence. */
function isInitial(chunk: string, dot: number): boolean {
  return /(?:^|[^\p{L}])(?:\p{Lu}|г|гг|т\.е|т\.н|им)$/u.test(chunk.slice(Math.max(0, dot - 4), dot));
}

const COMMA = /,/g;
/** Clause boundaries inside a sentence: ';', a colon ('пройдет с 14 по 20 апреля: аналитик уверен'), a spaced dash, and ', что' (the reporting verb before it is not the reported clause's tense). */
const CLAUSE_BREAK = /;|:\s|\s[-–—]\s|,\s(?=что\s)/g;
/** Boundaries between quoted speech and its reporting verb: '..." - сказал он', 'он сказал: "...'. */
const SPEECH_BREAK = /["»”],?\s[-–—]\s|:\s*["«“]/g;

type Range = { start: number; end: number };

/** The part of `range` between the nearest `breaks` on either side of `pos`. */
function narrow(text: string, range: Range, pos: number, breaks: RegExp): Range {
  let s = range.start;
  let e = range.end;
  const body = text.slice(range.start, range.end);
  for (const m of body.matchAll(breaks)) {
    const at = range.start + m.index;
    if (at < pos) s = at + m[0].length;
    else if (at >= pos && at < e) e = at;
  }
  return { start: s, end: e };
}

/** The tense of the nearest tense-marked word to the span, within its clause, else within its sentence. */
export function tenseAt(text: string, start: number, end: number, oracle?: VerbOracle): Tense | null {
  const speech = narrow(text, sentenceAround(text, start, end), start, SPEECH_BREAK);
  const clause = narrow(text, speech, start, CLAUSE_BREAK);
  // The comma-delimited part first: 'заседание пройдет в декабре, сообщили в министерстве' is a future date.
  const part = narrow(text, clause, start, COMMA);
  const found = nearestTense(text, part, start, end, oracle) ?? nearestTense(text, clause, start, end, oracle) ?? nearestTense(text, speech, start, end, oracle);
  return found === 'present' ? null : found;
}

/** The tense of the nearest tense-marked word after the span, in its comma-delimited part of the clause. */
export function tenseAfter(text: string, start: number, end: number, oracle?: VerbOracle): Tense | null {
  const part = partAround(text, start, end);
  const found = nearestTense(text, { start: end, end: Math.max(end, part.end) }, start, end, oracle);
  return found === 'present' ? null : found;
}

/** The comma-delimited part of the clause around [start, end), inside its sentence and its side of quoted speech. */
export function partAround(text: string, start: number, end: number): Range {
  const speech = narrow(text, sentenceAround(text, start, end), start, SPEECH_BREAK);
  return narrow(text, narrow(text, speech, start, CLAUSE_BREAK), start, COMMA);
}

function nearestTense(text: string, range: { start: number; end: number }, start: number, end: number, oracle?: VerbOracle): Tense | 'present' | null {
  let best: Tense | 'present' | null = null;
  let bestDistance = Infinity;
  const body = text.slice(range.start, range.end);
  for (const m of body.matchAll(WORD)) {
    const at = range.start + m.index;
    if (at >= start && at < end) continue;
    const tense = wordTense(m[0], text, at, oracle);
    const distance = at < start ? start - at : at - end;
    if (tense && distance < bestDistance) {
      best = tense;
      bestDistance = distance;
    }
  }
  return best;
}

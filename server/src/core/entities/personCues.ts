/** Words that announce a person's name: 'по словам Нонгсака', 'по мнению Кабулова', 'со слов Тхиена'. */
import { claim, hasLemma, joined, lower, wordsOf, type Context } from './context';

const CUES = new Map<string, Set<string>>([
  ['словам', new Set(['по'])],
  ['мнению', new Set(['по'])],
  ['слов', new Set(['со'])],
]);

/** Verbs of speaking that people use and organizations seldom do (not 'сообщил', 'заявил'). */
const PERSONAL_SPEECH = new Set(['сказать', 'добавить', 'пояснить', 'подчеркнуть', 'заметить', 'признаться', 'уточнить', 'рассказать', 'вспомнить', 'пошутить']);
const CLAUSE_MARKS = new Set([',', '-', '–', '—']);

/**
 * The word at i follows 'по словам' or a like phrase (an organization's name never does: 'по данным'),
 * or a personal verb of speaking after a quotation ('«...», — сказал Хоровиц') or after 'как' ('Как рассказал Хоровиц').
 */
export function afterSpeechCue(ctx: Context, i: number): boolean {
  if (i < 2 || !joined(ctx, i - 1)) return false;
  if (joined(ctx, i - 2) && (CUES.get(lower(ctx, i - 1))?.has(lower(ctx, i - 2)) ?? false)) return true;
  // 'Как рассказал Кобаяши, ...': 'как' opens the clause too.
  const opens = CLAUSE_MARKS.has(ctx.tokens[i - 2].text) || (lower(ctx, i - 2) === 'как' && joined(ctx, i - 2));
  return opens && ctx.morph.parse(ctx.tokens[i - 1].text).some((p) => p.pos === 'VERB' && p.known && PERSONAL_SPEECH.has(p.lemma));
}

/** Verbs a person is the subject of, places hardly ever: the personal verbs of speaking and a few more. */
const PERSON_SUBJECT = new Set([...PERSONAL_SPEECH, 'отметить', 'признать', 'заверить', 'напомнить', 'добавить', 'пообещать', 'уверить']);

/**
 * The word at i is the subject of a verb only a person would be ('Торезани отметила', 'Зеитуни признал',
 * 'Рябинцов в суде рассказал'): the next word, or the one after 'в/на' and a word, is such a verb in the
 * singular past tense.
 */
export function beforePersonalVerb(ctx: Context, i: number): boolean {
  if (!joined(ctx, i)) return false;
  const at = (k: number) => ctx.tokens[k];
  const verb = (k: number) => !!at(k) && !at(k).cap && ctx.morph.parse(at(k).text).some((p) => p.pos === 'VERB' && p.known && p.grammemes.has('past') && p.number === 'sing' && PERSON_SUBJECT.has(p.lemma));
  if (verb(i + 1)) return true;
  return ['в', 'на'].includes(at(i + 1)?.text ?? '') && joined(ctx, i + 1) && joined(ctx, i + 2) && !at(i + 2)?.cap && verb(i + 3);
}

/**
 * A sports protocol's line: '1:1 — 03:54 Бернс (Рой, Грин)': the word after the score and the game time is the
 * scorer, the words in brackets after him the assistants; all people.
 */
export function inScoreLine(ctx: Context, i: number): boolean {
  if (afterGameTime(ctx, i)) return true;
  let k = i - 1;
  while (k > 0 && i - k < 8 && (ctx.tokens[k].text === ',' || (ctx.tokens[k].kind === 'word' && ctx.tokens[k].cap))) k--;
  return k > 0 && ctx.tokens[k].text === '(' && ctx.tokens[k - 1].kind === 'word' && afterGameTime(ctx, k - 1);
}

/** The seven tokens before i are 'N:N — N:N'. */
function afterGameTime(ctx: Context, i: number): boolean {
  if (i < 7) return false;
  const t = (d: number) => ctx.tokens[i - d];
  const clock = (d: number) => t(d).kind === 'num' && t(d - 1).text === ':' && t(d - 2).kind === 'num';
  return clock(7) && DASHES.has(t(4).text) && clock(3);
}

const DASHES = new Set(['-', '–', '—']);

/** 'пользователь ЖЖ zyalt', 'блогер drugoi': a lower-case Latin nickname after a user's noun (and maybe the platform) is a person. */
export function findNicknames(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.latin || t.cap || t.text.length < 3 || ctx.taken[i] || /\./.test(t.text) || !joined(ctx, i - 1)) continue;
    const platform = i >= 2 && tokens[i - 1].cap && joined(ctx, i - 2) && hasLemma(ctx, i - 2, USERS);
    if (!platform && !hasLemma(ctx, i - 1, USERS)) continue;
    claim(ctx, i, i + 1, { start: t.start, end: t.end, type: 'PER', name: t.text, person: { last: t.text }, words: wordsOf(ctx, i, i + 1, [t.text]) });
  }
}

const USERS = new Set(['пользователь', 'блогер', 'блоггер', 'юзер', 'никнейм']);

/**
 * One person, one gender per article: 'Марину Шелудякову' reads as well as a man's dative ('Марин
 * Шелудяков') as a woman's accusative, but 'защитник Шелудяковой' or 'Шелудякова выводила' elsewhere in the
 * article settle it. A full name read as a man's whose surname the article shows as a woman's is read again
 * as a woman's.
 */
import { foldLower } from '../morphology/morph';
import { matchCase } from '../names/casing';
import { nameForms, normalizePerson } from '../names/person';
import { joined, wordTexts, type Candidate, type Context } from './context';
import { caseHint } from './titles';

export function womenByArticle(ctx: Context): void {
  const men = ctx.candidates.filter((c) => c.type === 'PER' && c.person?.gender === 'm' && c.person.first && c.person.last && c.words.length >= 2 && !c.person.first.endsWith('.'));
  if (men.length === 0) return;
  const women = feminineSurnames(ctx);
  if (women.size === 0) return;
  for (const c of men) {
    const last = c.person!.last!;
    // 'Стефания Пасько' read as a man's genitive, then 'Пасько ошиблась': a surname that never declines is the woman's as it stands.
    const feminine = feminineSurname(last) ?? (INDECLINABLE.test(last) || undeclinedConsonant(ctx, c) ? last : null);
    const shownWith = feminine ? women.get(foldLower(feminine)) : undefined;
    if (shownWith !== undefined) readAsWoman(ctx, c, shownWith);
    else {
      const nominative = feminineOnA(ctx, c, women);
      if (nominative) readAsWoman(ctx, c, women.get(nominative) ?? null, nominative);
    }
  }
}

/**
 * Per surname the article shows as a woman's (folded nominative): the first names (folded) the woman is
 * named with where it shows it, or null when one of those places names her by the surname alone.
 */
type Women = Map<string, Set<string> | null>;

/**
 * 'Мерседес Горостиага сказала' ... 'Выводов Мерседес Горостиаги': a surname on -а the article shows as a
 * woman's, here in an oblique case a man's surname would not take. The nominative, folded, or null.
 */
function feminineOnA(ctx: Context, c: Candidate, women: Women): string | null {
  const last = c.words[c.words.length - 1];
  const written = ctx.text.slice(last.start, last.end);
  if (!/(?:[иеуы]|ой)$/u.test(written)) return null;
  const own = foldLower(written);
  for (const f of nameForms(ctx.morph, written)) if (f !== own && f.endsWith('а') && women.has(f) && writtenSurname(ctx, f)) return f;
  return null;
}

/** Some person's name in the article ends in this word as written (folded): the nominative is seen, not inferred. */
function writtenSurname(ctx: Context, folded: string): boolean {
  return ctx.candidates.some((c) => {
    const last = c.words[c.words.length - 1];
    return c.type === 'PER' && last.end - last.start === folded.length && foldLower(ctx.text.slice(last.start, last.end)) === folded;
  });
}

/** Slavic surnames that keep one form for men and women in every case: -ко, -ых/-их ('Пасько', 'Седых'). */
const INDECLINABLE = /(?:ко|ых|их)$/u;

/**
 * 'Яна Кисель' read as a man's genitive: a man's surname on a consonant declines with his first name, so one
 * written as its nominative beside a first name read in another case ('Яна' -> 'Ян') is a woman's.
 */
function undeclinedConsonant(ctx: Context, c: Candidate): boolean {
  const [first, last] = [c.words[0], c.words[c.words.length - 1]];
  const written = ctx.text.slice(last.start, last.end);
  return /[бвгджзклмнпрстфхцчшщь]$/u.test(written) && written === c.person!.last && foldLower(ctx.text.slice(first.start, first.end)) !== foldLower(c.person!.first!.split(' ')[0]);
}

/** 'Шелудяков' -> 'Шелудякова', 'Жуковский' -> 'Жуковская'; null for a surname with no feminine form of its own. */
function feminineSurname(last: string): string | null {
  if (/(?:ов|ев|ёв|ин|ын)$/u.test(last)) return `${last}а`;
  if (/(?:ск|цк)ий$/u.test(last)) return `${last.slice(0, -2)}ая`;
  return null;
}

/**
 * Nominatives (folded) of the surnames the article shows as women's: a form no man's surname has
 * ('Шелудяковой'), or a person's word before a verb in the feminine past ('Шелудякова выводила') or a
 * feminine relative pronoun ('Кычкина, которую ...'), or before a feminine pronoun opening the next sentence
 * ('... Хуснутдинова. По ее словам').
 */
function feminineSurnames(ctx: Context): Women {
  const out: Women = new Map();
  for (const c of ctx.candidates) {
    if (c.type !== 'PER') continue;
    const word = ctx.text.slice(c.words[c.words.length - 1].start, c.words[c.words.length - 1].end);
    const end = endOf(ctx, c);
    const oblique = FEMININE_OBLIQUE.exec(word);
    const firsts = c.words.length > 1 && c.person?.first ? firstNames(ctx, c, c.person.first) : null;
    if (oblique) addWoman(out, foldLower(word.slice(0, -oblique[1].length) + (oblique[1] === 'ой' ? 'а' : 'ая')), firsts);
    else if (feminineVerbAfter(ctx, end) || feminineRelative(ctx, end) || femininePronounNext(ctx, end)) for (const f of nameForms(ctx.morph, word)) addWoman(out, f, firsts);
  }
  return out;
}

/** A name's first word as written and its first name as read (folded): either may be the woman's. */
function firstNames(ctx: Context, c: Candidate, first: string): string[] {
  return [foldLower(ctx.text.slice(c.words[0].start, c.words[0].end)), foldLower(first)];
}

function addWoman(women: Women, surname: string, firsts: string[] | null): void {
  const had = women.get(surname);
  if (had === null) return;
  if (firsts === null) women.set(surname, null);
  else if (had) for (const f of firsts) had.add(f);
  else women.set(surname, new Set(firsts));
}

/**
 * The woman the article shows under the surname may be this one: named there by the surname alone, or
 * with this first name (as written or as read, or its initial). 'Нонной Киприяновой' says nothing of
 * 'Эдуарда Киприянова': a man and his wife share the surname.
 */
function mayBeShown(shownWith: Set<string> | null, own: readonly string[]): boolean {
  if (shownWith === null) return true;
  return [...shownWith].some((f) => own.some((g) => f === g || (f.endsWith('.') || g.endsWith('.')) && f[0] === g[0]));
}

/** Oblique forms of a woman's Russian surname that no man's surname has: 'Петровой', 'Жуковской'. */
const FEMININE_OBLIQUE = /(?:ов|ев|ёв|ин|ын|ск|цк)(ой)$/u;

function endOf(ctx: Context, c: Candidate): number {
  let j = c.first;
  while (j < ctx.tokens.length && ctx.owner[j] === c) j++;
  return j;
}

/** The token at k is a verb in the singular feminine past, right after the name ('Петрова заявила'). */
function feminineVerbAfter(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || !joined(ctx, k - 1)) return false;
  const parses = ctx.morph.parse(t.text).filter((p) => p.known);
  return parses.length > 0 && parses.every((p) => p.pos === 'VERB' && p.grammemes.has('past') && p.gender === 'femn');
}

/** ', которая ...', ', которую ...' right after the name. */
function feminineRelative(ctx: Context, k: number): boolean {
  return ctx.tokens[k]?.text === ',' && FEMININE_RELATIVES.has(ctx.tokens[k + 1]?.text ?? '') && joined(ctx, k);
}

const FEMININE_RELATIVES = new Set(['которая', 'которую', 'которой']);

/** The name closes its sentence and the next one opens with 'Она' or 'По ее словам': the person is a woman. */
function femininePronounNext(ctx: Context, k: number): boolean {
  const t = (d: number) => ctx.tokens[k + d]?.text.toLowerCase() ?? '';
  if (t(0) !== '.' || !ctx.tokens[k + 1]?.sentStart) return false;
  return t(1) === 'она' || (t(1) === 'по' && (t(2) === 'ее' || t(2) === 'её'));
}

/**
 * The name read again as a woman's, when its first name can be a woman's and is one the article shows the
 * surname with (`shownWith`, see mayBeShown). surname: the nominative (folded) the article shows for its
 * last word, when the words alone do not give it ('Горостиаги' -> 'Горостиага').
 */
function readAsWoman(ctx: Context, c: Candidate, shownWith: Set<string> | null, surname?: string): void {
  const end = endOf(ctx, c);
  const words = wordTexts(ctx, c.first, end);
  if (words.length !== c.words.length) return;
  const hint = caseHint(ctx, c.first, end);
  const p = normalizePerson(ctx.morph, words, { cases: hint?.cases ?? new Set(), weight: hint?.weight ?? 0, gender: 'f' });
  if (p.person.gender !== 'f' || !womansFirstName(ctx, p.person.first) || !mayBeShown(shownWith, firstNames(ctx, c, p.person.first!))) return;
  if (surname && p.person.last && !p.person.last.includes(' ')) {
    const written = words[words.length - 1];
    p.person.last = p.lemmas[p.lemmas.length - 1] = matchCase(surname, written);
    p.name = [p.person.first, p.person.last].filter(Boolean).join(' ');
  }
  c.person = p.person;
  c.name = p.name;
  c.words = c.words.map((w, k) => ({ ...w, lemma: p.lemmas[k] ?? w.lemma }));
}

/**
 * A dictionary woman's first name, or one the dictionary does not know as a man's ('Мерседес', 'Седа'): the
 * article shows the surname as a woman's, so a name it cannot read either way is hers.
 */
function womansFirstName(ctx: Context, first: string | undefined): boolean {
  const word = first?.split(' ')[0];
  if (!word) return false;
  const parses = ctx.morph.parse(word);
  if (parses.some((p) => p.proper === 'Name' && p.known && p.gender === 'femn' && p.case === 'nomn')) return true;
  return !parses.some((p) => p.proper === 'Name' && p.known && p.gender === 'masc');
}

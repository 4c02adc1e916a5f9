/**
 * One sense per article for people: a word the article writes after a person's initials ('Н. Кан заявил',
 * 'премьер-министр В. Петров') or after a first name agreeing with it ('Юрия Гагарина') names that person
 * wherever it stands, though the dictionary or the gazetteer also knows it as a place ('Кан', 'Гагарин').
 */
import { isVerb, type Context } from './context';
import { firstNameWithSurname, isInitial } from './runs';
import { titleStart } from './titles';
import { placeContext } from './placeContext';

/** Lemmas of the words the article gives people as surnames by initials or first names. */
export function findPersonWords(ctx: Context): void {
  const { tokens } = ctx;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !t.cap || t.allCaps || t.text.length < 3) continue;
    if (afterInitials(ctx, k) || (tokens[k - 1].kind === 'word' && tokens[k - 1].cap && firstNameWithSurname(ctx, k - 1))) {
      for (const l of ctx.morph.lemmas(t.text)) ctx.personWords.add(l);
    }
  }
}

/** The word at k is such a surname, and not written as a place ('в Гагарине'). */
export function isPersonWord(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (ctx.personWords.size === 0 || !t || t.kind !== 'word' || !t.cap) return false;
  // The cheap look-up first; the place context only for a word the article gives a person.
  for (const l of ctx.morph.lemmas(t.text)) if (ctx.personWords.has(l)) return placeContext(ctx, k)?.evidence !== 'place-preposition';
  return false;
}

/**
 * 'В. Л. Кан', or one initial with a title before it or a verb after it: 'Н. Новгород' and 'Б. Ордынка'
 * abbreviate a place's adjective, and have neither.
 */
function afterInitials(ctx: Context, k: number): boolean {
  let s = k;
  while (s >= 2 && ctx.tokens[s - 1].text === '.' && isInitial(ctx, s - 2)) s -= 2;
  if (s === k) return false;
  return k - s >= 4 || titleStart(ctx, s) >= 0 || isVerb(ctx, k + 1, 'sing');
}

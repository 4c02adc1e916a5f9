/**
 * Capitalised words read as one person's name where the article names other people in full:
 * 'Находку Зюзиной поместили' (a noun opening the sentence, then Дарина Зюзина's surname), 'С Джошкуном
 * аль-Имари встретится' (the surnames of two people the article named, Эрдем Джошкун and ... аль-Имари) and
 * 'С Джанлукой ла Скалеттой Уханов готовится' (a name in the instrumental, then another person's surname).
 * The words are split so that the article's own full names can claim each surname.
 */
import { isDictionaryFirstName } from '../morphology/classify';
import { foldLower } from '../morphology/morph';
import { nameForms, normalizePerson } from '../names/person';
import { claim, wordTexts, type Candidate, type Context } from './context';
import type { PersonName } from '../types';

export function splitAtKnownSurnames(ctx: Context): void {
  const full = ctx.candidates.filter((c) => c.type === 'PER' && c.words.length >= 2 && c.person?.first && c.person.last && !c.person.first.endsWith('.'));
  if (full.length < 2) return;
  for (const c of full) {
    if (c.words.length >= 3) {
      if (instrumentalBeforeSubject(ctx, c, full)) splitInTwo(ctx, c, c.words.length - 1);
      else {
        const known = knownSurnameBeforeName(ctx, c, full);
        if (known) splitBeforeName(ctx, c, known.at, known.person);
      }
      continue;
    }
    const [first, last] = c.words.map((w) => ctx.text.slice(w.start, w.end));
    const others = full.filter((o) => o.name !== c.name);
    const lastOwners = owners(ctx, last, others);
    if (lastOwners.length === 0) continue;
    const firstOwners = owners(ctx, first, others);
    if (firstOwners.length > 0 && firstOwners.every((o) => !lastOwners.includes(o))) splitInTwo(ctx, c, 1);
    else if (openingNoun(ctx, c, first) && !lastOwners.some((o) => givenNameIs(ctx, o, first))) dropFirstWord(ctx, c);
  }
}

/**
 * 'С Джанлукой ла Скалеттой Уханов готовится': a name in the instrumental (or another full name of the article
 * as written: 'С Мэн Лиюнь Овчинникова знакома'), then, as written, the surname of another person the article
 * named in full (the subject of the verb).
 */
function instrumentalBeforeSubject(ctx: Context, c: Candidate, full: Candidate[]): boolean {
  const written = c.words.map((w) => ctx.text.slice(w.start, w.end));
  const last = foldLower(written[written.length - 1]);
  // 'С Мэн Лиюнь Овчинникова знакома': the words before are, as written, another full name of the article.
  const before = foldLower(written.slice(0, -1).join(' '));
  const writtenBefore = full.some((o) => o !== c && foldLower(o.words.map((w) => ctx.text.slice(w.start, w.end)).join(' ')) === before);
  if (!writtenBefore && !/(?:ом|ем|ём|ой|ей)$/u.test(written[written.length - 2])) return false;
  // Not the same person's name in another case ('Мерседес Урбиетой Сегарра' beside 'Мерседес Урбиета Сегарра').
  return full.some((o) => o.name !== c.name && foldLower(o.person!.last!) === last && !givenNameIs(ctx, o, written[0]));
}

/**
 * 'Аспирант Штрукель Матей Новак', 'Аспирантка ван Агтмала Маритье Гроблер': the surname (with its particle) of
 * another person the article named in full, then a given name and a surname of someone else (no patronymic:
 * 'Иванов Петр Сергеевич' is one person). The index of the given name and the known person's surname, or null.
 */
function knownSurnameBeforeName(ctx: Context, c: Candidate, full: Candidate[]): { at: number; person: PersonName } | null {
  const written = c.words.map((w) => ctx.text.slice(w.start, w.end));
  const at = /^\p{Ll}/u.test(written[0]) ? 2 : 1;
  // 'Трусевич де Санабрия' is one woman's double surname: a given name is capitalised.
  if (written.length - at < 2 || written.length - at > 3 || !/^\p{Lu}/u.test(written[at]) || /(?:вич|вна|чна|ична)$/u.test(written[written.length - 1])) return null;
  const forms = nameForms(ctx.morph, written[at - 1]);
  const known = full.filter((o) => o.name !== c.name && o.person?.first && o.person.last && forms.has(foldLower(o.person.last.split(' ').pop()!)));
  return known.length > 0 && !known.some((o) => givenNameIs(ctx, o, written[at])) ? { at, person: known[0].person! } : null;
}

/** The words from `at` on become a person of their own, named in full; the words before are the known person's surname. */
function splitBeforeName(ctx: Context, c: Candidate, at: number, known: PersonName): void {
  const k = tokenAt(ctx, c.first, c.words[at].start);
  let end = k;
  while (end < ctx.tokens.length && ctx.owner[end] === c) end++;
  const rest = normalizePerson(ctx.morph, wordTexts(ctx, k, end));
  const second = c.words.slice(at).map((w, n) => ({ ...w, lemma: rest.lemmas[n] ?? w.lemma }));
  // The surname is the known person's, of that person's gender ('Штрукель' is Майя Штрукель, not the man after her name).
  keepFirstPart(ctx, c, at, k, known.last!, known.gender);
  claim(ctx, k, end, { start: second[0].start, end: ctx.tokens[end - 1].end, type: 'PER', name: rest.name, words: second, person: rest.person });
}

/** The other full names whose surname this word is a form of. */
function owners(ctx: Context, word: string, others: Candidate[]): Candidate[] {
  const forms = nameForms(ctx.morph, word);
  return others.filter((o) => forms.has(foldLower(o.person!.last!)));
}

/** The name opens its sentence with a common noun the dictionary knows, and no first name. */
function openingNoun(ctx: Context, c: Candidate, word: string): boolean {
  if (!ctx.tokens[c.first].sentStart || isDictionaryFirstName(ctx.morph, word)) return false;
  return ctx.morph.parse(word.toLowerCase()).some((p) => p.known && !p.proper && p.pos === 'NOUN' && p.score > 0.3);
}

/** A full name split earlier in the same pass has no given name left. */
function givenNameIs(ctx: Context, o: Candidate, word: string): boolean {
  const first = o.person?.first;
  return !!first && nameForms(ctx.morph, word).has(foldLower(first.split(' ')[0]));
}

/** The token index of the word starting at `start`, from k on. */
function tokenAt(ctx: Context, k: number, start: number): number {
  while (k < ctx.tokens.length && ctx.tokens[k].start < start) k++;
  return k;
}

function dropFirstWord(ctx: Context, c: Candidate): void {
  const k = tokenAt(ctx, c.first, c.words[1].start);
  for (let j = c.first; j < k; j++) {
    ctx.taken[j] = false;
    ctx.owner[j] = null;
  }
  c.first = k;
  c.start = c.words[1].start;
  c.words = [c.words[1]];
  c.person = { gender: c.person!.gender, last: c.words[0].lemma };
  c.name = c.words[0].lemma;
}

/** The words from `at` on become a person of their own (a surname, resolved later by the article's full names). */
function splitInTwo(ctx: Context, c: Candidate, at: number): void {
  const k = tokenAt(ctx, c.first, c.words[at].start);
  let end = k;
  while (end < ctx.tokens.length && ctx.owner[end] === c) end++;
  const second = c.words[at];
  const gender = c.person!.gender;
  keepFirstPart(ctx, c, at, k, c.words[0].lemma, gender);
  claim(ctx, k, end, { start: second.start, end: ctx.tokens[end - 1].end, type: 'PER', name: second.lemma, words: [second], person: { gender, last: second.lemma } });
}

/**
 * The words before the cut at token k stay c's, renamed when more than one ('ван Агтмала' -> 'ван Агтмал'); a
 * one-word surname is named `last` and resolved later by the article's full names.
 */
function keepFirstPart(ctx: Context, c: Candidate, at: number, k: number, last: string, gender: PersonName['gender']): void {
  const firstPart = c.words.slice(0, at);
  const p = at > 1 ? normalizePerson(ctx.morph, wordTexts(ctx, c.first, k)) : null;
  c.end = firstPart[firstPart.length - 1].end;
  c.words = p ? firstPart.map((w, n) => ({ ...w, lemma: p.lemmas[n] ?? w.lemma })) : firstPart;
  c.person = p?.person ?? { gender, last };
  c.name = p?.name ?? last;
}

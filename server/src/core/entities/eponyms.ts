/**
 * 'Театр Камала', 'театра Камала' after 'театр имени Галиасгара Камала': an institution named after a person is
 * called by its head noun and the person's surname alone, in any case; that short form is the institution, not
 * a person (the eponym is no person mention).
 */
import { claim, hasLemma, joined, release, wordsOf, wordTexts, type Candidate, type Context } from './context';
import { foldLower } from '../morphology/morph';
import { nameForms } from '../names/person';
import { ORG_HEADS } from './data/lexicon';

/** Terms named after their discoverer: the name is part of the term, no person mention. */
const EPONYMOUS_TERMS = new Set(['болезнь', 'синдром', 'шкала', 'эффект', 'теорема', 'гипотеза', 'уравнение', 'число', 'постоянная']);

/**
 * 'болезни Паркинсона', 'по шкале Рихтера': a one-word person right after such a term is part of the term, unless
 * the article names someone of that surname in full ('болезнь Петрова' after 'Иван Петров' is his illness).
 */
export function releaseEponymousTerms(ctx: Context): void {
  const surnames = new Set(ctx.candidates.filter((c) => c.type === 'PER' && c.words.length > 1).map((c) => foldLower(c.person?.last ?? '')));
  for (const c of [...ctx.candidates]) {
    const i = c.first - 1;
    if (c.type !== 'PER' || c.words.length !== 1 || i < 0 || ctx.tokens[i].cap || !joined(ctx, i) || !hasLemma(ctx, i, EPONYMOUS_TERMS)) continue;
    if ([...nameForms(ctx.morph, ctx.tokens[c.first].text)].some((f) => surnames.has(f))) continue;
    release(ctx, c);
    ctx.taken[c.first] = true;
  }
}

export function findEponymShortForms(ctx: Context): void {
  const forms = ctx.candidates.filter((c) => c.type === 'ORG').map((c) => shortForm(ctx, c)).filter((f) => f !== null);
  for (const f of forms) {
    for (let j = 0; j + 1 < ctx.tokens.length; j++) {
      if (!joined(ctx, j) || !ctx.tokens[j + 1].cap || !hasLemma(ctx, j, f.head) || !sameSurname(ctx, j + 1, f.surname)) continue;
      const owner = ctx.owner[j];
      // 'Театр Зарецкого' found already as a name of its own: the same institution.
      if (owner && owner !== f.org && owner.type === 'ORG' && owner.first === j && ctx.owner[j + 1] === owner && ctx.owner[j + 2] !== owner) owner.name = f.org.name;
      if (ctx.taken[j] || ctx.taken[j + 1]) continue;
      const t = ctx.tokens;
      claim(ctx, j, j + 2, { start: t[j].start, end: t[j + 1].end, type: 'ORG', name: f.org.name, words: wordsOf(ctx, j, j + 2, wordTexts(ctx, j, j + 2)) });
    }
  }
}

interface ShortForm {
  org: Candidate;
  /** The lemmas of the head noun ('театр'). */
  head: Set<string>;
  /** The surname as written in the name, and its lemmas. */
  surname: Set<string>;
}

/** The head noun before 'имени' / 'им.' and the last capitalised word after it, or null. */
function shortForm(ctx: Context, c: Candidate): ShortForm | null {
  let k = c.first;
  while (ctx.owner[k] === c && !HONOREE.has(ctx.tokens[k].text)) k++;
  if (ctx.owner[k] !== c || k === c.first) return null;
  let head = -1;
  for (let h = c.first; h < k; h++) if (hasLemma(ctx, h, ORG_HEADS)) head = h;
  let last = -1;
  for (let p = k + 1; ctx.owner[p] === c; p++) {
    const t = ctx.tokens[p];
    if (t.kind !== 'word' || !t.cap || t.allCaps) break;
    if (t.text.length > 1) last = p;
  }
  if (head < 0 || last < 0) return null;
  const lemmas = (i: number) => new Set([ctx.tokens[i].text.toLowerCase(), ...ctx.morph.lemmas(ctx.tokens[i].text)].filter((l) => ORG_HEADS.has(l) || i !== head));
  return { org: c, head: lemmas(head), surname: lemmas(last) };
}

function sameSurname(ctx: Context, k: number, surname: Set<string>): boolean {
  const t = ctx.tokens[k];
  if (t.kind !== 'word' || t.allCaps) return false;
  if (surname.has(t.text.toLowerCase())) return true;
  for (const l of ctx.morph.lemmas(t.text)) if (surname.has(l)) return true;
  return false;
}

const HONOREE = new Set(['имени', 'им']);

/**
 * One sense per article for names already found before a run of capitalised words: once a company is
 * named ('Тиммерманс Брюгтехник B.V.'), the same words later, in any case, are that company, also when a
 * person's name follows with nothing but a space ('Директор Тиммерманс Брюгтехник Рутгер ван Схайк'); a
 * place named before opens no person either ('в Пуно' ... 'Мэр Пуно Уилбер Тапара').
 */
import type { Candidate, Context } from './context';
import { isDictionaryFirstName, knownAs } from '../morphology/classify';
import { sameCaseForms } from './caseForms';
import { isNameParticle } from './wordShapes';

/** The organization of two words or more claimed before token i whose words open the run [i, j), or null. */
export function knownOrganizationAt(ctx: Context, i: number, j: number): { org: Candidate; end: number } | null {
  const start = ctx.tokens[i].start;
  for (const org of ctx.candidates) {
    if (org.type !== 'ORG' || org.confidence === 'low' || org.start >= start || org.words.length < 2 || i + org.words.length > j) continue;
    const written = org.words.map((w) => ctx.text.slice(w.start, w.end));
    // 'клуба Темур Бекмуратов' read as a body: a name that looks like a person's spreads no further.
    if (isDictionaryFirstName(ctx.morph, written[0]) || SURNAME_SHAPE.test(written[written.length - 1])) continue;
    if (written.every((w, k) => sameCaseForms(w, ctx.tokens[i + k].text))) return { org, end: i + org.words.length };
  }
  return null;
}

const SURNAME_SHAPE = /(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая)$/u;

/** The run [i, j) of three words or more opens with a one-word place the article named before, written alike. */
export function knownPlaceFirst(ctx: Context, i: number, j: number): Candidate | null {
  // 'Вашингтон Феррейра дос Сантос': a place's name may be a given name of a Romance name with its particle.
  if (j - i < 3 || knownAs(ctx.morph, ctx.tokens[i].text, 'Name') || ctx.tokens.slice(i, j).some((t) => isNameParticle(t.text))) return null;
  const start = ctx.tokens[i].start;
  const word = ctx.tokens[i].text;
  return ctx.candidates.find((c) => c.type === 'LOC' && c.start < start && c.words.length === 1 && ctx.text.slice(c.start, c.end) === word) ?? null;
}

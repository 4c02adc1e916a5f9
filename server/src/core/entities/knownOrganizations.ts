/**
 * One sense per article for organizations of several words: once a company is named
 * ('Тиммерманс Брюгтехник B.V.'), the same words later, in any case, are that company, also when a
 * person's name follows with nothing but a space ('Директор Тиммерманс Брюгтехник Рутгер ван Схайк').
 */
import type { Candidate, Context } from './context';
import { isDictionaryFirstName } from '../morphology/classify';
import { sameCaseForms } from './caseForms';

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

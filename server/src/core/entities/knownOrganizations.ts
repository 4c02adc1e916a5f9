/**
 * One sense per article for organizations of several words: once a company is named
 * ('Тиммерманс Брюгтехник B.V.'), the same words later, in any case, are that company, also when a
 * person's name follows with nothing but a space ('Директор Тиммерманс Брюгтехник Рутгер ван Схайк').
 */
import type { Candidate, Context } from './context';
import { isDictionaryFirstName } from '../morphology/classify';

/** The organization of two words or more claimed before token i whose words open the run [i, j), or null. */
export function knownOrganizationAt(ctx: Context, i: number, j: number): { org: Candidate; end: number } | null {
  const start = ctx.tokens[i].start;
  for (const org of ctx.candidates) {
    if (org.type !== 'ORG' || org.confidence === 'low' || org.start >= start || org.words.length < 2 || i + org.words.length > j) continue;
    const written = org.words.map((w) => ctx.text.slice(w.start, w.end));
    // 'клуба Темур Бекмуратов' read as a body: a name that looks like a person's spreads no further.
    if (isDictionaryFirstName(ctx.morph, written[0]) || SURNAME_SHAPE.test(written[written.length - 1])) continue;
    if (written.every((w, k) => sameStem(w, ctx.tokens[i + k].text))) return { org, end: i + org.words.length };
  }
  return null;
}

/**
 * One word in two case forms: the same letters but for case endings ('Энженьярия' / 'Энженьярии'); a letter
 * changed inside ('Гюнеш' / 'Гюней') is a spelling variant, left to the variant matcher.
 */
function sameStem(a: string, b: string): boolean {
  if (!/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) return false;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 3 && ENDINGS.has(a.slice(n)) && ENDINGS.has(b.slice(n));
}

const SURNAME_SHAPE = /(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая)$/u;

const ENDINGS = new Set(['', 'а', 'я', 'у', 'ю', 'ы', 'и', 'е', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ая', 'яя', 'ую', 'юю', 'ий', 'ый']);

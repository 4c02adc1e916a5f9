/** Two written words that are case forms of one name, told by their endings alone (no dictionary). */

/**
 * One word in two case forms: the same letters but for case endings ('Энженьярия' / 'Энженьярии'); a letter
 * changed inside ('Гюнеш' / 'Гюней') is a spelling variant, left to the variant matcher.
 */
export function sameCaseForms(a: string, b: string): boolean {
  if (!/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) return false;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 3 && ENDINGS.has(a.slice(n)) && ENDINGS.has(b.slice(n));
}

const ENDINGS = new Set(['', 'а', 'я', 'у', 'ю', 'ы', 'и', 'е', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ая', 'яя', 'ую', 'юю', 'ий', 'ый']);

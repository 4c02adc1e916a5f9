/**
 * Replacing one spelling of a name by another in an inflected occurrence, keeping the case ending:
 * respell('Тхонглуна', 'Тхонглун', 'Тонглун') -> 'Тонглуна'; respell('Токаевым', 'Токаев', 'Токаефф')
 * -> 'Токаеффым'. The ending is what the written form has beyond its common prefix with the lemma.
 */
import { cleanSpelling, isAllCaps } from './normalize';

const SEPARATOR = /[-‐‑\s]/;

/** Same letter whatever the case or script of a look-alike; a hyphen and a space count as the same. */
function sameLetter(a: string, b: string): boolean {
  if (a === b || (SEPARATOR.test(a) && SEPARATOR.test(b))) return true;
  return cleanSpelling(a).toLowerCase() === cleanSpelling(b).toLowerCase();
}

export function respell(written: string, fromLemma: string, toLemma: string): string {
  const parts = partwise(written, fromLemma, toLemma);
  if (parts) return parts;
  let p = 0;
  while (p < written.length && p < fromLemma.length && sameLetter(written[p], fromLemma[p])) p++;
  const ending = written.slice(p);
  if (p === 0 || ending.length > MAX_ENDING || (CYRILLIC.test(ending) && !CYRILLIC.test(toLemma))) {
    return withCaseOf(written, toLemma);
  }
  const tail = fromLemma.slice(p);
  const stem = tail && toLemma.toLowerCase().endsWith(tail.toLowerCase())
    ? toLemma.slice(0, toLemma.length - tail.length)
    : toLemma;
  return withCaseOf(written, stem + ending);
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Russian case endings are at most three letters ('-ами', '-ого'); a longer rest is not an ending. */
const MAX_ENDING = 3;

function withCaseOf(written: string, out: string): string {
  return isAllCaps(written) && written.length > 1 ? out.toUpperCase() : out;
}

/**
 * A name of several parts whose first part is inflected ('Ростове на Дону' of 'Ростов на Дону' to
 * 'Ростов-на-Дону' -> 'Ростове-на-Дону'): each part respelled alone, joined by the new name's
 * separators; null unless all three have the same parts and the written form differs from its lemma
 * before its last part (else the plain rule keeps the ending).
 */
function partwise(written: string, fromLemma: string, toLemma: string): string | null {
  const w = written.split(SEPARATOR);
  const f = fromLemma.split(SEPARATOR);
  const t = toLemma.split(/([-‐‑\s])/);
  if (w.length < 2 || w.length !== f.length || t.length !== 2 * w.length - 1) return null;
  if (w.slice(0, -1).every((x, i) => x.toLowerCase() === f[i].toLowerCase())) return null;
  return t.map((x, i) => (i % 2 ? x : respell(w[i / 2], f[i / 2], x))).join('');
}

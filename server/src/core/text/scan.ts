/**
 * The token spans of the tokenizer, found by a loop over code points instead of a regular expression
 * (one exec and one match object per token cost more than the tokenizer's other work). The spans are
 * those of TOKEN_PATTERN, which the tests compare it with:
 * a word (a letter or digit, then letters, digits and marks, with inner hyphens and apostrophes each
 * followed by a letter or digit), or any other single character that is not white space.
 */
export const TOKEN_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’‑][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|[^\s\p{L}\p{N}]/gu;

const LETTER_OR_DIGIT = 1;
const MARK = 2;
const SPACE = 4;
const KNOWN = 8;

/** Classes of the Basic Multilingual Plane's code points, filled in as they are met. */
const bmp = new Uint8Array(0x10000);

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_DIGIT : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\s/u.test(ch) ? SPACE : 0);
}

function classOf(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  let c = bmp[cp];
  if (c === 0) bmp[cp] = c = classify(cp) | KNOWN;
  return c;
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 0x2011;
}

/** Where the next token starts at or after pos, or -1. */
export function tokenStart(text: string, pos: number): number {
  for (let i = pos; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (!(classOf(cp) & SPACE)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Where the token starting at `start` ends. */
export function tokenEnd(text: string, start: number): number {
  const first = text.codePointAt(start)!;
  let i = start + (first > 0xffff ? 2 : 1);
  if (!(classOf(first) & LETTER_OR_DIGIT)) return i;
  for (;;) {
    i = wordCharsEnd(text, i);
    if (i >= text.length - 1 || !isJoiner(text.charCodeAt(i))) return i;
    const next = text.codePointAt(i + 1)!;
    if (!(classOf(next) & LETTER_OR_DIGIT)) return i;
    i += next > 0xffff ? 3 : 2;
  }
}

/** The end of a run of letters, digits and marks from i. */
function wordCharsEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!(classOf(cp) & (LETTER_OR_DIGIT | MARK))) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

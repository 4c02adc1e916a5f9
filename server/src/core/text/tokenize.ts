/** Tokenizer: words (hyphenated kept whole), numbers and punctuation, with offsets and sentence starts. */

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First letter is upper case. */
  cap: boolean;
  /** Two or more letters, all upper case (РФ, МОСКВА). */
  allCaps: boolean;
  /** Written in Latin letters. */
  latin: boolean;
  /** First word of a sentence (or of a title, paragraph, quotation opening a sentence). */
  sentStart: boolean;
  /** A line break lies between this token and the previous one. */
  newline: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’‑][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const OPENERS = new Set(['"', '«', '„', '“', '(', '—', '–', '-', '©', '/']);

export function tokenize(text: string, boundaries: ReadonlySet<number> = new Set()): Token[] {
  const tokens: Token[] = [];
  let expectStart = true;
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index;
    const newline = text.slice(prevEnd, start).includes('\n');
    if (newline || boundaries.has(start)) expectStart = true;
    const tok = makeToken(t, start, newline);
    if (tok.kind === 'punct') {
      if (SENTENCE_END.has(t) && !afterInitial(tokens)) expectStart = true;
      else if (!OPENERS.has(t)) expectStart = false;
    } else {
      tok.sentStart = expectStart;
      expectStart = false;
    }
    tokens.push(tok);
    prevEnd = start + t.length;
  }
  return tokens;
}

function makeToken(t: string, start: number, newline: boolean): Token {
  const isWord = /\p{L}/u.test(t);
  const kind: TokenKind = isWord ? 'word' : /\p{N}/u.test(t) ? 'num' : 'punct';
  const cap = isWord && /^\p{Lu}/u.test(t);
  const letters = t.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const latin = isWord && /^[A-Za-z][A-Za-z0-9&.'-]*$/.test(t);
  return { text: t, start, end: start + t.length, kind, cap, allCaps, latin, sentStart: false, newline };
}

/** A full stop after a single capital letter (В. В. Путин) does not end a sentence. */
function afterInitial(tokens: Token[]): boolean {
  const prev = tokens[tokens.length - 1];
  return prev !== undefined && prev.kind === 'word' && prev.text.length === 1 && prev.cap;
}

/** Index of the next word token at or after i, or -1. */
export function nextWord(tokens: Token[], i: number): number {
  for (let j = i; j < tokens.length; j++) if (tokens[j].kind === 'word') return j;
  return -1;
}

/** True when only spaces (no punctuation, no line break) separate tokens a and b in the text. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return !b.newline && /^[ \t\u00a0]*$/.test(text.slice(a.end, b.start));
}

/** Tokenizer: words (hyphenated kept whole), numbers and punctuation, with offsets and sentence starts (spans: scan.ts). */
import { remember } from '../util/boundedCache';
import { tokenEnd, tokenStart } from './scan';

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

/** Site names stay whole: 'NUR.KZ', 'Газета.Ru'. */
const DOMAIN = /^\.(?:ru|kz|uz|kg|tj|vn|by|ua|com|net|org|рф)(?![\p{L}\p{N}])/iu;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const OPENERS = new Set(['"', '«', '„', '“', '(', '—', '–', '-', '©', '/']);

export function tokenize(text: string, boundaries: ReadonlySet<number> = new Set()): Token[] {
  const tokens: Token[] = [];
  let expectStart = true;
  let prevEnd = 0;
  for (let start = tokenStart(text, 0); start >= 0; start = tokenStart(text, prevEnd)) {
    let t = text.slice(start, tokenEnd(text, start));
    if (text.charCodeAt(start + t.length) === 46 && LETTER.test(t.charAt(0))) {
      const domain = DOMAIN.exec(text.slice(start + t.length, start + t.length + 5));
      if (domain) t += domain[0];
    }
    // 'ОПЕК+', 'БРИКС+': a plus sign closing an acronym is part of its name.
    if (text.charCodeAt(start + t.length) === 43 && t === t.toUpperCase() && LETTER.test(t.charAt(0)) && !WORD_CHAR.test(text.charAt(start + t.length + 1))) {
      t += '+';
    }
    const newline = hasNewline(text, prevEnd, start);
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

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

type Shape = Pick<Token, 'kind' | 'cap' | 'allCaps' | 'latin'>;
const shapes = new Map<string, Shape>();

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const PARTICLE_NAME = /^(?:аль|эль|ад|ас|ат|аш|ан|ар|аз|эн|эр|эс|эш|эт|эд|ибн|бин|бен|ван|фон|де|ди|дель|ла|ле)-\p{Lu}/u;

/** The shape of most tokens: a lower-case Russian word. */
const LOWER_WORD: Shape = { kind: 'word', cap: false, allCaps: false, latin: false };

function makeToken(t: string, start: number, newline: boolean): Token {
  const shape = isLowerRussian(t) ? LOWER_WORD : knownShape(t);
  return { text: t, start, end: start + t.length, kind: shape.kind, cap: shape.cap, allCaps: shape.allCaps, latin: shape.latin, sentStart: false, newline };
}

/** Starts with a lower-case Russian letter and has no hyphen (which could join a particle to a name: 'аль-Хашими'). */
function isLowerRussian(t: string): boolean {
  const code = t.charCodeAt(0);
  return ((code >= 0x430 && code <= 0x44f) || code === 0x451) && !t.includes('-');
}

function knownShape(t: string): Shape {
  let shape = shapes.get(t);
  if (!shape) {
    shape = shapeOf(t);
    remember(shapes, t, shape, 200_000);
  }
  return shape;
}

const LATIN_WORD = /^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9&.'-]*$/;

function shapeOf(t: string): Shape {
  const first = t.charAt(0);
  const isWord = LETTER.test(first) || (t.length > 1 && LETTER.test(t));
  const kind: TokenKind = isWord ? 'word' : DIGIT.test(first) ? 'num' : 'punct';
  const upper = t.toUpperCase();
  // 'аль-Хашими', 'ибн-Сауд': a lower-case particle joined to a name by a hyphen counts as capitalised.
  const cap = isWord && ((first !== first.toLowerCase() && first === first.toUpperCase()) || PARTICLE_NAME.test(t));
  const allCaps = isWord && t.length >= 2 && t === upper && t !== t.toLowerCase() && letterCount(t) >= 2;
  const code = first.charCodeAt(0);
  // 'Jürgen', 'Société': Latin letters with diacritics are Latin too.
  const latin = isWord && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code < 0x250)) && LATIN_WORD.test(t);
  // 'NUR.KZ' is a name, not an acronym.
  return { kind, cap, allCaps, latin };
}

function letterCount(t: string): number {
  let n = 0;
  for (const ch of t) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  return n;
}

/** A full stop after a single capital letter (В. В. Путин) does not end a sentence. */
function afterInitial(tokens: Token[]): boolean {
  const prev = tokens[tokens.length - 1];
  return prev !== undefined && prev.kind === 'word' && prev.text.length === 1 && prev.cap;
}


/**
 * A tokenizer that cuts text the way razdel's `tokenize` does (natasha/razdel,
 * razdel/segmenters/tokenize.py and razdel/segmenters/punct.py), because naeval's NER score counts
 * razdel tokens. Written from a reading of those files; the behaviour it reproduces:
 *
 * - The text is first cut into atoms, scanning left to right and taking the first alternative that
 *   matches: a run of Cyrillic letters а-я/ё (either case), a run of Latin letters, a run of
 *   decimal digits, one punctuation character from razdel's list, or any other single
 *   non-whitespace character.
 * - Two neighbouring atoms with whitespace between them are always separate tokens. Two touching
 *   atoms are glued into one token when one of razdel's rules says so:
 *   dash / underscore: a dash (or '_') between two non-punctuation atoms (по-русски, Москва-Сити,
 *   a_b); float / fraction: '.' ',' '/' '\' between two digit runs (3.5, 1/2); punct: two
 *   punctuation atoms that make a smiley with the token so far, two sentence endings ('?!',
 *   '...'), '--' or '**'; other: an "other" atom next to an other, Cyrillic or Latin atom
 *   (Δσ, mβж); yahoo: 'Yahoo' followed by '!'.
 *   The dash, underscore, float and fraction rules look one atom past the delimiter on each side
 *   (the window is three atoms), regardless of whitespace further out, as razdel does.
 * - "Whitespace" is Python's notion of it (str.isspace), not JavaScript's: U+FEFF is not
 *   whitespace there (it is an atom of its own), while U+001C-U+001F and U+0085 are.
 *
 * Offsets are UTF-16 code units (JavaScript string indices); for text without characters outside
 * the Basic Multilingual Plane they equal Python's code-point offsets.
 */

export interface Token {
  start: number;
  stop: number;
  text: string;
}

type AtomType = 'RU' | 'LAT' | 'INT' | 'PUNCT' | 'OTHER';

interface Atom {
  start: number;
  stop: number;
  type: AtomType;
  text: string;
}

const DASHES = '\u2011\u2013\u2014\u2212-';
const ENDINGS = '.?!\u2026';
const QUOTES = '«“‘»”’"„\'';
const BRACKETS = '()[]{}';
const PUNCTS = '\\/!#$%&*+,.:;<=>?@^_`|~№…' + DASHES + QUOTES + BRACKETS;
/** Python's str.isspace() set. */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

function classEscape(chars: string): string {
  return [...chars].map((c) => (/[\\\]\[^-]/.test(c) ? '\\' + c : c)).join('');
}

const ATOM = new RegExp(
  `(?<RU>[а-яё]+)|(?<LAT>[a-z]+)|(?<INT>\\p{Nd}+)|(?<PUNCT>[${classEscape(PUNCTS)}])|(?<OTHER>[^${PY_SPACE}])`,
  'giu',
);
const SMILE = /^[=:;]-?[)(]{1,3}$/u;

function atoms(text: string): Atom[] {
  const out: Atom[] = [];
  ATOM.lastIndex = 0;
  for (const m of text.matchAll(ATOM)) {
    const g = m.groups!;
    const type: AtomType = g.RU !== undefined ? 'RU' : g.LAT !== undefined ? 'LAT' : g.INT !== undefined ? 'INT' : g.PUNCT !== undefined ? 'PUNCT' : 'OTHER';
    out.push({ start: m.index!, stop: m.index! + m[0].length, type, text: m[0] });
  }
  return out;
}

interface Split {
  /** Up to three atoms before the split, nearest last. */
  left: Atom[];
  /** Up to three atoms after the split, nearest first. */
  right: Atom[];
  /** The token built so far (its text), for the smiley check. */
  buffer: string;
}

/** The "2-1-1-2" rules: a one-atom delimiter on either side of the split, judged by its outer neighbours. */
function around(split: Split, isDelimiter: (s: string) => boolean): [Atom, Atom] | null {
  const l1 = split.left[split.left.length - 1]!;
  const r1 = split.right[0]!;
  let a: Atom | undefined;
  let b: Atom | undefined;
  if (isDelimiter(l1.text)) {
    a = split.left[split.left.length - 2];
    b = r1;
  } else if (isDelimiter(r1.text)) {
    a = l1;
    b = split.right[1];
  } else return null;
  return a && b ? [a, b] : null;
}

const oneOf = (set: string) => (s: string) => s.length === 1 && set.includes(s);

const RULES: ((s: Split) => boolean)[] = [
  (s) => {
    const p = around(s, oneOf(DASHES));
    return !!p && p[0].type !== 'PUNCT' && p[1].type !== 'PUNCT';
  },
  (s) => {
    const p = around(s, (x) => x === '_');
    return !!p && p[0].type !== 'PUNCT' && p[1].type !== 'PUNCT';
  },
  (s) => {
    const p = around(s, oneOf('.,'));
    return !!p && p[0].type === 'INT' && p[1].type === 'INT';
  },
  (s) => {
    const p = around(s, oneOf('/\\'));
    return !!p && p[0].type === 'INT' && p[1].type === 'INT';
  },
  (s) => {
    const l = s.left[s.left.length - 1]!;
    const r = s.right[0]!;
    if (l.type !== 'PUNCT' || r.type !== 'PUNCT') return false;
    if (SMILE.test(s.buffer + r.text)) return true;
    if (ENDINGS.includes(l.text) && ENDINGS.includes(r.text)) return true;
    return l.text + r.text === '--' || l.text + r.text === '**';
  },
  (s) => {
    const l = s.left[s.left.length - 1]!.type;
    const r = s.right[0]!.type;
    if (l === 'OTHER' && (r === 'OTHER' || r === 'RU' || r === 'LAT')) return true;
    return (l === 'OTHER' || l === 'RU' || l === 'LAT') && r === 'OTHER';
  },
  (s) => s.left[s.left.length - 1]!.text.toLowerCase() === 'yahoo' && s.right[0]!.text === '!',
];

const WINDOW = 3;

/** razdel-style tokens of `text`, in order, with their offsets. */
export function tokenize(text: string): Token[] {
  const list = atoms(text);
  const tokens: Token[] = [];
  if (list.length === 0) return tokens;
  let start = list[0]!.start;
  let stop = list[0]!.stop;
  for (let i = 1; i < list.length; i++) {
    const atom = list[i]!;
    const touching = list[i - 1]!.stop === atom.start;
    const split: Split = {
      left: list.slice(Math.max(0, i - WINDOW), i),
      right: list.slice(i, i + WINDOW),
      buffer: text.slice(start, stop),
    };
    if (touching && RULES.some((rule) => rule(split))) {
      stop = atom.stop;
    } else {
      tokens.push({ start, stop, text: text.slice(start, stop) });
      start = atom.start;
      stop = atom.stop;
    }
  }
  tokens.push({ start, stop, text: text.slice(start, stop) });
  return tokens;
}

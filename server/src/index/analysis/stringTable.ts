/**
 * The string table of the analysis cache: the strings of mentions (text, name, type, word lemmas, roles,
 * name parts, date values) repeat across a corpus, so the cache stores each once and the mentions refer
 * to them by number. Decoding then makes one copy of each (no interning pass after it), and the file is
 * about half the size. Packing copies the mentions (the index's own analyses are never changed);
 * unpacking replaces the numbers in place in the objects just decoded.
 */
import type { Mention } from '../../core/types';

/** A string or its number in the table; the mention fields below hold one or the other. */
type Ref = string | number;
type Swap = (s: Ref | undefined) => Ref | undefined;

/** Collects the strings of the analyses packed, numbering each the first time it is seen. */
export class StringTableWriter {
  readonly strings: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** Copies of the mentions with their strings as numbers. */
  mentions(list: readonly Mention[]): Mention[] {
    return list.map((m) => swapMention({ ...m }, this.ref, true));
  }

  private readonly ref: Swap = (s) => {
    if (typeof s !== 'string') return s;
    let n = this.numbers.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.numbers.set(s, n);
      this.strings.push(s);
    }
    return n;
  };
}

/** Puts the table's strings back into analyses just decoded (in place); throws on a number out of range. */
export function readStrings<A extends { mentions: Mention[] }>(a: A, strings: readonly string[]): A {
  const str: Swap = (n) => {
    if (typeof n !== 'number') return n;
    const s = strings[n];
    if (s === undefined) throw new Error('string number out of range');
    return s;
  };
  if (!Array.isArray(a?.mentions)) throw new Error('malformed analysis');
  for (const m of a.mentions) swapMention(m, str, false);
  return a;
}

/** Swaps the string fields of a mention (its nested objects copied first when `copy`); absent fields stay absent. */
function swapMention(m: Mention, swap: Swap, copy: boolean): Mention {
  swapFields(m, ['text', 'name', 'type'], swap);
  if (m.words) m.words = copy ? m.words.map((w) => ({ ...w, lemma: swap(w.lemma) as string })) : swapEach(m.words, swap);
  if (m.roles) m.roles = m.roles.map((r) => swap(r) as string);
  if (m.person) m.person = swapFields(copy ? { ...m.person } : m.person, ['first', 'middle', 'last'], swap);
  if (m.date) m.date = swapFields(copy ? { ...m.date } : m.date, ['value'], swap);
  return m;
}

function swapEach<T extends { lemma: string }>(words: T[], swap: Swap): T[] {
  for (const w of words) w.lemma = swap(w.lemma) as string;
  return words;
}

function swapFields<T extends object>(o: T, keys: ReadonlyArray<keyof T & string>, swap: Swap): T {
  const any = o as unknown as Record<string, Ref | undefined>;
  for (const key of keys) if (key in any) any[key] = swap(any[key]);
  return o;
}

/**
 * The written words of a mention with their nominative lemmas ('units'), the pieces whose spellings
 * are compared and replaced. Words split at a hyphen are joined back ('Касым' '-' 'Жомарта').
 */
import type { Mention } from '../types';

export interface WordOccurrence {
  uri: string;
  /** Index of the mention in its document. */
  mention: number;
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Nominative, as the engine gave it (may still hold look-alike letters). */
  lemma: string;
  /** Position in corpus order (documents by uri, then offset): earlier wins ties. */
  order: number;
  /**
   * The text does not show whether the author writes ё: an inflected form with е where the lemma has ё
   * ('Петра' of 'Пётр', 'Орла' of 'Орёл': stress moves, ё becomes е). Counted with the preferred spelling.
   */
  unsure?: boolean;
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a mention as [start, end, lemma] triples, from `words` or, failing that, from the text. */
function mentionWords(m: Mention): Array<{ start: number; end: number; lemma: string }> {
  const given = (m.words ?? []).filter((w) => m.start <= w.start && w.start < w.end && w.end <= m.end);
  if (given.length > 0) return given;
  const found = [...m.text.matchAll(WORD_RE)];
  const nameWords = m.name.split(/\s+/);
  return found.map((w, i) => ({
    start: m.start + w.index,
    end: m.start + w.index + w[0].length,
    lemma: found.length === nameWords.length ? nameWords[i] : w[0],
  }));
}

export function mentionUnits(m: Mention, uri: string, mention: number, order: number): WordOccurrence[] {
  const units: WordOccurrence[] = [];
  for (const w of mentionWords(m)) {
    const text = m.text.slice(w.start - m.start, w.end - m.start);
    const prev = units[units.length - 1];
    const lemma = writtenCase(text, faithfulLemma(text, w.lemma));
    // One hyphen between the two words joins them.
    const gap = prev && w.start === prev.end + 1 ? m.text[prev.end - m.start] : '';
    if (gap === '-' || gap === '‐' || gap === '‑') joinUnit(prev!, { end: w.end, text, lemma }, gap);
    else units.push({ uri, mention, start: w.start, end: w.end, text, lemma, order: order + w.start - m.start, unsure: yoUnseen(text, w.lemma) });
  }
  return units;
}

/**
 * The lemma with ё/е as the text writes it: the dictionary restores ё ('Кишиневе' -> 'Кишинёв'), but a
 * spelling check compares what authors wrote. Only the part the text shares with the lemma is read.
 */
export function faithfulLemma(text: string, lemma: string): string {
  if (!hasYo(lemma) && !hasYo(text)) return lemma;
  const chars = [...lemma];
  for (let i = 0; i < chars.length && i < text.length; i++) {
    const l = chars[i].toLowerCase();
    const t = text[i].toLowerCase();
    if ((l === 'ё' && t === 'е') || (l === 'е' && t === 'ё')) chars[i] = chars[i] === l ? t : t.toUpperCase();
    else if (l !== t) break;
  }
  return chars.join('');
}

/**
 * A word with a capital inside it ('УрО', 'ВКонтакте') keeps its letter case when the lemma is the
 * same word: the dictionary gives lower case ('Уро'), which would read as another spelling.
 */
export function writtenCase(text: string, lemma: string): string {
  if (!capitalInside(text)) return lemma;
  const mixed = /\p{Ll}/u.test(text) && /^.+\p{Lu}/u.test(text);
  return mixed && text.toLowerCase() === lemma.toLowerCase() ? text : lemma;
}

/** An inflected form written without ё of a lemma with ё: the writing of ё cannot be read from it. */
export function yoUnseen(text: string, lemma: string): boolean {
  return hasYo(lemma) && !hasYo(text) && text.length !== lemma.length;
}

function hasYo(s: string): boolean {
  return s.includes('ё') || s.includes('Ё');
}

/**
 * The word may have a capital after its first letter (writtenCase's question, asked of every word of
 * every mention): false when every later character is a lower-case Cyrillic or Latin letter, a digit or
 * a hyphen, else the answer of the pattern.
 */
function capitalInside(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const plain = (c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
    if (!plain) return /^.+\p{Lu}/u.test(text);
  }
  return false;
}

/** Extends `a` over the following word `b`, joining lemmas with the separator as written. */
export function joinUnit(a: WordOccurrence, b: { end: number; text: string; lemma: string }, gap: string): void {
  a.text = a.text + gap + b.text;
  a.lemma = a.lemma + gap + b.lemma;
  a.end = b.end;
}

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
    const gap = prev ? m.text.slice(prev.end - m.start, w.start - m.start) : '';
    const lemma = writtenCase(text, faithfulLemma(text, w.lemma));
    if (prev && /^[-‐‑]$/.test(gap)) joinUnit(prev, { end: w.end, text, lemma }, gap);
    else units.push({ uri, mention, start: w.start, end: w.end, text, lemma, order: order + w.start - m.start, unsure: yoUnseen(text, w.lemma) });
  }
  return units;
}

/**
 * The lemma with ё/е as the text writes it: the dictionary restores ё ('Кишиневе' -> 'Кишинёв'), but a
 * spelling check compares what authors wrote. Only the part the text shares with the lemma is read.
 */
export function faithfulLemma(text: string, lemma: string): string {
  if (!/[ёЁ]/.test(lemma + text)) return lemma;
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
  const mixed = /\p{Ll}/u.test(text) && /^.+\p{Lu}/u.test(text);
  return mixed && text.toLowerCase() === lemma.toLowerCase() ? text : lemma;
}

/** An inflected form written without ё of a lemma with ё: the writing of ё cannot be read from it. */
export function yoUnseen(text: string, lemma: string): boolean {
  return /[ёЁ]/.test(lemma) && !/[ёЁ]/.test(text) && text.length !== lemma.length;
}

/** Extends `a` over the following word `b`, joining lemmas with the separator as written. */
export function joinUnit(a: WordOccurrence, b: { end: number; text: string; lemma: string }, gap: string): void {
  a.text = a.text + gap + b.text;
  a.lemma = a.lemma + gap + b.lemma;
  a.end = b.end;
}

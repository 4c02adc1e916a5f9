import type { Quotation } from '../types';

const PAIRS: Record<string, string> = { '«': '»', '„': '“', '“': '”' };
const QUOTE_MARK = /[«»„“”"]/g;

/**
 * Finds quotations in one paragraph: «...», „...“, “...” (nested allowed) and straight "..." whose
 * opening quote follows a space or punctuation and precedes a non-space.
 */
export function findQuotations(text: string, start: number, end: number): Quotation[] {
  const out: Quotation[] = [];
  const stack: Array<{ close: string; at: number }> = [];
  // Jump from quote mark to quote mark: the letters between are most of a text.
  QUOTE_MARK.lastIndex = start;
  for (let m = QUOTE_MARK.exec(text); m !== null && m.index < end; m = QUOTE_MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    const top = stack[stack.length - 1];
    if (top && c === top.close) {
      stack.pop();
      out.push({ start: top.at, end: i + 1, text: text.slice(top.at + 1, i) });
    } else if (PAIRS[c]) {
      stack.push({ close: PAIRS[c], at: i });
    } else if (c === '"' && opensStraightQuote(text, i, start, end)) {
      stack.push({ close: '"', at: i });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function opensStraightQuote(text: string, i: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : ' ';
  const next = i + 1 < end ? text[i + 1] : ' ';
  return /[\s(«„\-—–:]/.test(prev) && !/\s/.test(next);
}

/**
 * CoNLL-2003 style export in two columns: `-DOCSTART- PATH` per article (the article's path in the
 * second column, whitespace in it percent-encoded so the line keeps two columns), then `token TAG`
 * lines with BIO tags, a blank line between sentences. Tokens are cut at mention boundaries so the
 * spans can be rebuilt.
 */
import { tokenize, type Token } from '../../core/text/tokenize';
import type { ExportMention } from './exportModel';

interface Piece {
  text: string;
  start: number;
  end: number;
  token: Token;
  /** First piece of its token. */
  first: boolean;
}

const ENDS = new Set(['.', '!', '?', '…']);
const OPENERS = new Set(['«', '"', '„', '“', '(', '—', '–']);

/** The tokens, each split at any mention start or end that falls inside it. */
function pieces(text: string, mentions: ExportMention[]): Piece[] {
  const cuts = [...new Set(mentions.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (const token of tokenize(text)) {
    const inner = cuts.filter((c) => c > token.start && c < token.end);
    const bounds = [token.start, ...inner, token.end];
    for (let i = 0; i + 1 < bounds.length; i++) {
      out.push({ text: text.slice(bounds[i], bounds[i + 1]), start: bounds[i], end: bounds[i + 1], token, first: i === 0 });
    }
  }
  return out;
}

/**
 * True when a sentence starts at piece i: at a structural boundary (title, paragraph), after a line
 * break, or after a sentence end followed by a space.
 */
function startsSentence(text: string, all: Piece[], i: number, boundaries: ReadonlySet<number>): boolean {
  const p = all[i];
  if (i === 0 || !p.first) return i === 0;
  if (p.token.newline || boundaries.has(p.start)) return true;
  const prev = all[i - 1];
  if (!ENDS.has(prev.text) || !/\s/.test(text.slice(prev.end, p.start))) return false;
  if (p.token.sentStart) return true;
  const next = all.slice(i).find((q) => q.token.kind === 'word');
  return OPENERS.has(p.text) && !!next?.token.sentStart;
}

/** The `-DOCSTART-` line of an article: two columns, the second its path ('%' and whitespace percent-encoded). */
export function docStart(file: string): string {
  const name = file.replace(/[%\s]/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
  return `-DOCSTART- ${name || '-'}`;
}

/** One article in CoNLL form; `boundaries` are offsets where the article's structure starts a new block. */
export function conllDocument(text: string, mentions: ExportMention[], boundaries: ReadonlySet<number> = new Set(), file = ''): string {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const lines = [docStart(file), ''];
  let m = 0;
  let inside: ExportMention | null = null;
  const all = pieces(text, sorted);
  all.forEach((p, i) => {
    while (m < sorted.length && sorted[m].end <= p.start) m++;
    const mention = m < sorted.length && sorted[m].start <= p.start ? sorted[m] : null;
    const continuing = mention !== null && mention === inside;
    if (!continuing && startsSentence(text, all, i, boundaries) && lines[lines.length - 1] !== '') lines.push('');
    lines.push(`${p.text} ${mention ? `${continuing ? 'I' : 'B'}-${mention.type}` : 'O'}`);
    inside = mention;
  });
  if (lines[lines.length - 1] !== '') lines.push('');
  return lines.join('\n');
}

/**
 * 'в статье Частного корреспондента', 'в колонке Новой газеты': after the noun of a piece of writing, a
 * capitalised adjective and a lower-case noun in the genitive name the publication it appeared in.
 */
import { hasLemma, joined, type Context } from './context';
import { emitPhrase } from './named';

const PIECES = new Set(['статья', 'колонка', 'публикация', 'заметка', 'репортаж']);

export function findPublications(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].cap || !hasLemma(ctx, i, PIECES) || !joined(ctx, i) || !joined(ctx, i + 1)) continue;
    const [adj, noun] = [tokens[i + 1], tokens[i + 2]];
    if (!adj.cap || adj.sentStart || adj.allCaps || noun.cap || ctx.taken[i + 1] || ctx.taken[i + 2]) continue;
    if (!genitiveOf(ctx, adj.text, 'ADJF') || !genitiveOf(ctx, noun.text, 'NOUN')) continue;
    emitPhrase(ctx, i + 1, i + 3, 'ORG');
    i += 2;
  }
}

function genitiveOf(ctx: Context, word: string, pos: string): boolean {
  return ctx.morph.parse(word).some((p) => p.known && p.pos === pos && p.case === 'gent' && !p.proper);
}

/** Quoted names after cue words: газета «Известия», ПАО "Русгидро", and a list continuing them ("Группа ГАЗ"). */
import { claim, hasLemma, wordsOf, wordTexts, type Context } from './context';
import { NON_ENTITY_ACRONYMS, QUOTE_CUES } from './data/lexicon';

const OPEN = new Set(['«', '"', '„', '“']);
const CLOSE = new Set(['»', '"', '“', '”']);
const MAX_WORDS = 5;

export function findQuotedNames(ctx: Context): void {
  const { tokens } = ctx;
  for (let q = 1; q < tokens.length - 1; q++) {
    if (!OPEN.has(tokens[q].text) || !opensQuote(ctx, q)) continue;
    const close = closingQuote(ctx, q);
    if (close < 0 || !cueBefore(ctx, q)) continue;
    const i = q + 1;
    const j = close;
    if (!tokens[i].cap && !tokens[i].latin && !/^\p{N}/u.test(tokens[i].text)) continue;
    let free = true;
    for (let k = i; k < j; k++) if (ctx.taken[k]) free = false;
    if (!free) continue;
    const words = wordTexts(ctx, i, j);
    const name = ctx.text.slice(tokens[i].start, tokens[j - 1].end).replace(/\s+/g, ' ');
    claim(ctx, i, j, { start: tokens[i].start, end: tokens[j - 1].end, type: 'ORG', name, words: wordsOf(ctx, i, j, words) });
  }
}

function opensQuote(ctx: Context, q: number): boolean {
  const t = ctx.tokens[q];
  if (t.text !== '"') return true;
  const before = ctx.text.charAt(t.start - 1);
  return t.start === 0 || /[\s(\-—–]/.test(before);
}

function closingQuote(ctx: Context, q: number): number {
  let words = 0;
  for (let k = q + 1; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k];
    if (t.newline) return -1;
    if (CLOSE.has(t.text) && k > q + 1) return k;
    if (t.kind === 'punct' && !['-', '.', '&', '+'].includes(t.text)) return -1;
    if (t.kind !== 'punct' && ++words > MAX_WORDS) return -1;
  }
  return -1;
}

function cueBefore(ctx: Context, q: number): boolean {
  const prev = q - 1;
  if (hasLemma(ctx, prev, QUOTE_CUES) || QUOTE_CUES.has(ctx.tokens[prev].text.toLowerCase())) return true;
  // 'МКУ «Горсвет»', 'УК «Север Капитал»': a legal form's acronym right before the quotes.
  if (NON_ENTITY_ACRONYMS.has(ctx.tokens[prev].text) && ctx.tokens[prev].allCaps) return true;
  // A list of quoted names: ОК "Русал", ПАО "Русгидро", "Группа ГАЗ".
  if (ctx.tokens[prev].text !== ',' || prev < 1) return false;
  const owner = ctx.owner[prev - 2];
  return CLOSE.has(ctx.tokens[prev - 1].text) && owner !== null && owner !== undefined && owner.type === 'ORG';
}

/**
 * The engine's token-level mistakes on one document, grouped into spans for reading: a gold span
 * with tokens the engine did not tag with its type is 'missed' (none tagged) or 'partial'; a
 * predicted span with tokens outside gold spans of its type is 'spurious' (none inside) or
 * 'overlong'. `tokens` is what the mistake costs in naeval's counts (false negatives for the
 * first two, false positives for the others), so the costs add up to the metric's fn and fp.
 */
import type { Token } from './tokenize';
import { NER_TYPES, type FactruObject, type NerType, type Span, type TypeTags } from './metric';

export type ErrorKind = 'missed' | 'partial' | 'spurious' | 'overlong';

export interface ErrorRecord {
  doc: string;
  type: NerType;
  kind: ErrorKind;
  /** Tokens this costs: false negatives (missed, partial) or false positives (spurious, overlong). */
  tokens: number;
  start: number;
  stop: number;
  text: string;
  /** The sentence-ish surroundings with the span in [brackets]. */
  context: string;
  /** What the engine said over these characters (any type, before adaptation). */
  engine: string[];
  /** What the annotation says over these characters: object type and span kind, e.g. Org/org_descr. */
  annotation: string[];
}

interface Mention {
  start: number;
  end: number;
  type: string;
}

function overlaps(a: { start: number; stop: number }, s: number, e: number): boolean {
  return a.start < e && s < a.stop;
}

function context(text: string, start: number, stop: number, width = 60): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, stop + width);
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${clean(text.slice(from, start))}[${clean(text.slice(start, stop))}]${clean(text.slice(stop, to))}${to < text.length ? '…' : ''}`;
}

function tokenRange(tokens: readonly Token[], s: { start: number; stop: number }): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.start >= s.start && tokens[i]!.stop <= s.stop) out.push(i);
  return out;
}

export function documentErrors(
  doc: string,
  text: string,
  tokens: readonly Token[],
  tags: Record<NerType, TypeTags>,
  gold: readonly Span[],
  pred: readonly Span[],
  mentions: readonly Mention[],
  objects: readonly FactruObject[],
): ErrorRecord[] {
  const out: ErrorRecord[] = [];
  const describe = (type: NerType, kind: ErrorKind, s: Span, cost: number): ErrorRecord => ({
    doc,
    type,
    kind,
    tokens: cost,
    start: s.start,
    stop: s.stop,
    text: text.slice(s.start, s.stop),
    context: context(text, s.start, s.stop),
    engine: mentions
      .filter((m) => m.start < s.stop && s.start < m.end)
      .map((m) => `${m.type} «${text.slice(m.start, m.end)}»`),
    annotation: [
      ...new Set(
        objects.flatMap((o) =>
          o.spans.filter((x) => overlaps(x, s.start, s.stop)).map((x) => `${o.type}/${x.type} «${text.slice(x.start, x.stop)}»`),
        ),
      ),
    ],
  });
  for (const type of NER_TYPES) {
    const t = tags[type];
    for (const g of gold.filter((s) => s.type === type)) {
      const idx = tokenRange(tokens, g);
      const missed = idx.filter((i) => t.gold[i] && !t.pred[i]).length;
      if (missed) out.push(describe(type, missed === idx.length ? 'missed' : 'partial', g, missed));
    }
    for (const p of pred.filter((s) => s.type === type)) {
      const idx = tokenRange(tokens, p);
      const extra = idx.filter((i) => t.pred[i] && !t.gold[i]).length;
      if (extra) out.push(describe(type, extra === idx.length ? 'spurious' : 'overlong', p, extra));
    }
  }
  return out;
}

export function formatErrors(errors: readonly ErrorRecord[]): string {
  const lines: string[] = [];
  for (const type of NER_TYPES) {
    for (const kind of ['missed', 'partial', 'spurious', 'overlong'] as ErrorKind[]) {
      const list = errors.filter((e) => e.type === type && e.kind === kind);
      if (!list.length) continue;
      const cost = list.reduce((n, e) => n + e.tokens, 0);
      lines.push(`\n== ${type} ${kind}: ${list.length} spans, ${cost} tokens ${kind === 'missed' || kind === 'partial' ? '(false negatives)' : '(false positives)'}`);
      for (const e of list) {
        lines.push(`${e.doc} ${e.tokens}t  ${e.context}`);
        lines.push(`      engine: ${e.engine.join('; ') || '-'} | annotation: ${e.annotation.join('; ') || '-'}`);
      }
    }
  }
  return lines.join('\n');
}

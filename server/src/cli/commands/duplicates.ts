/**
 * `corpus-lens duplicates [--format text|json] PATH...`: possible duplicates — names that may be one
 * name spelled two ways, across the whole corpus (also between entities linking kept apart), with
 * counts, a context line for each spelling, the level ('sure' or 'plausible') and why: the same pairs
 * as the editor's review list and the check's findings (the user's 'distinct' decisions honoured).
 */
import type { MatchStats, VariantPair } from '../../core/variants/candidates';
import type { CorpusIndex } from '../../index/corpusIndex';
import { oneOf } from '../args';
import { EXIT, type Command } from '../command';
import { displayPath, loadForCommand } from '../format/corpusView';
import type { LoadedCorpus } from '../loadCorpus';

const FORMATS = ['text', 'json'] as const;

export interface Occurrence {
  uri: string;
  start: number;
  end: number;
}

export interface DuplicatePair extends VariantPair {
  /** Where each spelling is written (the words of the mentions). */
  variantAt: Occurrence[];
  preferredAt: Occurrence[];
}

/**
 * The index's variant pairs (the ones its findings come from, with the user's decisions: distinct
 * pairs left out, aliases sure) with the occurrences of both spellings.
 */
export function corpusDuplicates(index: CorpusIndex, stats?: Partial<MatchStats>): DuplicatePair[] {
  const pairs = index.variantPairs();
  if (stats) stats.ms = index.matcherMs.link;
  return pairs.map((p) => ({ ...p, variantAt: index.pairOccurrences(p, 'variant'), preferredAt: index.pairOccurrences(p, 'preferred') }));
}

function contextLine(corpus: LoadedCorpus, at: Occurrence | undefined): { path: string; line: number; text: string } | null {
  if (!at) return null;
  const doc = corpus.index.get(at.uri);
  if (!doc) return null;
  const text = doc.text;
  const from = Math.max(0, at.start - 50);
  const to = Math.min(text.length, at.end + 50);
  const snippet = `${from > 0 ? '…' : ''}${text.slice(from, at.start)}[${text.slice(at.start, at.end)}]${text.slice(at.end, to)}${to < text.length ? '…' : ''}`;
  return { path: displayPath(corpus, at.uri), line: doc.lines.positionAt(at.start).line + 1, text: snippet.replace(/\s+/g, ' ') };
}

export const duplicates: Command = {
  name: 'duplicates',
  usage: 'corpus-lens duplicates [--format text|json] [--config FILE] PATH...',
  options: { values: ['config', 'format'] },
  optionHelp: ['duplicatesFormat', 'config'],
  async run(args, io) {
    const format = oneOf(args.values.format, FORMATS, 'text', 'format');
    const corpus = await loadForCommand(args, io);
    if (corpus.nothingRead) return EXIT.usage;
    const stats: Partial<MatchStats> = {};
    const pairs = corpusDuplicates(corpus.index, stats);
    const rows = pairs.map((p) => ({
      level: p.level,
      score: Number(p.score.toFixed(3)),
      scope: p.scope,
      sameEntity: p.sameEntity,
      variant: { ...p.variant, context: contextLine(corpus, p.variantAt[0]) },
      preferred: { ...p.preferred, context: contextLine(corpus, p.preferredAt[0]) },
      explanation: p.explanation,
      reasons: p.reasons,
    }));
    if (format === 'json') io.out(JSON.stringify({ version: 1, pairs: rows }, null, 2));
    else {
      for (const r of rows) {
        const side = (s: (typeof rows)[number]['variant']) => `«${s.spelling}» ${s.count}× (${s.name})`;
        io.out(`${r.level.padEnd(9)} ${side(r.variant)}  →  ${side(r.preferred)}${r.sameEntity ? '  [one entity]' : ''}  p=${r.score}`);
        for (const c of [r.variant.context, r.preferred.context]) if (c) io.out(`    ${c.path}:${c.line}: ${c.text}`);
        io.out(`    why: ${r.reasons.join('; ')}`);
      }
      const sure = rows.filter((r) => r.level === 'sure').length;
      io.err(`corpus-lens duplicates: ${rows.length} pair${rows.length === 1 ? '' : 's'} (${sure} sure, ${rows.length - sure} plausible); matcher ${(stats.ms ?? 0).toFixed(0)} ms`);
    }
    if (corpus.unreadable) return EXIT.usage;
    return rows.length ? EXIT.found : EXIT.ok;
  },
};

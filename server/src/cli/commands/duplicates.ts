/**
 * `corpus-lens duplicates [--format text|json] PATH...`: possible duplicates — names that may be one
 * name spelled two ways, across the whole corpus (also between entities linking kept apart), with
 * counts, a context line for each spelling, the level ('sure' or 'plausible') and why.
 */
import { classifyWord } from '../../core/morphology/classify';
import { loadMorphology, type Morphology } from '../../core/morphology/morph';
import { findVariantPairs, type MatchStats, type PairSide, type VariantPair } from '../../core/variants/candidates';
import { distinctKnown } from '../../core/variants/known';
import { matchEntities } from '../../core/variants/matchInput';
import { cleanSpelling } from '../../core/variants/normalize';
import { capitalisedWords, strayNamePairs, strayPairs } from '../../core/variants/stray';
import { mentionUnits } from '../../core/variants/units';
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

/** The matcher run over a loaded corpus: every pair with the occurrences of both spellings. */
export async function corpusDuplicates(index: CorpusIndex, stats?: Partial<MatchStats>, morph?: Morphology): Promise<DuplicatePair[]> {
  const m = morph ?? (await loadMorphology().catch(() => undefined));
  const items = index.entities().filter((e) => e.type !== 'DATE').map((entity) => ({
    entity,
    mentions: index.mentionsOf(entity.id).map((h) => ({ uri: h.doc.uri, index: h.index, mention: h.mention })),
  }));
  const entities = matchEntities(items);
  const options = {
    commonWord: m ? (w: string) => classifyWord(m, w).cls === 'common' : undefined,
    distinct: (a: string, b: string) => distinctKnown(a, b),
  };
  const pairs = findVariantPairs(entities, options, stats);
  const out: DuplicatePair[] = pairs.map((p) => ({ ...p, variantAt: occurrences(index, p.variant, p.scope), preferredAt: occurrences(index, p.preferred, p.scope) }));
  if (m) {
    // Words the recognizer left out that look like a variant of a name in the corpus.
    const t0 = performance.now();
    const around = new Map<string, string[]>();
    const strays = index.documents().flatMap((doc) => {
      const hits = index.mentionsIn(doc.uri);
      around.set(doc.uri, [...new Set(hits.map((h) => h.entity.id))]);
      const text = doc.text;
      for (const p of strayNamePairs(doc.uri, text, hits.map((h) => h.mention), entities)) {
        out.push({ ...p, variantAt: [p.at], preferredAt: occurrences(index, p.preferred, 'name') });
      }
      return capitalisedWords(doc.uri, text, hits.map((h) => h.mention))
        .filter((w) => !m.parse(w.text.replace(/^[а-яё]+-/, '')).some((p) => p.known));
    });
    for (const p of strayPairs(strays, entities, (uri) => around.get(uri) ?? [], options)) {
      out.push({ ...p, variantAt: [p.at], preferredAt: occurrences(index, p.preferred, 'word') });
    }
    if (stats) stats.ms = (stats.ms ?? 0) + performance.now() - t0;
  }
  return out;
}

/** The words (or whole mentions, for a name pair) of an entity written with this spelling. */
export function occurrences(index: CorpusIndex, side: PairSide, scope: 'word' | 'name'): Occurrence[] {
  const out: Occurrence[] = [];
  for (const h of index.mentionsOf(side.entity)) {
    if (scope === 'name') {
      const m = h.mention;
      const written = m.type === 'ORG' && m.text.toLowerCase() === m.name.toLowerCase() ? m.text : m.name;
      if (cleanSpelling(written) === side.spelling) out.push({ uri: h.doc.uri, start: h.mention.start, end: h.mention.end });
      continue;
    }
    for (const u of mentionUnits(h.mention, h.doc.uri, h.index, 0)) {
      if (cleanSpelling(u.lemma) === side.spelling) out.push({ uri: h.doc.uri, start: u.start, end: u.end });
    }
  }
  return out;
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
    const pairs = await corpusDuplicates(corpus.index, stats);
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
      io.err(`corpus-lens duplicates: ${rows.length} pair${rows.length === 1 ? '' : 's'} (${sure} sure, ${rows.length - sure} plausible); ${stats.words ?? 0} words, ${stats.wordPairs ?? 0} word candidates, ${(stats.ms ?? 0).toFixed(0)} ms`);
    }
    if (corpus.unreadable) return EXIT.usage;
    return rows.length ? EXIT.found : EXIT.ok;
  },
};

/**
 * What the variant matcher's pairs alone catch (without the findings of one entity's spelling table):
 * runs the engine and the corpus index on test/<set>/articles, takes the index's pairs (as `corpus-lens
 * duplicates` lists them), and scores them against test/<set>/expected.json.
 *
 *   node --import tsx test/eval/variant-candidates.ts --set variants|variants2|…|variants5 [--level sure|plausible] [--json]
 *
 * A variant is caught when a pair at the level or above has one spelling written at the variant's
 * occurrence and the other spelling equal to the expected preferred one (letter case aside; a name
 * pair: containing it). Every other pair is a false pair, tagged with the trap it touches, if any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEngine } from '../../server/src/core/analyze';
import type { MatchStats } from '../../server/src/core/variants/candidates';
import { corpusDuplicates, type DuplicatePair } from '../../server/src/cli/commands/duplicates';
import { inflectionOf } from '../../server/src/core/variants/evidence';
import { CorpusIndex } from '../../server/src/index/corpusIndex';

const ROOT = resolve(__dirname, '..', '..');

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whole-word occurrences of `text` (the same rule as test/eval/variants.ts). */
function occurrences(body: string, text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) {
    const before = i > 0 ? body[i - 1] : '';
    const after = body[i + text.length] ?? '';
    if (WORD_CHAR.test(text[0]) && before && WORD_CHAR.test(before)) continue;
    if (WORD_CHAR.test(text[text.length - 1]) && after && WORD_CHAR.test(after)) continue;
    out.push({ start: i, end: i + text.length });
  }
  return out;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

interface Expected { file: string; text: string; kind: string; preferred: string; occurrence?: number }
interface Trap { file: string; text: string; kind?: string }

async function main(): Promise<void> {
  const set = arg('set', 'variants2');
  const minLevel = arg('level', 'plausible');
  const dir = join(ROOT, 'test', set);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const variants: Expected[] = expected.variants;
  const traps: Trap[] = expected.traps ?? [];
  const files = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(dir, 'articles', f), 'utf8').replace(/^\uFEFF/, '')]));

  const t0 = performance.now();
  const engine = await createEngine();
  const index = new CorpusIndex(engine, {});
  for (const [f, text] of texts) index.set(`file:///${set}/${f}`, text);
  index.entities();
  const t1 = performance.now();
  const stats: Partial<MatchStats> = {};
  const all = corpusDuplicates(index, stats);
  const pairs = all.filter((p) => minLevel === 'plausible' || p.level === 'sure');
  const fileOf = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

  const used = new Map<string, number>();
  const located = variants.map((v) => {
    const k = `${v.file}|${v.text}`;
    const n = v.occurrence !== undefined ? v.occurrence - 1 : used.get(k) ?? 0;
    if (v.occurrence === undefined) used.set(k, n + 1);
    return { ...v, span: occurrences(texts.get(v.file) ?? '', v.text)[n] };
  });
  const low = (s: string) => s.toLowerCase();
  const catches = (p: DuplicatePair, v: (typeof located)[number]): boolean => {
    if (!v.span) return false;
    const hit = (at: DuplicatePair['variantAt']) => at.some((o) => fileOf(o.uri) === v.file && o.start < v.span.end && v.span.start < o.end);
    // The expected preferred spelling may be written in the variant's case ('Ваттанасириком'): its lemma counts.
    const isPreferred = (s: string) => (p.scope === 'word' ? low(s) === low(v.preferred) || inflectionOf(s, v.preferred) === 'inflection' : low(s).includes(low(v.preferred)));
    return (hit(p.variantAt) && isPreferred(p.preferred.spelling)) || (hit(p.preferredAt) && isPreferred(p.variant.spelling));
  };
  const caught = located.filter((v) => pairs.some((p) => catches(p, v)));
  const falsePairs = pairs.filter((p) => !located.some((v) => catches(p, v)));
  const trapOf = (p: DuplicatePair) => traps.find((t) => [...p.variantAt, ...p.preferredAt].some((o) => fileOf(o.uri) === t.file
    && occurrences(texts.get(t.file) ?? '', t.text).some((s) => o.start < s.end && s.start < o.end)));

  const recognised = (file: string, span: { start: number; end: number }) =>
    index.mentionsIn(`file:///${set}/${file}`).some((h) => h.mention.start < span.end && span.start < h.mention.end);
  const kinds = [...new Set(located.map((v) => v.kind))];
  const byKind = kinds.map((k) => ({ kind: k, caught: caught.filter((v) => v.kind === k).length, expected: located.filter((v) => v.kind === k).length }));
  const result = {
    set, level: minLevel, articles: files.length, expected: located.length, caught: caught.length,
    sure: pairs.filter((p) => p.level === 'sure').length, plausible: pairs.filter((p) => p.level === 'plausible').length,
    falsePairs: falsePairs.length, falsePairsPer10Articles: (10 * falsePairs.length) / files.length,
    falseSure: falsePairs.filter((p) => p.level === 'sure').length,
    byKind,
    missed: located.filter((v) => !caught.includes(v)).map((v) => `${v.file}: «${v.text}» (${v.kind}; usual «${v.preferred}»)${!v.span ? ' [not found in the text]' : recognised(v.file, v.span) ? '' : ' [no mention there: not recognised]'}`),
    falsePairList: falsePairs.map((p) => `${p.level} «${p.variant.spelling}» ${p.variant.count}× (${p.variant.name}) / «${p.preferred.spelling}» ${p.preferred.count}× (${p.preferred.name}) p=${p.score.toFixed(2)}${trapOf(p) ? ` [trap «${trapOf(p)!.text}»: ${trapOf(p)!.kind ?? ''}]` : ''} — ${p.reasons.join('; ')}`),
    timing: { indexMs: Math.round(t1 - t0), matcherMs: Math.round(stats.ms ?? 0), words: stats.words, wordCandidates: stats.wordPairs, entityPairs: stats.entityPairs },
  };
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const out: string[] = [];
  out.push(`Variant matcher alone — set ${set}, level ≥ ${minLevel}: ${files.length} articles, ${located.length} expected variants, ${traps.length} traps`);
  for (const r of byKind) out.push(`  ${r.kind.padEnd(22)} ${String(r.caught).padStart(3)} / ${r.expected}`);
  out.push(`  ${'TOTAL'.padEnd(22)} ${String(caught.length).padStart(3)} / ${located.length}`);
  out.push(`pairs: ${result.sure} sure, ${result.plausible} plausible; false pairs ${falsePairs.length} (${result.falseSure} sure; ${result.falsePairsPer10Articles.toFixed(2)} per 10 articles)`);
  out.push(`timing: index ${result.timing.indexMs} ms, matcher ${result.timing.matcherMs} ms (${stats.words} words, ${stats.wordPairs} word candidates, ${stats.entityPairs} entity pairs)`);
  if (result.missed.length) out.push('Missed:', ...result.missed.map((m) => `  ${m}`));
  if (result.falsePairList.length) out.push('False pairs:', ...result.falsePairList.map((m) => `  ${m}`));
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(2);
});

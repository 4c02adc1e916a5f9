/**
 * npm run eval:factru [-- --set dev|test|all] [--data DIR] [--json] [--errors] [--verbose]
 *
 * The public yardstick: the engine on factRuEval-2016 (devset 122 articles, testset 132) scored
 * with naeval's token-level NER metric (see metric.ts for the rules and where each comes from),
 * printed beside the published naeval table, whose figures are F1 on devset + testset.
 *
 * --set     dev, test or all (default: all = devset, testset and dev+test)
 * --data    the factRuEval-2016 folder (default $FACTRU_DIR, else ../shared/data/factRuEval-2016
 *           from the repository root; the data is never copied into the project)
 * --json    one JSON object on stdout instead of the tables
 * --errors  the engine's false positives and negatives by type, with context: DEVSET ONLY (the
 *           testset is the yardstick, not something to develop against)
 * --verbose per-document counts, dropped gold/predicted spans, reading notes
 *
 * The engine is imported from server/src directly (no build needed). Exit code 0, or 2 when the
 * data is missing or an argument is wrong.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../../server/src/core/analyze';
import { dataDir, DATA_ENV, readSet, ROOT, type FactruDoc, type SetName } from './data';
import { documentErrors, formatErrors, type ErrorRecord } from './errors';
import {
  adaptGold, adaptPred, addCounts, emptyCounts, NER_TYPES, prf, scoreDocument, tokenize, type NerType, type TypeCounts,
} from './metric';

/** naeval's published F1 on factRuEval-2016 (devset + testset), from ../shared/notes/anchors.md. */
export const PUBLISHED: { model: string; PER: number; LOC: number; ORG: number }[] = [
  { model: 'slovnet', PER: 0.959, LOC: 0.915, ORG: 0.825 },
  { model: 'slovnet_bert', PER: 0.973, LOC: 0.928, ORG: 0.831 },
  { model: 'deeppavlov_bert', PER: 0.971, LOC: 0.928, ORG: 0.825 },
  { model: 'deeppavlov', PER: 0.91, LOC: 0.886, ORG: 0.742 },
  { model: 'spacy', PER: 0.901, LOC: 0.886, ORG: 0.765 },
  { model: 'stanza', PER: 0.943, LOC: 0.865, ORG: 0.687 },
  { model: 'pullenti', PER: 0.905, LOC: 0.814, ORG: 0.686 },
];

interface Options {
  set: 'dev' | 'test' | 'all';
  data?: string;
  json: boolean;
  errors: boolean;
  verbose: boolean;
}

const USAGE = 'usage: npm run eval:factru -- [--set dev|test|all] [--data DIR] [--json] [--errors] [--verbose]';

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const opts: Options = { set: 'all', json: false, errors: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') opts.json = true;
    else if (a === '--errors') opts.errors = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--set' || a === '--data') {
      const v = argv[++i];
      if (!v) throw new UsageError(`${a} needs a value\n${USAGE}`);
      if (a === '--data') opts.data = v;
      else if (v === 'dev' || v === 'test' || v === 'all') opts.set = v;
      else throw new UsageError(`unknown set '${v}' (dev, test, all)`);
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`unknown argument '${a}'\n${USAGE}`);
  }
  if (opts.errors && opts.set === 'test') {
    throw new UsageError('--errors lists the devset only: develop on the devset, keep the testset as the yardstick (use --set dev or all)');
  }
  return opts;
}

interface DocResult {
  set: SetName;
  id: string;
  counts: TypeCounts;
  gold: number;
  pred: number;
  goldDropped: { overlapping: number; misaligned: number };
  predMisaligned: string[];
  ms: number;
  failure?: string;
  errors?: ErrorRecord[];
}

function runDoc(engine: Engine, doc: FactruDoc, withErrors: boolean): DocResult {
  const tokens = tokenize(doc.text);
  const gold = adaptGold(doc.objects, tokens);
  let mentions: { start: number; end: number; type: string }[] = [];
  let failure: string | undefined;
  const logged: string[] = [];
  const origError = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  const t0 = performance.now();
  try {
    // `failures` (spans the engine gave up on, with the message) exists in newer engines only.
    const analysis = engine.analyze(doc.text) as { mentions: typeof mentions; failures?: { start: number; end: number; message: string }[] };
    mentions = analysis.mentions;
    if (analysis.failures?.length) {
      failure = `failed on ${analysis.failures.length} passage(s): ` +
        analysis.failures.map((f) => `${f.message} [chars ${f.start}-${f.end}]`).join(' | ');
    }
  } catch (err) {
    failure = `threw: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    console.error = origError;
  }
  const ms = performance.now() - t0;
  if (!failure && logged.length) failure = `reported: ${logged.join(' | ')}`;
  const pred = adaptPred(mentions, tokens);
  if (!failure && !mentions.some((m) => (NER_TYPES as string[]).includes(m.type))) failure = 'returned no PER/ORG/LOC mention';
  const scored = scoreDocument(tokens, pred.spans, gold.spans);
  return {
    set: doc.set,
    id: doc.id,
    counts: scored.counts,
    gold: gold.spans.length,
    pred: pred.spans.length,
    goldDropped: { overlapping: gold.overlapping.length, misaligned: gold.misaligned.length },
    predMisaligned: pred.misaligned.map((s) => `${s.type} «${doc.text.slice(s.start, s.stop)}»`),
    ms,
    ...(failure ? { failure } : {}),
    ...(withErrors
      ? { errors: documentErrors(`book_${doc.id}`, doc.text, tokens, scored.tags, gold.spans, pred.spans, mentions, doc.objects) }
      : {}),
  };
}

/** HEAD, the last commit that touched the engine (server/src/core), and whether it has uncommitted edits. */
function engineCommit(): { commit: string; engineCommit: string; dirty: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    return {
      commit: git('log', '--oneline', '-1'),
      engineCommit: git('log', '--oneline', '-1', '--', 'server/src/core'),
      dirty: git('status', '--porcelain', '--', 'server/src/core') !== '',
    };
  } catch {
    return { commit: 'unknown', engineCommit: 'unknown', dirty: false };
  }
}

const f3 = (x: number) => x.toFixed(3).replace(/^0\./, '.');

function scoresOf(c: TypeCounts) {
  return Object.fromEntries(NER_TYPES.map((t) => [t, { ...c[t], ...prf(c[t]) }])) as Record<NerType, ReturnType<typeof prf> & TypeCounts[NerType]>;
}

function formatSet(label: string, n: number, c: TypeCounts): string {
  const rows = [`${label} (${n} articles)`, '       P     R     F1    tokens: tp    fp    fn'];
  for (const t of ['PER', 'LOC', 'ORG'] as NerType[]) {
    const s = prf(c[t]);
    rows.push(`  ${t}  ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}         ${String(c[t].tp).padStart(5)} ${String(c[t].fp).padStart(5)} ${String(c[t].fn).padStart(5)}`);
  }
  return rows.join('\n');
}

function formatTable(ours: [string, TypeCounts][]): string {
  const rows = ['F1 beside naeval\'s published table (published rows: devset + testset)', '                          PER    LOC    ORG'];
  for (const p of PUBLISHED) rows.push(`  ${p.model.padEnd(22)}  ${f3(p.PER)}   ${f3(p.LOC)}   ${f3(p.ORG)}`);
  for (const [label, c] of ours) {
    rows.push(`  ${('corpus-lens ' + label).padEnd(22)}  ${f3(prf(c.PER).f1)}   ${f3(prf(c.LOC).f1)}   ${f3(prf(c.ORG).f1)}`);
  }
  return rows.join('\n');
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const dir = dataDir(opts.data);
  if (!existsSync(join(dir, 'devset')) || !existsSync(join(dir, 'testset'))) {
    throw new UsageError(`factRuEval-2016 not found at ${dir} (expects devset/ and testset/; set --data DIR or $${DATA_ENV})`);
  }
  const sets: SetName[] = opts.set === 'dev' ? ['devset'] : opts.set === 'test' ? ['testset'] : ['devset', 'testset'];
  const t0 = performance.now();
  const engine = await createEngine();
  const initMs = performance.now() - t0;
  const results: DocResult[] = [];
  const notes: string[] = [];
  for (const set of sets) {
    for (const doc of readSet(dir, set)) {
      if (doc.reading !== 'python') notes.push(`${set}/book_${doc.id}: text read as '${doc.reading}' to fit the token offsets`);
      if (doc.misfitTokens) notes.push(`${set}/book_${doc.id}: ${doc.misfitTokens} .tokens lines do not match the text`);
      if (doc.unknownSpanIds.length) notes.push(`${set}/book_${doc.id}: objects name unknown spans ${doc.unknownSpanIds.join(' ')}`);
      results.push(runDoc(engine, doc, opts.errors && set === 'devset'));
    }
  }
  const totalMs = performance.now() - t0;
  const analyzeMs = results.reduce((n, r) => n + r.ms, 0);
  const bySet = (s: SetName) => results.filter((r) => r.set === s);
  const sum = (rs: DocResult[]) => rs.reduce((c, r) => addCounts(c, r.counts), emptyCounts());
  const groups: [string, DocResult[]][] = sets.map((s) => [s, bySet(s)]);
  if (sets.length === 2) groups.push(['dev+test', results]);
  const failures = results.filter((r) => r.failure).map((r) => `${r.set}/book_${r.id}: ${r.failure}`);
  const errors = results.flatMap((r) => r.errors ?? []);
  const { commit, engineCommit: engineLast, dirty } = engineCommit();
  const runtime = { engineInitMs: Math.round(initMs), analyzeMs: Math.round(analyzeMs), totalMs: Math.round(totalMs), articles: results.length };

  if (opts.json) {
    const out = {
      version: 1,
      metric: 'naeval token-level NER (adapt_factru + score.py), razdel-style tokens',
      head: commit,
      engine: engineLast,
      engineSourceModified: dirty,
      sets: Object.fromEntries(groups.map(([label, rs]) => [label, { articles: rs.length, scores: scoresOf(sum(rs)) }])),
      published: PUBLISHED,
      runtime,
      failures,
      notes,
      ...(opts.verbose ? { documents: results.map(({ errors: _e, ...r }) => r) } : {}),
      ...(opts.errors ? { errors } : {}),
    };
    console.log(JSON.stringify(out, null, 2));
    return;
  }

  const out: string[] = [];
  const short = (c: string) => (c.length > 90 ? c.slice(0, 89) + '…' : c);
  out.push(`factRuEval-2016, naeval's token-level metric (razdel-style tokens, counts summed over articles)`);
  out.push(`HEAD ${short(commit)}`);
  out.push(`engine: last commit to server/src/core ${short(engineLast)}${dirty ? '; server/src/core has uncommitted changes' : ''}`);
  for (const [label, rs] of groups) out.push('', formatSet(label, rs.length, sum(rs)));
  out.push('', formatTable(groups.map(([label, rs]) => [label, sum(rs)])));
  out.push(
    '',
    `runtime: engine start ${(initMs / 1000).toFixed(1)} s, analysis ${(analyzeMs / 1000).toFixed(1)} s for ${results.length} articles ` +
      `(${(results.length / (analyzeMs / 1000)).toFixed(1)} articles/s), total ${(totalMs / 1000).toFixed(1)} s`,
  );
  out.push(failures.length ? `articles where the engine failed or found nothing (${failures.length}):\n  ${failures.join('\n  ')}` : 'no article where the engine failed or found nothing');
  if (notes.length) out.push(`data notes:\n  ${notes.join('\n  ')}`);
  if (opts.verbose) {
    out.push('', 'per document: PER/LOC/ORG tp-fp-fn; gold spans (dropped as overlapping, misaligned); predicted spans (misaligned dropped)');
    for (const r of results) {
      const c = (t: NerType) => `${r.counts[t].tp}-${r.counts[t].fp}-${r.counts[t].fn}`;
      out.push(
        `  ${r.set}/book_${r.id}  ${c('PER')}  ${c('LOC')}  ${c('ORG')}  gold ${r.gold} (${r.goldDropped.overlapping}, ${r.goldDropped.misaligned})  ` +
          `pred ${r.pred}${r.predMisaligned.length ? ` (dropped: ${r.predMisaligned.join(', ')})` : ''}  ${r.ms.toFixed(0)} ms`,
      );
    }
  }
  if (opts.errors) out.push('', `ERRORS, devset only (${errors.length} spans)`, formatErrors(errors));
  console.log(out.join('\n'));
}

main().catch((err) => {
  if (err instanceof UsageError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err);
  process.exit(2);
});

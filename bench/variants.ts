/**
 * Cost of the corpus-wide variant matcher at scale (issue 14): generates the deterministic corpus
 * (bench/corpus/), analyses it in-process, links it once, then edits articles one at a time, and prints
 * the time the matcher adds to the cold link (its share of the full link) and to each edit (p50 / p95 /
 * max), with the linking time beside it, and how the findings compare with the variants the generator
 * injected (a finding is true when its word is a form of a person's variant spelling and its usual
 * spelling a form of that person's surname). Prints numbers, asserts nothing.
 *
 *   node --import tsx bench/variants.ts [articles=10000] [edits=40]
 */
import { performance } from 'node:perf_hooks';
import { createEngine } from '../server/src/core/analyze';
import type { DocumentAnalysis } from '../server/src/core/types';
import { CorpusIndex } from '../server/src/index/corpusIndex';
import { generateCorpus, type Corpus } from './corpus/generate';
import { declineSurname } from './corpus/names';
import type { Finding } from '../server/src/core/consistency/findInconsistencies';
import { matcherCpuMs, meterMatcherCpu } from './variants-cpu';

const n = Number(process.argv[2] ?? 10_000);
const edits = Number(process.argv[3] ?? 40);

function pct(list: number[], p: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const engine = await createEngine();
  const corpus = generateCorpus(n);
  const t0 = performance.now();
  const analyses = corpus.files.map((f) => engine.analyze(f.text));
  console.log(`${n} articles analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  meterMatcherCpu();
  const index = new CorpusIndex(null);
  const uri = (i: number) => `file:///bench/${corpus.files[i].name}`;
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const m1 = matcherCpuMs();
  await index.loading(async () => {
    corpus.files.forEach((f, i) => index.setAnalysis(uri(i), analyses[i], { text: f.text, keep: true }));
  });
  const link = performance.now() - t1;
  const linkCpu = cpuMs(c1);
  const matcherCpu = matcherCpuMs() - m1;
  console.log(`cold link: ${link.toFixed(0)} ms in all, of which the variant matcher ${index.matcherMs.link.toFixed(0)} ms; ${index.entityCount} entities, ${index.variantPairs().length} pairs, ${index.findings().length} findings`);
  console.log(`cold link CPU: ${linkCpu.toFixed(0)} ms in all, of which the variant matcher ${matcherCpu.toFixed(0)} ms`);
  console.log(againstInjected(corpus, index.findings()));
  const matcher: number[] = [];
  const whole: number[] = [];
  const matcherCpuEdits: number[] = [];
  for (let k = 0; k < edits; k++) {
    const i = (k * 7919) % n;
    const f = corpus.files[i];
    // A name respelled: one letter doubled in the first capitalised word after the title.
    const m = /\s(\p{Lu}\p{Ll}{4,})/u.exec(f.text.slice(200));
    const text = m ? f.text.slice(0, 200 + m.index + 3) + f.text[200 + m.index + 3] + f.text.slice(200 + m.index + 3) : `${f.text} `;
    const analysis: DocumentAnalysis = engine.analyze(text);
    const t = performance.now();
    const m0 = matcherCpuMs();
    index.setAnalysis(uri(i), analysis, { text, keep: true });
    whole.push(performance.now() - t);
    matcher.push(index.matcherMs.edit);
    matcherCpuEdits.push(matcherCpuMs() - m0);
  }
  const row = (name: string, list: number[]) => `${name}: p50 ${pct(list, 50).toFixed(2)} ms, p95 ${pct(list, 95).toFixed(2)} ms, max ${Math.max(...list).toFixed(2)} ms`;
  console.log(`per edit (${edits} edits), ${row('variant matcher', matcher)}`);
  console.log(`per edit, ${row('variant matcher CPU', matcherCpuEdits)}`);
  console.log(`per edit, ${row('whole update (linking + findings + matcher)', whole)}`);
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** The findings against the generator's injected variants: true, false (warnings among them). */
function againstInjected(corpus: Corpus, findings: readonly Finding[]): string {
  const variantOf = new Map<string, Set<number>>();
  const surnameOf = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, form: string, i: number) => {
    const set = map.get(form.toLowerCase()) ?? new Set<number>();
    map.set(form.toLowerCase(), set.add(i));
  };
  corpus.people.forEach((p, i) => {
    for (const g of ['m', 'f'] as const) {
      for (const f of Object.values(declineSurname(p.variant, g))) add(variantOf, f, i);
      for (const f of Object.values(declineSurname(p.surname, g))) add(surnameOf, f, i);
    }
  });
  const spelling = findings.filter((f) => f.code !== 'mixed-script');
  const isTrue = (f: Finding) => {
    const people = surnameOf.get(f.preferred.toLowerCase());
    return [...(variantOf.get(f.text.toLowerCase()) ?? [])].some((i) => people?.has(i));
  };
  const right = spelling.filter(isTrue).length;
  const wrong = spelling.filter((f) => !isTrue(f));
  const injected = corpus.files.reduce((s, f) => s + f.variants, 0);
  const warnings = wrong.filter((f) => f.code === 'spelling-variant').length;
  return `against the ${injected} injected variant spellings: ${right} findings true, ${wrong.length} false (${warnings} of them warnings)`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

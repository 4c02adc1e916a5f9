/**
 * Fits the variant model's weights on the labelled pairs (pairs.txt) by L2-regularised logistic
 * regression and writes server/src/core/variants/weights.ts; prints the training and 5-fold
 * cross-validated figures.
 *
 *   node --import tsx test/variants-pairs/fit.ts [--dry-run]
 *
 * Pairs a hard rule forbids (inflection, gender, relatives, known distinct names, short words) or
 * that blocking never proposes are not fitted on; they are counted apart.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidateContexts } from '../../server/src/core/variants/candidates';
import { evidence } from '../../server/src/core/variants/evidence';
import { distinctKnown } from '../../server/src/core/variants/known';
import { FEATURE_NAMES } from '../../server/src/core/variants/weights';
import { readPairs } from './pairs';

interface Sample { x: number[]; y: number; line: number; text: string }

const pairs = readPairs();
const samples: Sample[] = [];
let forbiddenPos = 0;
let forbiddenNeg = 0;
let unproposedPos = 0;
let unproposedNeg = 0;
const notes: string[] = [];
for (const p of pairs) {
  const options = { commonWord: (w: string) => p.common.has(w), distinct: (a: string, b: string) => distinctKnown(a, b) };
  const cands = candidateContexts([p.a, p.b], options).filter((c) => c.ctx.a.id !== c.ctx.b.id);
  if (cands.length === 0) {
    if (p.label) { unproposedPos++; notes.push(`not proposed (+): ${p.text}`); } else unproposedNeg++;
    continue;
  }
  for (const c of cands) {
    const ev = evidence(c.ctx, c.al, options);
    if (ev.forbidden) {
      if (p.label) { forbiddenPos++; notes.push(`forbidden (+, ${ev.forbidden}): ${p.text}`); } else forbiddenNeg++;
      continue;
    }
    samples.push({ x: FEATURE_NAMES.map((n) => ev.features[n]), y: p.label ? 1 : 0, line: p.line, text: `${c.ctx.x}/${c.ctx.y}` });
  }
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const predict = (w: number[], x: number[]) => sigmoid(x.reduce((s, v, i) => s + v * w[i], 0));

function fit(data: Sample[], lambda = 0.03, iterations = 6000, rate = 0.3): number[] {
  const w = new Array<number>(FEATURE_NAMES.length).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(w.length).fill(0);
    for (const s of data) {
      const e = predict(w, s.x) - s.y;
      for (let i = 0; i < w.length; i++) g[i] += e * s.x[i];
    }
    for (let i = 0; i < w.length; i++) w[i] -= rate * (g[i] / data.length + (i === 0 ? 0 : lambda * w[i]));
  }
  return w;
}

function confusion(scored: Array<{ p: number; y: number }>, t: number) {
  const tp = scored.filter((s) => s.p >= t && s.y === 1).length;
  const fp = scored.filter((s) => s.p >= t && s.y === 0).length;
  const fn = scored.filter((s) => s.p < t && s.y === 1).length;
  return { tp, fp, fn };
}

// 5-fold cross-validation (folds by line, deterministic).
const cv: Array<{ p: number; y: number; line: number; text: string }> = [];
for (let k = 0; k < 5; k++) {
  const train = samples.filter((s) => s.line % 5 !== k);
  const test = samples.filter((s) => s.line % 5 === k);
  const w = fit(train);
  for (const s of test) cv.push({ p: predict(w, s.x), y: s.y, line: s.line, text: s.text });
}
const w = fit(samples);
const train = samples.map((s) => ({ p: predict(w, s.x), y: s.y }));

// Thresholds: 'sure' where cross-validated precision stays 1 (the lowest such threshold ≥ 0.8),
// 'plausible' at 0.5.
let sure = 0.95;
for (const t of [0.8, 0.85, 0.9, 0.95, 0.97, 0.99]) {
  if (confusion(cv, t).fp === 0) { sure = t; break; }
}
const thresholds = { sure, plausible: 0.5 };

const pos = pairs.filter((p) => p.label).length;
console.log(`pairs: ${pairs.length} (${pos} positive, ${pairs.length - pos} negative); samples fitted: ${samples.length}`);
console.log(`hard rules: forbid ${forbiddenNeg} negative and ${forbiddenPos} positive pairs; blocking does not propose ${unproposedNeg} negative and ${unproposedPos} positive pairs`);
for (const [name, t] of [['plausible', thresholds.plausible], ['sure', thresholds.sure]] as const) {
  const tr = confusion(train, t);
  const c = confusion(cv, t);
  console.log(`${name} (p ≥ ${t}): training tp ${tr.tp} fp ${tr.fp} fn ${tr.fn}; 5-fold CV tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
}
for (const n of notes) console.log(`  ${n}`);
for (const s of cv.filter((s) => (s.p >= 0.5) !== (s.y === 1))) console.log(`  CV error line ${s.line} ${s.text} y=${s.y} p=${s.p.toFixed(2)}`);
console.log(FEATURE_NAMES.map((n, i) => `${n}=${w[i].toFixed(2)}`).join(' '));

if (!process.argv.includes('--dry-run')) {
  const body = FEATURE_NAMES.map((n, i) => `  ${n}: ${Number(w[i].toFixed(3))},`).join('\n');
  const file = join(__dirname, '..', '..', 'server', 'src', 'core', 'variants', 'weights.ts');
  writeFileSync(file, `/**
 * Weights of the variant model (evidence.ts). Written by \`node --import tsx test/variants-pairs/fit.ts\`
 * from the labelled pairs in test/variants-pairs/pairs.txt (${pairs.length} pairs, ${samples.length} fitted): do not edit by hand.
 */
export const FEATURE_NAMES = [
${wrap(FEATURE_NAMES.map((n) => `'${n}'`))}
] as const;

export const WEIGHTS: Partial<Record<(typeof FEATURE_NAMES)[number], number>> = {
${body}
};

export const THRESHOLDS = { sure: ${thresholds.sure}, plausible: ${thresholds.plausible} };
`);
  console.log(`wrote ${file}`);
}

function wrap(items: string[]): string {
  const lines: string[] = [];
  let cur = ' ';
  for (const it of items) {
    if (cur.length + it.length + 2 > 110) { lines.push(cur.trimEnd()); cur = ' '; }
    cur += ` ${it},`;
  }
  lines.push(cur.trimEnd());
  return lines.join('\n');
}

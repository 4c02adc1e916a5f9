/** Computes all evaluation figures for one set and formats them as a table or JSON. */
import { hoverNames, references, type HoverResult, type ReferenceResult } from './entities';
import type { LoadedSet } from './io';
import {
  TYPES, dateAccuracy, dateValue, exactPrf, linking, matchExact, nameAccuracy, relaxedPrf,
  type Accuracy, type BCubed, type EvalMention, type Pair, type Prf,
} from './metrics';

export interface Results {
  set: string;
  documents: number;
  warnings: string[];
  types: Record<string, { exact: Prf; relaxed: Prf }>;
  names: Accuracy;
  dates: Accuracy;
  linking: BCubed;
  hover: HoverResult;
  references: ReferenceResult;
  pairs: Pair[];
  gold: EvalMention[];
  pred: EvalMention[];
}

export function evaluate(set: string, gold: LoadedSet, pred: LoadedSet): Results {
  const types: Results['types'] = {};
  for (const t of [...TYPES, undefined]) {
    types[t ?? 'ALL'] = { exact: exactPrf(gold.mentions, pred.mentions, t), relaxed: relaxedPrf(gold.mentions, pred.mentions, t) };
  }
  const pairs = matchExact(gold.mentions, pred.mentions);
  return {
    set,
    documents: gold.docs.length,
    warnings: pred.extra,
    types,
    names: nameAccuracy(pairs),
    dates: dateAccuracy(pairs),
    linking: linking(pairs),
    hover: hoverNames(gold.mentions, pred.mentions),
    references: references(gold.mentions, pred.mentions),
    pairs,
    gold: gold.mentions,
    pred: pred.mentions,
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const cell = (s: string | number, w: number) => String(s).padStart(w);
const where = (m: EvalMention) => `${m.doc} ${m.start}-${m.end} '${m.text}'`;

function typeTable(r: Results): string[] {
  const head = `${'type'.padEnd(6)}${cell('gold', 6)}${cell('pred', 6)}${cell('TP', 6)}${cell('P%', 8)}${cell('R%', 8)}${cell('F1%', 8)}${cell('relaxedF1%', 12)}`;
  const rows = Object.entries(r.types).map(([t, { exact: e, relaxed }]) =>
    `${t.padEnd(6)}${cell(e.gold, 6)}${cell(e.pred, 6)}${cell(e.tp, 6)}  ${pct(e.precision)}  ${pct(e.recall)}  ${pct(e.f1)}      ${pct(relaxed.f1)}`);
  return [head, ...rows];
}

/** How many hover misses are only a patronymic the gold writes and the engine leaves out (or the reverse). */
function patronymicLine(h: HoverResult): string[] {
  if (!h.patronymicOnly) return [];
  const right = h.correct + h.patronymicOnly;
  return [`Patronymic-only hover differences: ${h.patronymicOnly} (counted right: ${right}/${h.total} = ${pct(h.total ? right / h.total : 0).trim()}%)`];
}

function accuracyLine(label: string, a: { correct: number; total: number; accuracy: number }): string {
  return `${label}: ${a.correct}/${a.total} = ${pct(a.accuracy).trim()}%`;
}

export function formatText(r: Results, verbose: boolean): string {
  const lines = [
    `Corpus Lens evaluation: set '${r.set}', ${r.documents} documents, ${r.gold.length} gold mentions, ${r.pred.length} predicted`,
    ...r.warnings.map((w) => `warning: ${w}`),
    '',
    'Mentions (exact span + type; relaxed = overlapping span, same type)',
    ...typeTable(r),
    '',
    accuracyLine('Canonical names of matched PER/ORG/LOC', r.names),
    accuracyLine('Date values of matched DATE', r.dates),
    ...r.dates.wrong.map((p) => `  wrong date: ${where(p.gold)} gold ${dateValue(p.gold)}, predicted ${dateValue(p.pred)}`),
    `Linking, B-cubed over ${r.linking.items} matched PER/ORG/LOC mentions: P ${pct(r.linking.precision).trim()}%  R ${pct(r.linking.recall).trim()}%  F1 ${pct(r.linking.f1).trim()}%`,
    accuracyLine('Hover names the right person (gold PER mentions)', r.hover),
    ...patronymicLine(r.hover),
    `References from each gold entity's first mention (${r.references.entities.length} entities, macro, overlap): ` +
      `P ${pct(r.references.precision).trim()}%  R ${pct(r.references.recall).trim()}%  unresolved ${r.references.unresolved}`,
  ];
  if (verbose) lines.push('', ...verboseLines(r));
  return lines.join('\n');
}

function verboseLines(r: Results): string[] {
  const matchedGold = new Set(r.pairs.map((p) => p.gold));
  const matchedPred = new Set(r.pairs.map((p) => p.pred));
  const out: string[] = [];
  for (const doc of new Set(r.gold.map((m) => m.doc))) {
    const misses = r.gold.filter((m) => m.doc === doc && !matchedGold.has(m));
    const fps = r.pred.filter((m) => m.doc === doc && !matchedPred.has(m));
    out.push(`== ${doc}: ${misses.length} missed, ${fps.length} false positives`);
    out.push(...misses.map((m) => `  miss ${m.type} ${m.start}-${m.end} '${m.text}'`));
    out.push(...fps.map((m) => `  fp   ${m.type} ${m.start}-${m.end} '${m.text}'`));
  }
  out.push('== wrong canonical names', ...r.names.wrong.map((p) => `  ${where(p.gold)} gold '${p.gold.name}', predicted '${p.pred.name}'`));
  out.push('== hover names the wrong person', ...r.hover.wrong.map((w) => `  ${where(w.gold)} gold '${w.gold.name}', hover '${w.predName ?? '(none)'}'`));
  out.push('== references below 100%', ...r.references.entities
    .filter((e) => e.recall < 1 || e.precision !== 1)
    .map((e) => `  ${e.entity}: ${e.goldMentions} gold, ${e.found} found, R ${pct(e.recall).trim()}%, P ${e.precision === null ? 'n/a' : pct(e.precision).trim() + '%'}`));
  return out;
}

/** The numbers only, for --json. */
export function toJson(r: Results): unknown {
  const acc = (a: { correct: number; total: number; accuracy: number }) => ({ correct: a.correct, total: a.total, accuracy: a.accuracy });
  return {
    set: r.set,
    documents: r.documents,
    goldMentions: r.gold.length,
    predictedMentions: r.pred.length,
    warnings: r.warnings,
    types: r.types,
    canonicalNames: acc(r.names),
    dates: { ...acc(r.dates), wrong: r.dates.wrong.map((p) => ({ doc: p.gold.doc, text: p.gold.text, gold: dateValue(p.gold), predicted: dateValue(p.pred) })) },
    linking: r.linking,
    hoverNames: { ...acc(r.hover), patronymicOnly: r.hover.patronymicOnly },
    references: { precision: r.references.precision, recall: r.references.recall, unresolved: r.references.unresolved, entities: r.references.entities.length },
  };
}

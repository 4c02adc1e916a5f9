/**
 * Property checks of the engine on random and composed text, shared by the bounded tests
 * (test/unit/robust-property.test.ts) and a long run: `npm run fuzz -- [--runs N] [--seed S] [--size BYTES]`.
 * The long run prints each contained failure (a recognizer bug worth fixing) and exits 1 on a broken invariant.
 */
import fc from 'fast-check';
import { createEngine, type Engine } from '../../server/src/core/analyze';
import type { DocumentAnalysis } from '../../server/src/core/types';

const CYRILLIC_NAMES = ['Иван Петров', 'Сергея Лаврова', 'То Лам', 'Тхонглун Сисулит', 'Касым-Жомарт Токаев', 'Мирзиёев', 'Анна', 'Петровым'];
const LATIN_NAMES = ['Acme', 'Co', 'Bank of Georgia', 'Smith', 'JICA', 'Petroliam Nasional Berhad', 'VCCI', 'X'];
const WORDS = ['директор', 'прибыл', 'в', 'Москве', 'Ханой', 'заявил', 'компании', 'и', 'ОПЕК', 'министр', 'РФ', 'ноября', 'года', 'президент', 'Лаоса'];
const MARKS = ['&', '+', '«', '»', '"', '—', '-', '(', ')', '.', ',', '!', '?', '…', ':', ';', '/', '№', '%', "'"];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '\u00a0', '\t'];

/** One piece of a composed sentence: a name, a word, a number, a mark or random Unicode. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CYRILLIC_NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...LATIN_NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: 0, max: 3000 }).map(String), fc.constantFrom('2025', '20', '1.5', '2025-11-20')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** Sentences of names, Latin words, '&', '+', digits and punctuation next to Cyrillic names. */
export const composedText = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

/** Any Unicode, including lone surrogates and control characters. */
export const randomText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }));

/** The invariants every analysis keeps; the first broken one as a message, or null. */
export function brokenInvariant(text: string, a: DocumentAnalysis): string | null {
  let lastEnd = 0;
  for (const m of a.mentions) {
    if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= text.length)) return `span ${m.start}-${m.end} outside the text`;
    if (text.slice(m.start, m.end) !== m.text) return `text.slice(${m.start}, ${m.end}) is not ${JSON.stringify(m.text)}`;
    if (m.start < lastEnd) return `mention at ${m.start} overlaps the one before`;
    lastEnd = m.end;
  }
  for (const f of a.failures ?? []) if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) return `failure span ${f.start}-${f.end} outside the text`;
  return null;
}

/** Analyses `text`; throws with the invariant broken (an exception escaping analyze fails too). */
export function checkText(engine: Engine, text: string): DocumentAnalysis {
  const a = engine.analyze(text);
  const broken = brokenInvariant(text, a);
  if (broken) throw new Error(broken);
  return a;
}

/** 200 KB texts built to be slow or deep: one word, capitals, quotes, brackets. */
export function adversarialInputs(size = 200_000): Array<[string, string]> {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    ['one word', fill('слово ')],
    ['capitals', fill('Иван ')],
    ['capitals, no spaces', fill('АБВГД')],
    ['Latin capitals and &', fill('Acme & ')],
    ['quotes', fill('«')],
    ['nested quotes', fill('«а ')],
    ['brackets', fill('(')],
    ['balanced brackets', `${'('.repeat(size / 2)}${')'.repeat(size / 2)}`],
    ['one long line of names', fill('Сергей Лавров, ')],
    ['dots', fill('. ')],
    ['digits', fill('2025 ')],
  ];
}

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

async function main(): Promise<void> {
  const runs = flag('runs', 5000);
  const seed = flag('seed', Date.now() % 2 ** 31);
  const size = flag('size', 200_000);
  const engine = await createEngine();
  const failures = new Map<string, string>();
  const note = (text: string, a: DocumentAnalysis) => {
    for (const f of a.failures ?? []) if (!failures.has(f.message)) failures.set(f.message, text.slice(f.start, f.end));
  };
  console.log(`fuzz: ${runs} runs, seed ${seed}`);
  const started = Date.now();
  fc.assert(fc.property(fc.oneof(composedText, randomText), (t) => note(t, checkText(engine, t))), { seed, numRuns: runs });
  console.log(`fuzz: random and composed text: ${runs} runs in ${Date.now() - started} ms, every invariant kept`);
  for (const [name, text] of adversarialInputs(size)) {
    const t0 = performance.now();
    note(text, checkText(engine, text));
    console.log(`fuzz: ${name} (${text.length} characters): ${Math.round(performance.now() - t0)} ms`);
  }
  for (const [message, where] of failures) console.log(`contained failure: ${message}\n  in: ${JSON.stringify(where.slice(0, 200))}`);
  console.log(`fuzz: ${failures.size} kind(s) of contained failure`);
}

if (process.argv[1]?.endsWith('fuzz.ts')) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

/**
 * Spelling-variant evaluation: runs the built CLI's `check --format json` on test/<set>/articles and
 * scores its findings against test/<set>/expected.json.
 *
 *   node --import tsx test/eval/variants.ts --set variants|variants2|variants3|variants4 [--json] [--input saved.json]
 *
 * expected.json: { "variants": [ { file, text, kind, preferred, occurrence? } ], "traps": [ { file, text, kind?, why } ] }.
 * Each variant entry is one occurrence of the less used spelling. Its text is located in the file as a
 * whole word (no letter or combining mark on either side); entries sharing a file and text take that
 * text's occurrences in order (or the 1-based `occurrence` given). A finding catches a variant when it
 * is in that file and its span covers the occurrence. A finding that covers no expected occurrence is a
 * false flag (one that only overlaps an occurrence is reported apart, as partial); false flags are
 * also tagged with the trap they fall on, if any. Exit code 0 on a completed run, 2 on bad input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

interface ExpectedVariant { file: string; text: string; kind: string; preferred: string; occurrence?: number; note?: string }
interface Trap { file: string; text: string; kind?: string; why?: string }
interface Finding { file: string; start: number; end: number; code: string; message: string; text: string }
interface Span { start: number; end: number }

const ROOT = resolve(__dirname, '..', '..');

class InputError extends Error {}

function parseArgs(argv: string[]): { set: string; json: boolean; input?: string } {
  let set = 'variants';
  let json = false;
  let input: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--set') set = argv[++i] ?? '';
    else if (a.startsWith('--set=')) set = a.slice(6);
    else if (a === '--json') json = true;
    else if (a === '--input') input = argv[++i];
    else if (a === '--help' || a === '-h') {
      process.stdout.write('Usage: node --import tsx test/eval/variants.ts --set variants|variants2|variants3|variants4 [--json] [--input check.json]\n');
      process.exit(0);
    } else throw new InputError(`unknown argument '${a}'`);
  }
  if (!/^[\w.-]+$/.test(set)) throw new InputError(`bad --set '${set}'`);
  return { set, json, input };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whole-word occurrences of `text` in `body` (UTF-16 offsets, as the CLI reports them). */
export function occurrences(body: string, text: string): Span[] {
  const out: Span[] = [];
  for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) {
    const before = i > 0 ? body[i - 1] : '';
    const after = body[i + text.length] ?? '';
    const edgeStartsWord = WORD_CHAR.test(text[0]);
    const edgeEndsWord = WORD_CHAR.test(text[text.length - 1]);
    if (edgeStartsWord && before && WORD_CHAR.test(before)) continue;
    if (edgeEndsWord && after && WORD_CHAR.test(after)) continue;
    out.push({ start: i, end: i + text.length });
  }
  return out;
}

function readJson(path: string, what: string): any {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`${what} (${path}): ${(e as Error).message}`);
  }
}

function runCheck(folder: string): string {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new InputError(`${cli} is missing: run npm run build`);
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', folder], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw new InputError(`could not run the CLI: ${r.error.message}`);
  if (r.status !== 0 && r.status !== 1) throw new InputError(`the CLI exited ${r.status}: ${r.stderr.trim()}`);
  return r.stdout;
}

function loadFindings(json: string, texts: Map<string, string>): Finding[] {
  let data: any;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new InputError(`check output is not JSON: ${(e as Error).message}`);
  }
  if (!data || !Array.isArray(data.diagnostics)) throw new InputError("check output has no 'diagnostics' array");
  return data.diagnostics.map((d: any, i: number) => {
    if (typeof d.path !== 'string' || typeof d.start !== 'number' || typeof d.end !== 'number') {
      throw new InputError(`diagnostics[${i}]: needs path, start, end`);
    }
    const file = basename(d.path.replace(/\\/g, '/'));
    const body = texts.get(file) ?? '';
    return { file, start: d.start, end: d.end, code: String(d.code ?? ''), message: String(d.message ?? ''), text: body.slice(d.start, d.end) };
  });
}

interface Located extends ExpectedVariant { span: Span | null }

function locate(variants: ExpectedVariant[], texts: Map<string, string>): { located: Located[]; problems: string[] } {
  const problems: string[] = [];
  const used = new Map<string, number>();
  const located = variants.map((v) => {
    const body = texts.get(v.file);
    if (body === undefined) {
      problems.push(`variant '${v.text}': no file ${v.file}`);
      return { ...v, span: null };
    }
    const occ = occurrences(body, v.text);
    const key = `${v.file}\u0000${v.text}`;
    const k = v.occurrence !== undefined ? v.occurrence - 1 : used.get(key) ?? 0;
    if (v.occurrence === undefined) used.set(key, k + 1);
    if (!occ[k]) {
      problems.push(`variant '${v.text}' in ${v.file}: occurrence ${k + 1} not found (${occ.length} in the file)`);
      return { ...v, span: null };
    }
    return { ...v, span: occ[k] };
  });
  for (const [key, n] of used) {
    const [file, text] = key.split('\u0000');
    const total = occurrences(texts.get(file) ?? '', text).length;
    if (total > n) problems.push(`note: '${text}' occurs ${total}× in ${file} but ${n} entr${n === 1 ? 'y' : 'ies'} name it (the first ${n} are used)`);
  }
  return { located, problems };
}

const covers = (f: Span, s: Span) => f.start <= s.start && f.end >= s.end;
const overlaps = (f: Span, s: Span) => f.start < s.end && s.start < f.end;
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

function table(head: string[], rows: Array<Array<string | number>>): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(cells[0]), w.map((n) => '-'.repeat(n)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const setDir = join(ROOT, 'test', args.set);
  const folder = join(setDir, 'articles');
  if (!existsSync(folder)) throw new InputError(`no folder ${folder}`);
  const expected = readJson(join(setDir, 'expected.json'), 'expected.json');
  const variants: ExpectedVariant[] = expected.variants ?? [];
  const traps: Trap[] = expected.traps ?? [];
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(folder, f), 'utf8').replace(/^\uFEFF/, '')]));

  const findings = loadFindings(args.input ? readFileSync(args.input, 'utf8') : runCheck(folder), texts);
  const { located, problems } = locate(variants, texts);

  const caughtBy = new Map<Located, Finding[]>();
  const findingHits = new Map<Finding, Located[]>();
  for (const f of findings) {
    const hits = located.filter((v) => v.span && v.file === f.file && covers(f, v.span));
    findingHits.set(f, hits);
    for (const v of hits) caughtBy.set(v, [...(caughtBy.get(v) ?? []), f]);
  }
  const unmatched = findings.filter((f) => findingHits.get(f)!.length === 0);
  const partial = unmatched.filter((f) => located.some((v) => v.span && v.file === f.file && overlaps(f, v.span)));
  const falseFlags = unmatched.filter((f) => !partial.includes(f));
  const trapOf = (f: Finding): Trap | undefined => traps.find((t) => t.file === f.file && occurrences(texts.get(f.file) ?? '', t.text).some((s) => overlaps(f, s)));
  const fold = (x: string) => x.toLowerCase().replace(/ё/g, 'е');
  /** A false flag on the usual spelling of an expected variant (the wrong side of a true pair), by word prefix. */
  const preferredOf = (f: Finding): Located | undefined => {
    const t = fold(f.text);
    if (t.length < 3) return undefined;
    return located.find((v) => { const p = fold(v.preferred); return p.startsWith(t.slice(0, Math.max(3, t.length - 2))) || t.startsWith(p); });
  };

  const kinds = [...new Set(located.map((v) => v.kind))];
  const byKind = kinds.map((k) => {
    const vs = located.filter((v) => v.kind === k);
    const c = vs.filter((v) => caughtBy.has(v)).length;
    return { kind: k, expected: vs.length, caught: c, percent: vs.length ? (100 * c) / vs.length : 0 };
  });
  const caught = located.filter((v) => caughtBy.has(v)).length;
  const ffByFile = files.map((f) => ({ file: f, falseFlags: falseFlags.filter((x) => x.file === f).length })).filter((r) => r.falseFlags > 0);
  const trapKinds = [...new Set(traps.map((t) => t.kind ?? '(no kind)'))];
  const trapRows = trapKinds.map((k) => {
    const ts = traps.filter((t) => (t.kind ?? '(no kind)') === k);
    const hit = ts.filter((t) => falseFlags.some((f) => f.file === t.file && occurrences(texts.get(t.file) ?? '', t.text).some((s) => overlaps(f, s)))).length;
    return { kind: k, traps: ts.length, flagged: hit };
  });
  const per10 = files.length ? (10 * falseFlags.length) / files.length : 0;

  const result = {
    set: args.set,
    articles: files.length,
    findings: findings.length,
    expected: located.length,
    caught,
    caughtPercent: located.length ? (100 * caught) / located.length : 0,
    falseFlags: falseFlags.length,
    falseFlagsPer10Articles: per10,
    partial: partial.length,
    byKind,
    falseFlagsByFile: ffByFile,
    traps: trapRows,
    missed: located.filter((v) => !caughtBy.has(v)).map((v) => ({ file: v.file, text: v.text, kind: v.kind, preferred: v.preferred })),
    falseFlagList: falseFlags.map((f) => ({
      file: f.file, start: f.start, end: f.end, text: f.text, code: f.code, message: f.message,
      trap: trapOf(f)?.text, wrongSideOf: preferredOf(f)?.text,
    })),
    partialList: partial.map((f) => ({ file: f.file, start: f.start, end: f.end, text: f.text, message: f.message })),
    problems,
  };

  if (args.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const out: string[] = [];
  out.push(`Spelling variants — set ${args.set}: ${files.length} articles, ${findings.length} findings, ${located.length} expected variants, ${traps.length} traps`);
  out.push('');
  out.push(table(['kind', 'caught', 'expected', '%'], [
    ...byKind.map((r) => [r.kind, r.caught, r.expected, pct(r.caught, r.expected)]),
    ['TOTAL', caught, located.length, pct(caught, located.length)],
  ]));
  out.push('');
  out.push(`False flags: ${falseFlags.length} (${per10.toFixed(2)} per 10 articles)${partial.length ? `; partial (overlap a variant without covering it): ${partial.length}` : ''}`);
  if (ffByFile.length) {
    out.push('');
    out.push(table(['file', 'false flags'], ffByFile.map((r) => [r.file, r.falseFlags])));
  }
  out.push('');
  out.push(table(['trap kind', 'flagged', 'traps'], trapRows.map((r) => [r.kind, r.flagged, r.traps])));
  if (result.missed.length) {
    out.push('');
    out.push('Missed:');
    for (const m of result.missed) out.push(`  ${m.file}: «${m.text}» (${m.kind}; usual «${m.preferred}»)`);
  }
  if (result.falseFlagList.length) {
    out.push('');
    out.push('False flags:');
    for (const f of result.falseFlagList) {
      const tag = f.trap ? ` [trap «${f.trap}»]` : f.wrongSideOf ? ` [the usual spelling of «${f.wrongSideOf}»]` : '';
      out.push(`  ${f.file}:${f.start}-${f.end} «${f.text}» ${f.code}${tag}: ${f.message}`);
    }
  }
  if (result.partialList.length) {
    out.push('');
    out.push('Partial:');
    for (const f of result.partialList) out.push(`  ${f.file}:${f.start}-${f.end} «${f.text}»: ${f.message}`);
  }
  if (problems.length) {
    out.push('');
    out.push('Problems in expected.json:');
    for (const p of problems) out.push(`  ${p}`);
  }
  out.push('');
  out.push(`TOTAL: caught ${caught}/${located.length} (${pct(caught, located.length)}), false flags ${falseFlags.length} (${per10.toFixed(2)} per 10 articles)`);
  process.stdout.write(out.join('\n') + '\n');
}

try {
  main();
} catch (e) {
  if (e instanceof InputError) {
    process.stderr.write(`variants eval: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
}

/** `corpus-lens check PATH...`: spelling inconsistencies as diagnostics (text, JSON, SARIF), with --fix. */
import { oneOf, UsageError, type ParsedArgs } from '../args';
import { EXIT, type CliIO, type Command } from '../command';
import { applyPlan, planFixes, type FixOutcome } from '../format/applyFixes';
import { palette, type Palette } from '../format/color';
import { loadForCommand, type CommandCorpus } from '../format/corpusView';
import { diagnosticsByDocument, jsonDiagnostic, SEVERITIES, textDiagnostic, toDiagnostics, type CliDiagnostic } from '../format/diagnostics';
import { flatten, map } from '../format/iterate';
import { hole, writeJson } from '../format/jsonStream';
import { chunked, type Output } from '../format/output';
import { writeSarif } from '../format/sarif';
import type { LoadedCorpus } from '../loadCorpus';
import { ENCODING_NAMES } from '../../index/decode/detect';
import { t } from '../messages';
import { trace } from '../trace';

export const FORMATS = ['text', 'json', 'sarif'] as const;

export const check: Command = {
  name: 'check',
  usage:
    'corpus-lens check [--format text|json|sarif] [--severity error|warning|information|hint] [--fix [--dry-run]] [--config FILE] PATH...',
  options: { values: ['config', 'format', 'severity'], flags: ['fix', 'dry-run'] },
  optionHelp: ['checkFormat', 'severity', 'fix', 'dryRun', 'config'],
  async run(args, io) {
    const format = oneOf(args.values.format, FORMATS, 'text', 'format');
    const severity = oneOf(args.values.severity, SEVERITIES, 'warning', 'severity');
    const fix = args.flags.has('fix');
    if (args.flags.has('dry-run') && !fix) throw new UsageError(t().dryRunNeedsFix);
    if (fix && args.values.format !== undefined) throw new UsageError(t().fixNoFormat);
    const corpus = await loadForCommand(args, io);
    if (corpus.nothingRead) return EXIT.usage;
    if (fix) return runFix(corpus, toDiagnostics(corpus, severity), args, io);
    const tally = { diagnostics: 0, files: 0 };
    const out = chunked(io.write);
    await writeDiagnostics(corpus, counted(diagnosticsByDocument(corpus, severity), tally), format, out, palette(io.isTTY));
    await out.end();
    trace('written');
    io.err(`corpus-lens: ${t().checkSummary(tally.diagnostics, tally.files, corpus.index.size)}`);
    return corpus.unreadable ? EXIT.usage : tally.diagnostics ? EXIT.found : EXIT.ok;
  },
};

/** The diagnostics in a check format, document by document. */
export async function writeDiagnostics(
  corpus: LoadedCorpus, byDocument: Iterable<CliDiagnostic[]>, format: (typeof FORMATS)[number], out: Output, colour: Palette,
): Promise<void> {
  const all = flatten(byDocument);
  if (format === 'sarif') await writeSarif(corpus, all, out);
  else if (format === 'json') await writeJson(out, { version: 1, diagnostics: hole('diagnostics') }, { diagnostics: map(all, jsonDiagnostic) });
  else for (const d of all) await out.write(`${textDiagnostic(d, colour)}\n`);
  if (format !== 'text') await out.write('\n');
}

/** Counts the diagnostics and the documents as they are taken. */
function* counted(byDocument: Iterable<CliDiagnostic[]>, tally: { diagnostics: number; files: number }): Generator<CliDiagnostic[]> {
  for (const list of byDocument) {
    tally.files++;
    tally.diagnostics += list.length;
    yield list;
  }
}

async function runFix(corpus: CommandCorpus, diagnostics: CliDiagnostic[], args: ParsedArgs, io: CliIO): Promise<number> {
  const dryRun = args.flags.has('dry-run');
  const outcomes: FixOutcome[] = [];
  // A possible variant is only a question: --fix never rewrites it (the user decides, see `duplicates`).
  const possible = diagnostics.filter((d) => d.code === 'possible-variant').length;
  for (const plan of planFixes(diagnostics.filter((d) => d.code !== 'possible-variant'))) outcomes.push(await applyPlan(plan, dryRun));
  const fixed = new Set<string>();
  for (const o of outcomes) {
    if (o.status === 'skipped') {
      io.err(`corpus-lens: ${t().leftUntouched(o.plan.shown, o.reason)}`);
      continue;
    }
    for (const e of o.plan.edits) fixed.add(`${o.plan.uri}#${e.start}`);
    if (o.encoding !== 'utf-8') io.err(`corpus-lens: ${t().writtenBackIn(o.plan.shown, ENCODING_NAMES[o.encoding], dryRun)}`);
    if (dryRun) io.out(o.diff);
    else for (const e of o.plan.edits) io.out(t().fixed(fixedAt(o.plan.shown, corpus, o.plan.uri, e.start), e.text, e.replacement));
  }
  const changed = outcomes.filter((o) => o.status === 'fixed').length;
  io.err(`corpus-lens: ${t().changedFiles(changed, dryRun)}`);
  if (possible) io.err(`corpus-lens: ${t().possibleLeft(possible)}`);
  if (corpus.unreadable) return EXIT.usage;
  const left = diagnostics.filter((d) => !fixed.has(`${d.finding.uri}#${d.start}`)).length;
  return (dryRun ? diagnostics.length : left) > 0 ? EXIT.found : EXIT.ok;
}

function fixedAt(shown: string, corpus: CommandCorpus, uri: string, offset: number): string {
  const at = corpus.index.get(uri)?.lines.positionAt(offset) ?? { line: 0, character: offset };
  return `${shown}:${at.line + 1}:${at.character + 1}`;
}

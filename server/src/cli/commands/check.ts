/** `corpus-lens check PATH...`: spelling inconsistencies as diagnostics (text, JSON, SARIF), with --fix. */
import { oneOf, UsageError, type ParsedArgs } from '../args';
import { EXIT, type CliIO, type Command } from '../command';
import { applyPlan, planFixes, type FixOutcome } from '../format/applyFixes';
import { palette } from '../format/color';
import { loadForCommand, type CommandCorpus } from '../format/corpusView';
import { formatJsonDiagnostics, formatTextDiagnostics, SEVERITIES, toDiagnostics, type CliDiagnostic } from '../format/diagnostics';
import { formatSarif } from '../format/sarif';
import { ENCODING_NAMES } from '../../index/decode/detect';
import { t } from '../messages';

const FORMATS = ['text', 'json', 'sarif'] as const;

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
    const diagnostics = toDiagnostics(corpus, severity);
    if (fix) return runFix(corpus, diagnostics, args, io);
    if (format === 'json') io.out(formatJsonDiagnostics(diagnostics));
    else if (format === 'sarif') io.out(formatSarif(corpus, diagnostics));
    else if (diagnostics.length) io.out(formatTextDiagnostics(diagnostics, palette(io.isTTY)));
    io.err(summary(diagnostics, corpus));
    return corpus.unreadable ? EXIT.usage : diagnostics.length ? EXIT.found : EXIT.ok;
  },
};

function summary(diagnostics: CliDiagnostic[], corpus: CommandCorpus): string {
  const files = new Set(diagnostics.map((d) => d.path)).size;
  return `corpus-lens: ${t().checkSummary(diagnostics.length, files, corpus.index.size)}`;
}

async function runFix(corpus: CommandCorpus, diagnostics: CliDiagnostic[], args: ParsedArgs, io: CliIO): Promise<number> {
  const dryRun = args.flags.has('dry-run');
  const outcomes: FixOutcome[] = [];
  for (const plan of planFixes(diagnostics)) outcomes.push(await applyPlan(plan, dryRun));
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
  if (corpus.unreadable) return EXIT.usage;
  const left = diagnostics.filter((d) => !fixed.has(`${d.finding.uri}#${d.start}`)).length;
  return (dryRun ? diagnostics.length : left) > 0 ? EXIT.found : EXIT.ok;
}

function fixedAt(shown: string, corpus: CommandCorpus, uri: string, offset: number): string {
  const at = corpus.index.get(uri)?.lines.positionAt(offset) ?? { line: 0, character: offset };
  return `${shown}:${at.line + 1}:${at.character + 1}`;
}

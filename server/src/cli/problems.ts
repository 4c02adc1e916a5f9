/** Reports unreadable inputs and configuration problems on stderr; true when any input could not be read. */
import type { CliIO } from './command';
import type { LoadedCorpus } from './loadCorpus';
import { t } from './messages';

export function reportProblems(corpus: LoadedCorpus, io: CliIO): boolean {
  const m = t();
  for (const p of corpus.configProblems) io.err(`corpus-lens: ${m.warning}: ${p}`);
  for (const p of corpus.problems) io.err(`corpus-lens: ${m.cannotRead(p.path, m.reason(p.reason))}`);
  for (const n of corpus.notes) io.err(`corpus-lens: ${n.path}: ${m.note(n.note)}`);
  return corpus.problems.length > 0;
}

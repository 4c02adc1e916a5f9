/** Shared by the CLI's output formats: loading a corpus for a command and naming its files. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UsageError, type ParsedArgs } from '../args';
import type { CliIO } from '../command';
import { loadCorpus, type LoadedCorpus } from '../loadCorpus';
import { reportProblems } from '../problems';
import { stderrProgress } from '../progress';

export interface CommandCorpus extends LoadedCorpus {
  /** True when an input could not be read (the command exits 2 after printing what it could). */
  unreadable: boolean;
}

/** Loads the corpus of the command's PATHs; a `--config FILE` that cannot be read is a usage error. */
export async function loadForCommand(args: ParsedArgs, io: CliIO): Promise<CommandCorpus> {
  const config = args.values.config;
  if (config !== undefined) {
    const problem = await fs.access(config).then(() => null, (e: NodeJS.ErrnoException) => e.code ?? e.message);
    if (problem) throw new UsageError(`cannot read the configuration file ${config} (${problem})`);
  }
  const corpus = await loadCorpus(args.positionals, {
    config: args.values.config, progress: stderrProgress(), cache: !args.flags.has('no-cache'),
  });
  return { ...corpus, unreadable: reportProblems(corpus, io) };
}

/** The path as given on the command line, with forward slashes; the uri itself for documents not from disk. */
export function displayPath(corpus: LoadedCorpus, uri: string): string {
  const p = corpus.paths.get(uri);
  return p === undefined ? uri : p.split(path.sep).join('/');
}

/** YYYY-MM-DD for a full date (a time is cut off); null for partial or missing dates. */
export function dayOf(value: string | undefined | null): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value) : null;
  return m ? m[1] : null;
}

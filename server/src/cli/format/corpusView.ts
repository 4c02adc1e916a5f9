/** Shared by the CLI's output formats: loading a corpus for a command and naming its files. */
import * as path from 'node:path';
import type { ParsedArgs } from '../args';
import type { CliIO } from '../command';
import { loadCorpus, type LoadedCorpus } from '../loadCorpus';
import { reportProblems } from '../problems';
import { stderrProgress } from '../progress';

export interface CommandCorpus extends LoadedCorpus {
  /** True when an input could not be read (the command exits 2 after printing what it could). */
  unreadable: boolean;
}

export async function loadForCommand(args: ParsedArgs, io: CliIO): Promise<CommandCorpus> {
  const corpus = await loadCorpus(args.positionals, { config: args.values.config, progress: stderrProgress() });
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

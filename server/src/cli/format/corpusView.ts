/** Shared by the CLI's output formats: loading a corpus for a command and naming its files. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UsageError, workerCount, type ParsedArgs } from '../args';
import type { CliIO } from '../command';
import { loadCorpus, type LoadedCorpus } from '../loadCorpus';
import { t } from '../messages';
import { reportProblems } from '../problems';
import { stderrProgress } from '../progress';

export interface CommandCorpus extends LoadedCorpus {
  /**
   * True when an input could not be read or a folder holds no .txt file: the command exits 2 after
   * printing what it could.
   */
  unreadable: boolean;
  /** True when no article at all was read: the command prints nothing on stdout and exits 2. */
  nothingRead: boolean;
}

/** Loads the corpus of the command's PATHs; a `--config FILE` that cannot be read is a usage error. */
export async function loadForCommand(args: ParsedArgs, io: CliIO): Promise<CommandCorpus> {
  const config = args.values.config;
  if (config !== undefined) {
    const problem = await fs.access(config).then(() => null, (e: NodeJS.ErrnoException) => e.code ?? e.message);
    if (problem) throw new UsageError(t().cannotReadConfig(config, problem));
  }
  const corpus = await loadCorpus(args.positionals, {
    config: args.values.config, progress: stderrProgress(), cache: !args.flags.has('no-cache'), workers: workerCount(args.values.workers),
  });
  const unreadable = reportProblems(corpus, io);
  const empty = await emptyFolders(args.positionals, corpus);
  for (const folder of empty) io.err(`corpus-lens: ${t().warning}: ${t().emptyFolder(folder)}`);
  const nothingRead = corpus.index.size === 0;
  if (nothingRead) io.err(`corpus-lens: ${t().noArticles}`);
  return { ...corpus, unreadable: unreadable || empty.length > 0 || nothingRead, nothingRead };
}

/** The folders among the inputs with no .txt file below them (none read, none refused). */
async function emptyFolders(inputs: string[], corpus: LoadedCorpus): Promise<string[]> {
  const seen = [...corpus.paths.values(), ...corpus.problems.map((p) => p.path)].map((p) => path.resolve(p));
  const out: string[] = [];
  for (const input of inputs) {
    const isDir = await fs.stat(input).then((s) => s.isDirectory(), () => false);
    if (!isDir) continue;
    const dir = path.resolve(input);
    const inside = (p: string) => p !== dir && !path.relative(dir, p).startsWith('..') && !path.isAbsolute(path.relative(dir, p));
    if (!seen.some(inside)) out.push(input);
  }
  return out;
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

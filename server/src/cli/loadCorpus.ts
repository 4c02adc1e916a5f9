/**
 * Builds the same corpus index the language server uses, from files and folders given on the command
 * line: analyses from the cache (.corpus-lens/cache in the current folder) or from the worker pool
 * (dist/analysisWorker.js next to the CLI bundle), texts read again from disk when an output needs them.
 * The workers are closed before the cache is written and the corpus linked: neither needs their memory.
 * The link is stored beside the cache; the next run on the same files restores it (index/linkStore.ts).
 */
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../common/protocol';
import { AnalysisPool } from '../index/analysis/pool';
import { findConfigUpwards, loadConfigFile } from '../index/configFile';
import { expandPaths, type FileProblem } from '../index/corpusFiles';
import { CorpusIndex } from '../index/corpusIndex';
import { loadFiles, saveIndexCache, saveIndexLink, type LoadOptions } from '../index/corpusLoader';
import { readDocumentText } from '../index/readText';
import { pathToUri } from '../lsp/convert';
import type { Progress } from './progress';
import { trace } from './trace';

export interface LoadedCorpus {
  index: CorpusIndex;
  /** uri -> the path as the user wrote it (relative paths stay relative in the output). */
  paths: Map<string, string>;
  problems: FileProblem[];
  configProblems: string[];
  /** Doubtful encodings and replaced bytes, one line per file. */
  notes: Array<{ path: string; note: string }>;
}

/** Where the CLI keeps its analysis cache, relative to the current folder. */
export const CLI_CACHE_DIR = path.join('.corpus-lens', 'cache');

export interface LoadCorpusOptions {
  config?: string;
  progress?: Progress;
  /** Use and update the analysis cache (default true). */
  cache?: boolean;
  /** Analysis worker threads (default: one per core, at most four); 0 analyses in this thread. */
  workers?: number;
}

export async function loadCorpus(inputs: string[], options: LoadCorpusOptions): Promise<LoadedCorpus> {
  const configFile = options.config ?? (await findConfigUpwards(process.cwd()));
  const loaded = configFile ? await loadConfigFile(configFile) : null;
  const index = new CorpusIndex(null, { config: loaded?.config, readText: readDocumentText, incremental: false });
  const found = await expandPaths(inputs);
  const paths = new Map<string, string>();
  const problems = [...found.problems];
  const notes: LoadedCorpus['notes'] = [];
  const workerFile = options.workers === 0 ? undefined : path.join(__dirname, 'analysisWorker.js');
  const pool = new AnalysisPool({ workerFile, size: options.workers || undefined });
  const cacheDir = options.cache === false ? undefined : CLI_CACHE_DIR;
  let save = false;
  const load: LoadOptions = {
    pool, maxSize: DEFAULT_SETTINGS.maxFileSize, cacheDir,
    scheduleSave: () => (save = true),
    uriOf: (file) => {
      const uri = pathToUri(file);
      paths.set(uri, path.normalize(file));
      return uri;
    },
    onProgress: () => options.progress?.tick(),
    onSkipped: (file, reason) => {
      paths.delete(pathToUri(file));
      problems.push({ path: file, reason });
    },
    onNote: (file, note) => notes.push({ path: file, note }),
    onLinkProblem: (problem) => trace(problem),
  };
  options.progress?.start(found.files.length);
  // Nested in this loading(), linking waits until the workers are closed and the cache is written.
  trace('start');
  await index.loading(async () => {
    await loadFiles(index, found.files, load).finally(() => (trace('analysed'), pool.close()));
    trace('workers closed');
    if (save && cacheDir) await saveIndexCache(index, cacheDir).then(() => trace('cache written'), () => undefined);
  });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  trace(`${index.linkRestored ? 'link restored' : 'linked'} (${seconds(index.linkMs)}), then the variant matcher (${seconds(index.matcherMs.link)})`);
  if (cacheDir) await saveIndexLink(index, cacheDir).then((saved) => saved && trace('link stored'), () => undefined);
  options.progress?.end();
  return { index, paths, problems, configProblems: loaded?.problems ?? [], notes };
}

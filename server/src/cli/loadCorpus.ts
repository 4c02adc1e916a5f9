/** Builds the same corpus index the language server uses, from files and folders given on the command line. */
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../common/protocol';
import { createEngine } from '../core/analyze';
import { findConfigUpwards, loadConfigFile } from '../index/configFile';
import { expandPaths, readArticleFile, type FileProblem } from '../index/corpusFiles';
import { CorpusIndex } from '../index/corpusIndex';
import { pathToUri } from '../lsp/convert';
import type { Progress } from './progress';

export interface LoadedCorpus {
  index: CorpusIndex;
  /** uri -> the path as the user wrote it (relative paths stay relative in the output). */
  paths: Map<string, string>;
  problems: FileProblem[];
  configProblems: string[];
}

export async function loadCorpus(inputs: string[], options: { config?: string; progress?: Progress }): Promise<LoadedCorpus> {
  const configFile = options.config ?? (await findConfigUpwards(process.cwd()));
  const loaded = configFile ? await loadConfigFile(configFile) : null;
  const index = new CorpusIndex(await createEngine(), loaded?.config);
  const found = await expandPaths(inputs);
  const paths = new Map<string, string>();
  const problems = [...found.problems];
  options.progress?.start(found.files.length);
  for (const file of found.files) {
    const read = await readArticleFile(file, DEFAULT_SETTINGS.maxFileSize);
    if (read.ok) {
      const uri = pathToUri(file);
      index.set(uri, read.text);
      paths.set(uri, path.normalize(file));
    } else problems.push({ path: file, reason: read.reason });
    options.progress?.tick();
  }
  options.progress?.end();
  return { index, paths, problems, configProblems: loaded?.problems ?? [] };
}

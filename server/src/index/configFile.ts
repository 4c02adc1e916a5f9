/** Loading the user configuration file (.vscode/corpus-lens.json) for the server and the CLI. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { WORKSPACE_CONFIG_FILE } from '../../../common/protocol';
import { EMPTY_CONFIG, parseConfigText, readConfig, type CorpusConfig } from '../core/config';

const CONFIG_FILE_PARTS = WORKSPACE_CONFIG_FILE.split('/');

export interface LoadedConfig {
  config: CorpusConfig;
  /** The file read, or null when none exists. */
  file: string | null;
  problems: string[];
}

/** A config file is a few kilobytes; anything this large is not one (and is not read into memory). */
export const MAX_CONFIG_BYTES = 10_000_000;

/**
 * Reads a config file; a missing file is an empty config, a broken one an empty config with problems.
 * Problems never quote the file's content (`--config /etc/passwd` must not print it).
 */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return broken(file, `${file} is a folder, not a config file`);
    if (stat.size > MAX_CONFIG_BYTES) return broken(file, `${file}: larger than the ${MAX_CONFIG_BYTES}-byte limit for a config file; not read`);
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { config: EMPTY_CONFIG, file: null, problems: [] };
    return broken(file, `cannot read ${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = parseConfigText(text);
  } catch (e) {
    return broken(file, `${file}: not valid JSON ${(e as Error).message}`);
  }
  const { config, problems } = readConfig(json);
  return { config, file, problems: problems.map((p) => `${file}: ${p}`) };
}

function broken(file: string, problem: string): LoadedConfig {
  return { config: EMPTY_CONFIG, file, problems: [problem] };
}

/** The config file of a workspace folder. */
export function configFileIn(folder: string): string {
  return path.join(folder, ...CONFIG_FILE_PARTS);
}

/** The nearest .vscode/corpus-lens.json from `dir` upwards, or null. */
export async function findConfigUpwards(dir: string): Promise<string | null> {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = configFileIn(current);
    if (await fs.stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Several folders' configs as one: lists concatenated. */
export function mergeConfigs(configs: CorpusConfig[]): CorpusConfig {
  return {
    aliases: configs.flatMap((c) => c.aliases),
    preferredSpellings: configs.flatMap((c) => c.preferredSpellings),
    acceptedSpellings: configs.flatMap((c) => c.acceptedSpellings),
  };
}

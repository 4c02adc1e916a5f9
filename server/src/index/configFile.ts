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

/** Reads a config file; a missing file is an empty config, a broken one an empty config with problems. */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { config: EMPTY_CONFIG, file: null, problems: [] };
    return { config: EMPTY_CONFIG, file, problems: [`cannot read ${file}: ${(e as Error).message}`] };
  }
  try {
    const { config, problems } = readConfig(parseConfigText(text));
    return { config, file, problems: problems.map((p) => `${file}: ${p}`) };
  } catch (e) {
    return { config: EMPTY_CONFIG, file, problems: [`${file}: not valid JSON (${(e as Error).message})`] };
  }
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

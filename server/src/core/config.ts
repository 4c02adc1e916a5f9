/**
 * User configuration of the analysis, read from the workspace file `.vscode/corpus-lens.json`
 * (the editor) or found from the current folder upwards / `--config FILE` (the CLI).
 */
export interface CorpusConfig {
  /** Extra alias groups: each group names one entity ("РФ", "Россия", "Российская Федерация"). */
  aliases: string[][];
  /** Spellings pinned as preferred: a variant of one of these is always reported against it. */
  preferredSpellings: string[];
  /** Spellings accepted as correct: never reported as variants. */
  acceptedSpellings: string[];
}

export const EMPTY_CONFIG: CorpusConfig = { aliases: [], preferredSpellings: [], acceptedSpellings: [] };

/** Parses the text of a config file: a BOM is allowed, as editors on some systems write one. Throws on bad JSON. */
export function parseConfigText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** Reads a parsed JSON value into a config, ignoring what does not fit; problems are returned, not thrown. */
export function readConfig(json: unknown): { config: CorpusConfig; problems: string[] } {
  const problems: string[] = [];
  const config: CorpusConfig = { aliases: [], preferredSpellings: [], acceptedSpellings: [] };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { config, problems: ['the configuration must be a JSON object'] };
  }
  const obj = json as Record<string, unknown>;
  config.preferredSpellings = stringList(obj.preferredSpellings, 'preferredSpellings', problems);
  config.acceptedSpellings = stringList(obj.acceptedSpellings, 'acceptedSpellings', problems);
  if (obj.aliases !== undefined) {
    if (!Array.isArray(obj.aliases)) problems.push('"aliases" must be an array of arrays of names');
    else {
      obj.aliases.forEach((group, i) => {
        const names = stringList(group, `aliases[${i}]`, problems);
        if (names.length > 1) config.aliases.push(names);
      });
    }
  }
  return { config, problems };
}

function stringList(value: unknown, field: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`"${field}" must be an array of strings`);
    return [];
  }
  const out = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  if (out.length !== value.length) problems.push(`"${field}" has entries that are not non-empty strings; they were ignored`);
  return out;
}

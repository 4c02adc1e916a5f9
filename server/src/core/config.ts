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
  /** Pairs of names the user decided are different entities: never flagged as variants of each other. */
  distinct?: Array<[string, string]>;
}

export const EMPTY_CONFIG: CorpusConfig = { aliases: [], preferredSpellings: [], acceptedSpellings: [], distinct: [] };

/** Bounds on what a config file may ask for; what lies beyond is ignored with one problem per limit. */
export const CONFIG_LIMITS = {
  aliasGroups: 10_000,
  namesPerGroup: 1_000,
  aliasNames: 100_000,
  spellings: 10_000,
  nameLength: 200,
} as const;

/**
 * Parses the text of a config file: a BOM is allowed, as editors on some systems write one. Throws on
 * bad JSON with a message naming only the place ('at line 3, column 7'), never the file's content.
 */
export function parseConfigText(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    const { line, column } = lineColumn(body, jsonErrorOffset(body));
    throw new SyntaxError(`at line ${line}, column ${column}`);
  }
}

/** Reads a parsed JSON value into a config, ignoring what does not fit; problems are returned, not thrown. */
export function readConfig(json: unknown): { config: CorpusConfig; problems: string[] } {
  const problems: string[] = [];
  const config: CorpusConfig = { aliases: [], preferredSpellings: [], acceptedSpellings: [], distinct: [] };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { config, problems: ['the configuration must be a JSON object'] };
  }
  const obj = json as Record<string, unknown>;
  config.preferredSpellings = stringList(obj.preferredSpellings, 'preferredSpellings', CONFIG_LIMITS.spellings, problems);
  config.acceptedSpellings = stringList(obj.acceptedSpellings, 'acceptedSpellings', CONFIG_LIMITS.spellings, problems);
  if (obj.aliases !== undefined) config.aliases = aliasGroups(obj.aliases, problems);
  if (obj.distinct !== undefined) config.distinct = distinctPairs(obj.distinct, problems);
  return { config, problems };
}

/** "distinct": pairs of two names, as many as alias groups may be. */
function distinctPairs(value: unknown, problems: string[]): Array<[string, string]> {
  if (!Array.isArray(value)) {
    problems.push('"distinct" must be an array of pairs of names');
    return [];
  }
  const out: Array<[string, string]> = [];
  const pairProblems: string[] = [];
  let notPairs = 0;
  for (let i = 0; i < Math.min(value.length, CONFIG_LIMITS.aliasGroups); i++) {
    const pair = stringList(value[i], `distinct[${i}]`, 2, pairProblems);
    if (pair.length === 2 && Array.isArray(value[i]) && (value[i] as unknown[]).length === 2) out.push([pair[0], pair[1]]);
    else notPairs++;
  }
  if (notPairs) problems.push(`"distinct" has ${notPairs} entr${notPairs === 1 ? 'y' : 'ies'} that are not two names; ignored`);
  if (value.length > CONFIG_LIMITS.aliasGroups) problems.push(`"distinct" has ${value.length} pairs; only the first ${CONFIG_LIMITS.aliasGroups} were read`);
  return out;
}

function aliasGroups(value: unknown, problems: string[]): string[][] {
  if (!Array.isArray(value)) {
    problems.push('"aliases" must be an array of arrays of names');
    return [];
  }
  const groups: string[][] = [];
  const groupProblems: string[] = [];
  let names = 0;
  const count = Math.min(value.length, CONFIG_LIMITS.aliasGroups);
  for (let i = 0; i < count; i++) {
    const group = stringList(value[i], `aliases[${i}]`, CONFIG_LIMITS.namesPerGroup, groupProblems);
    if (names + group.length > CONFIG_LIMITS.aliasNames) {
      problems.push(`"aliases" names more than ${CONFIG_LIMITS.aliasNames} names in all; the groups from aliases[${i}] on were ignored`);
      break;
    }
    names += group.length;
    if (group.length > 1) groups.push(group);
  }
  if (value.length > CONFIG_LIMITS.aliasGroups) {
    problems.push(`"aliases" has ${value.length} groups; only the first ${CONFIG_LIMITS.aliasGroups} were read`);
  }
  if (groupProblems.length) problems.push(groupProblems.length === 1 ? groupProblems[0] : `${groupProblems[0]} (and ${groupProblems.length - 1} more such problems in "aliases")`);
  return groups;
}

/** Non-empty strings of a JSON array, trimmed, at most `limit` of them, none longer than the name limit. */
function stringList(value: unknown, field: string, limit: number, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`"${field}" must be an array of strings`);
    return [];
  }
  const out: string[] = [];
  let bad = 0;
  let long = 0;
  for (let i = 0; i < Math.min(value.length, limit); i++) {
    const v: unknown = value[i];
    if (typeof v !== 'string' || v.trim() === '') bad++;
    else if (v.trim().length > CONFIG_LIMITS.nameLength) long++;
    else out.push(v.trim());
  }
  if (bad) problems.push(`"${field}" has entries that are not non-empty strings; they were ignored`);
  if (long) problems.push(`"${field}" has ${long} name(s) longer than ${CONFIG_LIMITS.nameLength} characters; they were ignored`);
  if (value.length > limit) problems.push(`"${field}" has ${value.length} entries; only the first ${limit} were read`);
  return out;
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where the first JSON syntax error in `s` is (JSON.parse names no position on Node 20, and quotes the
 * text instead). A small validator, iterative so that any nesting depth is safe.
 */
export function jsonErrorOffset(s: string): number {
  const stack: string[] = [];
  const at = { i: 0 };
  for (;;) {
    skipSpace(s, at);
    const open = s[at.i];
    if (open === '{' || open === '[') {
      at.i++;
      skipSpace(s, at);
      if (s[at.i] === (open === '{' ? '}' : ']')) at.i++;
      else {
        stack.push(open);
        if (open === '{' && !member(s, at)) return at.i;
        continue;
      }
    } else if (!scalar(s, at)) return at.i;
    const next = afterValue(s, at, stack);
    if (next !== 'value') return at.i;
  }
}

/** After a value: closes finished containers; 'value' when another value follows a comma, else the error. */
function afterValue(s: string, at: { i: number }, stack: string[]): 'value' | 'error' {
  for (;;) {
    skipSpace(s, at);
    const top = stack[stack.length - 1];
    if (top === undefined) return 'error'; // text after the end, or (never here) a valid document
    if (s[at.i] === ',') {
      at.i++;
      return top === '{' && !member(s, at) ? 'error' : 'value';
    }
    if (s[at.i] !== (top === '{' ? '}' : ']')) return 'error';
    stack.pop();
    at.i++;
  }
}

/** `"key" :` before an object member's value. */
function member(s: string, at: { i: number }): boolean {
  skipSpace(s, at);
  if (s[at.i] !== '"' || !scalar(s, at)) return false;
  skipSpace(s, at);
  if (s[at.i] !== ':') return false;
  at.i++;
  return true;
}

const SCALAR = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

function scalar(s: string, at: { i: number }): boolean {
  SCALAR.lastIndex = at.i;
  const m = SCALAR.exec(s);
  if (!m) return false;
  at.i += m[0].length;
  return true;
}

function skipSpace(s: string, at: { i: number }): void {
  while (at.i < s.length && ' \t\n\r'.includes(s[at.i])) at.i++;
}

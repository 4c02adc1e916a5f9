/** A small, strict command-line parser: known options only, clear messages for anything else. */
import { t } from './messages';

export class UsageError extends Error {}

export interface OptionSpec {
  /** Options that take a value (--format json). */
  values?: string[];
  /** Options that are flags (--dry-run). */
  flags?: string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string>;
  flags: Set<string>;
}

/** Flags every command takes: --help, and --no-cache (analyse everything again, write no cache). */
const GLOBAL_FLAGS = ['help', 'no-cache'];
/** Options with a value every command takes: --workers N (analysis threads; 0: in this thread). */
const GLOBAL_VALUES = ['workers'];

export function parseArgs(argv: string[], spec: OptionSpec): ParsedArgs {
  const out: ParsedArgs = { positionals: [], values: {}, flags: new Set() };
  const values = new Set([...(spec.values ?? []), ...GLOBAL_VALUES]);
  const flags = new Set([...(spec.flags ?? []), ...GLOBAL_FLAGS]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg === '-h') out.flags.add('help');
      else if (arg.startsWith('-') && arg !== '-') throw new UsageError(t().unknownOption(arg));
      else out.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (flags.has(name) && inline === undefined) out.flags.add(name);
    else if (values.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(t().needsValue(name));
      out.values[name] = value;
    } else throw new UsageError(t().unknownOption(`--${name}`));
  }
  return out;
}

/**
 * Takes `--lang X` / `--lang=X` out of the arguments, wherever it stands before a `--`: the language
 * applies to every message, usage errors included. `lang` is undefined when the option is absent.
 */
export function takeLang(argv: string[]): { lang: string | undefined; rest: string[]; missing: boolean } {
  const rest: string[] = [];
  let lang: string | undefined;
  let missing = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      if (i + 1 < argv.length) lang = argv[++i];
      else missing = true;
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { lang, rest, missing };
}

/** Checks an option's value against the allowed ones. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t().mustBeOneOf(name, allowed, value));
}

/** The --workers value: a whole number from 0 to 64; undefined when the option is absent. */
export function workerCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,2}$/.test(value) || Number(value) > 64) throw new UsageError(t().badWorkers(value));
  return Number(value);
}

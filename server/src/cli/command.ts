/** What a CLI command is: a name, a help text, its options and a run function returning the exit code. */
import type { OptionSpec, ParsedArgs } from './args';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stdout is a terminal (colour allowed). */
  isTTY: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, found: 1, usage: 2 } as const;

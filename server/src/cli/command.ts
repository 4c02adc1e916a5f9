/** What a CLI command is: a name, its usage line and options, and a run function returning the exit code. */
import type { OptionSpec, ParsedArgs } from './args';
import type { Messages } from './messages';

export interface CliIO {
  out: (text: string) => void;
  /** Writes to stdout as is (no newline added), resolving when the stream can take more. */
  write: (text: string) => Promise<void>;
  err: (text: string) => void;
  /** True when stdout is a terminal (colour allowed). */
  isTTY: boolean;
}

export interface Command {
  name: keyof Messages['summaries'];
  /** The usage line (option names and values are not translated). */
  usage: string;
  options: OptionSpec;
  /** Keys of the options' help lines in the message catalog (Messages['optionHelp']), in help order. */
  optionHelp: string[];
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, found: 1, usage: 2 } as const;

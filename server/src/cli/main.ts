/** The `corpus-lens` command line: dispatches to one command per file in commands/. */
import { version } from '../../../package.json';
import { oneOf, parseArgs, takeLang, UsageError } from './args';
import { EXIT, type CliIO, type Command } from './command';
import { outline } from './commands/outline';
import { report } from './commands/report';
import { check } from './commands/check';
import { exportCommand } from './commands/export';
import { duplicates } from './commands/duplicates';
import { LANGS, langFromEnv, setLang, t } from './messages';
import { streamWriter } from './format/output';

const COMMANDS: Command[] = [
  outline,
  report,
  check,
  exportCommand,
  duplicates,
];

/** Two columns: names padded to the widest, then the text. */
function columns(rows: Array<[string, string]>): string[] {
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`);
}

/** The usage line with its placeholders (PATH, FILE, DIR) in the messages' language. */
function usageOf(command: Command): string {
  const words = t().placeholders;
  return command.usage.replace(/\b[A-Z]+\b/g, (w) => words[w] ?? w);
}

function mainHelp(): string {
  const m = t();
  return [
    `${m.usage}: ${m.mainUsage}`,
    '',
    m.mainAbout,
    '',
    `${m.commands}:`,
    ...columns(COMMANDS.map((c) => [c.name, m.summaries[c.name]])),
    '',
    `${m.options}:`,
    ...columns(m.globalOptions),
    '',
    ...m.pathsAndExits,
    '',
    m.commandHelpHint,
  ].join('\n');
}

function commandHelp(command: Command): string {
  const m = t();
  const options = [...command.optionHelp.map((key) => m.optionHelp[key]), ...m.globalOptions.filter(([name]) => !name.startsWith('--version'))];
  return [
    `${m.usage}: ${usageOf(command)}`,
    '',
    m.summaries[command.name],
    '',
    `${m.options}:`,
    ...columns(options),
    '',
    ...m.pathsAndExits,
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  setLang(langFromEnv());
  const taken = takeLang(argv);
  try {
    if (taken.missing) throw new UsageError(t().needsValue('lang'));
    if (taken.lang !== undefined) setLang(oneOf(taken.lang, LANGS, 'en', 'lang'));
  } catch (e) {
    io.err(`corpus-lens: ${(e as Error).message}`);
    return EXIT.usage;
  }
  const [name, ...rest] = taken.rest;
  if (name === '--version') {
    io.out(version);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`corpus-lens: ${t().unknownCommand(name)}\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  try {
    const args = parseArgs(rest, command.options);
    if (args.flags.has('help')) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    if (args.positionals.length === 0) throw new UsageError(t().noPath);
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`corpus-lens ${command.name}: ${e.message}\n${t().usage}: ${usageOf(command)}`);
      return EXIT.usage;
    }
    io.err(`corpus-lens ${command.name}: ${t().internalError}: ${(e as Error).stack ?? e}`);
    return EXIT.usage;
  }
}

if (require.main === module) {
  // A closed pipe (`corpus-lens report seeds | head`) ends the run quietly, as other CLIs do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));
  const io: CliIO = {
    out: (text) => process.stdout.write(`${text}\n`),
    write: streamWriter(process.stdout),
    err: (text) => process.stderr.write(`${text}\n`),
    isTTY: !!process.stdout.isTTY,
  };
  main(process.argv.slice(2), io).then((code) => (process.exitCode = code));
}

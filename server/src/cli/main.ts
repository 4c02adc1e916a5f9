/** The `corpus-lens` command line: dispatches to one command per file in commands/. */
import { parseArgs, UsageError } from './args';
import { EXIT, type CliIO, type Command } from './command';
import { outline } from './commands/outline';
import { report } from './commands/report';
import { check } from './commands/check';
import { exportCommand } from './commands/export';

const COMMANDS: Command[] = [
  outline,
  report,
  check,
  exportCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: corpus-lens <command> [options] PATH...',
    '',
    'People, organizations, places and dates in Russian-language news articles.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'corpus-lens <command> --help' for a command's options.",
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`corpus-lens: unknown command '${name}'\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  try {
    const args = parseArgs(rest, command.options);
    if (args.flags.has('help')) {
      io.out(`Usage: ${command.usage}\n\n${command.summary}`);
      return EXIT.ok;
    }
    if (args.positionals.length === 0) throw new UsageError('no PATH given');
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`corpus-lens ${command.name}: ${e.message}\nUsage: ${command.usage}`);
      return EXIT.usage;
    }
    io.err(`corpus-lens ${command.name}: ${(e as Error).stack ?? e}`);
    return EXIT.usage;
  }
}

if (require.main === module) {
  // A closed pipe (`corpus-lens report seeds | head`) ends the run quietly, as other CLIs do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));
  const io: CliIO = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    isTTY: !!process.stdout.isTTY,
  };
  main(process.argv.slice(2), io).then((code) => (process.exitCode = code));
}

/**
 * The connection over stdio (`--stdio`), built by hand so that the input passes through
 * FramingGuard (a header without a usable Content-Length costs only its own message). The library
 * still ends the process when stdin closes (exit code 0 after shutdown), and console output is sent
 * to the client's output channel as its own stdio setup does, so nothing but messages reaches stdout.
 */
import { inspect } from 'node:util';
import {
  createConnection, ErrorCodes, ProposedFeatures, StreamMessageWriter, type Connection, type MessageWriter,
} from 'vscode-languageserver/node';
import * as l10n from '@vscode/l10n';
import { FramingGuard, type BadFrame } from './framing';

export function createStdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout);
  let connection: Connection | undefined;
  const input = new FramingGuard((bad) => connection && reportBadFrame(bad, connection, writer));
  process.stdin.pipe(input);
  // A stream in and a writer out: the library accepts the mix (it wraps only what is a stream).
  connection = createConnection(ProposedFeatures.all, input, writer as unknown as NodeJS.WritableStream);
  sendConsoleTo(connection);
  return connection;
}

/** Logs a refused message; a request among them is answered with InvalidRequest so the client does not wait. */
function reportBadFrame(bad: BadFrame, connection: Connection, writer: MessageWriter): void {
  const message = bad.message as { id?: unknown; method?: unknown } | undefined;
  const what = typeof message?.method === 'string' ? ` (${message.method})` : '';
  connection.console.error(l10n.t('Corpus Lens: refused a message{0}: {1}.', what, bad.reason));
  const id = message?.id;
  if (typeof id !== 'number' && typeof id !== 'string') return;
  void writer.write({
    jsonrpc: '2.0', id,
    error: { code: ErrorCodes.InvalidRequest, message: `invalid message: ${bad.reason}` },
  } as Parameters<MessageWriter['write']>[0]).catch(() => undefined);
}

function sendConsoleTo(connection: Connection): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
}

/**
 * One guard around every request and notification handler the server registers (see
 * guardedConnection.ts), so that no feature has to repeat it:
 * - after `shutdown`, requests are answered with InvalidRequest and notifications are dropped;
 * - a cancelled request is answered with RequestCancelled, before it starts or after it ends
 *   (long loops also stop early, see cancellation.ts);
 * - parameters of the wrong shape are answered with a short 'invalid parameters' error;
 * - an exception never sends its text to the client: the details go to the output channel and the
 *   client gets a short message;
 * - the handler runs knowing the document the request is about (requestScope.ts).
 */
import {
  CancellationToken, ErrorCodes, ResponseError, type RemoteConsole,
} from 'vscode-languageserver/node';
import * as l10n from '@vscode/l10n';
import { cancelledError } from './cancellation';
import { paramProblem, type ParamShape } from './paramShapes';
import { trackRequest } from './requestActivity';
import { runInRequestScope } from './requestScope';

/** Set once `shutdown` has been received. */
export interface Lifecycle {
  shutDown: boolean;
}

export interface GuardOptions {
  lifecycle: Lifecycle;
  console: () => RemoteConsole;
}

type Handler = (...args: any[]) => unknown;

/** How one request is guarded. */
export interface RequestRules {
  /** The parameters it needs. */
  shape?: ParamShape;
  /** It changes files: once it has run, its result says what was done, even if cancelled meanwhile. */
  changesFiles?: boolean;
}

/** Wraps a request handler registered under `method`. */
export function guardRequest(method: string, handler: Handler, o: GuardOptions, rules: RequestRules = {}): Handler {
  return (...args: unknown[]) => trackRequest(method, () => answer(method, handler, o, rules, args));
}

/** One request: refused after shutdown or when cancelled or malformed, else the handler's result. */
async function answer(method: string, handler: Handler, o: GuardOptions, rules: RequestRules, args: unknown[]): Promise<unknown> {
  if (o.lifecycle.shutDown) {
    throw new ResponseError(ErrorCodes.InvalidRequest, l10n.t('Corpus Lens: the server is shutting down; {0} was not run.', method));
  }
  const token = args.find(isToken) ?? CancellationToken.None;
  if (token.isCancellationRequested) throw cancelledError();
  const problem = rules.shape ? paramProblem(isToken(args[0]) ? undefined : args[0], rules.shape) : null;
  if (problem) {
    o.console().error(l10n.t('Corpus Lens: {0}: invalid parameters ({1}): {2}', method, problem, preview(args[0])));
    throw new ResponseError(ErrorCodes.InvalidParams, 'invalid parameters');
  }
  let result: unknown;
  try {
    result = await runInRequestScope(args[0], () => handler(...args), token);
  } catch (e) {
    if (e instanceof ResponseError) throw e;
    o.console().error(l10n.t('Corpus Lens: {0} failed: {1}\nparameters: {2}', method, details(e), preview(args[0])));
    throw new ResponseError(ErrorCodes.InternalError, l10n.t('Corpus Lens: {0} failed (details in the Corpus Lens output).', method));
  }
  if (token.isCancellationRequested && !rules.changesFiles) throw cancelledError();
  return result;
}

/** Wraps a notification handler: dropped after shutdown, an exception logged, never thrown to the connection. */
export function guardNotification(method: string, handler: Handler, o: GuardOptions): Handler {
  return async (...args: unknown[]) => {
    if (o.lifecycle.shutDown) {
      o.console().warn(l10n.t('Corpus Lens: {0} received after shutdown; ignored.', method));
      return;
    }
    try {
      await handler(...args);
    } catch (e) {
      o.console().error(l10n.t('Corpus Lens: {0} failed: {1}\nparameters: {2}', method, details(e), preview(args[0])));
    }
  };
}

function isToken(value: unknown): value is CancellationToken {
  return CancellationToken.is(value);
}

function details(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** The start of the parameters as JSON, for the log. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

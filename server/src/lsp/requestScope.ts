/**
 * The document a request is about (its `textDocument.uri`, or the `uri` of the server's own requests),
 * known to everything the request's handler awaits: waits that only that document's requests should
 * make (its first analysis, see WorkspaceSync.settled) ask it here instead of holding up every request.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { CancellationToken } from 'vscode-languageserver/node';
import { normalizeUri } from './convert';

interface RequestScope {
  document: string | undefined;
  token: CancellationToken | undefined;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs a request's handler with the document its parameters name and its cancellation token. */
export function runInRequestScope<T>(params: unknown, run: () => T, token?: CancellationToken): T {
  return scope.run({ document: documentOf(params), token }, run);
}

/** The document of the request being answered (undefined: none, or not in a request). */
export function requestDocument(): string | undefined {
  return scope.getStore()?.document;
}

/** Resolves when the request being answered is cancelled (never, outside a request or without a token). */
export function requestCancelled(): Promise<void> {
  const token = scope.getStore()?.token;
  if (!token) return new Promise(() => undefined);
  if (token.isCancellationRequested) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = token.onCancellationRequested(() => {
      sub.dispose();
      resolve();
    });
  });
}

function documentOf(params: unknown): string | undefined {
  const p = (params ?? {}) as { textDocument?: { uri?: unknown }; uri?: unknown };
  const uri = p.textDocument?.uri ?? p.uri;
  return typeof uri === 'string' ? normalizeUri(uri) : undefined;
}

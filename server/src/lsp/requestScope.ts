/**
 * The document a request is about (its `textDocument.uri`, or the `uri` of the server's own requests),
 * known to everything the request's handler awaits: waits that only that document's requests should
 * make (its first analysis, see WorkspaceSync.settled) ask it here instead of holding up every request.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { normalizeUri } from './convert';

const scope = new AsyncLocalStorage<string | undefined>();

/** Runs a request's handler with the document its parameters name. */
export function runInRequestScope<T>(params: unknown, run: () => T): T {
  return scope.run(documentOf(params), run);
}

/** The document of the request being answered (undefined: none, or not in a request). */
export function requestDocument(): string | undefined {
  return scope.getStore();
}

function documentOf(params: unknown): string | undefined {
  const p = (params ?? {}) as { textDocument?: { uri?: unknown }; uri?: unknown };
  const uri = p.textDocument?.uri ?? p.uri;
  return typeof uri === 'string' ? normalizeUri(uri) : undefined;
}

/**
 * Honouring `$/cancelRequest` in long loops. vscode-jsonrpc only sets the handler's token when the
 * client cancels; it still sends whatever the handler returns. A loop over many items therefore
 * yields to the event loop every slice (so the cancel notification can be read) and stops with
 * RequestCancelled once the token is set.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/** Items handled between two yields to the event loop. */
const SLICE = 2000;

export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/** Throws RequestCancelled when the token is set. */
export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw cancelledError();
}

/** Lets pending input (such as a cancel notification) be read before going on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Maps the items in slices, yielding to the event loop before each slice; an undefined result is
 * left out. Throws RequestCancelled as soon as the token is set.
 */
export async function mapCancellable<T, R>(
  items: readonly T[], token: CancellationToken, map: (item: T) => R | undefined, slice = SLICE,
): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < items.length || start === 0; start += slice) {
    await yieldToEventLoop();
    throwIfCancelled(token);
    const end = Math.min(items.length, start + slice);
    for (let i = start; i < end; i++) {
      const r = map(items[i]);
      if (r !== undefined) out.push(r);
    }
  }
  return out;
}

/**
 * The connection the features, the document manager and the workspace sync register on: the same
 * connection, except that each handler they register is wrapped by requestGuard.ts (shutdown,
 * cancellation, parameter shapes, quiet errors) and a didChange older than the document is dropped.
 * Doing it here, at registration, covers every feature at once.
 */
import * as l10n from '@vscode/l10n';
import type { Connection, DidChangeTextDocumentParams } from 'vscode-languageserver/node';
import { guardNotification, guardRequest, type GuardOptions, type RequestRules } from './requestGuard';
import type { ParamShape } from './paramShapes';
import { normalizeUri } from './convert';
import { editReceived } from './requestActivity';

export interface GuardedConnectionOptions extends GuardOptions {
  /** The version of an open document as the server has it (undefined when not open). */
  versionOf(uri: string): number | undefined;
}

const AT: ParamShape = ['textDocument', 'position'];
const DOC: ParamShape = ['textDocument'];
const SPAN: ParamShape = ['textDocument', 'range'];

/** Request registrations: the LSP method each one handles, the parameters it needs, whether it writes. */
const REQUESTS: Record<string, { method: string } & RequestRules> = {
  onHover: { method: 'textDocument/hover', shape: AT },
  onDefinition: { method: 'textDocument/definition', shape: AT },
  onDeclaration: { method: 'textDocument/declaration', shape: AT },
  onReferences: { method: 'textDocument/references', shape: AT },
  onDocumentHighlight: { method: 'textDocument/documentHighlight', shape: AT },
  onPrepareRename: { method: 'textDocument/prepareRename', shape: AT },
  onRenameRequest: { method: 'textDocument/rename', shape: [...AT, 'newName'] },
  onDocumentSymbol: { method: 'textDocument/documentSymbol', shape: DOC },
  onFoldingRanges: { method: 'textDocument/foldingRange', shape: DOC },
  onCodeLens: { method: 'textDocument/codeLens', shape: DOC },
  onCodeLensResolve: { method: 'codeLens/resolve' },
  onCodeAction: { method: 'textDocument/codeAction', shape: SPAN },
  onCodeActionResolve: { method: 'codeAction/resolve' },
  onWorkspaceSymbol: { method: 'workspace/symbol', shape: ['query'] },
  onExecuteCommand: { method: 'workspace/executeCommand', shape: ['command'], changesFiles: true },
  onWillSaveTextDocumentWaitUntil: { method: 'textDocument/willSaveWaitUntil', shape: DOC },
  onRequest: { method: '' },
  'languages.semanticTokens.on': { method: 'textDocument/semanticTokens/full', shape: DOC },
  'languages.semanticTokens.onDelta': { method: 'textDocument/semanticTokens/full/delta', shape: DOC },
  'languages.semanticTokens.onRange': { method: 'textDocument/semanticTokens/range', shape: SPAN },
  'languages.inlayHint.on': { method: 'textDocument/inlayHint', shape: SPAN },
  'languages.inlayHint.resolve': { method: 'inlayHint/resolve' },
};

/** Notification registrations and their LSP methods. */
const NOTIFICATIONS: Record<string, string> = {
  onDidOpenTextDocument: 'textDocument/didOpen',
  onDidChangeTextDocument: 'textDocument/didChange',
  onDidCloseTextDocument: 'textDocument/didClose',
  onDidSaveTextDocument: 'textDocument/didSave',
  onWillSaveTextDocument: 'textDocument/willSave',
  onDidChangeConfiguration: 'workspace/didChangeConfiguration',
  onDidChangeWatchedFiles: 'workspace/didChangeWatchedFiles',
  onNotification: '',
};

/** Namespaces whose registration methods are wrapped too. */
const NAMESPACES = new Set(['languages', 'languages.semanticTokens', 'languages.inlayHint']);

export function guardConnection(connection: Connection, o: GuardedConnectionOptions): Connection {
  return wrapNamespace(connection, '', o) as Connection;
}

function wrapNamespace(target: object, prefix: string, o: GuardedConnectionOptions): object {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof prop !== 'string') return value;
      const name = prefix + prop;
      if (typeof value === 'function') {
        const register = value as (...args: unknown[]) => unknown;
        if (!(name in REQUESTS) && !(name in NOTIFICATIONS)) return register.bind(t);
        return (...args: unknown[]) => register.apply(t, wrapHandler(name, args, o));
      }
      if (NAMESPACES.has(name) && typeof value === 'object' && value !== null) return wrapNamespace(value, `${name}.`, o);
      return value;
    },
  });
}

/** The registration's arguments with its handler (the last function argument) guarded. */
function wrapHandler(name: string, args: unknown[], o: GuardedConnectionOptions): unknown[] {
  const at = args.map((a) => typeof a === 'function').lastIndexOf(true);
  if (at < 0) return args;
  const handler = args[at] as (...a: any[]) => unknown;
  const request = REQUESTS[name];
  const method = (request?.method ?? NOTIFICATIONS[name]) || methodOf(args[0]);
  let guarded: (...a: any[]) => unknown;
  if (request) guarded = guardRequest(method, handler, o, request);
  else if (name === 'onDidChangeTextDocument') guarded = guardNotification(method, dropStale(handler, o), o);
  else guarded = guardNotification(method, handler, o);
  return args.map((a, i) => (i === at ? guarded : a));
}

/** The method of onRequest / onNotification: a string or a message type with a `method`. */
function methodOf(type: unknown): string {
  if (typeof type === 'string') return type;
  const method = (type as { method?: unknown } | null)?.method;
  return typeof method === 'string' ? method : '(any method)';
}

/**
 * A didChange whose version is not newer than the document's is dropped: applying it would edit
 * the current text with changes meant for an older one (the document manager does not check).
 */
function dropStale(handler: (...a: any[]) => unknown, o: GuardedConnectionOptions): (...a: any[]) => unknown {
  return (params: DidChangeTextDocumentParams, ...rest: unknown[]) => {
    const uri = params?.textDocument?.uri;
    const version = params?.textDocument?.version;
    const current = typeof uri === 'string' ? o.versionOf(uri) : undefined;
    if (typeof version === 'number' && current !== undefined && version <= current) {
      o.console().warn(l10n.t('Corpus Lens: ignored a change to {0} with version {1}; the document is at version {2}.', uri, version, current));
      return;
    }
    if (typeof uri === 'string') editReceived(normalizeUri(uri));
    return handler(params, ...rest);
  };
}

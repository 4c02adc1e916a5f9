// Shared helpers for the end-to-end suite: the extension's API, the workspace's articles,
// positions of words, and bounded waits on conditions (never fixed sleeps).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../common/protocol';

export const EXTENSION_ID = 'corpus-lens.corpus-lens';

export interface CorpusLensApi {
  whenReady(): Promise<void>;
  entities(): Promise<unknown[]>;
  findings(): number;
  state(): 'dormant' | 'indexing' | 'ready';
  /** What the client does on the server's corpusLens/encodingMismatch notification. */
  encodingMismatch(params: { uri: string; encoding: string; message: string }): Promise<string>;
}

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Rejects after `timeoutMs` instead of hanging on a promise that never settles. */
export function within<T>(what: string, promise: Thenable<T>, timeoutMs = 60_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000}s: ${what}`)), timeoutMs);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}

export function extension(): vscode.Extension<CorpusLensApi> {
  const ext = vscode.extensions.getExtension<CorpusLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return ext;
}

/** Waits until the extension activated by itself (no forced activate()) and its server is ready. */
export async function readyApi(): Promise<CorpusLensApi> {
  const ext = extension();
  await waitFor('the extension to activate', () => ext.isActive, 30_000);
  assert.equal(typeof ext.exports?.whenReady, 'function', 'activate() must return an API with whenReady()');
  await within('the server ready signal (whenReady)', ext.exports.whenReady());
  return ext.exports;
}

/** The workspace's articles (`seeds/*.txt`, or `news/*.txt` in the vsix and ru suites), sorted by file name. */
export async function articles(): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles('**/{seeds,news}/*.txt');
  return uris.sort((a, b) => a.path.localeCompare(b.path));
}

/** The first article whose text contains `needle` (opened as a document). */
export async function articleWith(needle: string): Promise<vscode.TextDocument> {
  for (const uri of await articles()) {
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.getText().includes(needle)) return doc;
  }
  throw new Error(`no article in the workspace contains "${needle}"`);
}

/** Opens a document and waits until the client gave it the corpus language (it has no file name patterns). */
export async function corpusDocument(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await waitFor(`${fileName(uri)} to get the language corpus (it has ${doc.languageId})`, () => doc.languageId === 'corpus');
  return doc;
}

/** Range of the `nth` occurrence of `word` in the document. */
export function rangeOf(doc: vscode.TextDocument, word: string, nth = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(word, at + 1);
    assert.ok(at >= 0, `"${word}" occurs fewer than ${nth + 1} times in ${doc.uri.path}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + word.length));
}

/** Position inside a word (one character past its start). */
export function inside(range: vscode.Range): vscode.Position {
  return range.start.translate(0, 1);
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The plain text of hover contents (markdown strings, marked strings). */
export function hoverText(hovers: vscode.Hover[]): string {
  const parts = hovers.flatMap((hover) => hover.contents);
  return parts.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

export function corpusDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

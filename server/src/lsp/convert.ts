/** Conversions between the index's offsets/paths and LSP ranges/URIs. */
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { Location, Position, Range } from 'vscode-languageserver/node';
import type { IndexedDocument } from '../index/corpusIndex';

export function toRange(doc: IndexedDocument, start: number, end: number): Range {
  return { start: doc.lines.positionAt(start), end: doc.lines.positionAt(end) };
}

export function toLocation(doc: IndexedDocument, start: number, end: number): Location {
  return { uri: doc.uri, range: toRange(doc, start, end) };
}

export function toOffset(doc: IndexedDocument, position: Position): number {
  return doc.lines.offsetAt(position);
}

export function pathToUri(file: string): string {
  return pathToFileURL(path.resolve(file)).toString();
}

/** The path of a file URI; null for other schemes and for file URIs this system cannot open (another host). */
export function uriToPath(uri: string): string | null {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** One spelling per file URI, so URIs from the client and from the disk scan key the same document. */
export function normalizeUri(uri: string): string {
  const file = uriToPath(uri);
  return file ? pathToUri(file) : uri;
}

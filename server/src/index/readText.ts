/** Reads a document's text again from disk (decoded as the index read it), for documents whose text is not kept. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeArticle } from './corpusFiles';

export function readDocumentText(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const read = decodeArticle(readFileSync(fileURLToPath(uri)));
    return read.ok ? read.text : undefined;
  } catch {
    return undefined;
  }
}

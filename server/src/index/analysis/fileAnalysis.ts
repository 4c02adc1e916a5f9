/**
 * Reading and analysing one article file: the bytes' hash (the cache key), the decoded text's analysis
 * and line starts. Shared by the analysis workers and the in-process fallback.
 */
import { createHash } from 'node:crypto';
import type { Engine } from '../../core/analyze';
import type { DocumentAnalysis } from '../../core/types';
import { decodeArticle, type ReadResult } from '../corpusFiles';
export { readFileBytes } from '../corpusFiles';
import type { Encoding } from '../decode/detect';
import { lineStarts } from '../lineMap';
import { isRussianProse } from '../prose';

/** An analysed file: what the index and the cache keep (no text). */
export interface FileAnalysis {
  ok: true;
  hash: string;
  analysis: DocumentAnalysis;
  /** Line start offsets and the text's length, for positions without the text. */
  lineStarts: number[];
  length: number;
  encoding: Encoding;
  /** One line naming a doubtful encoding or replaced bytes, else undefined. */
  note?: string;
}

export type FileResult = FileAnalysis | { ok: false; reason: string };

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

/**
 * Decodes and analyses file bytes already read; with `prosePath` (the path relative to its folder),
 * text that is not Russian prose (a licence, a log, a list) is refused with the reason.
 */
export function analyseBytes(engine: Engine, bytes: Uint8Array, hash: string, prosePath?: string): FileResult {
  const read: ReadResult = decodeArticle(bytes);
  if (!read.ok) return read;
  const prose = prosePath === undefined ? undefined : isRussianProse(prosePath, read.text);
  if (prose && !prose.ok) return { ok: false, reason: prose.reason ?? 'not Russian prose' };
  return { ...describeText(engine.analyze(read.text), read.text), ok: true, hash, encoding: read.encoding, note: noteOf(read) };
}

export function describeText(analysis: DocumentAnalysis, text: string): { analysis: DocumentAnalysis; lineStarts: number[]; length: number } {
  return { analysis, lineStarts: lineStarts(text), length: text.length };
}

function noteOf(read: Extract<ReadResult, { ok: true }>): string | undefined {
  return read.encoding !== 'utf-8' || read.replaced > 0 ? read.message : undefined;
}

/** Corpus files and edits shared by the benchmarks: listing, sampling, positions, the sentence an edit inserts. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileUri, type BenchServer, type Notice } from './server';

export interface Point {
  uri: string;
  file: string;
  position: { line: number; character: number };
  text: string;
  type: string;
}

export function listTxt(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(dir, f))
    .sort();
}

export function evenly<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The sentence around an offset ('. ' to '. '). */
export function sentenceAt(text: string, offset: number): string {
  const before = text.lastIndexOf('. ', offset);
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const start = Math.max(before >= 0 ? before + 2 : 0, lineStart);
  const dot = text.indexOf('. ', offset);
  const lineEnd = text.indexOf('\n', offset);
  const end = Math.min(dot >= 0 ? dot + 1 : text.length, lineEnd >= 0 ? lineEnd : text.length);
  return text.slice(start, end).trim();
}

export function offsetAt(text: string, pos: { line: number; character: number }): number {
  const lines = linesOf(text);
  let offset = 0;
  for (let i = 0; i < pos.line; i++) offset += lines[i].length + 1;
  return offset + pos.character;
}

export const isDiagnostics = (n: Notice) => n.method === 'textDocument/publishDiagnostics';

export interface EditPlan {
  file: string;
  uri: string;
  sentence: string;
  other: string | null;
  otherFile: string | null;
}

/**
 * The file to edit and the sentence to insert: a spelling-variant diagnostic in file C with a related
 * location (the preferred spelling) in file A; the sentence around the variant in C is inserted in A, so
 * A gets a finding and the counts in C's message change. Without one, a plain sentence in a sampled file.
 */
export function editPlan(server: BenchServer, files: string[], points: Point[]): EditPlan {
  const latest = new Map<string, any[]>();
  for (const n of server.notices) if (isDiagnostics(n)) latest.set(n.params.uri, n.params.diagnostics ?? []);
  const byUri = new Map(files.map((f) => [fileUri(f), f] as const));
  for (const [uri, diagnostics] of [...latest].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const d of diagnostics) {
      if (d.code !== 'spelling-variant') continue;
      const related = (d.relatedInformation ?? []).map((r: any) => r.location?.uri).find((u: string) => u && u !== uri && byUri.has(u));
      const otherFile = byUri.get(uri);
      if (!related || !otherFile) continue;
      const text = readFileSync(otherFile, 'utf8');
      const sentence = sentenceAt(text, offsetAt(text, d.range.start));
      if (sentence.length < 10 || sentence.length > 300) continue;
      return { file: byUri.get(related)!, uri: related, sentence, other: uri, otherFile };
    }
  }
  const file = points[0]?.file ?? files[0];
  return { file, uri: fileUri(file), sentence: 'Глеб Тестовский провел переговоры в Казани.', other: null, otherFile: null };
}

/**
 * Reading factRuEval-2016 (dialogue-evaluation/factRuEval-2016) from outside the project: the
 * location is --data DIR, else $FACTRU_DIR, else ../shared/data/factRuEval-2016 relative to the
 * repository root. The data is never copied into the project.
 *
 * Per document book_N: N.txt (the text), N.spans ("id type start length tokenId tokenCount # ..."),
 * N.objects ("id type spanId spanId ... # ..."), N.tokens ("id start length text"). Only the
 * documents with a book_N.txt are read (testset/list.txt is not one).
 *
 * Offsets: naeval reads the text in Python's text mode, which turns CRLF and lone CR into LF and
 * keeps a BOM as a character. The annotation's offsets are checked against the .tokens file; when
 * the text as read does not fit them and another reading does (raw bytes' CRLF kept, or the BOM
 * dropped), that one is used and the document is marked, so a shifted document cannot go unseen.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FactruObject, FactruSpan } from './metric';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const DEFAULT_DATA = resolve(ROOT, '..', 'shared', 'data', 'factRuEval-2016');
export const DATA_ENV = 'FACTRU_DIR';

export type SetName = 'devset' | 'testset';

export interface FactruDoc {
  set: SetName;
  id: string;
  text: string;
  spans: FactruSpan[];
  objects: FactruObject[];
  /** How the text was read: 'python' (universal newlines, as naeval) unless that misfits the tokens. */
  reading: 'python' | 'raw' | 'no-bom';
  /** .tokens lines whose text does not match the text at their offsets (in the reading used). */
  misfitTokens: number;
  /** Object span ids with no line in .spans. */
  unknownSpanIds: string[];
}

export function dataDir(flag?: string): string {
  return resolve(flag ?? process.env[DATA_ENV] ?? DEFAULT_DATA);
}

export function listIds(dir: string, set: SetName): string[] {
  const folder = join(dir, set);
  return readdirSync(folder)
    .map((f) => /^book_(\d+)\.txt$/.exec(f)?.[1])
    .filter((x): x is string => !!x)
    .sort((a, b) => Number(a) - Number(b));
}

function lines(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
}

export function parseSpans(rows: string[]): FactruSpan[] {
  const out: FactruSpan[] = [];
  for (const row of rows) {
    const [id, type, start, size] = row.trim().split(/\s+/);
    if (!id || !type || !/^\d+$/.test(start ?? '') || !/^\d+$/.test(size ?? '')) continue;
    out.push({ id, type, start: Number(start), stop: Number(start) + Number(size) });
  }
  return out;
}

export function parseObjects(rows: string[], spans: FactruSpan[], unknown: string[] = []): FactruObject[] {
  const byId = new Map(spans.map((s) => [s.id, s]));
  const out: FactruObject[] = [];
  for (const row of rows) {
    const parts = row.trim().split(/\s+/);
    const [id, type] = parts;
    if (!id || !type) continue;
    const list: FactruSpan[] = [];
    for (const p of parts.slice(2)) {
      if (!/^\d+$/.test(p)) break;
      const s = byId.get(p);
      if (s) list.push(s);
      else unknown.push(p);
    }
    out.push({ id, type, spans: list });
  }
  return out;
}

interface TokenLine {
  start: number;
  stop: number;
  text: string;
}

function parseTokens(rows: string[]): TokenLine[] {
  const out: TokenLine[] = [];
  for (const row of rows) {
    const m = /^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(row);
    if (m) out.push({ start: Number(m[2]), stop: Number(m[2]) + Number(m[3]), text: m[4]!.trim() });
  }
  return out;
}

function misfits(text: string, tokens: TokenLine[]): number {
  let n = 0;
  for (const t of tokens) if (text.slice(t.start, t.stop) !== t.text) n++;
  return n;
}

export function readDoc(dir: string, set: SetName, id: string): FactruDoc {
  const base = join(dir, set, `book_${id}`);
  const raw = readFileSync(`${base}.txt`, 'utf8');
  const python = raw.replace(/\r\n?/g, '\n');
  const tokens = parseTokens(lines(`${base}.tokens`));
  const readings: [FactruDoc['reading'], string][] = [
    ['python', python],
    ['raw', raw],
    ['no-bom', python.replace(/^\uFEFF/, '')],
  ];
  let best = readings[0]!;
  let bestMisfits = misfits(best[1], tokens);
  for (const r of readings.slice(1)) {
    if (bestMisfits === 0) break;
    const n = misfits(r[1], tokens);
    if (n < bestMisfits) {
      best = r;
      bestMisfits = n;
    }
  }
  const spans = parseSpans(lines(`${base}.spans`));
  const unknownSpanIds: string[] = [];
  const objects = parseObjects(lines(`${base}.objects`), spans, unknownSpanIds);
  return { set, id, text: best[1], spans, objects, reading: best[0], misfitTokens: bestMisfits, unknownSpanIds };
}

export function readSet(dir: string, set: SetName): FactruDoc[] {
  return listIds(dir, set).map((id) => readDoc(dir, set, id));
}

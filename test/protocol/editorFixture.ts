/** Shared set-up of the editor-feature protocol tests: a copy of the seeds as a workspace, and text look-ups. */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUri, LspClient, positionOf, SEEDS } from './lspClient';

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface Workspace {
  client: LspClient;
  /** The copied seed whose name starts with the prefix ('000'). */
  file(prefix: string): string;
  uri(prefix: string): string;
  /** The position just inside the n-th occurrence of a word in a seed. */
  at(prefix: string, needle: string, occurrence?: number): { line: number; character: number };
  close(): Promise<void>;
}

export async function openWorkspace(): Promise<Workspace> {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-lens-editor-'));
  cpSync(SEEDS, path.join(dir, 'seeds'), { recursive: true });
  const client = await LspClient.start({ folder: dir });
  await client.ready();
  const names = readdirSync(path.join(dir, 'seeds'));
  const file = (prefix: string) => {
    const name = names.find((n) => n.startsWith(prefix));
    if (!name) throw new Error(`no seed ${prefix}`);
    return path.join(dir, 'seeds', name);
  };
  return {
    client,
    file,
    uri: (prefix) => fileUri(file(prefix)),
    at: (prefix, needle, occurrence = 1) => {
      const p = positionOf(file(prefix), needle, occurrence);
      return { line: p.line, character: p.character + 1 };
    },
    close: async () => {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The text a location covers, read from disk. */
export function textAt(uri: string, range: Range): string {
  const lines = readFileSync(fileURLToPath(uri), 'utf8').split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  const middle = lines.slice(range.start.line + 1, range.end.line);
  return [lines[range.start.line].slice(range.start.character), ...middle, lines[range.end.line].slice(0, range.end.character)].join('\n');
}

export function baseName(uri: string): string {
  return path.basename(fileURLToPath(uri));
}

/** Decodes LSP semantic token data into absolute tokens. */
export function decodeTokens(data: number[], legend: string[]): Array<{ line: number; start: number; length: number; type: string }> {
  const out: Array<{ line: number; start: number; length: number; type: string }> = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
    out.push({ line, start, length: data[i + 2], type: legend[data[i + 3]] ?? '?' });
  }
  return out;
}

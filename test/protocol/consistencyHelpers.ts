/** Shared steps of the spelling-consistency protocol tests: a scratch workspace, diagnostics, edits. */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileUri, LspClient, SEEDS } from './lspClient';

export const PUBLISH = 'textDocument/publishDiagnostics';

export interface Workspace {
  dir: string;
  /** The seed copy whose name starts with the prefix ('001'). */
  seed(prefix: string): string;
  uri(prefix: string): string;
  remove(): void;
}

/** A scratch folder holding a copy of the seeds under seeds/. */
export function seedWorkspace(): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-lens-consistency-'));
  cpSync(SEEDS, path.join(dir, 'seeds'), { recursive: true });
  const seed = (prefix: string) => {
    const name = readdirSync(path.join(dir, 'seeds')).find((f) => f.startsWith(prefix));
    if (!name) throw new Error(`no seed ${prefix}`);
    return path.join(dir, 'seeds', name);
  };
  return { dir, seed, uri: (prefix) => fileUri(seed(prefix)), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The last diagnostics published per uri (empty lists dropped). */
export function latestDiagnostics(client: LspClient): Map<string, any[]> {
  const out = new Map<string, any[]>();
  for (const n of client.notifications) if (n.method === PUBLISH) out.set(n.params.uri, n.params.diagnostics);
  for (const [uri, list] of out) if (!list.length) out.delete(uri);
  return out;
}

/** Waits for diagnostics of a uri published after this call's marker that satisfy the predicate. */
export function diagnosticsAfter(client: LspClient, from: number, uri: string, accept: (diagnostics: any[]) => boolean): Promise<any> {
  return client.waitFor(PUBLISH, (p) => p.uri === uri && accept(p.diagnostics) && client.notifications.slice(from).some((n) => n.params === p));
}

/** Offset of an LSP position in a text. */
export function offsetAt(text: string, pos: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const next = text.slice(offset).search(/\r\n|\r|\n/);
    if (next < 0) return text.length;
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  return offset + pos.character;
}

export function textAt(text: string, range: { start: any; end: any }): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Applies LSP text edits (non-overlapping) to a text, as an editor would. */
export function applyEdits(text: string, edits: Array<{ range: { start: any; end: any }; newText: string }>): string {
  const byOffset = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of byOffset) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The TextDocumentEdits of a WorkspaceEdit, by uri. */
export function documentEdits(edit: any): Map<string, { version: number | null; edits: any[] }> {
  const out = new Map<string, { version: number | null; edits: any[] }>();
  for (const change of edit.documentChanges ?? []) out.set(change.textDocument.uri, { version: change.textDocument.version, edits: change.edits });
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) out.set(uri, { version: null, edits: edits as any[] });
  return out;
}

/** Sends the whole new text of an open document. */
export function changeDocument(client: LspClient, uri: string, version: number, text: string): void {
  client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}

/**
 * Inputs of the evaluation: the gold file, and predictions from `dist/cli.js export --format json`
 * (run here) or from a saved export. Both use the export-contract shape
 * { version, documents: [ { path, title, date, mentions: [ { start, end, text, type, entity, name, value? } ] } ] }.
 * Documents are matched by file name, so absolute paths, relative paths and file URIs all work.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { EvalMention } from './metrics';

export class EvalInputError extends Error {}

export interface LoadedSet {
  /** Document keys (file names) in gold order. */
  docs: string[];
  mentions: EvalMention[];
  /** Documents present on one side only, for a warning. */
  extra: string[];
}

export function docKey(path: string): string {
  const plain = path.startsWith('file:') ? decodeURIComponent(new URL(path).pathname) : path;
  return basename(plain.replace(/\\/g, '/'));
}

function asRecord(x: unknown, what: string): Record<string, unknown> {
  if (!x || typeof x !== 'object' || Array.isArray(x)) throw new EvalInputError(`${what}: expected an object`);
  return x as Record<string, unknown>;
}

function toMention(doc: string, raw: unknown, where: string): EvalMention {
  const m = asRecord(raw, where);
  const { start, end, type } = m;
  if (typeof start !== 'number' || typeof end !== 'number' || typeof type !== 'string') {
    throw new EvalInputError(`${where}: a mention needs numeric start/end and a string type`);
  }
  const text = typeof m.text === 'string' ? m.text : '';
  const name = typeof m.name === 'string' ? m.name : text;
  const entity = typeof m.entity === 'string' ? m.entity : `${type}:${name}`;
  const value = typeof m.value === 'string' ? m.value : undefined;
  return { doc, start, end, text, type, entity, name, ...(value !== undefined ? { value } : {}) };
}

/** Parses an export (or gold) JSON text into mentions keyed by document file name. */
export function parseExport(json: string, what: string): Map<string, EvalMention[]> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new EvalInputError(`${what}: not valid JSON (${(e as Error).message})`);
  }
  const documents = asRecord(data, what).documents;
  if (!Array.isArray(documents)) throw new EvalInputError(`${what}: missing 'documents' array`);
  const out = new Map<string, EvalMention[]>();
  documents.forEach((d, i) => {
    const doc = asRecord(d, `${what} documents[${i}]`);
    const path = typeof doc.path === 'string' ? doc.path : typeof doc.uri === 'string' ? doc.uri : null;
    if (!path) throw new EvalInputError(`${what} documents[${i}]: missing 'path'`);
    const key = docKey(path);
    const mentions = Array.isArray(doc.mentions) ? doc.mentions : [];
    out.set(key, mentions.map((m, j) => toMention(key, m, `${what} ${key} mentions[${j}]`)));
  });
  return out;
}

export function readJsonFile(file: string, what: string): Map<string, EvalMention[]> {
  if (!existsSync(file)) throw new EvalInputError(`${what} not found: ${file}`);
  return parseExport(readFileSync(file, 'utf8'), what);
}

/** Runs the CLI export on a folder and returns its JSON text. */
export function runCliExport(root: string, folder: string): string {
  const cli = resolve(root, 'dist/cli.js');
  if (!existsSync(cli)) throw new EvalInputError(`dist/cli.js not found: run 'npm run build' first, or pass --input EXPORT.json`);
  if (!existsSync(resolve(root, folder))) throw new EvalInputError(`article folder not found: ${folder}`);
  const run = spawnSync(process.execPath, [cli, 'export', '--format', 'json', folder], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  if (run.error) throw new EvalInputError(`could not run dist/cli.js: ${run.error.message}`);
  if (run.status !== 0) {
    const tail = (run.stderr || '').trim().split('\n').slice(-5).join('\n');
    throw new EvalInputError(`'node dist/cli.js export --format json ${folder}' exited with ${run.status}\n${tail}`);
  }
  return run.stdout;
}

/** Restricts both sides to the gold documents, in gold order. */
export function align(gold: Map<string, EvalMention[]>, pred: Map<string, EvalMention[]>): { gold: LoadedSet; pred: LoadedSet } {
  const docs = [...gold.keys()];
  const missing = docs.filter((d) => !pred.has(d));
  const extra = [...pred.keys()].filter((d) => !gold.has(d));
  const sorted = (ms: EvalMention[]) => [...ms].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    gold: { docs, mentions: docs.flatMap((d) => sorted(gold.get(d)!)), extra: [] },
    pred: { docs, mentions: docs.flatMap((d) => sorted(pred.get(d) ?? [])), extra: [...missing.map((d) => `missing: ${d}`), ...extra.map((d) => `not in gold: ${d}`)] },
  };
}

/** Finding and reading the files of a corpus on disk. Used by the language server and the CLI. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';

export interface FileProblem {
  path: string;
  reason: string;
}

export interface CorpusFileSet {
  files: string[];
  problems: FileProblem[];
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** All files under `root` matching an include glob and no exclude glob (globs relative to root). */
export async function findCorpusFiles(root: string, include: string[], exclude: string[]): Promise<CorpusFileSet> {
  const result: CorpusFileSet = { files: [], problems: [] };
  await walk(root, async (file) => {
    if (inCorpusFolder(root, file, include, exclude)) result.files.push(file);
  }, result.problems);
  result.files.sort();
  return result;
}

/** Whether a file under `root` matches an include glob and no exclude glob (globs relative to root). */
export function inCorpusFolder(root: string, file: string, include: string[], exclude: string[]): boolean {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (rel.startsWith('..')) return false;
  const matches = (globs: string[]) => globs.some((g) => minimatch(rel, g));
  return matches(include) && !matches(exclude);
}

/** Expands CLI arguments: files as they are, folders to every .txt file below them. */
export async function expandPaths(paths: string[]): Promise<CorpusFileSet> {
  const result: CorpusFileSet = { files: [], problems: [] };
  for (const p of paths) {
    const stat = await fs.stat(p).catch((e: NodeJS.ErrnoException) => e);
    if (stat instanceof Error) result.problems.push({ path: p, reason: describeError(stat) });
    else if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(p, async (file) => void (file.endsWith('.txt') && found.push(file)), result.problems);
      result.files.push(...found.sort());
    } else result.files.push(p);
  }
  return result;
}

async function walk(dir: string, visit: (file: string) => Promise<void>, problems: FileProblem[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => e);
  if (entries instanceof Error) {
    problems.push({ path: dir, reason: describeError(entries) });
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !ALWAYS_SKIPPED.has(entry.name)) await walk(full, visit, problems);
    else if (entry.isFile()) await visit(full);
  }
}

export type ReadResult = { ok: true; text: string; encoding: 'utf-8' | 'windows-1251' } | { ok: false; reason: string };

/** Reads an article as UTF-8 text (BOM stripped); refuses files too large or not text, with a reason. */
export async function readArticleFile(file: string, maxSize: number): Promise<ReadResult> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxSize) return { ok: false, reason: `larger than the ${maxSize}-byte limit (${stat.size} bytes)` };
    return decodeArticle(await fs.readFile(file));
  } catch (e) {
    return { ok: false, reason: describeError(e as NodeJS.ErrnoException) };
  }
}

/**
 * Decodes file bytes as UTF-8 text, stripping a BOM; bytes that are not valid UTF-8 are read as
 * Windows-1251 (the other encoding Russian plain text comes in); binary content is refused.
 */
export function decodeArticle(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return { ok: false, reason: 'not a text file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

function describeError(e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a folder';
  return e.message;
}

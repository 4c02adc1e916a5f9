/** Finding and reading the files of a corpus on disk. Used by the language server and the CLI. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Minimatch } from 'minimatch';
import { decodeBytes, type DecodeResult } from './decode/detect';

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
  const matches = (globs: string[]) => globs.some((g) => compiled(g).match(rel));
  return matches(include) && !matches(exclude);
}

/** Globs compiled once (a folder walk tests every file against each; compiling took most of the walk). */
const globs = new Map<string, Minimatch>();
function compiled(glob: string): Minimatch {
  let m = globs.get(glob);
  if (!m) {
    if (globs.size >= 256) globs.clear();
    globs.set(glob, (m = new Minimatch(glob)));
  }
  return m;
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
      for (const file of found.sort()) result.files.push(file);
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
    else if (entry.isSymbolicLink()) problems.push({ path: full, reason: 'a symbolic link; links are not followed' });
  }
}

/**
 * A file's text, or why it was not read. `encoding` is the encoding assumed, `message` one line naming
 * it ('read as KOI8-R'), `confidence` 0..1 (see decode/detect.ts).
 */
export type ReadResult = DecodeResult;

/** Reads an article, detecting its encoding (BOM stripped); refuses files too large or not text, with a reason. */
export async function readArticleFile(file: string, maxSize: number): Promise<ReadResult> {
  const read = await readFileBytes(file, maxSize);
  return read.ok ? decodeArticle(read.bytes) : read;
}

/** A file's size and modification time as read before its bytes (the analysis cache's quick check). */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * A file's bytes and its stamp (the stat taken before reading), or why they were not read: not a
 * regular file, empty, over the size limit, unreadable.
 */
export async function readFileBytes(file: string, maxSize: number): Promise<{ ok: true; bytes: Buffer; stamp: FileStamp } | { ok: false; reason: string }> {
  try {
    const stat = await fs.stat(file);
    const refused = refusedSize(stat, maxSize);
    if (refused) return { ok: false, reason: refused };
    return { ok: true, bytes: await fs.readFile(file), stamp: { size: stat.size, mtimeMs: stat.mtimeMs } };
  } catch (e) {
    return { ok: false, reason: describeError(e as NodeJS.ErrnoException) };
  }
}

/** Why a file of this stat is not read (not a regular file, empty, over the limit), or undefined. */
export function refusedSize(stat: { isFile(): boolean; size: number }, maxSize: number): string | undefined {
  if (!stat.isFile()) return 'not a regular file';
  if (stat.size === 0) return 'empty file';
  if (stat.size > maxSize) return `larger than the ${maxSize}-byte limit (${stat.size} bytes)`;
  return undefined;
}

/** Decodes file bytes: BOMs, UTF-8, UTF-16, Windows-1251, KOI8-R, CP866 (decode/detect.ts); binary content is refused. */
export function decodeArticle(bytes: Uint8Array): ReadResult {
  return decodeBytes(bytes);
}

function describeError(e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a folder';
  return e.message;
}

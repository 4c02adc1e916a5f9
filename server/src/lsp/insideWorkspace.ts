/**
 * Is a path inside a workspace folder once symbolic links are resolved? Every path that comes from
 * the client (a command's document, a file event) is checked with this before it is read or written:
 * a link inside the folder that points outside it is outside.
 */
import { realpath } from 'node:fs/promises';
import * as path from 'node:path';

/** True when the real path of `file` lies in the real path of one of the folders. */
export async function insideWorkspace(folders: readonly string[], file: string): Promise<boolean> {
  return (await folderHolding(folders, file)) !== null;
}

/**
 * The innermost folder (as given) whose real path holds the real path of `file`, or null. A file
 * that does not exist yet is resolved through its nearest existing parent.
 */
export async function folderHolding(folders: readonly string[], file: string): Promise<string | null> {
  const real = await realPathOf(file);
  let best: { folder: string; depth: number } | null = null;
  for (const folder of folders) {
    const root = await realPathOf(folder);
    if (!contains(root, real)) continue;
    if (!best || root.length > best.depth) best = { folder, depth: root.length };
  }
  return best?.folder ?? null;
}

/** The path with every symbolic link resolved; the missing tail of a path not created yet is kept. */
export async function realPathOf(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await realpath(absolute);
  } catch {
    const parent = path.dirname(absolute);
    if (parent === absolute) return absolute;
    return path.join(await realPathOf(parent), path.basename(absolute));
  }
}

export function contains(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * `check --fix`: writes the preferred spellings into the files, atomically, in each file's own
 * encoding, after re-checking that each span on disk still holds the text the findings were computed on.
 *
 * Refused, file by file, with the reason (nothing is written to them):
 * - symbolic links: the rename would replace the link by a file (fix the file it points to instead);
 * - read-only files, and files of another user: a rename would bypass the permission or change the owner;
 * - files with more than one hard link: a rename would leave the other names holding the old text;
 * - files whose encoding was a guess, or UTF-8 with invalid bytes, or whose bytes would not come back
 *   the same from re-encoding the text, or whose new text the encoding cannot hold;
 * - files changed on disk since they were read: size, modification time, inode and a SHA-256 of the
 *   content are compared again immediately before the rename.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutOverlaps } from '../../core/consistency/withoutOverlaps';
import { decodeArticle } from '../../index/corpusFiles';
import { ENCODING_NAMES, UNSURE, type Encoding } from '../../index/decode/detect';
import { encodeText } from '../../index/decode/encode';
import type { CliDiagnostic } from './diagnostics';
import { unifiedDiff } from './unifiedDiff';

export interface Edit {
  start: number;
  end: number;
  text: string;
  replacement: string;
}

export interface FilePlan {
  uri: string;
  /** The path as shown to the user. */
  shown: string;
  edits: Edit[];
}

export type FixOutcome =
  | { status: 'fixed'; plan: FilePlan; diff: string; encoding: Encoding }
  | { status: 'skipped'; plan: FilePlan; reason: string };

/** For tests: called after the temporary file is written, before the final check and the rename. */
export interface FixHooks {
  beforeRename?: (file: string) => Promise<void> | void;
}

/** One plan per file: its edits in text order, no-ops and edits overlapping an earlier one left out. */
export function planFixes(diagnostics: CliDiagnostic[]): FilePlan[] {
  const plans = new Map<string, FilePlan>();
  for (const d of diagnostics) {
    const f = d.finding;
    if (f.replacement === f.text) continue;
    const plan = plans.get(f.uri) ?? { uri: f.uri, shown: d.path, edits: [] };
    plans.set(f.uri, plan);
    plan.edits.push({ start: f.start, end: f.end, text: f.text, replacement: f.replacement });
  }
  for (const plan of plans.values()) plan.edits = withoutOverlaps(plan.edits);
  return [...plans.values()];
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (let i = edits.length - 1; i >= 0; i--) out = out.slice(0, edits[i].start) + edits[i].replacement + out.slice(edits[i].end);
  return out;
}

interface OnDisk {
  stat: Stats;
  hash: string;
}

interface Prepared {
  disk: OnDisk;
  text: string;
  fixed: string;
  bytes: Uint8Array;
  encoding: Encoding;
}

/** Why the file may not be rewritten in place by a rename, or null. */
async function refusal(file: string, stat: Stats): Promise<string | null> {
  if (stat.isSymbolicLink()) return 'it is a symbolic link; --fix does not write through links (fix the file it points to)';
  if (!stat.isFile()) return 'it is not a regular file';
  if (stat.nlink > 1) return `it has ${stat.nlink} hard links; replacing it would leave the other names with the old text`;
  // Write bits first: access() says yes to root even for a file marked read-only.
  const writable = (stat.mode & 0o222) !== 0 && (await fs.access(file, constants.W_OK).then(() => true, () => false));
  if (!writable) return 'it is read-only';
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return 'it belongs to another user; rewriting it would change its owner';
  return null;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads the file again, checks it may be rewritten and that every span holds the expected text; the new bytes, or a reason. */
async function prepare(file: string, plan: FilePlan): Promise<Prepared | string> {
  const stat = await fs.lstat(file).catch((e: Error) => e);
  if (stat instanceof Error) return `cannot read it again (${stat.message})`;
  const refused = await refusal(file, stat);
  if (refused) return refused;
  const original = await fs.readFile(file).catch((e: Error) => e);
  if (original instanceof Error) return `cannot read it again (${original.message})`;
  const read = decodeArticle(original);
  if (!read.ok) return read.reason;
  const name = ENCODING_NAMES[read.encoding];
  if (read.replaced) return `it has ${read.replaced} invalid UTF-8 byte sequence(s) that a rewrite would replace`;
  if (read.confidence < UNSURE) return `its encoding is a guess (${read.message}); not rewritten`;
  const moved = plan.edits.find((e) => read.text.slice(e.start, e.end) !== e.text);
  if (moved) return `it changed on disk since it was read (expected '${moved.text}' at offset ${moved.start})`;
  const same = encodeText(read.text, read.encoding, read.bom);
  if (!(same instanceof Uint8Array) || !Buffer.from(same).equals(original)) return `re-encoding it as ${name} would change bytes the fix does not touch`;
  const fixed = applyEdits(read.text, plan.edits);
  const bytes = encodeText(fixed, read.encoding, read.bom);
  if (!(bytes instanceof Uint8Array)) return `the fix cannot be written in ${name}: ${bytes.reason}`;
  const back = decodeArticle(bytes);
  if (!back.ok || back.encoding !== read.encoding || back.text !== fixed) return `after the fix it would no longer read as ${name}`;
  return { disk: { stat, hash: sha256(original) }, text: read.text, fixed, bytes, encoding: read.encoding };
}

/** Whether the file is still exactly what was read: inode, size, modification time and content. */
async function unchanged(file: string, was: OnDisk): Promise<boolean> {
  const now = await fs.lstat(file).catch(() => null);
  if (!now || now.ino !== was.stat.ino || now.size !== was.stat.size || now.mtimeMs !== was.stat.mtimeMs || now.nlink !== was.stat.nlink) return false;
  const bytes = await fs.readFile(file).catch(() => null);
  return bytes !== null && sha256(bytes) === was.hash;
}

/** Writes a temporary file in the same folder, checks the original did not change, then renames over it. */
async function writeAtomically(file: string, p: Prepared, hooks: FixHooks): Promise<string | null> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.corpus-lens.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', p.disk.stat.mode & 0o7777);
    try {
      await handle.writeFile(p.bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.beforeRename?.(file);
    if (!(await unchanged(file, p.disk))) {
      await fs.rm(temp, { force: true });
      return 'it changed on disk while the fix was being written; left as it is now';
    }
    await fs.rename(temp, file);
    return null;
  } catch (e) {
    await fs.rm(temp, { force: true });
    return `cannot write it (${(e as Error).message})`;
  }
}

/** Applies one file's plan (or, with dryRun, only computes its diff). Never throws for I/O problems. */
export async function applyPlan(plan: FilePlan, dryRun: boolean, hooks: FixHooks = {}): Promise<FixOutcome> {
  if (!plan.uri.startsWith('file:')) return { status: 'skipped', plan, reason: 'it is not a file on disk' };
  const file = fileURLToPath(plan.uri);
  const prepared = await prepare(file, plan);
  if (typeof prepared === 'string') return { status: 'skipped', plan, reason: prepared };
  const diff = unifiedDiff(`a/${plan.shown}`, `b/${plan.shown}`, prepared.text, prepared.fixed);
  if (!dryRun) {
    const failed = await writeAtomically(file, prepared, hooks);
    if (failed) return { status: 'skipped', plan, reason: failed };
  }
  return { status: 'fixed', plan, diff, encoding: prepared.encoding };
}

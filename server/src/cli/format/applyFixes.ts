/**
 * `check --fix`: writes the preferred spellings into the files, atomically, UTF-8 files only, after
 * re-checking that each span on disk still holds the text the findings were computed on.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutOverlaps } from '../../core/consistency/withoutOverlaps';
import { decodeArticle } from '../../index/corpusFiles';
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
  | { status: 'fixed'; plan: FilePlan; diff: string }
  | { status: 'skipped'; plan: FilePlan; reason: string };

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
  for (const e of [...edits].reverse()) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

/** Reads the file again and checks it is UTF-8 with the expected text at every span; a reason if not. */
async function current(file: string, plan: FilePlan): Promise<{ text: string; bom: boolean } | string> {
  const bytes = await fs.readFile(file).catch((e: Error) => e);
  if (bytes instanceof Error) return `cannot read it again (${bytes.message})`;
  const read = decodeArticle(bytes);
  if (!read.ok) return read.reason;
  if (read.encoding !== 'utf-8') return `it is encoded as ${read.encoding}; only UTF-8 files are rewritten`;
  const moved = plan.edits.find((e) => read.text.slice(e.start, e.end) !== e.text);
  if (moved) return `it changed on disk since it was read (expected '${moved.text}' at offset ${moved.start})`;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: read.text, bom };
}

/** Writes through a temporary file in the same folder, then renames it over the original. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.corpus-lens.tmp`);
  const mode = (await fs.stat(file)).mode;
  try {
    await fs.writeFile(temp, content, { encoding: 'utf8', mode });
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

/** Applies one file's plan (or, with dryRun, only computes its diff). Never throws for I/O problems. */
export async function applyPlan(plan: FilePlan, dryRun: boolean): Promise<FixOutcome> {
  if (!plan.uri.startsWith('file:')) return { status: 'skipped', plan, reason: 'it is not a file on disk' };
  const file = fileURLToPath(plan.uri);
  const found = await current(file, plan);
  if (typeof found === 'string') return { status: 'skipped', plan, reason: found };
  const fixed = applyEdits(found.text, plan.edits);
  const diff = unifiedDiff(`a/${plan.shown}`, `b/${plan.shown}`, found.text, fixed);
  if (dryRun) return { status: 'fixed', plan, diff };
  try {
    await writeAtomically(file, (found.bom ? '\ufeff' : '') + fixed);
  } catch (e) {
    return { status: 'skipped', plan, reason: `cannot write it (${(e as Error).message})` };
  }
  return { status: 'fixed', plan, diff };
}

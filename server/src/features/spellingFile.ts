/**
 * Spelling decisions written to the workspace file (.vscode/corpus-lens.json): accepting a spelling
 * adds it to `acceptedSpellings`; preferring one adds it to `preferredSpellings` and drops the spelling
 * it replaces from there. Other content of the file is kept; a file that is not a JSON object is
 * never overwritten.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseConfigText } from '../core/config';

export interface SpellingChange {
  action: 'accept' | 'prefer';
  spelling: string;
  /** The spelling preferred so far (prefer only): no longer pinned. */
  instead?: string;
}

export interface SpellingLists {
  preferredSpellings: string[];
  acceptedSpellings: string[];
}

/** The lists after a change; the same rule updates the file and the loaded config. */
export function applySpellingChange<T extends SpellingLists>(lists: T, change: SpellingChange): T {
  const add = (list: string[], s: string) => (list.includes(s) ? list : [...list, s]);
  if (change.action === 'accept') {
    return { ...lists, acceptedSpellings: add(lists.acceptedSpellings, change.spelling) };
  }
  const kept = lists.preferredSpellings.filter((s) => s !== change.instead);
  return {
    ...lists,
    preferredSpellings: add(kept, change.spelling),
    acceptedSpellings: lists.acceptedSpellings.filter((s) => s !== change.spelling),
  };
}

export class SpellingFileError extends Error {}

/** Reads the file (missing or empty: {}), applies the change and writes it back atomically. */
export async function writeSpellingChange(file: string, change: SpellingChange): Promise<void> {
  const json = await readObject(file);
  const lists: SpellingLists = {
    preferredSpellings: stringList(json, 'preferredSpellings', file),
    acceptedSpellings: stringList(json, 'acceptedSpellings', file),
  };
  const updated = { ...json, ...applySpellingChange(lists, change) };
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, `${JSON.stringify(updated, null, 2)}\n`, 'utf8');
  await fs.rename(temp, file);
}

async function readObject(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new SpellingFileError(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (text.trim() === '') return {};
  let json: unknown;
  try {
    json = parseConfigText(text);
  } catch (e) {
    throw new SpellingFileError(`${file} is not valid JSON (${(e as Error).message}); fix it first, nothing was written`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new SpellingFileError(`${file} must hold a JSON object; nothing was written`);
  }
  return json as Record<string, unknown>;
}

function stringList(json: Record<string, unknown>, field: string, file: string): string[] {
  const value = json[field];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new SpellingFileError(`"${field}" in ${file} must be an array of strings; nothing was written`);
  }
  return value as string[];
}

/**
 * Spelling decisions written to the workspace file (.vscode/corpus-lens.json): accepting a spelling
 * adds it to `acceptedSpellings`; preferring one adds it to `preferredSpellings` and drops the spelling
 * it replaces from there. Other content of the file is kept; a file that is not a JSON object is
 * never overwritten.
 */
import * as l10n from '@vscode/l10n';
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
  await writeObject(file, { ...json, ...applySpellingChange(lists, change) });
}

/** A decision on a possible duplicate: both names one entity (an alias group) or different ("distinct"). */
export interface DecisionChange {
  action: 'same' | 'different';
  a: string;
  b: string;
}

export interface DecisionLists {
  aliases: string[][];
  distinct?: Array<[string, string]>;
}

/** The lists after a decision; the same rule updates the file and the loaded config. */
export function applyDecision<T extends DecisionLists>(lists: T, change: DecisionChange): T {
  const same = (p: readonly string[]) => p.length === 2 && ((p[0] === change.a && p[1] === change.b) || (p[0] === change.b && p[1] === change.a));
  const distinct = (lists.distinct ?? []).filter((p) => !same(p));
  if (change.action === 'different') return { ...lists, distinct: [...distinct, [change.a, change.b]] };
  const aliases = lists.aliases.some((g) => g.includes(change.a) && g.includes(change.b)) ? lists.aliases : [...lists.aliases, [change.a, change.b]];
  return { ...lists, aliases, distinct };
}

/** Reads the file, records the decision and writes it back atomically. */
export async function writeDecision(file: string, change: DecisionChange): Promise<void> {
  const json = await readObject(file);
  const lists: DecisionLists = { aliases: groupList(json, 'aliases', file), distinct: groupList(json, 'distinct', file) as Array<[string, string]> };
  const updated = applyDecision(lists, change);
  await writeObject(file, { ...json, aliases: updated.aliases, distinct: updated.distinct });
}

function groupList(json: Record<string, unknown>, field: string, file: string): string[][] {
  const value = json[field];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((g) => !Array.isArray(g) || g.some((v) => typeof v !== 'string'))) {
    throw new SpellingFileError(l10n.t('«{0}» in {1} must be an array of arrays of names; nothing was written', field, file));
  }
  return value as string[][];
}

async function writeObject(file: string, updated: Record<string, unknown>): Promise<void> {
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
    throw new SpellingFileError(l10n.t('cannot read {0}: {1}', file, (e as Error).message));
  }
  if (text.trim() === '') return {};
  let json: unknown;
  try {
    json = parseConfigText(text);
  } catch (e) {
    throw new SpellingFileError(l10n.t('{0} is not valid JSON ({1}); fix it first, nothing was written', file, (e as Error).message));
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new SpellingFileError(l10n.t('{0} must hold a JSON object; nothing was written', file));
  }
  return json as Record<string, unknown>;
}

function stringList(json: Record<string, unknown>, field: string, file: string): string[] {
  const value = json[field];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new SpellingFileError(l10n.t('«{0}» in {1} must be an array of strings; nothing was written', field, file));
  }
  return value as string[];
}

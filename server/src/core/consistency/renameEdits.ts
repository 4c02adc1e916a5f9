/**
 * Renaming an entity: one edit per written word of its name, each keeping its case ending
 * ('Токаевым' -> 'Токаеффым' when 'Токаев' becomes 'Токаефф'). Words are matched to the canonical
 * name's words through the entity's spelling table, so variant spellings are renamed too.
 */
import type { DocumentAnalysis } from '../types';
import type { LinkedCorpus } from '../linking/linkCorpus';
import { respell } from '../variants/respell';
import { spellingKey } from '../variants/normalize';

export interface RenameEdit {
  uri: string;
  start: number;
  end: number;
  newText: string;
}

export function renameEdits(
  docs: ReadonlyMap<string, DocumentAnalysis>,
  linked: LinkedCorpus,
  entityId: string,
  newName: string,
): RenameEdit[] {
  const entity = linked.entities.get(entityId);
  const table = linked.spellings.get(entityId);
  const target = newName.trim().split(/\s+/).filter(Boolean);
  if (!entity || !table || entity.type === 'DATE' || target.length === 0) return [];
  const canonical = entity.name.split(' ');
  const edits: RenameEdit[] = [];
  for (const group of table) {
    const i = canonical.findIndex((w) => w === group.preferred || spellingKey(entity.type, w) === group.key);
    const to = i < 0 ? undefined : target[targetIndex(i, canonical.length, target.length)];
    if (to === undefined) continue;
    for (const occurrences of group.spellings.values()) {
      for (const occ of occurrences) {
        const newText = respell(occ.text, occ.lemma, to);
        if (newText !== occ.text && docs.has(occ.uri)) edits.push({ uri: occ.uri, start: occ.start, end: occ.end, newText });
      }
    }
  }
  return edits.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
}

/** Word i of an n-word name maps to the same word of the new name; the last word to its last word. */
function targetIndex(i: number, n: number, m: number): number {
  if (n === m || i < m - 1) return i;
  return i === n - 1 ? m - 1 : m;
}

/**
 * Known names (gazetteer and alias groups): two distinct known names are never spelling variants of
 * each other (Иран/Ирак, Австрия/Австралия), while two members of one group name the same thing.
 */
import { BUILTIN_ALIASES } from '../entities/data/aliases';
import { ORGANIZATION_GROUPS } from '../entities/data/organizations';
import { PLACE_GROUPS } from '../entities/data/places';
import { cleanSpelling } from './normalize';

/** Normalised name -> index of its group. */
export type KnownNames = ReadonlyMap<string, number>;

export function knownKey(name: string): string {
  return cleanSpelling(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function buildKnownNames(groups: readonly (readonly string[])[]): Map<string, number> {
  const known = new Map<string, number>();
  groups.forEach((group, g) => {
    for (const name of group) if (!known.has(knownKey(name))) known.set(knownKey(name), g);
  });
  return known;
}

/** The built-in groups: the alias table, then the gazetteer's single names (Иран, Ирак, Австрия ...). */
export const BUILTIN_GROUPS: readonly (readonly string[])[] = [
  ...BUILTIN_ALIASES,
  ...[...PLACE_GROUPS, ...ORGANIZATION_GROUPS].filter((g) => g.length === 1),
];

let builtin: Map<string, number> | null = null;

export function builtinKnownNames(): KnownNames {
  builtin ??= buildKnownNames(BUILTIN_GROUPS);
  return builtin;
}

/** A name the gazetteer or the alias table knows. */
export function isKnown(name: string, known: KnownNames = builtinKnownNames()): boolean {
  return known.has(knownKey(name));
}

/** Both names are known and belong to different groups. */
export function distinctKnown(a: string, b: string, known: KnownNames = builtinKnownNames()): boolean {
  const ga = known.get(knownKey(a));
  const gb = known.get(knownKey(b));
  return ga !== undefined && gb !== undefined && ga !== gb;
}

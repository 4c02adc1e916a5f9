/**
 * Abbreviations introduced for a full name ('Японское агентство международного сотрудничества (JICA)',
 * marked by the recognizer with `aliasOf`): the abbreviation's key joins the full name's key, so every
 * later 'JICA' in the corpus names that organization.
 */
import type { KeyGroups } from './keyGroups';
import type { LinkItem } from './buildEntity';

/** The item an abbreviation was introduced for, among items of the same document. */
export function abbreviationTarget(it: LinkItem, sameDoc: (index: number) => LinkItem | undefined): LinkItem | undefined {
  if (it.m.aliasOf === undefined) return undefined;
  const target = sameDoc(it.m.aliasOf);
  if (!target || target === it || target.m.type !== it.m.type) return undefined;
  return it.m.type === 'ORG' || it.m.type === 'LOC' ? target : undefined;
}

export function joinIntroducedAbbreviations(items: readonly LinkItem[], groups: KeyGroups): void {
  const marked = items.filter((it) => it.m.aliasOf !== undefined);
  if (!marked.length) return;
  const byPlace = new Map(items.map((it) => [`${it.uri}\u0000${it.index}`, it]));
  for (const it of marked) {
    const target = abbreviationTarget(it, (index) => byPlace.get(`${it.uri}\u0000${index}`));
    if (target) groups.union(target.mk.key, it.mk.key);
  }
}

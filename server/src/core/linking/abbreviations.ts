/**
 * Abbreviations introduced for a full name ('Японское агентство международного сотрудничества (JICA)',
 * marked by the recognizer with `aliasOf`): the abbreviation's key joins the full name's key, so every
 * later 'JICA' in the corpus names that organization.
 */
import type { KeyGroups } from './keyGroups';
import type { LinkItem } from './buildEntity';

export function joinIntroducedAbbreviations(items: readonly LinkItem[], groups: KeyGroups): void {
  let docStart = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (i > 0 && it.uri !== items[i - 1].uri) docStart = i;
    const target = it.m.aliasOf === undefined ? undefined : items[docStart + it.m.aliasOf];
    if (!target || target.uri !== it.uri || target === it || target.m.type !== it.m.type) continue;
    if (it.m.type === 'ORG' || it.m.type === 'LOC') groups.union(target.mk.key, it.mk.key);
  }
}

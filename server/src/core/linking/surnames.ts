/**
 * Surname-only mentions ('Токаев', 'Дмитриев', 'В. Путин') join the one full name with that surname:
 * in the same article first (several: the nearest one before), else corpus-wide when only one
 * person has it. Gender must agree (Захарова is not Захаров's), an initial must fit the first name,
 * and a different first name is a different person, so two full names make the surname ambiguous.
 */
import { interiorDeletions } from '../variants/variantKind';
import type { KeyGroups } from './keyGroups';
import type { MentionKey } from './mentionKey';

export interface KeyedMention {
  uri: string;
  m: { start: number };
  mk: MentionKey;
}

interface FullRef {
  root: string;
  uri: string;
  start: number;
  initial: string;
}

/** Returns the key each 'last' mention links under (a full name's key, or its own surname key). */
export function resolveSurnames(items: readonly KeyedMention[], groups: KeyGroups): Map<KeyedMention, string> {
  const fulls = items.filter((it) => it.mk.kind === 'full');
  const genders = rootGenders(fulls, groups);
  const bySurname = new Map<string, FullRef[]>();
  const byDeletion = new Map<string, FullRef[]>();
  for (const it of fulls) {
    const ref = { root: groups.find(it.mk.key), uri: it.uri, start: it.m.start, initial: it.mk.words[0].charAt(0) };
    push(bySurname, it.mk.last!, ref);
    for (const d of interiorDeletions(it.mk.last!)) push(byDeletion, d, ref);
  }
  const out = new Map<KeyedMention, string>();
  for (const it of items) {
    if (it.mk.kind !== 'last') continue;
    const fits = (r: FullRef) => compatible(it.mk, genders.get(r.root), r.initial);
    let cands = (bySurname.get(it.mk.last!) ?? []).filter(fits);
    if (cands.length === 0) cands = nearSurnames(it.mk.last!, bySurname, byDeletion).filter(fits);
    const key = choose(it, cands) ?? it.mk.key;
    groups.add(key);
    out.set(it, key);
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function rootGenders(fulls: readonly KeyedMention[], groups: KeyGroups): Map<string, 'm' | 'f'> {
  const out = new Map<string, 'm' | 'f'>();
  for (const it of fulls) {
    const root = groups.find(it.mk.key);
    if (it.mk.gender && !out.has(root)) out.set(root, it.mk.gender);
  }
  return out;
}

function compatible(mk: MentionKey, gender: 'm' | 'f' | undefined, initial: string): boolean {
  if (mk.gender && gender && mk.gender !== gender) return false;
  return !mk.initial || mk.initial === initial;
}

/** Full names whose surname is this one with one letter dropped inside, or the other way round. */
function nearSurnames(last: string, bySurname: Map<string, FullRef[]>, byDeletion: Map<string, FullRef[]>): FullRef[] {
  const out = [...(byDeletion.get(last) ?? [])];
  for (const d of interiorDeletions(last)) out.push(...(bySurname.get(d) ?? []));
  return out;
}

function choose(it: KeyedMention, cands: FullRef[]): string | undefined {
  const here = cands.filter((c) => c.uri === it.uri);
  if (new Set(here.map((c) => c.root)).size > 1) {
    const before = here.filter((c) => c.start < it.m.start);
    const pick = before.length ? before.reduce((a, b) => (b.start > a.start ? b : a)) : here[0];
    return pick.root;
  }
  if (here.length) return here[0].root;
  const roots = new Set(cands.map((c) => c.root));
  return roots.size === 1 ? cands[0].root : undefined;
}

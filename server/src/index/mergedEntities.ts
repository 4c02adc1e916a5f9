/**
 * Entities the variant matcher is sure are one (a 'sure' pair between two linked entities): the
 * index answers queries about any of them with one merged entity (hover, references, rename, the
 * Entities view). Kept as links between entity ids, added and removed with the matcher's pairs; a
 * group is read by walking them (groups are small).
 */
import type { Entity } from '../core/types';

export class MergedEntities {
  private readonly links = new Map<string, Map<string, number>>();
  /** Moves on every change (caches of merged entities compare it). */
  version = 0;

  /** A sure pair between two linked entities joined (counted: several word pairs may join the same two). */
  link(a: string, b: string): void {
    if (a === b) return;
    this.version++;
    bump(this.links, a, b, 1);
    bump(this.links, b, a, 1);
  }

  unlink(a: string, b: string): void {
    if (a === b) return;
    this.version++;
    bump(this.links, a, b, -1);
    bump(this.links, b, a, -1);
  }

  clear(): void {
    this.version++;
    this.links.clear();
  }

  /** The ids joined with this one (itself included), sorted. */
  group(id: string): string[] {
    if (!this.links.has(id)) return [id];
    const seen = new Set([id]);
    const todo = [id];
    while (todo.length) {
      for (const next of this.links.get(todo.pop()!)?.keys() ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          todo.push(next);
        }
      }
    }
    return [...seen].sort();
  }

  /** True for an id joined with another. */
  has(id: string): boolean {
    return this.links.has(id);
  }
}

function bump(map: Map<string, Map<string, number>>, a: string, b: string, by: number): void {
  let inner = map.get(a);
  if (!inner) map.set(a, (inner = new Map()));
  const n = (inner.get(b) ?? 0) + by;
  if (n > 0) inner.set(b, n);
  else inner.delete(b);
  if (inner.size === 0) map.delete(a);
}

/**
 * One entity for a group: the most mentioned one's id, type and name, with the mentions, documents,
 * spellings and roles of all (mentions in corpus order: uri, then index).
 */
export function mergeEntities(group: readonly Entity[]): Entity {
  const rep = [...group].sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1))[0];
  if (group.length === 1) return rep;
  const mentions = group.flatMap((e) => e.mentions).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.index - b.index));
  const spellings = [...new Set([...rep.spellings, ...group.flatMap((e) => e.spellings)])];
  const roles = [...new Set(group.flatMap((e) => e.roles))];
  const variants = [...rep.variants, ...group.filter((e) => e !== rep).flatMap((e) => e.variants)];
  return { ...rep, mentions, documents: new Set(mentions.map((m) => m.uri)).size, spellings, roles, variants };
}

/**
 * Spelling tables of a restored link built on first use (snapshot.ts): each entity's table stays as its
 * group records and a range of the snapshot's occurrence columns until it is read (an edit moving its
 * mentions, a rename). `peek` builds one without keeping it: the findings after a restore read every
 * table once, and the ~480,000 occurrences of 10,000 articles need not stay in memory for that.
 * Iterating the map builds and keeps every table; keys, has, size, set and delete build nothing.
 */
import type { SpellingGroup } from '../variants/spellingTable';
import type { WordOccurrence } from '../variants/units';
import type { LinkItem } from './buildEntity';
import type { GroupRecord, LinkSnapshot } from './snapshot';

/** The value of an entity whose table is not built yet. */
const UNBUILT: SpellingGroup[] = [];

export class LazyTables extends Map<string, SpellingGroup[]> {
  /** Per unbuilt table: its records and its first occurrence in the columns. */
  private readonly sources = new Map<string, { records: GroupRecord[]; from: number }>();
  private source: { snap: LinkSnapshot; items: readonly LinkItem[] } | undefined;

  /** `items`: every mention's link item in corpus order (the columns' mention numbers). */
  constructor(snap: LinkSnapshot, items: readonly LinkItem[]) {
    super();
    this.source = { snap, items };
  }

  /** An entity's table, built when first read; its records are already checked against the columns. */
  defer(id: string, records: GroupRecord[], from: number): void {
    this.sources.set(id, { records, from });
    super.set(id, UNBUILT);
  }

  override get(id: string): SpellingGroup[] | undefined {
    const table = super.get(id);
    if (table !== UNBUILT) return table;
    const built = this.build(id);
    super.set(id, built);
    this.forget(id);
    return built;
  }

  /**
   * The table, built for the caller alone when it is not built yet; then without the groups `wanted`
   * refuses (it sees a group's variants and can test its occurrences' texts, before any is built).
   */
  peek(id: string, wanted?: GroupFilter): SpellingGroup[] | undefined {
    const table = super.get(id);
    return table === UNBUILT ? this.build(id, wanted) : table;
  }

  override set(id: string, table: SpellingGroup[]): this {
    this.forget(id);
    return super.set(id, table);
  }

  override delete(id: string): boolean {
    this.forget(id);
    return super.delete(id);
  }

  override clear(): void {
    this.sources.clear();
    this.source = undefined;
    super.clear();
  }

  override entries(): MapIterator<[string, SpellingGroup[]]> {
    this.buildAll();
    return super.entries();
  }

  override values(): MapIterator<SpellingGroup[]> {
    this.buildAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, SpellingGroup[]]> {
    return this.entries();
  }

  override forEach(callback: (table: SpellingGroup[], id: string, map: Map<string, SpellingGroup[]>) => void, thisArg?: unknown): void {
    this.buildAll();
    super.forEach(callback, thisArg);
  }

  private buildAll(): void {
    for (const id of [...this.sources.keys()]) this.get(id);
  }

  /** Its source dropped; the snapshot's columns too once no table needs them. */
  private forget(id: string): void {
    if (this.sources.delete(id) && this.sources.size === 0) this.source = undefined;
  }

  private build(id: string, wanted?: GroupFilter): SpellingGroup[] {
    const { records, from } = this.sources.get(id)!;
    const { snap, items } = this.source!;
    const groups: SpellingGroup[] = [];
    let next = from;
    for (const record of records) {
      const to = next + record.spellings.reduce((n, [, count]) => n + count, 0);
      const first = next;
      next = to;
      if (wanted && !wanted(record.variants, (test) => anyText(snap, first, to, test))) continue;
      const spellings = new Map<string, WordOccurrence[]>();
      let i = first;
      for (const [spelling, count] of record.spellings) {
        const list: WordOccurrence[] = new Array(count);
        for (let k = 0; k < count; k++) list[k] = occurrence(snap, items, i++);
        spellings.set(spelling, list);
      }
      groups.push({ key: record.key, preferred: record.preferred, spellings, variants: record.variants });
    }
    return groups;
  }
}

/** Whether to build a group: its variants, and a test run on its occurrences' texts (true: one passes). */
export type GroupFilter = (variants: GroupRecord['variants'], anyText: (test: (text: string) => boolean) => boolean) => boolean;

function anyText(snap: LinkSnapshot, from: number, to: number, test: (text: string) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(snap.strings[snap.occurrences.text[i]])) return true;
  return false;
}

/** The table of an entity, not kept when it was not built yet (see LazyTables.peek: then only the groups `wanted`). */
export function peekTable(tables: Map<string, SpellingGroup[]>, id: string, wanted?: GroupFilter): SpellingGroup[] | undefined {
  return tables instanceof LazyTables ? tables.peek(id, wanted) : tables.get(id);
}

function occurrence(snap: LinkSnapshot, items: readonly LinkItem[], i: number): WordOccurrence {
  const c = snap.occurrences;
  const item = items[c.mention[i]];
  const strings = snap.strings;
  const o: WordOccurrence = { uri: item.uri, mention: item.index, start: c.start[i], end: c.end[i], text: strings[c.text[i]], lemma: strings[c.lemma[i]], order: item.order + c.shift[i] };
  if (c.unsure[i] !== -1) o.unsure = c.unsure[i] === 1;
  return o;
}

/**
 * What a full link built, as plain data: persisted after a link and restored on the next start instead
 * of linking again when the analyses and the configuration are the same (index/linkStore.ts keys it).
 * Mentions are numbered in corpus order (documents by uri, then mention index); entities, their mention
 * lists and their spelling tables refer to mentions by number; the word occurrences of the tables are
 * columns. Restoring checks the snapshot's shape against the analyses and refuses what does not fit
 * (undefined): it never builds a partial link.
 */
import type { DocumentAnalysis, Entity, Mention, VariantKind } from '../types';
import type { SpellingGroup } from '../variants/spellingTable';
import type { WordOccurrence } from '../variants/units';
import type { LinkItem } from './buildEntity';
import { LazyTables } from './lazyTables';
import { ORDER_STRIDE, type LinkedCorpus } from './linkCorpus';
import type { MentionKey } from './mentionKey';

export interface LinkSnapshot {
  /** The documents in corpus order and the number of mentions of each. */
  uris: string[];
  counts: number[];
  /** The distinct linking keys; per mention, the number of its key and of its entity. */
  keys: MentionKey[];
  keyOf: Int32Array;
  entityOf: Int32Array;
  /** Per mention, its start offset (its order without its document's rank): restoring reads no mention. */
  starts: Int32Array;
  /** In the linker's order (the order of `entities()`). */
  entities: EntityRecord[];
  /** The word occurrences of every table, in table order. */
  occurrences: OccurrenceColumns;
  /** The texts and lemmas of the occurrences. */
  strings: string[];
}

export type EntityRecord = Omit<Entity, 'mentions'> & { table: GroupRecord[] };

/** A spelling group; each spelling takes its count of occurrences from the columns, in order. */
export interface GroupRecord {
  key: string;
  preferred: string;
  variants: Array<{ spelling: string; kind: VariantKind }>;
  spellings: Array<[string, number]>;
}

export interface OccurrenceColumns {
  mention: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Its order minus its mention's order. */
  shift: Int32Array;
  text: Int32Array;
  lemma: Int32Array;
  /** 1: unsure, 0: not, -1: not said. */
  unsure: Int8Array;
}

/**
 * What a restore gives the linker: the linked corpus, each document's items in corpus order, an item of
 * each key (their mentions are read when first needed: see RestoredItem).
 */
export interface RestoredLink {
  linked: LinkedCorpus;
  docs: Array<[string, LinkItem[]]>;
  keyed: LinkItem[];
}

const INT32 = 2 ** 31;

/**
 * The snapshot of a linked corpus as `load` left it (no update since). Undefined when it cannot be
 * written as numbers (an offset out of range) or an entity's mentions are not in corpus order.
 */
export function takeSnapshot(linked: LinkedCorpus): LinkSnapshot | undefined {
  const taker = new SnapshotTaker(linked);
  taker.step(Infinity);
  return taker.result();
}

/**
 * The snapshot taken in steps (`takeSnapshot` in one): each `step` works for about its budget and says
 * whether it is done, so a host runs it in slices between requests. The linked corpus must not change
 * between the first step and the last (the host finishes it before an update, or drops it).
 */
export class SnapshotTaker {
  private readonly uris: string[];
  private readonly counts: number[];
  private readonly base = new Map<string, number>();
  private readonly rankOf: Map<string, number>;
  private readonly keys = new Numbering<MentionKey>();
  private readonly keyOf: Int32Array;
  private readonly entityOf: Int32Array;
  private readonly starts: Int32Array;
  private readonly entities: EntityRecord[] = [];
  private readonly occ: OccurrenceWriter;
  private readonly pending: Iterator<Entity>;
  /** Undefined while steps are left; null when the link cannot be written. */
  private done: LinkSnapshot | null | undefined;
  private occurrences: Partial<OccurrenceColumns> = {};
  /** The entity being added (its steps left: see add). */
  private adding: Adding | undefined;
  /** Every mention's link item by its number, and each entity's first occurrence in the columns (tables). */
  private readonly items: LinkItem[];
  private readonly tableFrom: number[] = [];
  private occurrenceCount = 0;

  constructor(private readonly linked: LinkedCorpus) {
    this.uris = [...linked.mentionEntity.keys()].sort();
    this.counts = this.uris.map((u) => linked.mentionEntity.get(u)!.length);
    let total = 0;
    this.uris.forEach((u, d) => {
      this.base.set(u, total);
      total += this.counts[d];
    });
    this.keyOf = new Int32Array(total).fill(-1);
    this.entityOf = new Int32Array(total).fill(-1);
    this.starts = new Int32Array(total);
    this.rankOf = documentRanks(this.uris, this.counts);
    this.occ = new OccurrenceWriter(this.base, new Float64Array(total).fill(NaN));
    this.items = new Array(total);
    this.pending = linked.entities.values();
  }

  /** Works for about `budgetMs` (at least a run of mentions, a spelling group or a column); true when done. */
  step(budgetMs: number): boolean {
    const end = performance.now() + budgetMs;
    while (this.done === undefined) {
      if (!this.adding) {
        const next = this.pending.next();
        if (next.done) break;
        this.adding = { entity: next.value, next: 0, last: -1, table: [] };
      }
      const added = this.add(this.adding, end);
      if (added === false) this.done = null;
      else if (added) this.adding = undefined;
      if (this.done === undefined && performance.now() >= end) return false;
    }
    for (const name of COLUMNS) {
      if (this.done !== undefined) break;
      if (this.occurrences[name]) continue;
      (this.occurrences as Record<string, Int32Array | Int8Array>)[name] = this.occ.column(name);
      if (performance.now() >= end) return false;
    }
    if (this.done === undefined) this.done = this.finish();
    return true;
  }

  /** The snapshot once the last step is done (undefined: the link cannot be written, or steps are left). */
  result(): LinkSnapshot | undefined {
    return this.done ?? undefined;
  }

  /**
   * The linked corpus's spelling tables as the snapshot has them: each entity's table built from the
   * snapshot's columns when first read (lazyTables.ts), as a restored link has them, so that the ~480,000
   * occurrence objects of 10,000 articles need not stay in memory after a full link. The steps have
   * already seen every mention and table: no pass over the corpus here.
   */
  tables(): LazyTables | undefined {
    if (!this.done) return undefined;
    const tables = new LazyTables(this.done, this.items);
    this.done.entities.forEach(({ id, table }, e) => tables.defer(id, table, this.tableFrom[e]));
    return tables;
  }

  /**
   * Adds an entity's mentions, then its spelling groups, until done (true), out of time (undefined: the
   * next step goes on from there; an entity of 60,000 mentions takes several steps) or not writable (false).
   */
  private add(a: Adding, end: number): boolean | undefined {
    const { entity } = a;
    const refs = entity.mentions as LinkItem[];
    while (a.next < refs.length) {
      const stop = Math.min(refs.length, a.next + MENTIONS_PER_CHECK);
      for (; a.next < stop; a.next++) if (!this.addMention(refs[a.next], a)) return false;
      if (a.next < refs.length && performance.now() >= end) return undefined;
    }
    const groups = this.linked.spellings.get(entity.id) ?? [];
    while (a.table.length < groups.length) {
      const record = this.occ.group(groups[a.table.length]);
      if (!record) return false;
      a.table.push(record);
      if (a.table.length < groups.length && performance.now() >= end) return undefined;
    }
    const { mentions: _, ...rest } = entity;
    this.entities.push({ ...rest, table: a.table });
    this.tableFrom.push(this.occurrenceCount);
    for (const record of a.table) for (const [, count] of record.spellings) this.occurrenceCount += count;
    return true;
  }

  private addMention(ref: LinkItem, a: Adding): boolean {
    const { base, rankOf, keyOf, entityOf, starts, occ } = this;
    const g = base.get(ref.uri)! + ref.index;
    if (!(g > a.last) || entityOf[g] !== -1) return false;
    a.last = g;
    entityOf[g] = this.entities.length;
    this.items[g] = ref;
    keyOf[g] = this.keys.of(ref.mk);
    occ.orders[g] = ref.order;
    const start = ref.order - rankOf.get(ref.uri)! * ORDER_STRIDE;
    if (!fits(start) || start < 0) return false;
    starts[g] = start;
    return true;
  }

  private finish(): LinkSnapshot | null {
    if (this.entityOf.includes(-1)) return null;
    const { uris, counts, keyOf, entityOf, starts, entities } = this;
    return { uris, counts, keys: this.keys.list, keyOf, entityOf, starts, entities, occurrences: this.occurrences as OccurrenceColumns, strings: this.occ.strings.list };
  }
}

/** An entity being added across steps: its next mention, the last mention number written, its groups so far. */
interface Adding {
  entity: Entity;
  next: number;
  last: number;
  table: GroupRecord[];
}

/** Mentions added between two looks at the clock. */
const MENTIONS_PER_CHECK = 2048;

const COLUMNS = ['mention', 'start', 'end', 'shift', 'text', 'lemma', 'unsure'] as const;

/** The rank of each document in corpus order, as a full link gives it (documents with mentions only). */
function documentRanks(uris: readonly string[], counts: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  let rank = 0;
  uris.forEach((uri, d) => {
    out.set(uri, rank);
    if (counts[d]) rank++;
  });
  return out;
}

/**
 * The number of a document's mentions, without decoding them when the analysis says it: an analysis of
 * the cache decodes its mentions when first read and has a `mentionCount` (index/analysis/lazyMentions.ts).
 */
export function mentionCount(analysis: DocumentAnalysis): number {
  const n = (analysis as { mentionCount?: unknown }).mentionCount;
  return typeof n === 'number' ? n : analysis.mentions.length;
}

/** Numbers distinct values in order of first sight. */
class Numbering<T> {
  readonly list: T[] = [];
  private readonly seen = new Map<T, number>();

  of(value: T): number {
    let n = this.seen.get(value);
    if (n === undefined) {
      this.seen.set(value, (n = this.list.length));
      this.list.push(value);
    }
    return n;
  }
}

class OccurrenceWriter {
  readonly strings = new Numbering<string>();
  constructor(
    private readonly base: ReadonlyMap<string, number>,
    /** The order of each mention numbered so far (NaN: not yet). */
    readonly orders: Float64Array,
  ) {}

  private readonly cols = {
    mention: new GrowingColumn(Int32Array), start: new GrowingColumn(Int32Array), end: new GrowingColumn(Int32Array), shift: new GrowingColumn(Int32Array),
    text: new GrowingColumn(Int32Array), lemma: new GrowingColumn(Int32Array), unsure: new GrowingColumn(Int8Array),
  };

  /** The group's record, its occurrences appended to the columns (undefined: one does not fit). */
  group(group: SpellingGroup): GroupRecord | undefined {
    const spellings: Array<[string, number]> = [];
    for (const [spelling, list] of group.spellings) {
      for (const o of list) if (!this.add(o)) return undefined;
      spellings.push([spelling, list.length]);
    }
    return { key: group.key, preferred: group.preferred, variants: group.variants, spellings };
  }

  private add(o: WordOccurrence): boolean {
    const g = (this.base.get(o.uri) ?? NaN) + o.mention;
    const shift = o.order - this.orders[g];
    if (!fits(o.start) || !fits(o.end) || !fits(shift)) return false;
    const c = this.cols;
    c.mention.push(g);
    c.start.push(o.start);
    c.end.push(o.end);
    c.shift.push(shift);
    c.text.push(this.strings.of(o.text));
    c.lemma.push(this.strings.of(o.lemma));
    c.unsure.push(o.unsure === undefined ? -1 : o.unsure ? 1 : 0);
    return true;
  }

  /** One column as a typed array of its length (a copy: the growing buffer is let go). */
  column(name: keyof OccurrenceColumns): Int32Array | Int8Array {
    return this.cols[name].take();
  }
}

/**
 * A column of numbers written straight into a typed array that doubles when full (no JS array of
 * numbers first: ~480,000 occurrences per column at 10,000 articles).
 */
class GrowingColumn<T extends Int32Array | Int8Array> {
  private data: T;
  private length = 0;

  constructor(private readonly make: new (n: number) => T) {
    this.data = new make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.make(Math.max(1024, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The values as a typed array of their length; the column is empty after. */
  take(): T {
    const out = this.data.slice(0, this.length) as T;
    this.data = new this.make(0);
    this.length = 0;
    return out;
  }
}

function fits(n: number): boolean {
  return Number.isInteger(n) && n > -INT32 && n < INT32;
}

/**
 * The linked corpus and the items of each document a snapshot describes, for these analyses: what
 * `IncrementalLinker.load` builds from them. Undefined when the snapshot does not fit them.
 */
export function restoreSnapshot(docs: ReadonlyMap<string, DocumentAnalysis>, snap: LinkSnapshot): RestoredLink | undefined {
  if (!fitsDocuments(docs, snap)) return undefined;
  const items = restoreItems(docs, snap);
  const starts = tableStarts(snap, items.all.length);
  if (!starts) return undefined;
  const spellings = new LazyTables(snap, items.all);
  const linked: LinkedCorpus = { entities: new Map(), mentionEntity: items.mentionEntity, spellings };
  for (let e = 0; e < snap.entities.length; e++) {
    const { id, type, name, spellings: written, variants, documents, roles, table } = snap.entities[e];
    const mentions = items.lists[e];
    if (!mentions.length || linked.entities.has(id)) return undefined;
    linked.entities.set(id, { id, type, name, spellings: written, variants, mentions, documents, roles });
    spellings.defer(id, table, starts[e]);
  }
  return { linked, docs: items.docs, keyed: items.keyed };
}

/** The same documents, mention counts, and numbers in range. */
function fitsDocuments(docs: ReadonlyMap<string, DocumentAnalysis>, snap: LinkSnapshot): boolean {
  const { uris, counts, keyOf, entityOf, starts } = snap;
  if (uris.length !== docs.size || counts.length !== uris.length) return false;
  let total = 0;
  for (let d = 0; d < uris.length; d++) {
    const doc = docs.get(uris[d]);
    if (!doc || mentionCount(doc) !== counts[d] || (d > 0 && !(uris[d - 1] < uris[d]))) return false;
    total += counts[d];
  }
  if (keyOf.length !== total || entityOf.length !== total || !(starts instanceof Int32Array) || starts.length !== total) return false;
  if (!starts.every((x) => x >= 0 && x < ORDER_STRIDE)) return false;
  const inRange = (list: Int32Array, n: number) => list.every((x) => x >= 0 && x < n);
  return inRange(keyOf, snap.keys.length) && inRange(entityOf, snap.entities.length);
}

/**
 * Each mention's item, with the order a full link gives it (documents with mentions ranked by uri);
 * the items of each entity and the entity id of each mention; an item of each key.
 */
function restoreItems(docs: ReadonlyMap<string, DocumentAnalysis>, snap: LinkSnapshot) {
  const all: LinkItem[] = [];
  const out: Array<[string, LinkItem[]]> = [];
  const sizes = new Int32Array(snap.entities.length);
  for (const e of snap.entityOf) sizes[e]++;
  const lists = Array.from(sizes, (n) => new Array<LinkItem>(n));
  const filled = new Int32Array(snap.entities.length);
  const mentionEntity = new Map<string, string[]>();
  const keyed: LinkItem[] = new Array(snap.keys.length);
  let rank = 0;
  snap.uris.forEach((uri, d) => {
    const doc = docs.get(uri)!;
    const count = snap.counts[d];
    const list: LinkItem[] = new Array(count);
    const ids: string[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const g = all.length;
      const k = snap.keyOf[g];
      const e = snap.entityOf[g];
      const it = new RestoredItem(uri, i, snap.keys[k], rank * ORDER_STRIDE + snap.starts[g], doc);
      all.push((list[i] = it));
      lists[e][filled[e]++] = it;
      ids[i] = snap.entities[e].id;
      keyed[k] ??= it;
    }
    if (count) rank++;
    out.push([uri, list]);
    mentionEntity.set(uri, ids);
  });
  return { all, docs: out, lists, mentionEntity, keyed };
}

/**
 * A restored mention's link item: its mention is read from its document's analysis when first needed
 * (relations indexed after the restore, an edit), so restoring decodes no mention of the analysis cache.
 */
class RestoredItem implements LinkItem {
  constructor(
    public uri: string,
    public index: number,
    public mk: MentionKey,
    public order: number,
    /** Its document's analysis until its mention is read, then the mention. */
    private source: DocumentAnalysis | Mention,
  ) {}

  get m(): Mention {
    const s = this.source;
    return 'mentions' in s ? (this.source = s.mentions[this.index]) : s;
  }

  /** An edit moved it (incremental.ts): the new mention. */
  set m(mention: Mention) {
    this.source = mention;
  }
}

/**
 * The first occurrence of each entity's table in the columns, when the columns and the tables fit: the
 * same length, numbers in range, counts positive, no spelling twice in a group, every occurrence used.
 */
function tableStarts(snap: LinkSnapshot, mentions: number): number[] | undefined {
  const c = snap.occurrences;
  const total = c.mention.length;
  const strings = snap.strings.length;
  const same = [c.start, c.end, c.shift, c.text, c.lemma, c.unsure].every((col) => col.length === total);
  if (!same || !c.mention.every((g) => g >= 0 && g < mentions) || !c.text.every((s) => s >= 0 && s < strings) || !c.lemma.every((s) => s >= 0 && s < strings)) return undefined;
  const starts: number[] = new Array(snap.entities.length);
  let next = 0;
  for (let e = 0; e < snap.entities.length; e++) {
    starts[e] = next;
    for (const record of snap.entities[e].table) {
      const seen = new Set<string>();
      for (const [spelling, count] of record.spellings) {
        if (!Number.isInteger(count) || count <= 0 || seen.has(spelling)) return undefined;
        seen.add(spelling);
        next += count;
      }
    }
  }
  return next === total ? starts : undefined;
}

/**
 * Linking that follows edits. A document's change re-links only the connected component of its old and
 * new mentions under the relations linking uses (relations.ts): the entities of that component are
 * replaced, the rest of the corpus is not looked at. An edit that leaves every mention's linking
 * inputs as they were (typing outside names) only moves offsets. `load` links a whole corpus at once;
 * `restore` sets what `load` would build from a snapshot of it (snapshot.ts).
 */
import type { CorpusConfig } from '../config';
import type { DocumentAnalysis, Entity, Mention } from '../types';
import type { SpellingGroup } from '../variants/spellingTable';
import type { LinkItem } from './buildEntity';
import { documentItems, linkContext, linkItems, ORDER_STRIDE, uniqueId, type LinkContext, type LinkedCorpus } from './linkCorpus';
import { knownSignatures } from './neighbours';
import { LinkRelations } from './relations';
import { restoreSnapshot, SnapshotTaker, takeSnapshot, type LinkSnapshot } from './snapshot';
import { LazyTables } from './lazyTables';
import type { ArticleNames } from './abbreviations';

/** What one update changed: entities gone, entities (re)built, documents whose mentions they hold. */
export interface LinkDelta {
  removed: string[];
  added: string[];
  /** Entities whose mentions only moved within the edited document. */
  moved: string[];
  uris: Set<string>;
}

export class IncrementalLinker {
  readonly linked: LinkedCorpus = { entities: new Map(), mentionEntity: new Map(), spellings: new Map() };
  private ctx: LinkContext;
  private relations: LinkRelations;
  /** Documents linked by `load` whose relations are not indexed yet. */
  private unindexed: Array<[string, LinkItem[]]> = [];
  /** The name index of each such document, built by the link (shared with the relation index). */
  private unindexedNames = new Map<string, ArticleNames>();
  /** Work counted since construction (tests and benchmarks): items whose component was walked, items re-linked. */
  readonly stats = { walked: 0, relinked: 0 };
  /** The state is what `load` built (no update since). */
  private pristine = false;
  /** An item of each key of a restored link, for the keyer before the next update (read then: their mentions decode on use). */
  private restoredKeys: LinkItem[] = [];

  constructor(config: CorpusConfig) {
    this.ctx = linkContext(config);
    this.relations = new LinkRelations(knownSignatures(this.ctx.aliases));
  }

  /** Links a whole corpus from scratch (cold start, a new configuration). */
  load(docs: ReadonlyMap<string, DocumentAnalysis>, config: CorpusConfig = this.ctx.config): void {
    this.reset(config);
    const all: LinkItem[] = [];
    [...docs.keys()].sort().forEach((uri, rank) => {
      const items = documentItems(uri, docs.get(uri)!, rank, this.ctx);
      this.unindexed.push([uri, items]);
      this.linked.mentionEntity.set(uri, []);
      for (const it of items) all.push(it);
    });
    this.relink(all, this.unindexedNames);
    this.pristine = true;
  }

  /**
   * Sets what `load(docs, config)` would build from a snapshot taken after loading the same analyses
   * with the same configuration (the caller's to guarantee); false, and nothing set, when it does not fit them.
   */
  restore(docs: ReadonlyMap<string, DocumentAnalysis>, config: CorpusConfig, snapshot: LinkSnapshot): boolean {
    let restored: ReturnType<typeof restoreSnapshot>;
    try {
      restored = restoreSnapshot(docs, snapshot);
    } catch {
      return false; // not the shape a snapshot has
    }
    if (!restored) return false;
    this.reset(config);
    for (const [id, entity] of restored.linked.entities) this.linked.entities.set(id, entity);
    this.linked.spellings = restored.linked.spellings; // built on first use (lazyTables.ts)
    for (const [uri, ids] of restored.linked.mentionEntity) this.linked.mentionEntity.set(uri, ids);
    this.unindexed = restored.docs;
    this.restoredKeys = restored.keyed;
    this.pristine = true;
    return true;
  }

  /** The state `load` or `restore` set, as a snapshot; undefined once an update changed it. */
  snapshot(): LinkSnapshot | undefined {
    return this.pristine ? takeSnapshot(this.linked) : undefined;
  }

  /** The same snapshot taken in steps (snapshot.ts: SnapshotTaker); no step may run once an update or a load changed the state. */
  snapshotInSteps(): SnapshotTaker | undefined {
    return this.pristine ? new SnapshotTaker(this.linked) : undefined;
  }

  /**
   * Once a snapshot of the state `load` built is taken (no update since): the spelling tables are kept
   * as that snapshot's columns and built again when read, as after `restore` (same tables; memory).
   */
  compactTables(taker: SnapshotTaker): void {
    if (!this.pristine || this.linked.spellings instanceof LazyTables) return;
    const tables = taker.tables();
    if (tables) this.linked.spellings = tables;
  }

  /** The state is still what `load` or `restore` set. */
  get unchanged(): boolean {
    return this.pristine;
  }

  private reset(config: CorpusConfig): void {
    this.ctx = linkContext(config);
    this.relations = new LinkRelations(knownSignatures(this.ctx.aliases));
    this.linked.entities.clear();
    this.linked.spellings.clear();
    this.linked.mentionEntity.clear();
    this.unindexed = [];
    this.unindexedNames = new Map();
    this.restoredKeys = [];
  }

  /** Later edits compare items by key identity: the keyer gives a restored link's keys. */
  private rememberRestoredKeys(): void {
    for (const it of this.restoredKeys) if (it) this.ctx.keyOf.remember(it.m, it.mk);
    this.restoredKeys = [];
  }

  /** Every document's relations are indexed (an update will not index what is left first). */
  get relationsIndexed(): boolean {
    return this.unindexed.length === 0;
  }

  /**
   * Indexes the relations of documents linked by `load` for later updates, for about `budgetMs`;
   * true when done. Updates finish it first; hosts call it when idle so the first edit does not wait.
   */
  indexRelations(budgetMs = Infinity): boolean {
    const end = performance.now() + budgetMs;
    while (this.unindexed.length && performance.now() < end) {
      const [uri, items] = this.unindexed.pop()!;
      this.relations.setDocument(uri, items, undefined, this.unindexedNames.get(uri));
      this.unindexedNames.delete(uri);
    }
    return this.unindexed.length === 0;
  }

  /**
   * Replaces (or, with null, removes) one document's analysis. Mentions whose linking inputs are the
   * same before and after the edited region keep their entity and only move; the ones removed or added
   * re-link the component they belong to.
   */
  update(uri: string, analysis: DocumentAnalysis | null): LinkDelta {
    this.pristine = false;
    this.indexRelations();
    this.rememberRestoredKeys();
    const old = this.relations.items(uri);
    const fresh = analysis ? documentItems(uri, analysis, 0, this.ctx) : [];
    const { items, removed, added, moves } = diffItems(old, fresh);
    const oldIds = old.map((it) => this.idOf(it));
    const before = removed.length ? this.relations.component(removed) : [];
    const movedIds = this.move(uri, moves, oldIds);
    this.relations.setDocument(uri, items, new Set(moves.map((m) => m.item)));
    if (analysis) {
      const ids = new Array<string>(items.length).fill('');
      for (const m of moves) ids[m.to] = oldIds[m.from];
      this.linked.mentionEntity.set(uri, ids);
    } else this.linked.mentionEntity.delete(uri);
    if (!removed.length && !added.length) return { removed: [], added: [], moved: [...movedIds], uris: new Set([uri]) };
    const survivors = before.filter((it) => !removed.includes(it));
    const after = this.relations.component([...survivors, ...added]);
    this.stats.walked += before.length + after.length;
    const gone = new Set<string>();
    for (const it of removed) gone.add(oldIds[old.indexOf(it)]);
    for (const it of survivors) gone.add(this.idOf(it));
    for (const it of after) if (!added.includes(it)) gone.add(this.idOf(it));
    gone.delete('');
    for (const id of gone) {
      this.forget(id);
      movedIds.delete(id);
    }
    const rebuilt = this.relink(after);
    const uris = new Set([...before, ...after].map((it) => it.uri));
    uris.add(uri);
    return { removed: [...gone], added: rebuilt, moved: [...movedIds].filter((id) => this.linked.entities.has(id)), uris };
  }

  /** Moved mentions: new index and offsets, and their occurrences in their entities' spelling tables. */
  private move(uri: string, moves: Move[], oldIds: string[]): Set<string> {
    const byOldIndex = new Map<number, Move>();
    for (const m of moves) byOldIndex.set(m.item.index, m);
    const ids = new Set<string>();
    for (const m of moves) if (m.shift || m.item.index !== m.to) ids.add(oldIds[m.from]);
    for (const id of ids) {
      for (const group of this.linked.spellings.get(id) ?? []) {
        for (const occurrences of group.spellings.values()) {
          for (const occ of occurrences) {
            const m = occ.uri === uri ? byOldIndex.get(occ.mention) : undefined;
            if (!m) continue;
            occ.mention = m.to;
            occ.start += m.shift;
            occ.end += m.shift;
            occ.order += m.shift;
          }
        }
      }
    }
    for (const m of moves) {
      m.item.order += m.shift;
      m.item.index = m.to;
      m.item.m = m.mention;
    }
    return ids;
  }

  private idOf(it: LinkItem): string {
    return this.linked.mentionEntity.get(it.uri)?.[it.index] as string;
  }

  private forget(id: string): void {
    this.linked.entities.delete(id);
    this.linked.spellings.delete(id);
  }

  /** Links a closed set of items and stores its entities; returns their ids. */
  private relink(items: LinkItem[], names?: Map<string, ArticleNames>): string[] {
    this.stats.relinked += items.length;
    const ranks = new Map([...new Set(items.map((it) => it.uri))].sort().map((uri, r) => [uri, r]));
    for (const it of items) it.order = ranks.get(it.uri)! * ORDER_STRIDE + it.m.start;
    items.sort((a, b) => a.order - b.order);
    const ids: string[] = [];
    for (const group of linkItems(items, this.ctx, names)) {
      const id = uniqueId(`${group.entity.type}:${group.entity.name}`, this.linked.entities);
      const entity: Entity = { id, ...group.entity };
      this.linked.entities.set(id, entity);
      this.linked.spellings.set(id, group.table);
      for (const it of group.items) this.linked.mentionEntity.get(it.uri)![it.index] = id;
      ids.push(id);
    }
    return ids;
  }
}

/** A mention kept across an edit: its item, its old and new index, its new mention and offset shift. */
interface Move {
  item: LinkItem;
  from: number;
  to: number;
  mention: Mention;
  shift: number;
}

/**
 * Old and new items of a document matched around the edited region: the common prefix and suffix of
 * mentions with the same linking inputs are kept (moved); the rest are removed and added.
 */
function diffItems(old: LinkItem[], fresh: LinkItem[]) {
  let head = 0;
  while (head < old.length && head < fresh.length && sameLinking(old[head], fresh[head])) head++;
  let tail = 0;
  while (tail < old.length - head && tail < fresh.length - head && sameLinking(old[old.length - 1 - tail], fresh[fresh.length - 1 - tail])) tail++;
  const moves: Move[] = [];
  const keep = (from: number, to: number) =>
    moves.push({ item: old[from], from, to, mention: fresh[to].m, shift: fresh[to].m.start - old[from].m.start });
  for (let i = 0; i < head; i++) keep(i, i);
  for (let k = 1; k <= tail; k++) keep(old.length - k, fresh.length - k);
  const items = fresh.map((it, i) => (i < head ? old[i] : i >= fresh.length - tail ? old[old.length - (fresh.length - i)] : it));
  return { items, moves, removed: old.slice(head, old.length - tail), added: fresh.slice(head, fresh.length - tail) };
}

/** The same mention for linking: same key, text, name, word lemmas (relative), roles and abbreviation. */
function sameLinking(x: LinkItem, y: LinkItem): boolean {
  const a = x.m;
  const b = y.m;
  if (x.mk !== y.mk || a.text !== b.text || a.name !== b.name) return false;
  if ((a.aliasOf === undefined) !== (b.aliasOf === undefined)) return false;
  return sameList(a.roles, b.roles) && sameWords(a, b);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b) return a === b || (a?.length ?? 0) + (b?.length ?? 0) === 0;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameWords(a: Mention, b: Mention): boolean {
  const wa = a.words ?? [];
  const wb = b.words ?? [];
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => w.lemma === wb[i].lemma && w.start - a.start === wb[i].start - b.start && w.end - a.start === wb[i].end - b.start);
}

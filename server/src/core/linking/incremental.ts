/**
 * Linking that follows edits. A document's change re-links only the connected component of its old and
 * new mentions under the relations linking uses (relations.ts): the entities of that component are
 * replaced, the rest of the corpus is not looked at. An edit that leaves every mention's linking
 * inputs as they were (typing outside names) only moves offsets. `load` links a whole corpus at once.
 */
import type { CorpusConfig } from '../config';
import type { DocumentAnalysis, Entity, Mention } from '../types';
import type { SpellingGroup } from '../variants/spellingTable';
import type { LinkItem } from './buildEntity';
import { documentItems, linkContext, linkItems, ORDER_STRIDE, uniqueId, type LinkContext, type LinkedCorpus } from './linkCorpus';
import { knownSignatures } from './neighbours';
import { LinkRelations } from './relations';

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

  constructor(config: CorpusConfig) {
    this.ctx = linkContext(config);
    this.relations = new LinkRelations(knownSignatures(this.ctx.aliases));
  }

  /** Links a whole corpus from scratch (cold start, a new configuration). */
  load(docs: ReadonlyMap<string, DocumentAnalysis>, config: CorpusConfig = this.ctx.config): void {
    this.ctx = linkContext(config);
    this.relations = new LinkRelations(knownSignatures(this.ctx.aliases));
    this.linked.entities.clear();
    this.linked.spellings.clear();
    this.linked.mentionEntity.clear();
    const all: LinkItem[] = [];
    [...docs.keys()].sort().forEach((uri, rank) => {
      const items = documentItems(uri, docs.get(uri)!, rank, this.ctx);
      this.relations.setDocument(uri, items);
      this.linked.mentionEntity.set(uri, []);
      for (const it of items) all.push(it);
    });
    this.relink(all);
  }

  /** Replaces (or, with null, removes) one document's analysis. */
  update(uri: string, analysis: DocumentAnalysis | null): LinkDelta {
    const old = this.relations.items(uri);
    const items = analysis ? documentItems(uri, analysis, 0, this.ctx) : [];
    if (analysis && old.length && sameLinking(old, items)) return this.move(uri, old, analysis.mentions);
    const before = this.relations.component(old);
    const removed = new Set<string>();
    for (const it of before) removed.add(this.idOf(it));
    this.relations.setDocument(uri, items);
    if (analysis) this.linked.mentionEntity.set(uri, new Array(items.length));
    else this.linked.mentionEntity.delete(uri);
    const after = this.relations.component([...before.filter((it) => it.uri !== uri), ...items]);
    for (const it of after) if (it.uri !== uri) removed.add(this.idOf(it));
    removed.delete(undefined as unknown as string);
    for (const id of removed) this.forget(id);
    const added = this.relink(after);
    const uris = new Set([...before, ...after].map((it) => it.uri));
    if (!analysis) uris.add(uri);
    return { removed: [...removed], added, moved: [], uris };
  }

  /** Entities of one document whose mentions only moved: offsets in their spelling tables follow. */
  private move(uri: string, items: LinkItem[], mentions: Mention[]): LinkDelta {
    const shift = mentions.map((m, i) => m.start - items[i].m.start);
    items.forEach((it, i) => {
      it.order += shift[i];
      it.m = mentions[i];
    });
    const ids = [...new Set(this.linked.mentionEntity.get(uri) ?? [])];
    for (const id of ids) {
      for (const group of this.linked.spellings.get(id) ?? []) {
        for (const occurrences of group.spellings.values()) {
          for (const occ of occurrences) {
            if (occ.uri !== uri || !shift[occ.mention]) continue;
            occ.start += shift[occ.mention];
            occ.end += shift[occ.mention];
            occ.order += shift[occ.mention];
          }
        }
      }
    }
    return { removed: [], added: [], moved: ids, uris: new Set([uri]) };
  }

  private idOf(it: LinkItem): string {
    return this.linked.mentionEntity.get(it.uri)?.[it.index] as string;
  }

  private forget(id: string): void {
    this.linked.entities.delete(id);
    this.linked.spellings.delete(id);
  }

  /** Links a closed set of items and stores its entities; returns their ids. */
  private relink(items: LinkItem[]): string[] {
    const ranks = new Map([...new Set(items.map((it) => it.uri))].sort().map((uri, r) => [uri, r]));
    for (const it of items) it.order = ranks.get(it.uri)! * ORDER_STRIDE + it.m.start;
    items.sort((a, b) => a.order - b.order);
    const ids: string[] = [];
    for (const group of linkItems(items, this.ctx)) {
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

/** The same mentions for linking: same keys, texts, word lemmas (relative), roles and abbreviations. */
function sameLinking(old: LinkItem[], items: LinkItem[]): boolean {
  if (old.length !== items.length) return false;
  for (let i = 0; i < old.length; i++) {
    const a = old[i].m;
    const b = items[i].m;
    if (old[i].mk !== items[i].mk || a.text !== b.text || a.name !== b.name || a.aliasOf !== b.aliasOf) return false;
    if (!sameList(a.roles, b.roles) || !sameWords(a, b)) return false;
  }
  return true;
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

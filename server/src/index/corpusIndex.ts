/**
 * The corpus index: owns the documents, their analyses and the entities linked across them.
 * Documents are analysed once per change; linking and consistency findings are recomputed lazily
 * on the next query after any change. No LSP imports: the CLI uses the same index.
 */
import type { Engine } from '../core/analyze';
import type { CorpusConfig } from '../core/config';
import { EMPTY_CONFIG } from '../core/config';
import { findInconsistencies, type Finding } from '../core/consistency/findInconsistencies';
import { linkCorpus, type LinkedCorpus } from '../core/linking/linkCorpus';
import type { DocumentAnalysis, Entity, Mention } from '../core/types';
import { LineMap } from './lineMap';

export interface IndexedDocument {
  uri: string;
  text: string;
  analysis: DocumentAnalysis;
  lines: LineMap;
}

export interface MentionHit {
  doc: IndexedDocument;
  index: number;
  mention: Mention;
  entity: Entity;
}

export class CorpusIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  private linked: LinkedCorpus | null = null;
  private findingsCache: Finding[] | null = null;
  private readonly listeners: Array<(uris: string[]) => void> = [];

  constructor(private readonly engine: Engine, private config: CorpusConfig = EMPTY_CONFIG) {}

  /** Adds or replaces a document; returns its analysis. */
  set(uri: string, text: string): IndexedDocument {
    const current = this.docs.get(uri);
    if (current && current.text === text) return current;
    const doc: IndexedDocument = { uri, text, analysis: this.engine.analyze(text), lines: new LineMap(text) };
    this.docs.set(uri, doc);
    this.changed([uri]);
    return doc;
  }

  delete(uri: string): boolean {
    const had = this.docs.delete(uri);
    if (had) this.changed([uri]);
    return had;
  }

  setConfig(config: CorpusConfig): void {
    this.config = config;
    this.changed([]);
  }

  getConfig(): CorpusConfig {
    return this.config;
  }

  /** Called after any change with the uris changed (empty: everything may have changed). */
  onDidChange(listener: (uris: string[]) => void): void {
    this.listeners.push(listener);
  }

  get(uri: string): IndexedDocument | undefined {
    return this.docs.get(uri);
  }

  /** Documents in uri order (the corpus order used for 'earliest article' ties). */
  documents(): IndexedDocument[] {
    return [...this.docs.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  get size(): number {
    return this.docs.size;
  }

  link(): LinkedCorpus {
    if (!this.linked) {
      const analyses = new Map(this.documents().map((d) => [d.uri, d.analysis] as const));
      this.linked = linkCorpus(analyses, this.config);
    }
    return this.linked;
  }

  entities(): Entity[] {
    return [...this.link().entities.values()];
  }

  entity(id: string): Entity | undefined {
    return this.link().entities.get(id);
  }

  /** The mention covering an offset (end inclusive, as editors place the cursor after a word). */
  mentionAt(uri: string, offset: number): MentionHit | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const index = doc.analysis.mentions.findIndex((m) => m.start <= offset && offset <= m.end);
    return index < 0 ? undefined : this.hit(doc, index);
  }

  /** Every mention of an entity across the corpus, in corpus order. */
  mentionsOf(entityId: string): MentionHit[] {
    const entity = this.entity(entityId);
    if (!entity) return [];
    const hits: MentionHit[] = [];
    for (const ref of entity.mentions) {
      const doc = this.docs.get(ref.uri);
      const hit = doc && this.hit(doc, ref.index);
      if (hit) hits.push(hit);
    }
    return hits;
  }

  /** The mentions of one document with their entities. */
  mentionsIn(uri: string): MentionHit[] {
    const doc = this.docs.get(uri);
    if (!doc) return [];
    return doc.analysis.mentions.map((_, i) => this.hit(doc, i)).filter((h): h is MentionHit => !!h);
  }

  /** Spelling inconsistencies across the corpus. */
  findings(): Finding[] {
    if (!this.findingsCache) {
      const analyses = new Map(this.documents().map((d) => [d.uri, d.analysis] as const));
      this.findingsCache = findInconsistencies(analyses, this.link(), this.config);
    }
    return this.findingsCache;
  }

  private hit(doc: IndexedDocument, index: number): MentionHit | undefined {
    const id = this.link().mentionEntity.get(doc.uri)?.[index];
    const entity = id ? this.link().entities.get(id) : undefined;
    return entity ? { doc, index, mention: doc.analysis.mentions[index], entity } : undefined;
  }

  private changed(uris: string[]): void {
    this.linked = null;
    this.findingsCache = null;
    for (const listener of this.listeners) listener(uris);
  }
}

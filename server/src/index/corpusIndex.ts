/**
 * The corpus index: owns the documents, their analyses and the entities linked across them.
 * A change re-links only what it touches (core/linking/incremental.ts) and recomputes the findings of
 * the entities it rebuilt; queries never wait for the corpus. While loading (`loading()`), documents are
 * stored without linking and the corpus is linked once at the end. Texts of documents not open in an
 * editor are not kept: `text` reads them again through the reader the host gives. No LSP imports: the
 * CLI uses the same index.
 */
import type { Engine } from '../core/analyze';
import type { CorpusConfig } from '../core/config';
import { EMPTY_CONFIG } from '../core/config';
import { byPlace, distinctPairs, entityFindings, mayGiveFindings, type Finding } from '../core/consistency/findInconsistencies';
import { classifyWord } from '../core/morphology/classify';
import { loadMorphology, type Morphology } from '../core/morphology/morph';
import type { VariantPair } from '../core/variants/candidates';
import type { SpellingOccurrence } from '../core/consistency/pairFindings';
import { IncrementalLinker, type LinkDelta } from '../core/linking/incremental';
import { peekTable } from '../core/linking/lazyTables';
import type { LinkedCorpus } from '../core/linking/linkCorpus';
import type { DocumentAnalysis, Entity, Mention } from '../core/types';
import { addTo } from '../core/util/multiMap';
import { contentHash, type FileAnalysis } from './analysis/fileAnalysis';
import type { FileStamp } from './corpusFiles';
import type { Encoding } from './decode/detect';
import { LineMap } from './lineMap';
import { matchOptions, VariantMatcher, type PairDelta } from './variantMatcher';
import { MergedEntities, mergeEntities } from './mergedEntities';
import { LinkKeeper, linkKey, type StoredLink } from './linkStore';

/** Grammemes of a person's name: a word the dictionary knows only as one may still be a variant of a name. */
const PERSON_NAME = new Set(['Name', 'Surn', 'Patr']);
/** Main-thread time given to indexing linking relations at a time, between requests. */
const RELATION_SLICE_MS = 8;
/** Main-thread time given to taking the stored link's snapshot at a time, between requests. */
const CAPTURE_SLICE_MS = 8;
/**
 * Main-thread time given to the variant matcher's full pass at a time, and entities per step: one, so
 * that a slice ends soon after its time (ten at a time held the thread for 100-400 ms at 10,000 articles).
 */
const MATCH_SLICE_MS = 8;
const MATCH_CHUNK = 1;
/** Quiet time (no request) before the matcher's background work goes on. */
const QUIET_MS = 50;
/** The longest background work is held (holdBackground). */
const HOLD_MAX_MS = 10_000;

export interface IndexedDocument {
  uri: string;
  /** The text analysed (read again from its source when not kept in memory). */
  readonly text: string;
  analysis: DocumentAnalysis;
  lines: LineMap;
}

export interface MentionHit {
  doc: IndexedDocument;
  index: number;
  mention: Mention;
  entity: Entity;
}

/** What a change touched: the documents changed and every document whose entities or findings may differ. */
export interface IndexChange {
  changed: string[];
  affected: Set<string>;
  /** The whole corpus was re-linked (load, configuration). */
  all: boolean;
}

/** How a document read from disk was read: the content hash of its bytes, the encoding assumed. */
export interface DiskSource {
  hash: string;
  encoding: Encoding;
  note?: string;
  /** The file's size and modification time before it was read (the analysis cache keeps them). */
  stamp?: FileStamp;
}

/** Reads the text of a document not kept in memory (undefined: gone). */
export type TextReader = (uri: string) => string | undefined;

class Doc implements IndexedDocument {
  constructor(
    readonly uri: string,
    public analysis: DocumentAnalysis,
    public lines: LineMap,
    /** The text, when kept in memory. */
    public kept: string | undefined,
    /** Read from disk: the content hash of its bytes and the encoding assumed. */
    readonly source: DiskSource | undefined,
    private readonly read: TextReader,
  ) {}

  get text(): string {
    return this.kept ?? this.read(this.uri) ?? '';
  }
}

export interface IndexOptions {
  config?: CorpusConfig;
  /** Keep every text in memory (the CLI); otherwise only texts passed with keep = true. */
  keepTexts?: boolean;
  readText?: TextReader;
  /** Prepare for edits after linking (default true; the CLI links once and needs none). */
  incremental?: boolean;
  /**
   * Run the corpus-wide variant matcher after a full link in slices between requests (the server),
   * its findings arriving as changes, instead of before the link returns (the CLI, tests).
   */
  background?: boolean;
  /** A request is being answered (the server): background work waits until none is. */
  busy?: () => boolean;
  /** Runs one step of background work, named by its kind (the server times the long ones). */
  step?: <T>(kind: string, run: () => T) => T;
}

export class CorpusIndex {
  private readonly docs = new Map<string, Doc>();
  private readonly linker: IncrementalLinker;
  private config: CorpusConfig;
  /** Findings per owner: an entity id (its own spellings) or 'pair:' + a matcher pair's key. */
  private readonly findingsOf = new Map<string, Finding[]>();
  /** Per document uri: the owners of findings located there. */
  private readonly findingEntities = new Map<string, Set<string>>();
  private readonly matcher: VariantMatcher;
  /** Linked entities the matcher is sure are one: queries see them merged. */
  private readonly merged = new MergedEntities();
  /** The entity list since the last change (workspace symbols ask for it at each keystroke). */
  private entityList = { generation: '', list: [] as Entity[] };
  /** Merged entities built since the last change. */
  private mergedCache = { generation: '', byId: new Map<string, Entity>() };
  /** The dictionary, for the matcher's common-word evidence (loaded in the background). */
  private morph: Morphology | undefined;
  /** The stray pass's answers of the dictionary per word (unknownWord). */
  private unknownWords: { morph: Morphology; answers: Map<string, boolean> } | undefined;
  private readonly morphReady: Promise<void>;
  private readonly listeners: Array<(change: IndexChange) => void> = [];
  private loadingDepth = 0;
  /** Milliseconds the variant matcher took on the last full link and on the last edit (benchmarks). */
  readonly matcherMs = { link: 0, edit: 0 };
  private readonly options: IndexOptions;
  private generationCount = 0;
  /** Counts full passes of the matcher: a newer full link stops an older pass. */
  private matchPass = 0;
  /** Steps of the current full pass not run yet. */
  private matchStepsLeft = 0;
  /** The stored link's snapshot is being taken in slices (captureWhenIdle). */
  private capturing = false;
  /** Edits whose matcher update waits for the next turn of the event loop (background mode). */
  private readonly pendingMatches: Array<{ uri: string; delta: LinkDelta }> = [];
  private matchTimer: NodeJS.Timeout | undefined;
  /** When the host last answered a request (noteRequest). */
  private lastRequest = -Infinity;
  /** The stored link offered for the next full link, and the last full link to store. */
  private readonly stored = new LinkKeeper();
  /** Holds on background work not released yet (holdBackground). */
  private holds = 0;

  constructor(private readonly engine: Engine | null, options: IndexOptions = {}) {
    this.options = { ...options, keepTexts: options.keepTexts ?? !options.readText };
    this.config = this.options.config ?? EMPTY_CONFIG;
    this.linker = new IncrementalLinker(this.config);
    this.matcher = new VariantMatcher({
      entity: (id) => this.linker.linked.entities.get(id),
      mentionsOf: (id) => this.linkedMentionsOf(id),
      entityIdsIn: (uri) => this.entityIdsIn(uri),
      mentionAt: (uri, index) => this.linkedMentionAt(uri, index),
    }, this.matchOptions());
    this.morphReady = loadMorphology().then((m) => { this.morph = m; }, () => undefined);
  }

  /** Analyses (with the engine given) and adds or replaces a document; returns it. */
  set(uri: string, text: string, keep = true): IndexedDocument {
    const current = this.docs.get(uri);
    if (current && current.kept === text) return current;
    if (!this.engine) throw new Error('this index has no engine: pass analyses with setAnalysis');
    return this.setAnalysis(uri, this.engine.analyze(text), { text, keep });
  }

  /**
   * Adds or replaces a document with an analysis made elsewhere (a worker, the cache): from its text, or
   * from its line map when the text is not to be kept; `hash` identifies the content.
   */
  setAnalysis(uri: string, analysis: DocumentAnalysis, source: { text?: string; lines?: LineMap; disk?: DiskSource; keep?: boolean }): IndexedDocument {
    const lines = source.lines ?? new LineMap(source.text ?? '');
    const kept = source.text !== undefined && (source.keep || this.options.keepTexts) ? source.text : undefined;
    const doc = new Doc(uri, analysis, lines, kept, source.disk, this.options.readText ?? (() => undefined));
    this.docs.set(uri, doc);
    this.relink(uri, analysis);
    return doc;
  }

  /** How a document was read from disk (undefined: from an editor, or by a caller that did not say). */
  diskSource(uri: string): DiskSource | undefined {
    return this.docs.get(uri)?.source;
  }

  /** A document read from disk as the analysis cache stores it. */
  cacheEntry(uri: string): FileAnalysis | undefined {
    const doc = this.docs.get(uri);
    if (!doc?.source) return undefined;
    const { hash, encoding, note } = doc.source;
    return { ok: true, hash, encoding, note, analysis: doc.analysis, lineStarts: doc.lines.lineStarts(), length: doc.lines.length };
  }

  /** Keeps the text of a document in memory (open in an editor) or, with undefined, drops it. */
  keepText(uri: string, text: string | undefined): void {
    const doc = this.docs.get(uri);
    if (doc && !this.options.keepTexts) doc.kept = text;
  }

  delete(uri: string): boolean {
    const had = this.docs.delete(uri);
    if (had) this.relink(uri, null);
    return had;
  }

  /** Runs `fill` with linking suspended, then links the corpus once. */
  async loading<T>(fill: () => Promise<T>): Promise<T> {
    this.loadingDepth++;
    try {
      return await fill();
    } finally {
      if (--this.loadingDepth === 0) {
        await this.morphReady;
        if (this.loadingDepth === 0) this.linkAll();
      }
    }
  }

  get isLoading(): boolean {
    return this.loadingDepth > 0;
  }

  setConfig(config: CorpusConfig): void {
    this.config = config;
    if (!this.isLoading) this.linkAll();
  }

  getConfig(): CorpusConfig {
    return this.config;
  }

  onDidChange(listener: (change: IndexChange) => void): void {
    this.listeners.push(listener);
  }

  get(uri: string): IndexedDocument | undefined {
    return this.docs.get(uri);
  }

  /** The variant matcher's background work is not over (a full pass, or edits' updates waiting). */
  get matching(): boolean {
    return this.matchStepsLeft > 0 || this.pendingMatches.length > 0 || this.matchTimer !== undefined;
  }

  /** A request is being answered (the host calls this for each): background work waits for a quiet moment. */
  noteRequest(): void {
    this.lastRequest = performance.now();
  }

  /** Milliseconds since the last request or edit (noteRequest). */
  get quietMs(): number {
    return performance.now() - this.lastRequest;
  }

  /** Documents in uri order (the corpus order used for 'earliest article' ties). */
  documents(): IndexedDocument[] {
    return [...this.docs.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  get size(): number {
    return this.docs.size;
  }

  /** The linked corpus; updated in place by every change (see `generation`). */
  link(): LinkedCorpus {
    return this.linker.linked;
  }

  /** Counts changes: caches keyed by it are stale once it moves. */
  get generation(): number {
    return this.generationCount;
  }

  /** The entities, those the matcher is sure are one merged (see `entity`); a new array each call. */
  entities(): Entity[] {
    return this.currentEntities().slice();
  }

  /** Changes whenever the entity list may (caches of it, such as the workspace-symbol search, compare it). */
  get entitiesVersion(): string {
    return `${this.generationCount}.${this.merged.version}`;
  }

  /** The cached list of entities (not to be changed by the caller). */
  private currentEntities(): readonly Entity[] {
    const generation = this.entitiesVersion;
    if (this.entityList.generation !== generation) this.entityList = { generation, list: this.listEntities() };
    return this.entityList.list;
  }

  private listEntities(): Entity[] {
    const out: Entity[] = [];
    for (const e of this.linker.linked.entities.values()) {
      if (!this.merged.has(e.id)) out.push(e);
      else {
        const m = this.entity(e.id);
        if (m?.id === e.id) out.push(m);
      }
    }
    return out;
  }

  get entityCount(): number {
    return this.currentEntities().length;
  }

  /** An entity, merged with the entities the matcher is sure are the same (its id: the most mentioned one's). */
  entity(id: string): Entity | undefined {
    const linked = this.linker.linked.entities;
    const own = linked.get(id);
    if (!own || !this.merged.has(id)) return own;
    const generation = `${this.generationCount}.${this.merged.version}`;
    if (this.mergedCache.generation !== generation) this.mergedCache = { generation, byId: new Map() };
    let hit = this.mergedCache.byId.get(id);
    if (!hit) {
      const group = this.mergedGroup(id);
      hit = mergeEntities(group);
      for (const e of group) this.mergedCache.byId.set(e.id, hit);
    }
    return hit;
  }

  /** The mention covering an offset (end inclusive, as editors place the cursor after a word). */
  mentionAt(uri: string, offset: number): MentionHit | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const mentions = doc.analysis.mentions;
    let lo = 0;
    let hi = mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].end < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return lo < mentions.length && mentions[lo].start <= offset ? this.hit(doc, lo) : undefined;
  }

  /** The linked entities merged into this one (itself alone when none), with their names. */
  mergedGroup(id: string): Entity[] {
    const linked = this.linker.linked.entities;
    return this.merged.group(id).map((x) => linked.get(x)).filter((e): e is Entity => !!e);
  }

  /** Every mention of an entity (merged, see `entity`) across the corpus, in corpus order. */
  mentionsOf(entityId: string): MentionHit[] {
    return this.hitsOf(this.entity(entityId));
  }

  /** The mentions of an entity (merged) one at a time, in corpus order: for look-ups that stop at the first fit. */
  *eachMentionOf(entityId: string): Generator<MentionHit> {
    for (const ref of this.entity(entityId)?.mentions ?? []) {
      const doc = this.docs.get(ref.uri);
      const hit = doc && this.hit(doc, ref.index);
      if (hit) yield hit;
    }
  }

  /** The mentions linking gave one entity (not merged). */
  private linkedMentionsOf(entityId: string): MentionHit[] {
    return this.hitsOf(this.linker.linked.entities.get(entityId), false);
  }

  /** A document's mention if it is linked to an entity: hit(doc, index, false)'s mention, no hit built (the matcher reads every mention). */
  private linkedMentionAt(uri: string, index: number): Mention | undefined {
    const doc = this.docs.get(uri);
    const id = doc && this.linker.linked.mentionEntity.get(uri)?.[index];
    return id && this.linker.linked.entities.has(id) ? doc.analysis.mentions[index] : undefined;
  }

  private hitsOf(entity: Entity | undefined, merged = true): MentionHit[] {
    if (!entity) return [];
    const hits: MentionHit[] = [];
    for (const ref of entity.mentions) {
      const doc = this.docs.get(ref.uri);
      const hit = doc && this.hit(doc, ref.index, merged);
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

  /** Spelling inconsistencies across the corpus, in corpus order (one per place). */
  findings(): Finding[] {
    const out: Finding[] = [];
    for (const list of this.findingsOf.values()) for (const f of list) if (this.docs.has(f.uri)) out.push(f);
    return onePerPlace(out);
  }

  /**
   * The documents with something for the Problems panel, in uri order: findings located there, or
   * passages that could not be analysed (the others' diagnostics are empty: nothing to compute).
   */
  documentsToReport(): string[] {
    const out: string[] = [];
    for (const [uri, d] of this.docs) if (this.findingEntities.has(uri) || d.analysis.failures?.length) out.push(uri);
    return out.sort();
  }

  /** The findings located in one document. */
  findingsIn(uri: string): Finding[] {
    const out: Finding[] = [];
    for (const id of this.findingEntities.get(uri) ?? []) {
      for (const f of this.findingsOf.get(id) ?? []) if (f.uri === uri) out.push(f);
    }
    return onePerPlace(out);
  }

  /** The variant matcher's pairs across the corpus ('sure' and 'plausible'), best first. */
  variantPairs(): VariantPair[] {
    // A stray word and the entity it was read as can make one pair twice ('Дача РФ' as a name and as words): listed once.
    const seen = new Set<string>();
    return this.matcher.all().filter((p) => {
      const at = this.matcher.occurrences(p, 'variant', 1)[0];
      const key = `${at ? `${at.uri}:${at.start}` : p.variant.entity}|${p.preferred.spelling.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** Where one side of a pair is written (at most `limit` places). */
  pairOccurrences(pair: VariantPair, side: 'variant' | 'preferred', limit?: number): SpellingOccurrence[] {
    return this.matcher.occurrences(pair, side, limit);
  }

  /** The entity ids of a document's mentions, in mention order. */
  entityIdsIn(uri: string): readonly string[] {
    return this.linker.linked.mentionEntity.get(uri) ?? [];
  }

  private hit(doc: IndexedDocument, index: number, merged = true): MentionHit | undefined {
    const id = this.linker.linked.mentionEntity.get(doc.uri)?.[index];
    const entity = !id ? undefined : merged ? this.entity(id) : this.linker.linked.entities.get(id);
    return entity ? { doc, index, mention: doc.analysis.mentions[index], entity } : undefined;
  }

  private relink(uri: string, analysis: DocumentAnalysis | null): void {
    this.generationCount++;
    this.matcher.documentChanged(uri);
    if (this.isLoading) return;
    this.step('link.capture', () => this.stored.capture(this.linker));
    const delta = this.step('edit.link', () => this.linker.update(uri, analysis));
    if (this.options.background) {
      // Linking's findings go out at once; the matcher's follow on the next turn, as a change of their own.
      this.step('edit.findings', () => this.updateFindings(delta, [], false));
      this.step('edit.publish', () => this.emit({ changed: [uri], affected: delta.uris, all: false }));
      this.pendingMatches.push({ uri, delta });
      this.scheduleMatches();
      return;
    }
    this.updateFindings(delta, this.entityIdsIn(uri));
    const t0 = performance.now();
    this.updateStrays(uri, delta.uris);
    this.matcherMs.edit += performance.now() - t0;
    this.emit({ changed: [uri], affected: delta.uris, all: false });
  }

  /** Runs the matcher for one waiting edit per turn of the event loop, requests in between. */
  private scheduleMatches(): void {
    if (this.matchTimer) return;
    this.matchTimer = this.whenQuiet(() => {
      this.matchTimer = undefined;
      const job = this.pendingMatches[0];
      if (!job) return;
      // Large entities the full pass has not built yet are built a slice at a time before the update.
      const ids = [...job.delta.added, ...job.delta.moved, ...this.entityIdsIn(job.uri)];
      if (!this.step('matcher.prepare', () => this.matcher.prepare(ids, performance.now() + MATCH_SLICE_MS))) return this.scheduleMatches();
      this.pendingMatches.shift();
      const uris = new Set<string>();
      const t0 = performance.now();
      this.step('matcher.edit', () => this.applyPairs(this.matcher.update(job.delta, this.entityIdsIn(job.uri)), uris));
      this.step('matcher.editStrays', () => this.updateStrays(job.uri, uris));
      this.matcherMs.edit = performance.now() - t0;
      if (uris.size) {
        this.generationCount++;
        this.emit({ changed: [], affected: uris, all: false });
      }
      if (this.pendingMatches.length) this.scheduleMatches();
    });
  }

  /** A stored link (linkStore.ts) the next full link restores instead of linking, if its key is that of the corpus then. */
  offerStoredLink(stored: StoredLink | undefined): void {
    this.stored.offered = stored;
  }

  /** The last full link was restored from a stored link; how long it took (restored or linked). */
  get linkRestored(): boolean {
    return this.stored.restored;
  }

  get linkMs(): number {
    return this.stored.ms;
  }

  /** The last full link to store, once; none when it was restored or a document has no content hash (corpusKey). */
  takeStoredLink(): StoredLink | undefined {
    return this.stored.take(this.linker);
  }

  /** The same, its snapshot's steps left taken in slices of CAPTURE_SLICE_MS, yielding to the event loop between them. */
  async takeStoredLinkInSlices(): Promise<StoredLink | undefined> {
    while (!this.step('link.capture', () => this.stored.captureStep(this.linker, CAPTURE_SLICE_MS))) await new Promise<void>((resolve) => setImmediate(resolve));
    return this.stored.take(this.linker);
  }

  /** The snapshot of the last full link to store taken in slices when idle (an update first takes what is left at once). */
  private captureWhenIdle(): void {
    if (this.capturing) return;
    this.capturing = true;
    const step = () => {
      if (this.step('link.capture', () => this.stored.captureStep(this.linker, CAPTURE_SLICE_MS))) this.capturing = false;
      else this.whenIdle(step);
    };
    this.whenIdle(step);
  }

  private linkAll(): void {
    this.generationCount++;
    const analyses = new Map([...this.docs].map(([uri, d]) => [uri, d.analysis] as const));
    this.stored.link(this.linker, analyses, this.config, this.corpusKey());
    // The server takes the snapshot to store in slices between requests from now on: at once it would
    // hold the thread for most of a second (an edit before the last slice takes what is left at once).
    if (this.options.background) this.captureWhenIdle();
    this.findingsOf.clear();
    this.findingEntities.clear();
    this.matcher.reset(this.matchOptions(), this.config.aliases);
    this.merged.clear();
    this.pendingMatches.length = 0;
    const ids = [...this.linker.linked.entities.keys()];
    this.updateFindings({ removed: [], added: ids, moved: [], uris: new Set() }, [], false);
    const all = () => this.emit({ changed: [...this.docs.keys()], affected: new Set(this.docs.keys()), all: true });
    if (this.options.background) {
      all();
      this.matchAll(ids);
    } else {
      this.matchAll(ids);
      all();
    }
    if (this.options.incremental !== false) this.indexRelationsWhenIdle();
  }

  /** The key of a link of the documents as they are (linkStore.ts): by their content hashes (undefined: one has none). */
  private corpusKey(): string | undefined {
    const hashes: Array<[string, string]> = [];
    for (const [uri, doc] of this.docs) {
      const hash = doc.source?.hash ?? (doc.kept === undefined ? undefined : contentHash(Buffer.from(doc.kept, 'utf8')));
      if (hash === undefined) return undefined;
      hashes.push([uri, hash]);
    }
    return linkKey(this.config, hashes);
  }

  /**
   * The variant matcher over the whole corpus: every entity's words indexed, then the pairs decided a
   * few entities at a time, then the words the recognizer left out, article by article. In the
   * background (the server), in slices between requests, each slice's findings published as a change.
   */
  private matchAll(ids: readonly string[]): void {
    const pass = ++this.matchPass;
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += MATCH_CHUNK) chunks.push(ids.slice(i, i + MATCH_CHUNK));
    // A task false is not done: the next turn goes on with it (a large entity's indexing, in several steps).
    const tasks: Array<(uris: Set<string>, end: number) => boolean | void> = [
      // Indexing and deciding go entity by entity (a chunk's steps could hold the thread for seconds), a large entity's indexing over several steps.
      ...ids.map((id) => (_: Set<string>, end: number) => this.step('matcher.index', () => this.matcher.indexSome(id, end))),
      ...chunks.map((c) => (uris: Set<string>) => this.step('matcher.decide', () => this.applyPairs(this.matcher.decide(c), uris))),
      ...[...this.docs.keys()].map((uri) => (uris: Set<string>) => this.step('matcher.strays', () => this.updateStrays(uri, uris))),
    ];
    this.matcherMs.link = 0;
    let next = 0;
    this.matchStepsLeft = tasks.length;
    const slice = (budget: number) => {
      if (pass !== this.matchPass) return;
      const uris = new Set<string>();
      const t0 = performance.now();
      while (next < tasks.length && performance.now() - t0 < budget) if (tasks[next](uris, t0 + budget) !== false) next++;
      this.matchStepsLeft = tasks.length - next;
      this.matcherMs.link += performance.now() - t0;
      if (uris.size && this.options.background) {
        this.generationCount++;
        this.emit({ changed: [], affected: uris, all: false });
      }
      if (next < tasks.length) this.whenQuiet(() => slice(MATCH_SLICE_MS));
    };
    // In the background even the first slice waits (one step may take far more than a slice: not before the link returns),
    // and the pass starts once what an edit needs is ready (the relation index, the stored link's snapshot): else an
    // edit in the first seconds after indexing takes what is left of them at once (1-2 s at 10,000 articles).
    const start = () => (this.editReady() ? slice(MATCH_SLICE_MS) : this.whenQuiet(start));
    if (this.options.background) this.whenQuiet(start);
    else slice(Infinity);
  }

  /** What an edit needs of the last full link is ready: its relations indexed, its snapshot to store taken. */
  private editReady(): boolean {
    return !this.capturing && (this.options.incremental === false || this.linker.relationsIndexed);
  }

  /**
   * Background work (the relation index, the matcher's pass) waits until `until` settles, or 10 s at
   * most: the server holds it until the messages that end indexing are out (each waits for the one
   * before it; background slices between them would delay the last by seconds).
   */
  holdBackground(until: Promise<unknown>): void {
    this.holds++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.holds--;
      clearTimeout(timer);
    };
    const timer = setTimeout(release, HOLD_MAX_MS);
    timer.unref(); // a host that is stopping does not wait for it
    until.then(release, release);
  }

  /** Runs one step of background work through the host's timer (IndexOptions.step), if any. */
  private step<T>(kind: string, run: () => T): T {
    return this.options.step ? this.options.step(kind, run) : run();
  }

  /** A request is in flight, or background work is held. */
  private busy(): boolean {
    return this.holds > 0 || !!this.options.busy?.();
  }

  /**
   * Runs `work` once no request has come for QUIET_MS: the matcher's background work yields
   * to an editor in use (a request never waits behind more than the step already running).
   */
  private whenQuiet(work: () => void): NodeJS.Timeout {
    const wait = this.lastRequest + QUIET_MS - performance.now();
    const quiet = () => performance.now() - this.lastRequest >= QUIET_MS && !this.busy();
    return setTimeout(() => (quiet() ? work() : this.whenQuiet(work)), Math.max(this.busy() ? 2 : 0, wait));
  }

  /** Runs `work` on the next turn of the event loop with no request in flight (see IndexOptions.busy). */
  private whenIdle(work: () => void): void {
    if (this.busy()) setTimeout(() => this.whenIdle(work), 2);
    else setImmediate(work);
  }

  /** What edits need of the corpus-wide linking is indexed in slices between requests. */
  private indexRelationsWhenIdle(): void {
    const step = () => {
      if (!this.step('relations', () => this.linker.indexRelations(RELATION_SLICE_MS))) this.whenIdle(step);
      else if (this.options.background) this.captureWhenIdle();
    };
    this.whenIdle(step);
  }

  /** Recomputes the findings of the entities a change rebuilt or moved, and of the matcher's pairs involving them. */
  private updateFindings(delta: LinkDelta, around: readonly string[] = [], withMatcher = true): void {
    const accepted = new Set(this.config.acceptedSpellings);
    const distinct = distinctPairs(this.config);
    for (const id of [...delta.removed, ...delta.added, ...delta.moved]) this.dropFindings(id, delta.uris);
    for (const id of [...delta.added, ...delta.moved]) {
      const table = peekTable(this.linker.linked.spellings, id, mayGiveFindings); // a restored table is not kept for this
      this.setFindings(id, table ? entityFindings(id, table, accepted, distinct) : [], delta.uris);
    }
    if (!withMatcher) return;
    const t0 = performance.now();
    this.applyPairs(this.matcher.update(delta, around), delta.uris);
    this.matcherMs.edit = performance.now() - t0;
  }

  /** The matcher's pairs gone and (re)decided: their findings, and sure pairs joining entities. */
  private applyPairs(pairs: PairDelta, uris: Set<string>): void {
    const accepted = new Set(this.config.acceptedSpellings);
    for (const { key, pair } of pairs.removed) {
      this.dropFindings(`pair:${key}`, uris);
      if (joins(pair)) this.merged.unlink(pair.variant.entity, pair.preferred.entity);
    }
    for (const { key, pair } of pairs.added) {
      if (joins(pair)) this.merged.link(pair.variant.entity, pair.preferred.entity);
      const list = this.matcher.findings(pair).filter((f) => !accepted.has(f.variant));
      this.setFindings(`pair:${key}`, list, uris);
    }
    for (const uri of pairs.strays ?? []) this.updateStrays(uri, uris);
  }

  /** The findings on words of a document the recognizer left out (with the dictionary loaded). */
  private updateStrays(uri: string, uris: Set<string>): void {
    const owner = `stray:${uri}`;
    this.dropFindings(owner, uris);
    const doc = this.docs.get(uri);
    const morph = this.morph;
    if (!doc || !morph) {
      this.matcher.forgetStrays(uri);
      return;
    }
    // Words no dictionary knows, or knows only as a person's name ('Эрлан' for 'Ерлан'): a name the recognizer passed over.
    const unknown = this.unknownWord(morph);
    const accepted = new Set(this.config.acceptedSpellings);
    const list = this.matcher.strayFindings(uri, doc.text, doc.analysis.mentions, unknown).filter((f) => !accepted.has(f.variant));
    this.setFindings(owner, list, uris);
  }

  /**
   * Whether the dictionary does not know a word, or knows it only as a person's name, kept per word
   * for this dictionary (the stray pass asks it of the same words in every article).
   */
  private unknownWord(morph: Morphology): (word: string) => boolean {
    if (this.unknownWords?.morph !== morph) this.unknownWords = { morph, answers: new Map() };
    const answers = this.unknownWords.answers;
    return (w) => {
      let yes = answers.get(w);
      if (yes === undefined) {
        if (answers.size >= 200_000) answers.clear();
        answers.set(w, (yes = morph.parse(w.replace(/^[а-яё]+-/, '')).every((p) => !p.known || PERSON_NAME.has(p.proper ?? ''))));
      }
      return yes;
    };
  }

  private setFindings(owner: string, list: Finding[], uris: Set<string>): void {
    if (!list.length) return;
    this.findingsOf.set(owner, list);
    for (const f of list) {
      addTo(this.findingEntities, f.uri, owner);
      uris.add(f.uri);
    }
  }

  private matchOptions() {
    const cls = (w: string) => (this.morph ? classifyWord(this.morph, w) : undefined);
    return matchOptions(this.config, {
      commonWord: (w) => cls(w)?.cls === 'common',
      // A given name as written: the dictionary's nominative singular of a name ('Абдулаханов', a plural of 'Абдулахан', is a surname).
      givenName: (w) => !!this.morph?.parse(w).some((p) => p.known && p.proper === 'Name' && p.case === 'nomn' && p.number !== 'plur'),
      formOf: (w, lemma) => !!this.morph?.parse(w).some((p) => p.known && p.lemma === lemma.toLowerCase()),
    });
  }

  private dropFindings(id: string, uris: Set<string>): void {
    const list = this.findingsOf.get(id);
    if (!list) return;
    this.findingsOf.delete(id);
    for (const f of list) {
      uris.add(f.uri);
      const set = this.findingEntities.get(f.uri);
      set?.delete(id);
      if (set && set.size === 0) this.findingEntities.delete(f.uri);
    }
  }

  private emit(change: IndexChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** A sure pair between two linked entities: they are one. */
function joins(pair: VariantPair): boolean {
  return pair.level === 'sure' && !pair.sameEntity;
}

/**
 * Findings in corpus order, one per place: the entity's own finding first, then a sure pair's, then a
 * plausible one's (the matcher may flag what linking's spelling table already flags).
 */
function onePerPlace(list: Finding[]): Finding[] {
  const rank = (f: Finding) => (!f.pair ? 0 : f.pair.level === 'sure' ? 1 : 2);
  list.sort((a, b) => byPlace(a, b) || a.end - b.end || rank(a) - rank(b));
  return list.filter((f, i) => i === 0 || byPlace(list[i - 1], f) !== 0 || list[i - 1].end !== f.end);
}
